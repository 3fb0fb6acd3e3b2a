"""Files and folders that hold patient data are readable by their owner only.

Exports (CSV, JSON, PDF), the database, its -wal and -shm files, backups and the data
folder. New files are created owner-only from the first byte (never created with the
umask and narrowed afterwards); an existing database or folder that others can read,
for example one IT restored as 0644, is narrowed when the app opens it.

On Windows the mode bits mean nothing: NTFS's access control lists decide. There each
private folder and file gets a protected DACL that lets in only the Windows account
running the app (app/system/windows_acl.py), set before anything is written to it; files made
inside a private folder inherit it.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
_POSIX = os.name == "posix"
_WINDOWS = sys.platform == "win32"


def make_private_folder(path: Path, *, parents: bool = True) -> None:
    """Make the folder ``path`` owner-only, or narrow it if it is there and is not."""
    path.mkdir(parents=parents, exist_ok=True, mode=OWNER_ONLY_FOLDER)
    if _WINDOWS:
        _narrow_folder_acl(path)


def create_owner_only(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is not there; leave it if it is."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return
    os.close(fd)
    _restrict_on_windows(path)


# What Windows answers for a drive that keeps no access lists (FAT32 or exFAT, as on
# most USB sticks): the export or backup is still written, only not narrowed.
_NO_ACLS_HERE = {1, 50}  # ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED


def _restrict_on_windows(path: Path) -> None:
    if not _WINDOWS:
        return
    from app.system.windows_acl import restrict_to_owner

    try:
        restrict_to_owner(path, folder=False)
    except OSError as exc:
        if getattr(exc, "winerror", None) not in _NO_ACLS_HERE:
            raise
        # No path: an export's name holds the patient's.
        log.warning("a file was written to a drive that keeps no access lists")


def open_owner_only(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Like ``path.open(mode)`` for writing, but a new or existing file ends owner-only
    before anything is written to it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, OWNER_ONLY_FILE)  # an existing file keeps its mode otherwise
        _restrict_on_windows(path)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, mode, **kwargs)


def tighten(paths: list[Path], folder: Path) -> list[Path]:
    """Narrow ``folder`` and each existing file in ``paths`` that others can read or
    write to owner-only. Returns those it could not narrow (not the owner, a read-only
    disk): the caller tells an administrator."""
    if _WINDOWS:
        return _tighten_acls(paths, folder)
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


def _narrow_folder_acl(folder: Path) -> bool:
    """Windows: make ``folder`` owner-only by DACL if it is not, and then everything in
    it, which inherited the folder's old DACL (a folder made by an older version, or
    restored by IT, inherits its parent's, which lets administrators and often others
    in). Whether it had to. Raises OSError when Windows will not."""
    from app.system.windows_acl import is_owner_only, restrict_to_owner

    if is_owner_only(folder):
        return False
    restrict_to_owner(folder, folder=True)
    for path in sorted(folder.rglob("*")):  # parents before what they hold
        if not is_owner_only(path):
            restrict_to_owner(path, folder=path.is_dir())
    log.warning("%s was open to other Windows accounts; now owner-only", folder.name)
    return True


def _tighten_acls(paths: list[Path], folder: Path) -> list[Path]:
    """Windows: the same, by DACL."""
    from app.system.windows_acl import is_owner_only, restrict_to_owner

    stuck: list[Path] = []
    try:
        if folder.exists():
            _narrow_folder_acl(folder)
    except OSError:
        stuck.append(folder)
    for path in paths:
        try:
            if path.exists() and not is_owner_only(path):
                restrict_to_owner(path, folder=False)
                log.warning("%s was open to other Windows accounts; now owner-only", path.name)
        except OSError:
            stuck.append(path)
    return stuck


def access_status(path: Path) -> tuple[bool, str]:
    """Whether ``path`` and its folder are owner-only, and how that is known, for the
    administrator's check (``knee-intake-admin check``)."""
    folder = path.parent
    if _WINDOWS:
        from app.system.windows_acl import is_owner_only

        try:
            private = all(is_owner_only(p) for p in (folder, path) if p.exists())
        except OSError:
            return False, "could not be read (access control list)"
        how = "this Windows account only (access control list)"
        return private, how if private else "open to other Windows accounts"
    if not _POSIX:
        return True, "not checked on this system"
    loose = [p for p in (folder, path) if p.exists() and stat.S_IMODE(p.stat().st_mode) & 0o077]
    if loose:
        return False, "readable by other users: " + ", ".join(p.name for p in loose)
    return True, "owner only (file and folder mode bits)"
