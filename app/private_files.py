"""Files and folders that hold patient data are readable by their owner only.

Exports (CSV, JSON, PDF), the database, its -wal and -shm files, backups and the data
folder. New files are created owner-only from the first byte (never created with the
umask and narrowed afterwards); an existing database or folder that others can read,
for example one IT restored as 0644, is narrowed when the app opens it. On Windows the
file's ACL comes from the user's profile folder, and these mode bits mean nothing.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
_POSIX = os.name == "posix"


def create_owner_only(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is not there; leave it if it is."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return
    os.close(fd)


def open_owner_only(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Like ``path.open(mode)`` for writing, but a new or existing file ends owner-only
    before anything is written to it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE)
    if _POSIX:
        os.fchmod(fd, OWNER_ONLY_FILE)  # an existing file keeps its mode otherwise
    return os.fdopen(fd, mode, **kwargs)


def tighten(paths: list[Path], folder: Path) -> list[Path]:
    """Narrow ``folder`` and each existing file in ``paths`` that others can read or
    write to owner-only. Returns those it could not narrow (not the owner, a read-only
    disk): the caller tells an administrator."""
    if not _POSIX:
        return []
    stuck: list[Path] = []
    for path, wanted in [(folder, OWNER_ONLY_FOLDER), *((p, OWNER_ONLY_FILE) for p in paths)]:
        try:
            current = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        if not current & 0o077:
            continue
        try:
            path.chmod(current & wanted)
            log.warning("%s was readable by others; now owner-only", path.name)
        except OSError:
            stuck.append(path)
    return stuck
