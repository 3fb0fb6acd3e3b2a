"""Putting a backup back: what it holds first, the current database kept as a backup
before anything changes, and never a backup from a newer version of the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.backups.backup_file import BackupContents, describe, take_backup
from app.backups.backup_settings import (
    LastBackup,
    backup_folder,
    is_default_folder,
    note_good_backup,
)
from app.encryption.encrypted_file import open_with_keys
from app.encryption.folder_keys import keys_of
from app.encryption.recovery_key import DatabaseKey
from app.staff.audit_log import AuditLog
from app.storage.database import open_database
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.storage.write_transaction import alone_with
from app.system.clock import utc_now
from app.system.private_files import make_private_folder


class BackupTooNew(Exception):
    """Made by a newer version of the app: this one cannot read it safely."""


@dataclass(frozen=True)
class Restored:
    restored: BackupContents
    kept_first: BackupContents  # the database as it was just before


def keys_for_backups(data_dir: Path, extra: list[DatabaseKey] | None = None) -> list[DatabaseKey]:
    """The folder's keys, current then earlier (backups from before a change of key),
    and any a recovery key typed for this restore stands for."""
    keys = keys_of(data_dir)
    if keys is None and not extra:
        raise StorageError(StorageProblem.KEY_MISSING, str(data_dir))
    return [*(keys.all() if keys else []), *(extra or [])]


def what_it_holds(
    backup: Path, data_dir: Path, extra: list[DatabaseKey] | None = None
) -> BackupContents:
    """Raises WrongKey when no key this computer knows (or ``extra``) opens it."""
    return describe(backup, keys_for_backups(data_dir, extra))


def restore_backup(
    database: Path,
    backup: Path,
    actor: str,
    *,
    extra_keys: list[DatabaseKey] | None = None,
    now: dt.datetime | None = None,
    live: sqlite3.Connection | None = None,
) -> Restored:
    """Replace the records in ``database`` with ``backup``'s.

    Raises BackupTooNew and WrongKey, and StorageError(LOCKED) while another program
    has the database open; nothing is changed then. The current database is backed
    up first into the clinic's backup folder (beside the database if that folder is
    missing); the backup is copied in through SQLite's backup API, under this
    computer's current key; an older backup's schema is then upgraded the usual way;
    and the restore is written into the restored audit trail.

    ``live`` is the program's own connection to ``database`` when it has one (the
    workspace's): it must be the only one, and it stays open.
    """
    data_dir = database.parent
    trial = keys_for_backups(data_dir, extra_keys)
    contents = describe(backup, trial)
    if contents.newer_than_this_app:
        raise BackupTooNew(str(backup))
    when = now or utc_now()
    keys = keys_of(data_dir, create=True)
    assert keys is not None
    own = live is None
    live = live or open_database(database)
    try:
        with alone_with(live, str(database)):
            folder = backup_folder(live, data_dir)
            if is_default_folder(folder, data_dir):
                make_private_folder(folder, parents=False)
            kept = take_backup(live, folder if folder.is_dir() else data_dir, keys.current,
                               when.astimezone())  # fmt: skip
            source = open_with_keys(f"file:{backup}?mode=ro", trial, uri=True)[0]
            try:
                source.backup(live)
            finally:
                source.close()
    finally:
        if own:
            live.close()
    after = open_database(database)  # an older backup's schema upgraded here
    try:
        AuditLog(after).record(
            actor, "backup-restored",
            detail=f"{backup.name}, taken {contents.taken_at.isoformat(timespec='minutes')}",
        )  # fmt: skip
        note_good_backup(after, LastBackup(when, kept.file.name, kept.patients, kept.intakes))
    finally:
        after.close()
    return Restored(contents, kept)
