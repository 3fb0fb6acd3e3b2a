"""knee-intake-admin: the console tool for clinic IT. No Qt is needed to run it.

knee-intake-admin check                  integrity and schema check
knee-intake-admin export --format csv    the records list (all rows) to a file or stdout
knee-intake-admin export --format json   patients, intakes and every answer
knee-intake-admin demo-data --count N    synthetic demo records (refuses real databases)
knee-intake-admin staff                  the staff accounts (names and roles)
knee-intake-admin reset-password USER    a temporary password when no administrator can
                                         sign in (asked for, or --password-stdin)
knee-intake-admin follow-ups --due today who is due, at which step of the clinic's ladder
knee-intake-admin send-reminders         the e-mail reminders due now, once
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.backups import admin_commands as backup_commands
from app.clinic.data_folder import ENVIRONMENT_VARIABLE, data_folder, database_path
from app.clinic.resource_paths import questionnaire_path
from app.encryption import admin_commands as key_commands
from app.encryption.encrypted_file import is_plain_sqlite
from app.follow_ups import admin_commands as follow_up_commands
from app.intake.questionnaire import load_questionnaire
from app.network import admin_commands as network_commands
from app.records.csv_export import write_csv, write_csv_stream
from app.records.demo_data import RealRecordsPresent, add_demo_records
from app.records.record_detail import submitted_answers
from app.records.records_list import RecordFilter, RecordsList, SortOrder
from app.staff.audit_chain import ChainCheck, verify_chain
from app.staff.audit_log import AuditLog
from app.storage.connect import connect_encrypted
from app.storage.database import open_database
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem, translate_errors
from app.storage.schema import MIGRATION_NAMES, applied_migration_names
from app.system.private_files import access_status, open_owner_only
from app.system.version import VersionAction

if TYPE_CHECKING:
    from app.records.fhir_export import BundleType

KEY_HINTS = {
    StorageProblem.KEY_MISSING: (
        "It is encrypted, and this computer has no key for it (or it is damaged). "
        "Enter its recovery key with: knee-intake-admin unlock"
    ),
    StorageProblem.WRONG_KEY: (
        "It cannot be opened with this computer's key: it is damaged, or it was encrypted "
        "on another computer. Enter its recovery key with: knee-intake-admin unlock, "
        "or put back a backup with: knee-intake-admin restore FILE"
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="knee-intake-admin", description="Maintenance for the Knee Intake database."
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the data folder (default: ${ENVIRONMENT_VARIABLE}, else the user data folder)",
    )
    parser.add_argument("--version", action=VersionAction)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check the database's integrity and schema")
    export = commands.add_parser("export", help="export the records")
    export.add_argument("--format", choices=("csv", "json", "fhir"), default="csv")
    export.add_argument("--output", "-o", metavar="FILE", help="file to write (default: stdout)")
    export.add_argument(
        "--include-demo",
        action="store_true",
        help="FHIR: include demo records (left out otherwise)",
    )
    export.add_argument(
        "--bundle",
        choices=("transaction", "collection"),
        default="transaction",
        help="FHIR: a transaction a FHIR server stores as its patients, sent again it"
        " updates them (the default); or a collection, a document to keep",
    )
    demo = commands.add_parser("demo-data", help="add synthetic demo patients and intakes")
    demo.add_argument("--count", type=int, required=True, metavar="N")
    demo.add_argument("--force", action="store_true", help="add demo records even beside real ones")
    commands.add_parser("staff", help="list the staff accounts")
    reset = commands.add_parser(
        "reset-password", help="give a staff account a temporary password (and unlock it)"
    )
    reset.add_argument("username")
    reset.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    network_commands.add_commands(commands)
    key_commands.add_commands(commands)
    backup_commands.add_commands(commands)
    follow_up_commands.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    folder = data_folder(args.data_dir)
    path = database_path(folder)
    try:
        if args.command in backup_commands.BACKUP_COMMANDS:
            return backup_commands.run(args, folder, path)
        if args.command in key_commands.KEY_COMMANDS:
            return key_commands.run(args, folder, path)
        if args.command in follow_up_commands.FOLLOW_UP_COMMANDS:
            return follow_up_commands.run(args, path)
        if args.command in network_commands.NETWORK_COMMANDS:
            return network_commands.run(args, folder)
        match args.command:
            case "check":
                return check(path, sys.stdout)
            case "export":
                output = Path(args.output) if args.output else None
                if args.format == "fhir":
                    return export_fhir(
                        path, output, include_demo=args.include_demo, kind=args.bundle
                    )
                return export(path, args.format, output)
            case "demo-data":
                return demo_data(path, args.count, force=args.force)
            case "staff":
                return list_staff(path)
            case "reset-password":
                return reset_password(path, args.username, from_stdin=args.password_stdin)
    except StorageError as exc:
        print(
            f"knee-intake-admin: database problem ({exc.problem.value}): {exc.path}",
            file=sys.stderr,
        )
        if exc.problem in KEY_HINTS:
            print(KEY_HINTS[exc.problem], file=sys.stderr)
        return 1
    return 2


def check(path: Path, out: TextIO) -> int:
    """0 when the file is sound and its schema known; 1 with the problems listed."""
    if not path.exists():
        print(f"no database at {path}", file=out)
        return 1
    with translate_errors(str(path)):
        conn = connect_encrypted(path, read_only=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            problems = [] if problems == ["ok"] else problems
            problems += [
                f"foreign key: {table} row {rowid} refers to a missing {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
            applied = applied_migration_names(conn)
            unknown = set(applied) - set(MIGRATION_NAMES)
            if unknown:
                problems.append("made by a newer version of Knee Intake")
            counts = {
                table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("patient", "intake", "answer")
            }
            chain = _audit_chain(conn)
            if chain is not None and not chain.intact:
                problems.append(
                    f"audit trail: row {chain.broken_at} was changed, deleted or inserted "
                    "outside Knee Intake (the chain breaks there)"
                )
        finally:
            conn.close()
    pending = len(MIGRATION_NAMES) - len(applied) if not unknown else 0
    print(f"database: {path}", file=out)
    print(f"encryption: {encryption_status(path)}", file=out)
    private, access = access_status(path)
    print(f"access: {access}", file=out)
    if not private:
        problems.append("others can open the database: open it once with Knee Intake to narrow it")
    if is_plain_sqlite(path):
        problems.append("not encrypted: open it once with Knee Intake to encrypt it in place")
    print(f"schema: {len(applied)} of {len(MIGRATION_NAMES)} migrations applied"
          + (f" ({pending} to apply on next start)" if pending else ""), file=out)  # fmt: skip
    print(", ".join(f"{n} {table}s" for table, n in counts.items()), file=out)
    if chain is None:
        print("audit trail: not chained yet (chained on the next start)", file=out)
    elif chain.intact:
        # Keep this line: a later head that is not this one, or a chain that no longer
        # passes through it, means the trail was rewritten (app/staff/audit_chain.py).
        print(f"audit trail: {chain.rows} rows, chain intact, head {chain.head or '-'}", file=out)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=out)
    print("ok" if not problems else f"{len(problems)} problem(s)", file=out)
    return 0 if not problems else 1


def encryption_status(path: Path) -> str:
    from app.encryption.folder_keys import store

    if is_plain_sqlite(path):
        return "NOT encrypted (plain SQLite)"
    return f"encrypted (SQLCipher), key kept in {store().description}"


def _audit_chain(conn: sqlite3.Connection) -> ChainCheck | None:
    """The chain's check, or None for a database not yet upgraded to a chained trail."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit)")}
    return verify_chain(conn) if "row_hash" in columns else None


def export(path: Path, fmt: str, output: Path | None) -> int:
    conn = open_database(path)
    try:
        with translate_errors(str(path)):
            records = RecordsList(conn)
            rows = records.export_rows(RecordFilter(), SortOrder())
            if fmt == "csv" and output is None:
                count = write_csv_stream(rows, sys.stdout)  # ... export | head works
            elif fmt == "csv":
                assert output is not None
                count = write_csv(rows, output)
            else:
                count = _write_json(conn, output)
    finally:
        conn.close()
    print(f"exported {count} intakes", file=sys.stderr)
    return 0


def export_fhir(
    path: Path, output: Path | None, *, include_demo: bool, kind: BundleType = "transaction"
) -> int:
    """A FHIR R4 Bundle of every record (app/records/fhir_export.py)."""
    from app.intake.questionnaire import parse_questionnaire
    from app.outcomes import FOLLOW_UP_QUESTIONNAIRE, questionnaire_definition
    from app.records.fhir_export import write_clinic_bundle

    names = ("knee-intake", FOLLOW_UP_QUESTIONNAIRE)
    definitions = [questionnaire_definition(name) for name in names]
    intake, follow_up = (parse_questionnaire(d) for d in definitions)
    conn = open_database(path)
    try:
        with translate_errors(str(path)):
            if output is None:
                count = write_clinic_bundle(conn, sys.stdout, intake, follow_up, definitions,
                                            include_demo=include_demo, kind=kind)  # fmt: skip
            else:
                with open_owner_only(output, "w", encoding="utf-8") as out:
                    count = write_clinic_bundle(conn, out, intake, follow_up, definitions,
                                                include_demo=include_demo, kind=kind)  # fmt: skip
            AuditLog(conn).record(_admin_actor(), "export-fhir", None, f"{count} intakes")
    finally:
        conn.close()
    print(f"exported {count} intakes as FHIR", file=sys.stderr)
    return 0


def _admin_actor() -> str:
    """Who ran the admin tool, as the audit trail names them."""
    import getpass

    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return f"knee-intake-admin ({who})"


def _write_json(conn: sqlite3.Connection, output: Path | None) -> int:
    """Patients with their intakes and answers (value[x] named as in FHIR)."""
    conn.row_factory = sqlite3.Row
    intakes = []
    for intake in conn.execute(
        "SELECT i.*, p.first_name, p.last_name, p.birth_date, p.phone, p.email, p.is_demo"
        " FROM intake i JOIN patient p ON p.id = i.patient_id ORDER BY i.id"
    ):
        answers = submitted_answers(conn, intake["id"])
        intakes.append(
            {
                **dict(intake),
                "answers": {
                    link_id: [{v.kind: v.value, "display": v.display} for v in values]
                    for link_id, values in answers.items()
                },
            }
        )
    text = json.dumps({"intakes": intakes}, ensure_ascii=False, indent=1)
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        with open_owner_only(output, "w", encoding="utf-8") as out:
            out.write(text + "\n")
    return len(intakes)


def demo_data(path: Path, count: int, *, force: bool) -> int:
    if count < 1:
        print("knee-intake-admin: --count must be at least 1", file=sys.stderr)
        return 2
    questionnaire = load_questionnaire(questionnaire_path())
    conn = open_database(path)
    started = time.perf_counter()
    try:
        with translate_errors(str(path)):
            add_demo_records(
                conn,
                questionnaire,
                count,
                force=force,
                progress=lambda n: print(f"\r{n:,} of {count:,}", end="", file=sys.stderr),
            )
    except RealRecordsPresent:
        print(
            "knee-intake-admin: this database holds real patient records; demo data is not"
            " added to it (use --force only on a training copy).",
            file=sys.stderr,
        )
        return 1
    finally:
        conn.close()
    print(f"\nadded {count:,} demo patients and intakes in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)  # fmt: skip
    return 0


def list_staff(path: Path) -> int:
    from app.staff.accounts import StaffAccounts

    conn = open_database(path)
    try:
        with translate_errors(str(path)):
            people = StaffAccounts(conn).all_staff()
    finally:
        conn.close()
    for person in people:
        print(f"{person.username}\t{person.role}\t{person.display_name}")
    if not people:
        print("no staff accounts yet: the first start of knee-intake --records sets one up")
    return 0


def reset_password(path: Path, username: str, *, from_stdin: bool) -> int:
    import getpass

    from app.staff.accounts import AccountRefused, StaffAccounts

    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Temporary password: ")
        if getpass.getpass("Again: ") != password:
            print("knee-intake-admin: the two passwords differ; nothing changed", file=sys.stderr)
            return 1
    conn = open_database(path)
    try:
        with translate_errors(str(path)):
            StaffAccounts(conn).recover_access(username, password, _admin_actor())
    except AccountRefused as refused:
        reasons = {
            "unknown-user": f"there is no staff account {username!r}",
            "password-too-short": "the password needs at least 10 characters",
            "password-is-username": "the password cannot be the user name",
        }
        print(f"knee-intake-admin: {reasons.get(refused.code, refused.code)}; nothing changed",
              file=sys.stderr)  # fmt: skip
        return 1
    finally:
        conn.close()
    print(f"{username}: temporary password set; they choose their own at the next sign-in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
