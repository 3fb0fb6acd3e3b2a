"""The SQLite driver: SQLCipher's build of Python's ``sqlite3`` module.

Every module imports ``sqlite3`` from here, never the standard library's, so that a
connection, its errors and its row types all come from one driver: ``sqlcipher3``
(https://github.com/coleifer/sqlcipher3) has its own copies of ``Error``,
``OperationalError`` and the rest, and an ``except`` naming the standard library's
class would miss them. Its API is the standard module's (it is a fork of it), so the
type checker reads the standard library's stubs, the way sqlite-utils itself treats
pysqlite3.

Without ``PRAGMA key`` a SQLCipher connection is plain SQLite; app/encryption applies
the key to every file that holds patient data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3 as sqlite3
else:
    from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3"]
