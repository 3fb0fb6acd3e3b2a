"""Storage failures a person can act on, without patient data in them.

SQLite's own messages are never shown or logged verbatim: they can quote values.
Each failure is reduced to a :class:`StorageProblem` the UI turns into a message.
"""

from __future__ import annotations

import enum
import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


class StorageProblem(enum.Enum):
    LOCKED = "locked"
    READ_ONLY = "read-only"
    CORRUPT = "corrupt"
    FOLDER_UNAVAILABLE = "folder-unavailable"
    DISK_FULL = "disk-full"
    NEWER_VERSION = "newer-version"
    UPGRADE_FAILED = "upgrade-failed"  # the file is as it was; a backup is beside it
    HOST_UNREACHABLE = "host-unreachable"  # a station: the clinic's host does not answer
    SIGNED_OUT_BY_HOST = "signed-out-by-host"  # a station: the host ended the session (idle)
    KEY_MISSING = "key-missing"  # encrypted, and this computer's key store has no key
    WRONG_KEY = "wrong-key"  # encrypted, and the stored key does not open it
    UNKNOWN = "unknown"


class StorageError(Exception):
    """A storage operation failed; ``problem`` says why, ``path`` where."""

    def __init__(self, problem: StorageProblem, path: str) -> None:
        super().__init__(f"{problem.value}: {path}")
        self.problem = problem
        self.path = path


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PROBLEMS = {
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    11: StorageProblem.CORRUPT,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.FOLDER_UNAVAILABLE,  # SQLITE_CANTOPEN
    23: StorageProblem.READ_ONLY,  # SQLITE_AUTH
    26: StorageProblem.CORRUPT,  # SQLITE_NOTADB
}


def classify(exc: BaseException) -> StorageProblem:
    """The problem behind a sqlite3 or OS error."""
    from app.storage.driver import sqlite3  # not at import: the patient form's first frame

    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE_PROBLEMS.get(code & 0xFF, StorageProblem.UNKNOWN)
        return StorageProblem.UNKNOWN
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageProblem.DISK_FULL
        if exc.errno in (errno.EROFS,):
            return StorageProblem.READ_ONLY
        return StorageProblem.FOLDER_UNAVAILABLE
    return StorageProblem.UNKNOWN


@contextmanager
def translate_errors(path: str) -> Iterator[None]:
    """Turn sqlite3 and OS errors inside the block into :class:`StorageError`."""
    from app.storage.driver import sqlite3

    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as exc:
        problem = classify(exc)
        if problem is StorageProblem.FOLDER_UNAVAILABLE:
            problem = folder_problem(Path(path))
        raise StorageError(problem, path) from exc


def folder_problem(
    path: Path, *, writable: Callable[[Path], bool] = lambda p: os.access(p, os.W_OK)
) -> StorageProblem:
    """A file that could not be opened or made: its folder is there but read-only
    (say so: IT can fix that), or it is not there at all."""
    folder = path if path.is_dir() else path.parent
    if folder.is_dir() and not writable(folder):
        return StorageProblem.READ_ONLY
    return StorageProblem.FOLDER_UNAVAILABLE
