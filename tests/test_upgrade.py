"""Upgrades keep every record: a first-schema database is backed up, then migrated."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.encryption.encrypted_file import is_plain_sqlite
from app.records.records_list import RecordFilter, RecordsList, SortOrder
from app.storage.database import open_database
from app.storage.errors import StorageError, StorageProblem
from app.storage.schema import MIGRATION_NAMES, applied_migration_names, migrations
from tests.sqlite_file import open_file

PATIENTS = [
    ("Ann", "Lee", "1960-01-02", "+12025550143"),
    ("Zoë", "Müller", "1948-07-30", "+13125550187"),
    ("José", "García-López", "1975-12-01", None),
]


def first_schema_database(path: Path) -> None:
    """A clinic's database as the first release left it: schema m001 and its records."""
    db = Database(path)
    migrations().apply(db, stop_before=MIGRATION_NAMES[1])
    for n, (first, last, born, phone) in enumerate(PATIENTS, start=1):
        db.execute(
            "INSERT INTO patient (id, first_name, last_name, birth_date, match_key, phone,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', '2025-01-01')",
            [n, first, last, born, f"key{n}", phone],
        )
        for visit in (1, 2):
            intake_id = n * 10 + visit
            db.execute(
                "INSERT INTO intake (id, patient_id, questionnaire_url, questionnaire_version,"
                " language, submitted_at, knee, pain_now, imaging_needed, screening_review)"
                " VALUES (?, ?, 'urn:q', '1.0.0', 'en', ?, 'left', ?, 1, 0)",
                [intake_id, n, f"2025-0{visit}-0{n}T10:00:00+00:00", n + visit],
            )
            db.execute(
                "INSERT INTO answer (intake_id, link_id, position, value_kind, value)"
                " VALUES (?, 'goals', 0, 'valueString', ?)",
                [intake_id, f"Walk the dog, visit {visit}"],
            )
    db.conn.commit()
    db.close()


def everything(path: Path) -> dict[str, list[tuple]]:
    conn = open_file(path)
    try:
        return {
            "patient": conn.execute(
                "SELECT id, first_name, last_name, birth_date, phone FROM patient ORDER BY id"
            ).fetchall(),
            "intake": conn.execute(
                "SELECT id, patient_id, submitted_at, knee, pain_now, imaging_needed, status"
                " FROM intake ORDER BY id"
            ).fetchall(),
            "answer": conn.execute(
                "SELECT intake_id, link_id, value FROM answer ORDER BY intake_id"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_a_first_schema_database_is_backed_up_then_upgraded_with_every_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "knee-intake.db"
    first_schema_database(path)
    before = everything(path)

    conn = open_database(path)
    try:
        assert applied_migration_names(conn) == list(MIGRATION_NAMES)
        # Every record is there, and works in the new features: search by phone, the list.
        records = RecordsList(conn)
        found = records.page(RecordFilter(search="555 0187"), SortOrder(), 0, 10)
        assert {(row.first_name, row.last_name) for row in found} == {("Zoë", "Müller")}
        assert records.count(RecordFilter()) == 6
    finally:
        conn.close()
    assert everything(path) == before

    [backup] = sorted(tmp_path.glob("knee-intake.schema-1.*.backup.db"))
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert everything(backup) == before
    # Encrypted in place on the way (issue 13), the backup taken before too; no plain
    # copy or half-made file is left beside them.
    assert not is_plain_sqlite(path) and not is_plain_sqlite(backup)
    assert b"M\xc3\xbcller" not in path.read_bytes() + backup.read_bytes()
    assert (
        sorted(p.name for p in tmp_path.iterdir() if "plain" in p.name or "encrypting" in p.name)
        == []
    )
    old = open_file(backup)
    assert applied_migration_names(old) == [MIGRATION_NAMES[0]]
    old.close()
    # Opening again finds nothing to upgrade and makes no second backup.
    open_database(path).close()
    assert len(list(tmp_path.glob("*.backup.db"))) == 1


def test_a_failed_upgrade_leaves_the_database_exactly_as_it_was_and_says_so(
    tmp_path: Path,
) -> None:
    path = tmp_path / "knee-intake.db"
    first_schema_database(path)
    # Something a later migration cannot cope with: a table of the name it creates.
    clash = open_file(path)
    clash.execute("CREATE TABLE staff (note TEXT)")
    clash.execute("INSERT INTO staff VALUES ('left by a local tool')")
    clash.commit()
    clash.close()
    before = everything(path)

    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert raised.value.problem is StorageProblem.UPGRADE_FAILED

    assert everything(path) == before
    conn = open_file(path)
    try:
        assert applied_migration_names(conn) == [MIGRATION_NAMES[0]]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "patient_fts" not in tables and "audit" not in tables
        assert conn.execute("SELECT note FROM staff").fetchall() == [("left by a local tool",)]
    finally:
        conn.close()
    assert len(list(tmp_path.glob("knee-intake.schema-1.*.backup.db"))) == 1

    # A kiosk set to restart itself retries all day: still one backup, as long as the
    # database is what it backed up ...
    for _ in range(3):
        with pytest.raises(StorageError):
            open_database(path)
    assert len(list(tmp_path.glob("*.backup.db"))) == 1
    # ... and a fresh one once something else has written to it meanwhile.
    changed = open_file(path)
    changed.execute("INSERT INTO staff VALUES ('another note')")
    changed.commit()
    changed.close()
    with pytest.raises(StorageError):
        open_database(path)
    assert len(list(tmp_path.glob("*.backup.db"))) == 2


def test_the_backup_names_the_version_that_last_opened_the_database(tmp_path: Path) -> None:
    from app.system.version import app_version

    path = tmp_path / "knee-intake.db"
    db = Database(path)
    migrations().apply(db, stop_before=MIGRATION_NAMES[-1])
    db.execute("INSERT INTO setting (key, value) VALUES ('last_opened_by_version', '\"0.0.9\"')")
    db.conn.commit()
    db.close()
    from app.storage.database import close_database

    close_database(open_database(path))  # the app notes its version as it closes
    [backup] = tmp_path.glob("*.backup.db")
    assert backup.name.startswith(f"knee-intake.v0.0.9.schema-{len(MIGRATION_NAMES) - 1}.")
    check = open_file(path)
    noted = check.execute(
        "SELECT value FROM setting WHERE key = 'last_opened_by_version'"
    ).fetchone()
    check.close()
    assert noted == (f'"{app_version()}"',) and app_version() != "unknown"


def test_an_upgrade_to_outcomes_keeps_treatments_and_marks_their_first(tmp_path: Path) -> None:
    """m007 on a database that already has treatments: each intake learns its first
    treatment and how many it had, and has no KOOS JR score (it was never asked)."""
    from tests.older_schema import older_database

    path = tmp_path / "knee-intake.db"
    db = older_database(path, "m007_outcomes")
    for number, day in ((1, "2026-02-01"), (2, "2026-03-01")):
        db.execute(
            "INSERT INTO treatment (intake_id, treated_on, knee, cell_source, treatment_number,"
            " clinician, recorded_by, recorded_at) VALUES (1, ?, 'left', 'fat', ?, 'Dr', 'r',"
            " '2026-03-01')",
            [day, number],
        )
    db.conn.commit()
    db.close()
    conn = open_database(path)
    try:
        assert conn.execute(
            "SELECT first_treated_on, treatments, koos_jr_score, follow_ups_answered FROM intake"
        ).fetchone() == ("2026-02-01", 2, None, 0)
    finally:
        conn.close()
