"""Where backups go, how often, how many are kept, and how the last one went: clinic
settings in the database, so every administrator and every program on the main PC
sees the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.backups.rotation import Rotation
from app.clinic.settings import read_setting, write_setting
from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import from_system_clock

FOLDER_KEY = "backup_folder"
LAST_GOOD_KEY = "last_good_backup"
LAST_FAILURE_KEY = "last_backup_failure"
RUNNING_KEY = "backup_running_until"
DEFAULT_FOLDER_NAME = "backups"  # inside the data folder until an administrator picks one
EVERY = dt.timedelta(hours=24)
WARN_AFTER = dt.timedelta(days=2)
ROTATION = Rotation(daily=7, weekly=4, monthly=12)


def backup_folder(conn: sqlite3.Connection, data_dir: Path) -> Path:
    chosen = read_setting(conn, FOLDER_KEY)
    if isinstance(chosen, str) and chosen.strip():
        return Path(chosen)
    return data_dir / DEFAULT_FOLDER_NAME


def is_default_folder(folder: Path, data_dir: Path) -> bool:
    """The folder on the database's own disk: a backup there survives a mistake or a
    damaged file, not a dead disk or a stolen PC."""
    return folder == data_dir / DEFAULT_FOLDER_NAME


def choose_backup_folder(conn: sqlite3.Connection, folder: Path, actor: str) -> None:
    write_setting(conn, FOLDER_KEY, str(folder))
    AuditLog(conn).record(actor, "backup-folder-changed", detail=str(folder))


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime  # UTC
    file: str
    patients: int
    intakes: int


def last_good_backup(conn: sqlite3.Connection) -> LastBackup | None:
    noted = read_setting(conn, LAST_GOOD_KEY)
    if not isinstance(noted, dict):
        return None
    try:
        return LastBackup(
            dt.datetime.fromisoformat(noted["at"]),
            str(noted["file"]),
            int(noted["patients"]),
            int(noted["intakes"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


def note_good_backup(conn: sqlite3.Connection, backup: LastBackup) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM setting WHERE key = ?", [LAST_FAILURE_KEY])
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, json_object("
            "'at', ?, 'file', ?, 'patients', ?, 'intakes', ?))"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [LAST_GOOD_KEY, backup.at.isoformat(timespec="seconds"), backup.file,
             backup.patients, backup.intakes],
        )  # fmt: skip


def note_failed_backup(conn: sqlite3.Connection, at: dt.datetime, problem: str) -> None:
    """``problem`` is one of the words in BACKUP_PROBLEMS, never an error's text."""
    write_setting(conn, LAST_FAILURE_KEY, {"at": at.isoformat(timespec="seconds"),
                                           "problem": problem})  # fmt: skip


def last_failure(conn: sqlite3.Connection) -> tuple[dt.datetime, str] | None:
    noted = read_setting(conn, LAST_FAILURE_KEY)
    if not isinstance(noted, dict):
        return None
    try:
        return dt.datetime.fromisoformat(noted["at"]), str(noted["problem"])
    except (KeyError, TypeError, ValueError):
        return None


def claim_backup_turn(conn: sqlite3.Connection, now: dt.datetime, hold: dt.timedelta) -> bool:
    """True for one program at a time on the main PC (the form, the workspace, the
    kiosk may all be open): the claim is a setting taken under the write lock, and it
    lapses after ``hold`` if its program died."""
    with write_transaction(conn):
        until = read_setting(conn, RUNNING_KEY)
        if isinstance(until, str) and dt.datetime.fromisoformat(until) > now:
            return False
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, json_quote(?))"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [RUNNING_KEY, (now + hold).isoformat(timespec="seconds")],
        )
    return True


def release_backup_turn(conn: sqlite3.Connection) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM setting WHERE key = ?", [RUNNING_KEY])


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    folder_missing: bool
    on_this_disk: bool
    last_good: LastBackup | None
    failure: tuple[dt.datetime, str] | None
    overdue: bool  # no good backup for WARN_AFTER

    @property
    def needs_attention(self) -> bool:
        return self.folder_missing or self.overdue


def backup_status(conn: sqlite3.Connection, data_dir: Path, now: dt.datetime) -> BackupStatus:
    """What an administrator is told. Overdue counts from the last good backup, or for
    a clinic that never had one, from when this version started keeping them."""
    folder = backup_folder(conn, data_dir)
    last = last_good_backup(conn)
    since = last.at if last else _backups_began(conn)
    return BackupStatus(
        folder=folder,
        folder_missing=not folder.is_dir() and not is_default_folder(folder, data_dir),
        on_this_disk=is_default_folder(folder, data_dir),
        last_good=last,
        failure=last_failure(conn),
        overdue=since is not None and now - since > WARN_AFTER,
    )


def _backups_began(conn: sqlite3.Connection) -> dt.datetime | None:
    row = conn.execute(
        "SELECT applied_at FROM _sqlite_migrations WHERE name = 'm009_encryption_and_backups'"
    ).fetchone()
    if row is None:
        return None
    began = dt.datetime.fromisoformat(str(row[0]))  # sqlite-utils' time, the system's
    return from_system_clock(began if began.tzinfo else began.replace(tzinfo=dt.UTC))
