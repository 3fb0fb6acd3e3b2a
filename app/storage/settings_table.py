"""The setting table: one JSON value per key, for every feature's settings (the clinic's,
follow-ups', backups', outcomes'...)."""

from __future__ import annotations

import json

from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction


def read_setting(conn: sqlite3.Connection, key: str) -> object | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else None


def write_setting(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Store ``value`` in its own transaction."""
    with write_transaction(conn):
        put_setting(conn, key, value)


def put_setting(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Store ``value`` as part of the caller's transaction."""
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )
