"""Backups that happen by themselves and are proven to restore (issue 13)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.backups.backup_file import BackupFolderMissing, backups_in, describe
from app.backups.backup_run import back_up_clinic, rotate
from app.backups.backup_schedule import BackupSchedule
from app.backups.backup_settings import (
    backup_status,
    choose_backup_folder,
    last_good_backup,
)
from app.backups.restore import BackupTooNew, restore_backup
from app.backups.rotation import Rotation, backups_to_keep
from app.clinic.data_folder import database_path
from app.encryption.encrypted_file import SQLITE_HEADER, is_plain_sqlite
from app.encryption.folder_keys import keys_of
from app.storage.database import close_database, open_database
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import utc_now
from tests.intake_factory import IntakeFactory
from tests.sqlite_file import open_file
from tests.test_encryption import admin

UTC = dt.UTC
ROOT = Path(__file__).parents[1]


@pytest.fixture
def clinic(tmp_path: Path, knee_questionnaire) -> Path:
    data = tmp_path / "data"
    factory = IntakeFactory(knee_questionnaire, database_path(data))
    for first in ("Ann", "Bea", "Cy"):
        factory.submit(first, "Backup")
    factory.close()
    return data


def intake_ids(path: Path) -> set[int]:
    """A backup opens with its clinic's key: the data folder's (``…/data/backups/…``)."""
    folder = path.parent.parent if path.parent.name == "backups" else path.parent
    with closing(open_file(path, folder=folder)) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM intake")}


def test_rotation_keeps_7_daily_4_weekly_and_12_monthly_backups() -> None:
    start = dt.datetime(2025, 1, 1, 9, 0)
    # Two a day (the daily one and one at close) for 500 days.
    taken = [start + dt.timedelta(days=d, hours=h) for d in range(500) for h in (0, 9)]
    kept = backups_to_keep(taken, Rotation(daily=7, weekly=4, monthly=12))
    newest = max(taken)
    days = {t.date() for t in kept if newest - t < dt.timedelta(days=7)}
    assert len(days) == 7 and newest in kept
    assert len({t.isocalendar()[:2] for t in kept}) >= 4
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    # The newest of each day, week and month, and nothing else: at most 7 + 4 + 12.
    assert len(kept) <= 23 and all(t.hour == 18 for t in kept)
    assert not any(newest - t > dt.timedelta(days=366) for t in kept)


def test_a_backup_is_encrypted_verified_noted_and_readable_by_its_owner_only(
    clinic: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb-drive"
    folder.mkdir()
    conn = open_database(database_path(clinic))
    choose_backup_folder(conn, folder, "admin")
    now = dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    contents = back_up_clinic(conn, clinic, now)
    [backup] = backups_in(folder)
    assert contents.file == backup and (contents.patients, contents.intakes) == (3, 3)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    written = backup.read_bytes()
    assert not written.startswith(SQLITE_HEADER) and b"Backup" not in written
    assert [p.name for p in folder.iterdir()] == [backup.name]  # no .partial left
    last = last_good_backup(conn)
    assert last is not None and last.at == now and last.file == backup.name
    status = backup_status(conn, clinic, now + dt.timedelta(days=1))
    assert not status.needs_attention and not status.on_this_disk
    assert backup_status(conn, clinic, now + dt.timedelta(days=3)).overdue
    close_database(conn)
    listing = admin(clinic, "backups", now=now + dt.timedelta(days=1))
    assert listing.returncode == 0 and backup.name in listing.stdout
    assert "3 patients, 3 intakes" in listing.stdout
    # Three days on, the same command says the backups are overdue.
    late = admin(clinic, "backups", now=now + dt.timedelta(days=3))
    assert late.returncode == 1 and backup.name in late.stdout


def test_a_missing_backup_folder_is_noted_and_never_created(clinic: Path, tmp_path: Path) -> None:
    unplugged = tmp_path / "usb-drive"  # chosen, then unplugged
    unplugged.mkdir()
    conn = open_database(database_path(clinic))
    choose_backup_folder(conn, unplugged, "admin")
    unplugged.rmdir()
    now = dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    with pytest.raises(BackupFolderMissing):
        back_up_clinic(conn, clinic, now)
    assert not unplugged.exists()
    status = backup_status(conn, clinic, now)
    assert status.folder_missing and status.needs_attention
    assert status.failure == (now, "folder-missing")
    close_database(conn)
    listing = admin(clinic, "backups", now=now)
    assert listing.returncode == 1 and "MISSING" in listing.stdout


def test_the_schedule_backs_up_daily_and_at_close(clinic: Path) -> None:
    clock = [dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC)]
    schedule = BackupSchedule(
        database_path(clinic), first_look_s=0.01, look_every_s=0.05, clock=lambda: clock[0]
    )
    schedule.start()
    folder = clinic / "backups"  # the default until an administrator picks one
    deadline = time.monotonic() + 30
    while not backups_in(folder) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(backups_in(folder)) == 1
    time.sleep(0.3)  # several more looks within the day: no second backup
    assert len(backups_in(folder)) == 1
    schedule.stop(back_up=True)  # closing within minutes of the last: none needed
    [morning] = backups_in(folder)
    clock[0] += dt.timedelta(hours=3)
    BackupSchedule(database_path(clinic), clock=lambda: clock[0]).stop(back_up=True)
    # Closed later the same day: a new backup, and the rotation keeps the day's newest.
    [evening] = backups_in(folder)
    assert (morning.name, evening.name) == (
        "knee-intake-backup.2026-11-25T080000.db",
        "knee-intake-backup.2026-11-25T110000.db",
    )
    with closing(open_database(database_path(clinic))) as conn:
        last = last_good_backup(conn)
    assert last is not None and last.at == clock[0]


def test_a_backup_taken_while_another_program_saves_restores_whole(clinic: Path) -> None:
    path = database_path(clinic)
    stop = clinic.parent / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.keep_saving_worker", str(clinic), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert writer.stdout is not None
    committed: list[int] = []
    try:
        while len(committed) < 15:  # the writer is well under way
            line = writer.stdout.readline()
            assert line, "the writer stopped"
            committed.append(int(line))
        before_backup = set(committed) | {1, 2, 3}
        conn = open_database(path)
        contents = back_up_clinic(conn, clinic, utc_now())
        close_database(conn)
        for _ in range(10):  # and it went on saving after the backup
            committed.append(int(writer.stdout.readline()))
    finally:
        stop.touch()
        rest = writer.stdout.read()  # (communicate would skip what readline buffered)
        writer.stdout.close()
        writer.wait(timeout=60)
    committed += [int(line) for line in rest.split()]

    assert writer.returncode == 0
    assert contents.intakes >= len(before_backup)
    in_backup = intake_ids(contents.file)
    assert before_backup <= in_backup
    restored = restore_backup(path, contents.file, "admin")
    with closing(open_database(path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [r[0] for r in check.execute("PRAGMA cipher_integrity_check")] == []
        audit = check.execute(
            "SELECT actor, detail FROM audit WHERE action = 'backup-restored'"
        ).fetchall()
    assert intake_ids(path) == in_backup and before_backup <= intake_ids(path)
    assert audit == [("admin", f"{contents.file.name}, "
                      f"taken {contents.taken_at.isoformat(timespec='minutes')}")]  # fmt: skip
    # The records as they were just before the restore are a backup of their own.
    assert intake_ids(restored.kept_first.file) == set(committed) | {1, 2, 3}


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(clinic: Path) -> None:
    path = database_path(clinic)
    conn = open_database(path)
    contents = back_up_clinic(conn, clinic, utc_now())
    close_database(conn)
    with closing(open_file(contents.file, folder=clinic)) as newer:
        newer.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('knee_intake', 'm999_future', 'later')"
        )
        newer.commit()
    before = path.read_bytes()
    with pytest.raises(BackupTooNew):
        restore_backup(path, contents.file, "admin")
    assert path.read_bytes() == before
    refused = admin(clinic, "restore", str(contents.file), "--yes")
    assert refused.returncode == 1 and "newer version" in refused.stderr
    assert describe(contents.file, keys_of(clinic).all()).newer_than_this_app  # type: ignore[union-attr]


def test_restore_is_refused_while_another_program_has_the_database_open(clinic: Path) -> None:
    path = database_path(clinic)
    conn = open_database(path)
    contents = back_up_clinic(conn, clinic, utc_now())
    try:
        with pytest.raises(StorageError) as caught:
            restore_backup(path, contents.file, "admin")
        assert caught.value.problem is StorageProblem.LOCKED
        busy = admin(clinic, "restore", str(contents.file), "--yes")
        assert busy.returncode == 1 and "close it and try again" in busy.stderr
    finally:
        close_database(conn)


def test_backup_by_hand_and_restore_from_the_command_line(clinic: Path, tmp_path: Path) -> None:
    by_hand = tmp_path / "by-hand"
    by_hand.mkdir()
    made = admin(clinic, "backup", "--to", str(by_hand))
    assert made.returncode == 0, made.stderr
    [backup] = backups_in(by_hand)
    assert "3 patients, 3 intakes" in made.stdout and not is_plain_sqlite(backup)
    with closing(open_database(database_path(clinic))) as conn:
        assert last_good_backup(conn) is None  # a copy by hand is not the clinic's rotation
        conn.execute("DELETE FROM answer")
        conn.execute("DELETE FROM intake")
        conn.commit()
    asked = subprocess.run(
        [sys.executable, "-c", "from app.admin_cli import main; raise SystemExit(main())",
         "--data-dir", str(clinic), "restore", str(backup)],
        input="n\n", capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert asked.returncode == 1 and "Nothing was changed" in asked.stdout
    assert "3 patients, 0 intakes" not in asked.stdout and "3 intakes" in asked.stdout
    assert intake_ids(database_path(clinic)) == set()
    restored = admin(clinic, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert intake_ids(database_path(clinic)) == {1, 2, 3}


def test_a_backup_made_before_a_change_of_key_still_restores(clinic: Path) -> None:
    from app.encryption.key_changes import change_database_key
    from app.encryption.recovery_key import new_recovery_key

    path = database_path(clinic)
    conn = open_database(path)
    contents = back_up_clinic(conn, clinic, utc_now())
    change_database_key(clinic, conn, new_recovery_key(), "admin")
    close_database(conn)
    restore_backup(path, contents.file, "admin")
    assert intake_ids(path) == {1, 2, 3}


def test_rotation_deletes_only_what_it_does_not_keep(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 18, 0)
    for day in range(40):
        stamp = (start + dt.timedelta(days=day)).strftime("%Y-%m-%dT%H%M%S")
        (folder / f"knee-intake-backup.{stamp}.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("not ours")
    removed = rotate(folder, Rotation(daily=7, weekly=4, monthly=12))
    left = backups_in(folder)
    assert len(left) + len(removed) == 40 and (folder / "notes.txt").exists()
    assert len(left) == len(backups_to_keep([start + dt.timedelta(days=d) for d in range(40)],
                                            Rotation()))  # fmt: skip
