"""The kiosk handed to one patient for one follow-up.

Staff choose the patient's due follow-up in the workspace and hand a kiosk over (this
clinic's only one, or a named tablet). The kiosk looks for a waiting handover only while
it shows its welcome page, greets the patient by first name, shows that follow-up form
and nothing else of the record, and goes back to its welcome page afterwards. A handover
nobody takes expires, so a patient who left is never greeted on someone else's turn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.records.change_refused import ChangeRefused
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

HANDOVER_MINUTES = 15
ENDED_STATES = ("cancelled", "timed-out")


@dataclass(frozen=True)
class Handover:
    """What a kiosk is given: the first name to greet, and nothing else of the record."""

    id: int
    intake_id: int
    follow_up_id: int | None
    first_name: str


class KioskHandovers:
    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], dt.datetime] = utc_now
    ) -> None:
        self._conn = conn
        self._clock = clock

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    def hand_over(
        self, intake_id: int, follow_up_id: int | None, by: str, station_id: int | None = None
    ) -> int:
        """A new handover; an earlier one still waiting for this record is cancelled."""
        now = self._clock()
        with write_transaction(self._conn):
            if not self._conn.execute("SELECT 1 FROM intake WHERE id = ?", [intake_id]).fetchone():
                raise ChangeRefused("no-such-record")
            if (
                follow_up_id is not None
                and not self._conn.execute(
                    "SELECT 1 FROM follow_up WHERE id = ? AND intake_id = ?",
                    [follow_up_id, intake_id],
                ).fetchone()
            ):
                raise ChangeRefused("no-such-follow-up")
            self._conn.execute(
                "UPDATE kiosk_handover SET state = 'cancelled'"
                " WHERE intake_id = ? AND state = 'waiting'",
                [intake_id],
            )
            cursor = self._conn.execute(
                "INSERT INTO kiosk_handover (intake_id, follow_up_id, station_id, created_by,"
                " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                [intake_id, follow_up_id, station_id, by, now.isoformat(timespec="seconds"),
                 (now + dt.timedelta(minutes=HANDOVER_MINUTES)).isoformat(timespec="seconds")],
            )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def take_waiting(self, station_id: int | None = None) -> Handover | None:
        """The oldest unexpired handover for this kiosk (or for any kiosk), taken: no
        other kiosk will show it. ``station_id`` None is this PC's own kiosk."""
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT h.id, h.intake_id, h.follow_up_id, p.first_name"
                " FROM kiosk_handover AS h JOIN intake AS i ON i.id = h.intake_id"
                " JOIN patient AS p ON p.id = i.patient_id"
                " WHERE h.state = 'waiting' AND h.expires_at > ?"
                " AND (h.station_id IS NULL OR h.station_id IS ?)"
                " ORDER BY h.created_at, h.id LIMIT 1",
                [self._now(), station_id],
            ).fetchone()
            if row is None:
                return None
            self._conn.execute(
                "UPDATE kiosk_handover SET state = 'taken', taken_at = ? WHERE id = ?",
                [self._now(), row[0]],
            )
        return Handover(int(row[0]), int(row[1]), row[2], str(row[3]))

    def end(self, handover_id: int, state: str) -> None:
        """The patient walked away (timed-out) or staff took the kiosk back (cancelled)."""
        if state not in ENDED_STATES:
            raise ChangeRefused("unknown-state")
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE kiosk_handover SET state = ?"
                " WHERE id = ? AND state IN ('waiting', 'taken')",
                [state, handover_id],
            )

    def waiting_for(self, intake_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM kiosk_handover WHERE intake_id = ? AND state = 'waiting'"
            " AND expires_at > ? ORDER BY id DESC LIMIT 1",
            [intake_id, self._now()],
        ).fetchone()
        return int(row[0]) if row else None
