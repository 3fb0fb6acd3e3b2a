"""Opening a data folder's SQLite file in a test as another program with its key would:
the files are SQLCipher files (app/encryption), so a bare connection reads noise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.encryption.encrypted_file import is_plain_sqlite, keyed_connection, open_with_keys
from app.encryption.folder_keys import keys_of
from app.storage.driver import sqlite3


def open_file(
    path: str | Path, *, read_only: bool = False, folder: Path | None = None, **options: Any
) -> sqlite3.Connection:
    """A connection to ``path`` with the key of ``folder`` (by default its own; a
    backup's is the data folder's it was taken from). A plain file, from a version
    before encryption, opens as it is."""
    path = Path(path)
    target, uri = (f"file:{path}?mode=ro", True) if read_only else (str(path), False)
    if is_plain_sqlite(path):
        return keyed_connection(target, None, uri=uri, **options)
    keys = keys_of(folder or path.parent, create=True)
    assert keys is not None
    return open_with_keys(target, keys.all(), uri=uri, **options)[0]


def damage_pages(path: Path) -> None:
    """Overwrite part of every page after the first few, as a failing disk would: the
    file still opens with its key, and reading the damaged pages fails their checks."""
    conn = open_file(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    page = 4096
    size = path.stat().st_size
    with path.open("r+b") as file:
        for start in range(page * 3, size, page):
            file.seek(start + 64)
            file.write(b"\xa5" * 256)
