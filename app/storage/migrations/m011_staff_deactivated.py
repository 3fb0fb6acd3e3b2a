"""Released migration 011: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.vocabulary import M011_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m011_staff_deactivated(db: Database) -> None:
    """Issue 28: deactivating a staff account, and giving it back, are in the trail.
    (The account's ``active`` column is m004's.)"""
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M011_AUDIT_ACTIONS]
    )
