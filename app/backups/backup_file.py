"""One backup: SQLite's online backup of the live database into the backup folder,
under the same key, then opened and checked before it counts.

The copy is made inside one read transaction, so it is the database as it was at one
moment, and the rows counted in that same transaction are exactly what it must hold.
Under WAL the app keeps saving meanwhile: readers never block writers. The copy is
written as ``….db.partial`` and only renamed once it has passed its checks: a backup
that is in the folder under its name has been verified.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.encryption.encrypted_file import (
    keyed_connection,
    open_with_keys,
    problems_of_copy,
    table_counts,
)
from app.encryption.recovery_key import DatabaseKey
from app.storage.database import note_version
from app.storage.driver import sqlite3
from app.storage.schema import MIGRATION_NAMES, applied_migration_names
from app.system.private_files import create_owner_only

PREFIX = "knee-intake-backup."
SUFFIX = ".db"
STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"^knee-intake-backup\.(\d{4}-\d\d-\d\dT\d{6})(?:-\d+)?\.db$")


class BackupFailedCheck(Exception):
    """The copy just written does not hold what it was copied from (it is deleted)."""


class BackupFolderMissing(Exception):
    """The chosen folder is not there: a USB drive unplugged, a share not mounted.
    It is never created here, so a backup never lands on the wrong disk."""


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for the list and the restore dialog."""

    file: Path
    taken_at: dt.datetime  # local time, from its name
    patients: int
    intakes: int
    schema: int  # migrations applied
    app_version: str | None  # the version that last used the database
    newer_than_this_app: bool


def taken_at(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    return dt.datetime.strptime(match.group(1), STAMP) if match else None


def backups_in(folder: Path) -> list[Path]:
    """The finished backups in ``folder``, newest first."""
    try:
        found = [p for p in folder.iterdir() if taken_at(p) is not None]
    except FileNotFoundError:
        return []
    return sorted(found, key=lambda p: (taken_at(p), p.name), reverse=True)


def take_backup(
    conn: sqlite3.Connection, folder: Path, key: DatabaseKey, now: dt.datetime
) -> BackupContents:
    """Back ``conn``'s database up into ``folder`` and verify the copy. Raises
    BackupFolderMissing, BackupFailedCheck, or sqlite3/OS errors (disk full…)."""
    if not folder.is_dir():
        raise BackupFolderMissing(str(folder))
    target = folder / f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}"
    n = 1
    while target.exists():
        target = folder / f"{PREFIX}{now.strftime(STAMP)}-{n}{SUFFIX}"
        n += 1
    partial = target.with_name(target.name + ".partial")
    note_version(conn)  # so that the backup says which version made it
    create_owner_only(partial)
    try:
        copy = keyed_connection(str(partial), key)
        try:
            conn.execute("BEGIN")  # one snapshot for the counts and the copy
            try:
                counts = table_counts(conn)
                conn.backup(copy)
            finally:
                conn.rollback()
            # One file, no -wal or -shm beside it when it is read: a share or a USB
            # drive holds a backup whole.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _verify(partial, key, counts)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return describe(target, [key])


def _verify(path: Path, key: DatabaseKey, counts: dict[str, int]) -> None:
    problems = problems_of_copy(path, key, counts)
    if problems:
        raise BackupFailedCheck("; ".join(problems[:3]))


def describe(path: Path, keys: list[DatabaseKey]) -> BackupContents:
    """Open a backup (read only) with the first key that opens it and say what it
    holds. Raises WrongKey when none does."""
    conn = open_with_keys(f"file:{path}?mode=ro", keys, uri=True)[0]
    try:
        applied = applied_migration_names(conn)
        patients = _count(conn, "SELECT count(*) FROM patient")
        intakes = _count(conn, "SELECT count(*) FROM intake")
        version = conn.execute(
            "SELECT json_extract(value, '$') FROM setting WHERE key = 'last_opened_by_version'"
        ).fetchone()
    finally:
        conn.close()
    when = taken_at(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupContents(
        file=path,
        taken_at=when,
        patients=patients,
        intakes=intakes,
        schema=len(applied),
        app_version=str(version[0]) if version and version[0] else None,
        newer_than_this_app=bool(set(applied) - set(MIGRATION_NAMES)),
    )


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])
