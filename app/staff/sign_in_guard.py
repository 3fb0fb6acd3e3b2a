"""Lock-out after repeated wrong passwords, counted per name typed, atomically.

Every attempt is counted *before* the password is checked, in one write transaction,
so sign-ins running at once (several programs or stations) cannot check more than
``MAX_FAILED_ATTEMPTS`` passwords before the lock: each takes its own place in the
count, and the places past the limit are refused unchecked. A right password clears
the count; a wrong one leaves its place taken.

The count is kept for any name tried, whether an account has it or not, so an unknown
name locks exactly like a real one and the replies never tell which names exist.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.storage.driver import sqlite3
from app.storage.row_keys import sign_in_name_key
from app.storage.write_transaction import write_transaction

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15


class Turn(enum.Enum):
    CHECK = "check"  # this attempt may check the password
    LOCKED = "locked"  # refused unchecked until ``locked_until``


@dataclass(frozen=True)
class Reservation:
    turn: Turn
    name_key: str
    locked_until: dt.datetime | None = None


class SignInGuard:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def reserve(self, username: str, now: dt.datetime) -> Reservation:
        """Count this attempt; say whether it may check a password."""
        key = sign_in_name_key(username)
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT failed_attempts, locked_until FROM sign_in_guard WHERE name_key = ?",
                [key],
            ).fetchone()
            failed, locked_text = (int(row[0]), row[1]) if row else (0, None)
            if locked_text and dt.datetime.fromisoformat(locked_text) > now:
                return Reservation(Turn.LOCKED, key, dt.datetime.fromisoformat(locked_text))
            if locked_text:  # the lock has run out: a fresh count
                failed = 0
            failed += 1
            locked_until = None
            if failed > MAX_FAILED_ATTEMPTS:  # others took the last places meanwhile
                locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                failed = 0
            self._conn.execute(
                "INSERT INTO sign_in_guard (name_key, failed_attempts, locked_until)"
                " VALUES (?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET"
                " failed_attempts = excluded.failed_attempts,"
                " locked_until = excluded.locked_until",
                [key, failed, _text(locked_until)],
            )
        if locked_until is not None:
            return Reservation(Turn.LOCKED, key, locked_until)
        return Reservation(Turn.CHECK, key)

    def wrong(self, reservation: Reservation, now: dt.datetime) -> dt.datetime | None:
        """The password was wrong: the place stays taken. Returns when the name is
        locked until, if this was the last place."""
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT failed_attempts, locked_until FROM sign_in_guard WHERE name_key = ?",
                [reservation.name_key],
            ).fetchone()
            if row is None:  # cleared meanwhile (a reset, or a right password elsewhere)
                return None
            if row[1]:
                return dt.datetime.fromisoformat(row[1])
            if int(row[0]) < MAX_FAILED_ATTEMPTS:
                return None
            locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            self._conn.execute(
                "UPDATE sign_in_guard SET failed_attempts = 0, locked_until = ? WHERE name_key = ?",
                [_text(locked_until), reservation.name_key],
            )
        return locked_until

    def locked_until(self, username: str, now: dt.datetime) -> dt.datetime | None:
        """Until when the name is locked, if it is now."""
        row = self._conn.execute(
            "SELECT locked_until FROM sign_in_guard WHERE name_key = ?",
            [sign_in_name_key(username)],
        ).fetchone()
        if row is None or not row[0]:
            return None
        until = dt.datetime.fromisoformat(str(row[0]))
        return until if until > now else None

    def clear(self, username: str) -> None:
        """A right password, or an administrator's reset: the count starts again."""
        with write_transaction(self._conn):
            self._conn.execute(
                "DELETE FROM sign_in_guard WHERE name_key = ?", [sign_in_name_key(username)]
            )


def _text(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
