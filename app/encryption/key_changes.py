"""What administrators do with keys: confirm the recovery key, unlock a folder on a
new computer with it, and change the key."""

from __future__ import annotations

import secrets
from pathlib import Path

from app.encryption.encrypted_file import WrongKey, change_key, open_with_keys
from app.encryption.folder_keys import keys_of, save_keys
from app.encryption.key_store import FolderKeys
from app.encryption.recovery_key import DatabaseKey, database_key, fold, groups
from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.storage.write_transaction import alone_with

CONFIRM_GROUPS = 2


def groups_to_confirm() -> list[int]:
    """Which groups (1-based) an administrator types back to show it was written down:
    two at random, so all of it must be."""
    chosen = sorted(secrets.SystemRandom().sample(range(1, 9), CONFIRM_GROUPS))
    return chosen


def confirms(recovery_key: str, asked: list[int], typed: list[str]) -> bool:
    """The groups typed are those asked for (O, I and L read as 0, 1 and 1)."""
    wanted = groups(recovery_key)
    return len(typed) == len(asked) and all(
        fold(text) == wanted[n - 1] for n, text in zip(asked, typed, strict=True)
    )


def pending_recovery_key(folder: Path) -> str | None:
    """The recovery key no administrator has confirmed yet, if any."""
    keys = keys_of(folder)
    return keys.recovery_pending if keys else None


def recovery_key_written_down(folder: Path, conn: sqlite3.Connection, actor: str) -> None:
    """Forget the recovery key here: from now on it is on paper only."""
    keys = keys_of(folder)
    if keys is None or keys.recovery_pending is None:
        return
    save_keys(folder, FolderKeys(keys.current, keys.earlier, None))
    AuditLog(conn).record(actor, "recovery-key-confirmed")


class NotARecoveryKey(ValueError):
    pass


def unlock(folder: Path, database: Path, recovery_key: str) -> None:
    """Keep the key a recovery key stands for in this computer's store, once it has
    been seen to open ``database``. Raises NotARecoveryKey for mistyped text and
    StorageError(WRONG_KEY) for a key that does not open it."""
    try:
        key = database_key(recovery_key)
    except ValueError as exc:
        raise NotARecoveryKey from exc
    try:
        open_with_keys(f"file:{database}?mode=ro", [key], uri=True)[0].close()
    except WrongKey as exc:
        raise StorageError(StorageProblem.WRONG_KEY, str(database)) from exc
    existing = keys_of(folder)
    earlier = tuple(k for k in (existing.all() if existing else []) if k != key)
    save_keys(folder, FolderKeys(key, earlier[:5], None))


def change_database_key(
    folder: Path, conn: sqlite3.Connection, new_recovery_key: str, actor: str
) -> None:
    """Re-encrypt the database under the key ``new_recovery_key`` stands for.

    ``conn`` must be the only connection to the file: the journal is switched out of
    WAL for the change, which SQLite allows only then (StorageError(LOCKED) otherwise,
    with nothing changed). The new key is stored before the file changes, with the old
    one kept among the earlier keys, so whichever state a power cut leaves, this
    computer opens the file; older backups stay readable with the old key.
    """
    keys = keys_of(folder)
    if keys is None:
        raise StorageError(StorageProblem.KEY_MISSING, str(folder))
    new_keys = keys.changed_to(new_recovery_key)
    with alone_with(conn, str(folder)):
        save_keys(folder, new_keys)
        change_key(conn, new_keys.current)
    AuditLog(conn).record(actor, "database-key-changed")


def current_key(folder: Path) -> DatabaseKey | None:
    keys = keys_of(folder)
    return keys.current if keys else None
