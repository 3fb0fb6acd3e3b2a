"""Connecting to one of a data folder's SQLite files, with the folder's key.

Every file that holds patient data (the database, a station's outbox and form drafts,
upgrade backups) is a SQLCipher file under its data folder's key (app/encryption). A
file still in plain SQLite, from a version before encryption, is encrypted in place
the first time it is opened. A new file gets the folder's key, made on first use.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.encryption.encrypted_file import (
    CopyFailedCheck,
    FileInUse,
    WrongKey,
    encrypt_in_place,
    finish_interrupted,
    has_content,
    is_plain_sqlite,
    keyed_connection,
    open_with_keys,
)
from app.encryption.folder_keys import forget, keys_of
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem

log = logging.getLogger(__name__)


def connect_encrypted(
    path: Path, *, timeout: float = 5.0, one_thread: bool = True, read_only: bool = False
) -> sqlite3.Connection:
    """A connection to ``path`` with its folder's key applied and checked.

    Raises StorageError(KEY_MISSING) when the file is encrypted and this computer has
    no key for its folder, WRONG_KEY when the key it has does not open it, and
    UPGRADE_FAILED when a plain file could not be encrypted (it is left as it was).
    Nothing is written to the file in any of those cases.
    """
    folder = path.parent
    options: dict[str, object] = {"timeout": timeout, "check_same_thread": one_thread}
    if not read_only:
        finish_interrupted(path)
    fresh = not has_content(path)
    plain = is_plain_sqlite(path)
    keys = keys_of(folder, create=(fresh or plain) and not read_only)
    if plain:
        if read_only or keys is None:  # looking only: the plain file as it is
            return keyed_connection(f"file:{path}?mode=ro", None, uri=True, **options)
        try:
            encrypt_in_place(path, keys.current)
        except FileInUse:
            # An older version still has it open: this start works on the plain file,
            # as that version does, and a later start encrypts it.
            log.warning("the database is open in another program: encrypted at a later start")
            return keyed_connection(str(path), None, uri=False, **options)
        except (sqlite3.Error, OSError, CopyFailedCheck) as exc:
            log.error("could not encrypt the database in place (%s)", type(exc).__name__)
            raise StorageError(StorageProblem.UPGRADE_FAILED, str(path)) from exc
    if keys is None:
        raise StorageError(StorageProblem.KEY_MISSING, str(path))
    target, uri = (f"file:{path}?mode=ro", True) if read_only else (str(path), False)
    if fresh and not read_only:
        return keyed_connection(target, keys.current, uri=uri, **options)
    try:
        return open_with_keys(target, keys.all(), uri=uri, **options)[0]
    except WrongKey:
        pass
    # Another program may have changed the key since this one read it.
    forget(folder)
    again = keys_of(folder)
    if again is not None and again != keys:
        try:
            return open_with_keys(target, again.all(), uri=uri, **options)[0]
        except WrongKey:
            pass
    raise StorageError(StorageProblem.WRONG_KEY, str(path))
