"""The clinic's settings: how long until staff are signed out and the kiosk asks "are
you still there?", and the phone number patients call. Kept in the database's setting
table (app/storage/settings_table.py; values are JSON), as every feature's settings
are."""

from __future__ import annotations

from app.storage.driver import sqlite3
from app.storage.settings_table import put_setting, read_setting, write_setting

__all__ = ["put_setting", "read_setting", "write_setting"]  # where features read them

STAFF_IDLE_MINUTES_KEY = "staff_idle_minutes"
KIOSK_IDLE_SECONDS_KEY = "kiosk_idle_seconds"
DEFAULT_STAFF_IDLE_MINUTES = 10
DEFAULT_KIOSK_IDLE_SECONDS = 120
STAFF_IDLE_RANGE = (1, 240)
KIOSK_IDLE_RANGE = (30, 900)


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
