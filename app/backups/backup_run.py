"""Taking a backup for the clinic: into its folder, verified, noted, rotated."""

from __future__ import annotations

import datetime as dt
import errno
import logging
from pathlib import Path

from app.backups.backup_file import (
    BackupContents,
    BackupFailedCheck,
    BackupFolderMissing,
    backups_in,
    take_backup,
    taken_at,
)
from app.backups.backup_settings import (
    ROTATION,
    LastBackup,
    backup_folder,
    is_default_folder,
    note_failed_backup,
    note_good_backup,
)
from app.backups.rotation import Rotation, backups_to_keep
from app.encryption.folder_keys import keys_of
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.system.private_files import make_private_folder

log = logging.getLogger(__name__)

# What a failed backup is noted as (never the error's own text, which may quote data).
BACKUP_PROBLEMS = ("folder-missing", "check-failed", "disk-full", "not-writable", "other")


def back_up_clinic(
    conn: sqlite3.Connection,
    data_dir: Path,
    now: dt.datetime,
    *,
    folder: Path | None = None,
) -> BackupContents:
    """One verified backup of ``conn``'s database into ``folder`` (by default the
    clinic's backup folder, rotated afterwards). ``now`` is UTC. Raises
    BackupFolderMissing, BackupFailedCheck, StorageError or OSError; a failure in the
    clinic's folder is also noted for the administrators' warning."""
    keys = keys_of(data_dir)
    if keys is None:
        raise StorageError(StorageProblem.KEY_MISSING, str(data_dir))
    scheduled = folder is None
    target = folder or backup_folder(conn, data_dir)
    if scheduled and is_default_folder(target, data_dir):
        make_private_folder(target, parents=False)
    try:
        contents = take_backup(conn, target, keys.current, now.astimezone())
    except (BackupFolderMissing, BackupFailedCheck, sqlite3.Error, OSError) as exc:
        if scheduled:
            problem = problem_word(exc)
            log.warning("backup failed: %s (%s)", problem, type(exc).__name__)
            note_failed_backup(conn, now, problem)
        raise
    if scheduled:
        note_good_backup(
            conn, LastBackup(now, contents.file.name, contents.patients, contents.intakes)
        )
        rotate(target, ROTATION)
    log.info("backup verified: %s", contents.file.name)
    return contents


def problem_word(exc: BaseException) -> str:
    if isinstance(exc, BackupFolderMissing):
        return "folder-missing"
    if isinstance(exc, BackupFailedCheck):
        return "check-failed"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "disk-full"
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13:
        return "disk-full"
    if isinstance(exc, PermissionError | sqlite3.OperationalError):
        return "not-writable"
    return "other"


def rotate(folder: Path, rotation: Rotation) -> list[Path]:
    """Delete the backups the rotation does not keep; returns them."""
    found = backups_in(folder)
    by_time = {p: taken_at(p) for p in found}
    keep = backups_to_keep([t for t in by_time.values() if t is not None], rotation)
    # Two backups within one second keep only the first name's time: keep the newest.
    kept_times: set[dt.datetime] = set()
    removed = []
    for path in found:  # newest first
        when = by_time[path]
        if when in keep and when not in kept_times:
            kept_times.add(when)
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed
