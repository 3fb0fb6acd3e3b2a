"""Opening a SQLCipher file with its key; encrypting a plain one; changing the key.

Without its key a file is noise: SQLCipher encrypts every page, the first included, so
not even the "SQLite format 3" header is left. A wrong key is found on the first read
(SQLite's "file is not a database"), before anything is written.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from app.encryption.recovery_key import DatabaseKey
from app.storage.driver import sqlite3
from app.system.private_files import create_owner_only

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_NOTADB = 26


class WrongKey(Exception):
    """None of the keys given opens the file."""


class FileInUse(Exception):
    """Another program has the file open: it cannot be encrypted in place now."""


def is_plain_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file (the header is only ever in clear in one)."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def keyed_connection(
    target: str, key: DatabaseKey | None, *, uri: bool = False, **options: object
) -> sqlite3.Connection:
    """A connection with the key applied before anything is read (``key=None``: a
    plain file, for encrypting one in place)."""
    conn: sqlite3.Connection = sqlite3.connect(target, uri=uri, **options)  # type: ignore[call-overload]
    try:
        # SQLCipher writes its own warnings to stderr (a wrong key logs "hmac check
        # failed"): the app says what happened itself, in words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {key.pragma}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_with_keys(
    target: str, keys: list[DatabaseKey], *, uri: bool = False, **options: object
) -> tuple[sqlite3.Connection, DatabaseKey]:
    """The first of ``keys`` that opens the file, tried in order. Raises WrongKey when
    none does; the file is only read."""
    for key in keys:
        conn = keyed_connection(target, key, uri=uri, **options)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
                continue
            raise
        return conn, key
    raise WrongKey


def encrypt_in_place(path: Path, key: DatabaseKey) -> None:
    """Replace the plain SQLite file at ``path`` with an encrypted copy of it.

    The plain file is left exactly as it was until an encrypted copy has been written,
    synced and checked (integrity, and every table's row count); only then does the
    copy take its name, in one rename. The plain content is then overwritten with
    zeros before its last name goes (best effort: an SSD may keep old blocks, which is
    why docs/INSTALL.md also asks for full-disk encryption).

    Raises FileInUse, with nothing changed, while another program has the file open
    (an older version still running): what it wrote after the copy would go to the
    plain file's old name and be lost. The file is encrypted at a later start.
    """
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    plain = keyed_connection(str(path), None, timeout=0.5)
    try:
        # SQLite lets a connection leave WAL mode only when it is the file's only one.
        try:
            mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise FileInUse(str(path)) from exc
        if str(mode).lower() != "delete":
            raise FileInUse(str(path))
    except BaseException:
        plain.close()
        raise
    create_owner_only(partial)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # committed rows out of the WAL
        counts = table_counts(plain)
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {key.pragma}", [str(partial)])
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    except BaseException:
        plain.close()
        partial.unlink(missing_ok=True)
        raise
    plain.close()
    _check_copy(partial, key, counts)
    wipe: Path | None = path.with_name(path.name + ".plain-wipe")
    assert wipe is not None
    wipe.unlink(missing_ok=True)
    try:
        os.link(path, wipe)  # a second name for the plain content, to overwrite it
    except OSError:
        wipe = None  # a file system without hard links: the rename alone
    partial.replace(path)
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    if wipe is not None:
        overwrite_and_remove(wipe)
    log.info("encrypted %s in place", path.name)


def finish_interrupted(path: Path) -> None:
    """Tidy what an encryption cut short left beside ``path``: a half-made copy is
    removed; a plain copy whose database is already encrypted is overwritten and
    removed; one whose database is still plain is only a second name for it."""
    path.with_name(path.name + ".encrypting").unlink(missing_ok=True)
    wipe = path.with_name(path.name + ".plain-wipe")
    if not wipe.exists():
        return
    if is_plain_sqlite(path):
        wipe.unlink()
    else:
        overwrite_and_remove(wipe)


def overwrite_and_remove(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as file:
        block = bytes(1 << 20)
        for start in range(0, size, len(block)):
            file.write(block[: min(len(block), size - start)])
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def change_key(conn: sqlite3.Connection, new: DatabaseKey) -> None:
    """Re-encrypt every page under ``new``. The caller has made sure no other
    connection has the file open (they would fail on their next read)."""
    conn.execute(f"PRAGMA rekey = {new.pragma}")


def table_counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    """Rows in every table: what a copy must hold."""
    names = [
        name
        for (name,) in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def check_copy_problems(conn: sqlite3.Connection, counts: dict[str, int]) -> list[str]:
    """What is wrong with an opened copy: its pages' authentication codes
    (cipher_integrity_check), SQLite's integrity check, then every table's rows
    against ``counts``. Empty when the copy is sound."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    if problems:
        return problems
    verdict = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    if verdict != ["ok"]:
        return verdict
    found = table_counts(conn)
    return [
        f"table {name}: {found.get(name)} rows, {wanted} expected"
        for name, wanted in counts.items()
        if found.get(name) != wanted
    ]


class CopyFailedCheck(Exception):
    """A copy just written does not hold what it was copied from."""


def problems_of_copy(path: Path, key: DatabaseKey, counts: dict[str, int]) -> list[str]:
    """Open the copy at ``path`` with ``key`` and say what is wrong with it (nothing:
    an empty list); see :func:`check_copy_problems`."""
    conn = keyed_connection(str(path), key)
    try:
        return check_copy_problems(conn, counts)
    finally:
        conn.close()


def _check_copy(path: Path, key: DatabaseKey, counts: dict[str, int]) -> None:
    problems = problems_of_copy(path, key, counts)
    if problems:
        path.unlink(missing_ok=True)
        raise CopyFailedCheck("; ".join(problems[:3]))
