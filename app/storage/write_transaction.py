"""Every transaction that writes takes SQLite's write lock when it starts.

Python's sqlite3 begins a *deferred* transaction before the first INSERT or UPDATE. A
deferred transaction that reads before it writes (a save that first looks for the
returning patient, a sign-in counter read then raised) cannot wait for another
program's write lock: SQLite answers SQLITE_BUSY at once, whatever the busy timeout,
because waiting could deadlock two readers that both want to write. ``BEGIN
IMMEDIATE`` takes the write lock first, so a second program on the same database
waits up to the busy timeout instead of failing (issue 10, tests/test_two_programs.py).

Reads outside a transaction stay lock-free under WAL; only writers queue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count

from app.storage.driver import sqlite3

_savepoints = count(1)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back if the block raises.

    Inside a transaction that is already open (one writer calling another), the block
    becomes a savepoint of it, so the outer transaction still commits or fails whole.
    """
    if conn.in_transaction:
        name = f"nested_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


@contextmanager
def alone_with(conn: sqlite3.Connection, path: str) -> Iterator[sqlite3.Connection]:
    """The block runs only if ``conn`` is the one connection to its file: SQLite lets a
    connection leave WAL mode only then, so the journal is switched to DELETE for the
    block (and back after). Raises StorageError(LOCKED) when another program (or
    another connection of this one) has the file open; nothing is changed then."""
    from app.storage.errors import StorageError, StorageProblem

    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise StorageError(StorageProblem.LOCKED, path) from exc
    if str(mode).lower() != "delete":
        raise StorageError(StorageProblem.LOCKED, path)
    try:
        yield conn
    finally:
        conn.execute("PRAGMA journal_mode = WAL")
