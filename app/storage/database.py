"""Opening the clinic's database: folder, owner-only file, pragmas, migrations."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from app.encryption.encrypted_file import (
    WrongKey,
    encrypt_in_place,
    is_plain_sqlite,
    keyed_connection,
    open_with_keys,
)
from app.encryption.folder_keys import keys_of
from app.encryption.recovery_key import DatabaseKey
from app.storage.connect import connect_encrypted
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem, translate_errors
from app.storage.row_keys import register_audit_hash
from app.storage.schema import MIGRATION_NAMES, applied_migration_names, migrations
from app.storage.settings_table import read_setting, write_setting
from app.storage.write_transaction import write_transaction
from app.system.clock import local_now
from app.system.private_files import create_owner_only, make_private_folder, tighten
from app.system.version import app_version

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
# Decrypted pages kept in memory per connection (SQLite's default is 2 MiB). Each page
# read from disk is decrypted and its authentication code checked (app/encryption), so
# a search at 100,000 patients that rereads the same index pages took three times as
# long encrypted; with this cache it is as fast as unencrypted (docs/PERFORMANCE.md).
# Pages are only allocated as they are read.
PAGE_CACHE_KIB = 32 * 1024
# Below this many intakes any plan is fast; statistics start here.
STATISTICS_FROM_ROWS = 200


def open_database(
    path: Path, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS, one_thread: bool = True
) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    ``busy_timeout`` is how long a write waits for another program's lock. With
    ``one_thread=False`` another thread may close it (the host's worker threads each
    use their own, and the server closes them all once they have stopped). Raises
    :class:`StorageError` with the problem a person can act on.
    """
    with translate_errors(str(path)):
        make_private_folder(path.parent)
        # Created here, not by SQLite, so it is never readable by others, not even for
        # a moment. SQLite gives the -wal and -shm files the same permissions.
        create_owner_only(path)
        loose = tighten(sidecar_files(path), path.parent)
        was_plain = is_plain_sqlite(path)
        conn = connect_encrypted(path, timeout=busy_timeout, one_thread=one_thread)
        try:
            if was_plain:
                encrypt_upgrade_backups(path)
            register_audit_hash(conn)
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL with FULL syncs every commit: a submitted intake survives a power cut.
            conn.execute("PRAGMA synchronous = FULL")
            applied = applied_migration_names(conn)
            if set(applied) - set(MIGRATION_NAMES):
                raise StorageError(StorageProblem.NEWER_VERSION, str(path))
            if len(applied) < len(MIGRATION_NAMES):
                _upgrade(conn, path, applied)
            if loose:
                note_loose_permissions(conn, loose)
        except BaseException:
            conn.close()
            raise
    return conn


LOOSE_PERMISSIONS_KEY = "loose_permissions"


def sidecar_files(path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def note_loose_permissions(conn: sqlite3.Connection, paths: list[Path]) -> None:
    """Files others can read that the app could not narrow: kept for the next
    administrator who signs in, who is told once (ui/workspace)."""
    try:
        write_setting(conn, LOOSE_PERMISSIONS_KEY, sorted(str(p) for p in paths))
    except sqlite3.Error:
        log.warning("files readable by others could not be narrowed or noted")


def take_loose_permissions_note(conn: sqlite3.Connection) -> list[str]:
    """The noted files, once: the note is removed as it is read."""
    noted = read_setting(conn, LOOSE_PERMISSIONS_KEY)
    if not noted:
        return []
    with write_transaction(conn):
        conn.execute("DELETE FROM setting WHERE key = ?", [LOOSE_PERMISSIONS_KEY])
    return [str(p) for p in noted] if isinstance(noted, list) else []


def close_database(conn: sqlite3.Connection, *, after_failure: bool = False) -> None:
    """Close, first refreshing the query planner's statistics if the records have
    doubled or halved since they were taken. Without them the records list can read
    every row to show 200 (docs/PERFORMANCE.md).

    That housekeeping never waits for another program's lock (it waits for the next
    close instead), and after a failure it is skipped: a failed save must not hold
    the screen while the lock it failed on is still held."""
    if after_failure:
        conn.close()
        return
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        if statistics_are_stale(conn):
            refresh_statistics(conn)
    except sqlite3.Error:
        pass  # read-only or locked: the statistics wait for the next close
    note_version(conn)  # on the way out: looking the version up is slow at start-up
    conn.close()


def statistics_are_stale(conn: sqlite3.Connection) -> bool:
    intakes = int(conn.execute("SELECT count(*) FROM intake").fetchone()[0])
    row = conn.execute(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'intake' AND idx = 'intake_patient'"
    ).fetchone()
    if row is None:
        return intakes >= STATISTICS_FROM_ROWS
    counted = int(str(row[0]).split()[0])
    return not counted / 2 <= intakes <= counted * 2


def refresh_statistics(conn: sqlite3.Connection) -> None:
    """The planner's statistics for the tables the records list reads (about 0.4 s at
    100,000 records). Not FTS5's tables: see schema m003."""
    conn.execute("ANALYZE patient")
    conn.execute("ANALYZE intake")
    conn.commit()


LAST_VERSION_KEY = "last_opened_by_version"


def note_version(conn: sqlite3.Connection) -> None:
    """Which version of the app last used the file, for the next upgrade's backup name."""
    try:
        if _last_version(conn) == app_version():
            return
        with write_transaction(conn):
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, json_quote(?))"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [LAST_VERSION_KEY, app_version()],
            )
    except sqlite3.Error:
        log.info("could not note the app version (read-only or busy); it is only a note")


def _last_version(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(
            "SELECT json_extract(value, '$') FROM setting WHERE key = ?", [LAST_VERSION_KEY]
        ).fetchone()
    except sqlite3.OperationalError:  # a first-release database has no settings yet
        return None
    return str(row[0]) if row else None


def backup_path(path: Path, schema_version: int, when: dt.datetime, app: str | None = None) -> Path:
    """Beside the database, named for the version that made it, the schema it holds and
    when it was taken: knee-intake.db → knee-intake.v0.1.0.schema-4.2026-11-24T093000
    .backup.db (without the v… part for a database older than that note)."""
    return path.with_name(_backup_name(path, schema_version, when.strftime("%Y-%m-%dT%H%M%S"), app))


def _backup_name(path: Path, schema_version: int, stamp: str, app: str | None) -> str:
    made_by = f".v{app}" if app else ""
    return f"{path.stem}{made_by}.schema-{schema_version}.{stamp}.backup{path.suffix}"


def encrypt_upgrade_backups(path: Path) -> None:
    """Upgrade backups taken before encryption, encrypted in place like the database."""
    keys = keys_of(path.parent)
    if keys is None:
        return
    for backup in path.parent.glob(f"{path.stem}.*backup{path.suffix}"):
        if is_plain_sqlite(backup):
            try:
                encrypt_in_place(backup, keys.current)
            except Exception as exc:  # the database itself is safe; say so and go on
                log.error("an upgrade backup could not be encrypted (%s)", type(exc).__name__)


def back_up(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's online backup, readable by its owner only,
    encrypted under the key of the folder it is in; plain only when the database is
    plain still (another program had it open: SQLCipher copies pages only between
    files alike), and then encrypted with it at a later start."""
    create_owner_only(target)
    keys = keys_of(target.parent, create=True)
    assert keys is not None
    source = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    copy = keyed_connection(str(target), None if is_plain_sqlite(source) else keys.current)
    try:
        conn.backup(copy)
    except BaseException:
        copy.close()
        target.unlink(missing_ok=True)  # no half a backup to be mistaken for one
        raise
    copy.close()


def _earlier_backup_of_this(
    conn: sqlite3.Connection, path: Path, schema_version: int, app: str | None
) -> Path | None:
    """A backup taken by an earlier try of this same upgrade whose content is still
    the database's: same version and schema in its name, and the same rows (counted,
    with the newest row id, in every table). A database written to since (say, by
    the older app put back) gets a fresh backup."""
    pattern = _backup_name(path, schema_version, "*", app)
    wanted = _content_mark(conn)
    keys = keys_of(path.parent)
    for candidate in sorted(path.parent.glob(pattern), reverse=True):
        try:
            copy = open_with_keys(
                f"file:{candidate}?mode=ro", keys.all() if keys else [], uri=True
            )[0]
            try:
                if _content_mark(copy) == wanted:
                    return candidate
            finally:
                copy.close()
        except (sqlite3.Error, WrongKey):
            continue  # unreadable: not a backup to rely on
    return None


def _content_mark(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    mark = []
    for table in tables:
        count = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        try:
            newest = int(
                conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
            )
        except sqlite3.OperationalError:  # WITHOUT ROWID, or a virtual table
            newest = -1
        mark.append((table, count, newest))
    return mark


def _upgrade(conn: sqlite3.Connection, path: Path, applied: list[str]) -> None:
    """Run the pending migrations. A database that already holds a schema is backed up
    first; if a migration fails, the backup is copied back, so the file is exactly as it
    was, and StorageError(UPGRADE_FAILED) says so."""
    if not applied:  # a new, empty database: nothing to keep
        _migrate(conn)
        return
    made_by = _last_version(conn)
    backup = _earlier_backup_of_this(conn, path, len(applied), made_by)
    if backup is None:
        backup = backup_path(path, len(applied), local_now(), made_by)
        while backup.exists():  # a second try within the same second keeps the first
            backup = backup.with_name(backup.name.replace(".backup", "-1.backup", 1))
        back_up(conn, backup)
        log.info("backed up schema %d before upgrading: %s", len(applied), backup.name)
    else:
        # A retry after a failed upgrade (a kiosk that restarts itself retries all
        # day): one backup per version and schema, not one per start (issue 10).
        log.info("reusing the backup of schema %d taken before: %s", len(applied), backup.name)
    try:
        _migrate(conn)
    except Exception as exc:
        log.error("schema upgrade failed (%s); restoring the backup", type(exc).__name__)
        if conn.in_transaction:
            conn.rollback()
        restore = open_with_keys(str(backup), _folder_keys(path))[0]
        try:
            restore.backup(conn)
        finally:
            restore.close()
        raise StorageError(StorageProblem.UPGRADE_FAILED, str(path)) from exc


def _folder_keys(path: Path) -> list[DatabaseKey]:
    keys = keys_of(path.parent)
    return keys.all() if keys else []


def _migrate(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    # Under the write lock, and what is pending asked again inside it: two programs
    # started at once on a new or older file (the form and the kiosk) would otherwise
    # both apply the same migration, and the second fail on it.
    with write_transaction(conn):
        pending = migrations().pending(db)
        if pending:
            log.info("applying %d schema migration(s)", len(pending))
            migrations().apply(db)
