"""The audit trail as a hash chain: tampering is visible, not impossible.

Each audit row carries ``row_hash``, a SHA-256 over its own content and the previous
row's hash (``prev_hash``). The database computes it as the row is inserted, by a
trigger calling :func:`audit_row_hash`, which every connection of the app registers
(storage.database), so rows written by the app and by the record-change triggers are
chained alike, in the order the write lock gives them.

What it protects against: rows deleted, edited or inserted in the middle by someone
who opened the file with an ordinary tool (``sqlite3``, a DB browser) — the chain
breaks at that row and ``knee-intake-admin check`` names it. Such tools cannot even
add a record change without the app, because the trigger's function is missing there.

What it does not protect against: someone who can write the file and also recomputes
every later hash, or who deletes the newest rows only (the chain is intact up to its
new end). Against both, keep the chain's head from an earlier ``check`` (it is
printed) or a backup, and compare: a head that no longer appears means history was
rewritten. Copies kept elsewhere (backups) are the real defence.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.driver import sqlite3
from app.storage.row_keys import GENESIS, audit_row_hash


@dataclass(frozen=True)
class ChainCheck:
    """``broken_at`` is the id of the first row whose hash or link is wrong."""

    rows: int
    head: str
    broken_at: int | None = None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(conn: sqlite3.Connection) -> ChainCheck:
    """Walk the trail in id order and recompute every hash."""
    previous = GENESIS
    rows = 0
    cursor = conn.execute(
        "SELECT id, at, actor, action, intake_id, detail, prev_hash, row_hash"
        " FROM audit ORDER BY id"
    )
    for row_id, at, actor, action, intake_id, detail, prev_hash, row_hash in cursor:
        rows += 1
        expected = audit_row_hash(previous, row_id, at, actor, action, intake_id, detail)
        if (prev_hash or GENESIS) != previous or row_hash != expected:
            return ChainCheck(rows, previous, broken_at=int(row_id))
        previous = row_hash
    return ChainCheck(rows, previous)
