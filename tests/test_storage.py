"""The database file: owner-only, WAL, STRICT, migrated, and one transaction per intake."""

from __future__ import annotations

import os
import stat
from contextlib import closing
from pathlib import Path

import pytest

from app.intake.form_check import FormChecker
from app.intake.submit import IntakeService
from app.storage.database import open_database
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem, translate_errors
from app.storage.schema import MIGRATION_NAMES
from tests.intake_factory import complete_raw_answers
from tests.sqlite_file import damage_pages, open_file


def test_a_new_database_is_owner_only_wal_strict_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "clinic" / "knee-intake.db"
    db = open_database(path)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        strict = {row[1]: row[5] for row in db.execute("PRAGMA table_list")}
        assert strict["patient"] == strict["intake"] == strict["answer"] == 1
        applied = [name for (name,) in db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(MIGRATION_NAMES)
    finally:
        db.close()
    open_database(path).close()  # opening again changes nothing and does not fail


def test_strict_tables_and_foreign_keys_refuse_bad_rows(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO intake (patient_id, questionnaire_url, questionnaire_version,"
            " language, submitted_at, imaging_needed, screening_review)"
            " VALUES (999, 'u', 'v', 'en', 't', 0, 0)"
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO patient (first_name, last_name, birth_date, match_key,"
            " created_at, updated_at, phone) VALUES ('a', 'b', 'c', 'k', 't', 't', x'00')"
        )
    db.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    db = open_database(path)
    with db:
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('knee_intake', 'm999_future', 'later')"
        )
    db.close()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.problem is StorageProblem.NEWER_VERSION


def test_noise_where_the_database_was_is_reported_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    open_database(path).close()  # this computer now has the folder's key
    noise = os.urandom(8192)
    path.write_bytes(noise)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    # Under encryption, a damaged first page and another computer's key look the same.
    assert caught.value.problem is StorageProblem.WRONG_KEY
    assert path.read_bytes() == noise


def test_a_damaged_page_inside_the_file_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    conn = open_database(path)
    for n in range(300):
        conn.execute(
            "INSERT INTO patient (first_name, last_name, birth_date, match_key, created_at,"
            " updated_at) VALUES ('Ann', ?, '1960-01-02', ?, 'now', 'now')",
            [f"Lee{n}" * 20, f"key{n}"],
        )
    conn.commit()
    conn.close()
    damage_pages(path)
    with pytest.raises(StorageError) as caught, translate_errors(str(path)):
        reopened = open_database(path)
        try:
            reopened.execute("SELECT group_concat(last_name) FROM patient").fetchone()
        finally:
            reopened.close()
    assert caught.value.problem is StorageProblem.CORRUPT


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as caught:
        open_database(blocker / "data" / "k.db")
    assert caught.value.problem is StorageProblem.FOLDER_UNAVAILABLE


def test_a_failed_save_leaves_nothing_half_written(tmp_path: Path, knee_questionnaire) -> None:
    path = tmp_path / "k.db"
    db = open_database(path)
    # Make the last write of the transaction (the answers) fail.
    db.execute(
        "CREATE TRIGGER no_answers BEFORE INSERT ON answer "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    db.close()
    service = IntakeService(knee_questionnaire, path, FormChecker(knee_questionnaire))
    raw = complete_raw_answers(knee_questionnaire)
    with pytest.raises(StorageError):
        service.submit(raw)
    service.close()
    conn = open_file(path)
    assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM intake").fetchone()[0] == 0
    conn.close()


def test_closing_refreshes_the_planners_statistics_once_the_records_have_grown(
    tmp_path: Path, knee_questionnaire
) -> None:
    """Without statistics SQLite reads every intake to show a page of the list sorted
    by name (docs/PERFORMANCE.md); closing takes them when missing or out of date."""
    from app.records.demo_data import add_demo_records
    from app.storage.database import close_database

    path = tmp_path / "k.db"

    def intake_statistics() -> str | None:
        db = open_file(path)
        row = db.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'intake' AND idx = 'intake_patient'"
        ).fetchone()
        db.close()
        return row[0] if row else None

    db = open_database(path)
    add_demo_records(db, knee_questionnaire, 300)
    assert intake_statistics() == "300 1"  # a bulk load takes them at once
    with db:  # as in a database from before statistics were kept
        db.execute("DELETE FROM sqlite_stat1 WHERE tbl IN ('intake', 'patient')")
    close_database(db)
    assert intake_statistics() == "300 1"
    db = open_database(path)
    with db:  # as if taken when the clinic had 100 records
        db.execute("UPDATE sqlite_stat1 SET stat = '100 1' WHERE idx = 'intake_patient'")
    close_database(db)
    assert intake_statistics() == "300 1"
    with closing(open_file(path)) as check:
        tables = [table for (table,) in check.execute("SELECT tbl FROM sqlite_stat1")]
    assert not any(table.startswith("patient_fts") for table in tables)


def test_closing_a_read_only_database_does_not_fail(tmp_path: Path) -> None:
    from app.storage.database import close_database

    path = tmp_path / "k.db"
    open_database(path).close()
    db = open_file(path, read_only=True)
    db.execute("SELECT count(*) FROM intake").fetchone()
    close_database(db)
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")  # closed all the same


def test_a_database_and_folder_others_can_read_are_narrowed_to_the_owner(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "knee-intake.db"
    open_database(path).close()
    folder.chmod(0o755)  # as IT restored them
    path.chmod(0o644)
    conn = open_database(path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("knee-intake.db", "knee-intake.db-wal", "knee-intake.db-shm"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    conn.close()


def test_a_read_only_folder_is_called_read_only(tmp_path: Path) -> None:
    from app.storage.errors import folder_problem

    # Root may write anywhere, so the folder's answer is given, not chmod-ed.
    assert folder_problem(tmp_path / "x.db", writable=lambda _f: False) is StorageProblem.READ_ONLY
    assert folder_problem(tmp_path / "x.db", writable=lambda _f: True) is (
        StorageProblem.FOLDER_UNAVAILABLE
    )
    assert folder_problem(tmp_path / "gone" / "x.db", writable=lambda _f: False) is (
        StorageProblem.FOLDER_UNAVAILABLE
    )
