"""knee-intake-admin as clinic IT runs it: a separate process, no Qt loaded."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from app.clinic.data_folder import database_path
from tests.intake_factory import IntakeFactory
from tests.sqlite_file import damage_pages, open_file

# Run the tool with PySide6 made unimportable: it must not need Qt at all.
NO_QT = (
    "import sys; sys.modules['PySide6'] = None; from app.admin_cli import main; sys.exit(main())"
)


def admin(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        timeout=120,
    )


def count(path: Path, sql: str) -> int:
    conn = open_file(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_demo_data_check_and_both_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = admin(data, "demo-data", "--count", "60")
    assert made.returncode == 0, made.stderr
    db = database_path(data)
    assert count(db, "SELECT count(*) FROM patient WHERE is_demo = 1") == 60
    assert count(db, "SELECT count(*) FROM intake") == 60
    checked = admin(data, "check")
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), checked.stdout
    assert "60 patients, 60 intakes" in checked.stdout
    out = tmp_path / "all.csv"
    assert admin(data, "export", "--format", "csv", "--output", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 60 and {r["Demo record"] for r in rows} == {"yes"}
    as_json = admin(data, "export", "--format", "json")
    intakes = json.loads(as_json.stdout)["intakes"]
    assert len(intakes) == 60 and intakes[0]["answers"]["first-name"][0]["valueString"]
    # Standard output for CSV too, as --help says: ... export | head works.
    piped = admin(data, "export", "--format", "csv")
    assert piped.returncode == 0, piped.stderr
    rows = list(csv.DictReader(piped.stdout.lstrip("\ufeff").splitlines()))
    assert len(rows) == 60 and rows[0]["Intake id"]
    # Patient data in files: owner-only, even where one was there, readable by all.
    json_out = tmp_path / "all.json"
    json_out.write_text("old")
    json_out.chmod(0o644)
    assert admin(data, "export", "--format", "json", "--output", str(json_out)).returncode == 0
    for exported in (out, json_out):
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600, exported.name


def test_demo_data_refuses_a_database_with_real_patients_unless_forced(
    tmp_path: Path, knee_questionnaire
) -> None:
    data = tmp_path / "data"
    factory = IntakeFactory(knee_questionnaire, database_path(data))
    factory.submit("Ann", "Lee")
    factory.close()
    refused = admin(data, "demo-data", "--count", "5")
    assert refused.returncode == 1 and "real patient records" in refused.stderr
    assert "Ann" not in refused.stderr + refused.stdout  # no patient data in messages
    assert count(database_path(data), "SELECT count(*) FROM patient") == 1
    assert admin(data, "demo-data", "--count", "5", "--force").returncode == 0
    assert count(database_path(data), "SELECT count(*) FROM patient WHERE is_demo = 1") == 5


def test_check_reports_a_damaged_or_missing_database(tmp_path: Path) -> None:
    missing = admin(tmp_path / "nowhere", "check")
    assert missing.returncode == 1 and "no database" in missing.stdout
    data = tmp_path / "data"
    assert admin(data, "demo-data", "--count", "3").returncode == 0
    damage_pages(database_path(data))
    damaged = admin(data, "check")
    assert damaged.returncode == 1 and "Traceback" not in damaged.stderr + damaged.stdout
    assert "problem" in damaged.stdout + damaged.stderr
    database_path(data).write_bytes(b"this is not a database" * 100)
    unreadable = admin(data, "check")
    assert unreadable.returncode == 1 and "Traceback" not in unreadable.stderr
    assert "cannot be opened with this computer's key" in unreadable.stderr


def run_with_input(data_dir: Path, stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, input=stdin, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )  # fmt: skip


def test_it_lets_a_locked_out_administrator_back_in_with_a_temporary_password(
    tmp_path: Path,
) -> None:
    from app.staff.accounts import SignInOutcome, StaffAccounts
    from app.storage.database import open_database

    data = tmp_path / "data"
    conn = open_database(database_path(data))
    accounts = StaffAccounts(conn)
    accounts.set_up("Clinic", "maria", "Maria Lopez", "correct horse battery")
    for _ in range(5):
        accounts.sign_in("maria", "forgotten it again")
    conn.close()

    listed = admin(data, "staff")
    assert listed.returncode == 0 and "maria\tadministrator\tMaria Lopez" in listed.stdout
    short = run_with_input(data, "short\n", "reset-password", "maria", "--password-stdin")
    assert short.returncode == 1 and "at least 10" in short.stderr
    unknown = run_with_input(
        data, "temporary pass 1\n", "reset-password", "eve", "--password-stdin"
    )
    assert unknown.returncode == 1 and "no staff account" in unknown.stderr
    done = run_with_input(data, "temporary pass 1\n", "reset-password", "maria", "--password-stdin")
    assert done.returncode == 0, done.stderr

    conn = open_database(database_path(data))
    try:
        result = StaffAccounts(conn).sign_in("maria", "temporary pass 1")
        assert result.outcome is SignInOutcome.SIGNED_IN
        assert result.staff is not None and result.staff.must_change_password
        [(actor, detail)] = conn.execute(
            "SELECT actor, detail FROM audit WHERE action = 'password-reset'"
        ).fetchall()
        assert actor.startswith("knee-intake-admin (") and detail == "maria (admin tool)"
        assert "temporary pass" not in str(conn.execute("SELECT * FROM audit").fetchall())
    finally:
        conn.close()
