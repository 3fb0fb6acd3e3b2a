"""Clinic settings kept in the database's setting table (values are JSON)."""

from __future__ import annotations

import json

from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction

STAFF_IDLE_MINUTES_KEY = "staff_idle_minutes"
KIOSK_IDLE_SECONDS_KEY = "kiosk_idle_seconds"
DEFAULT_STAFF_IDLE_MINUTES = 10
DEFAULT_KIOSK_IDLE_SECONDS = 120
STAFF_IDLE_RANGE = (1, 240)
KIOSK_IDLE_RANGE = (30, 900)


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


def _whole_number(conn: sqlite3.Connection, key: str, default: int, bounds: tuple[int, int]) -> int:
    value = read_setting(conn, key)
    if isinstance(value, int) and bounds[0] <= value <= bounds[1]:
        return value
    return default


def staff_idle_minutes(conn: sqlite3.Connection) -> int:
    """Staff are signed out after this long without a touch of the keyboard or mouse."""
    return _whole_number(conn, STAFF_IDLE_MINUTES_KEY, DEFAULT_STAFF_IDLE_MINUTES, STAFF_IDLE_RANGE)


def kiosk_idle_seconds(conn: sqlite3.Connection) -> int:
    """The kiosk asks "Are you still there?" after this long; a draft older is discarded."""
    return _whole_number(conn, KIOSK_IDLE_SECONDS_KEY, DEFAULT_KIOSK_IDLE_SECONDS, KIOSK_IDLE_RANGE)


CLINIC_PHONE_KEY = "clinic_phone"


def clinic_phone(conn: sqlite3.Connection) -> str:
    """The number patients are asked to call, in e-mail reminders and letters."""
    value = read_setting(conn, CLINIC_PHONE_KEY)
    return value.strip() if isinstance(value, str) else ""
