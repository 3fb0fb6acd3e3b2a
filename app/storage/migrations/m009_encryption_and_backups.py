"""Released migration 009: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.vocabulary import M009_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m009_encryption_and_backups(db: Database) -> None:
    """Issue 13: the audit trail's actions for keys and backups. (The encryption itself
    is the file's, not the schema's: app/encryption.)"""
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M009_AUDIT_ACTIONS]
    )
