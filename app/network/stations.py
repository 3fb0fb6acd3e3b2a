"""The stations paired with this host: who they are, what kind, and their credential.

A credential is 32 random bytes the station keeps (owner-only) and sends with every
request; the host stores its SHA-256 only. A revoked station is kept, so the audit
trail still names it, and gets nothing from then on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

Kind = Literal["kiosk", "reception"]
SEEN_EVERY = dt.timedelta(minutes=1)  # last_seen is written at most this often


@dataclass(frozen=True)
class Station:
    id: int
    name: str
    kind: Kind
    paired_at: str
    last_seen_at: str | None
    waiting_intakes: int
    revoked_at: str | None

    @property
    def actor(self) -> str:
        """How the audit trail names what came through this station."""
        return f"station:{self.name}"


def credential_hash(credential: str) -> str:
    return hashlib.sha256(credential.encode("ascii", "replace")).hexdigest()


_COLUMNS = "id, name, kind, paired_at, last_seen_at, waiting_intakes, revoked_at"


class StationRegistry:
    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, name: str, kind: Kind, *, by: str) -> tuple[int, str]:
        """Inside the pairing's transaction: the new station's id and credential."""
        credential = secrets.token_urlsafe(32)
        cursor = self._conn.execute(
            "INSERT INTO station (name, kind, credential_hash, paired_at, paired_by)"
            " VALUES (?, ?, ?, ?, ?)",
            [name, kind, credential_hash(credential), self._now(), by],
        )
        return int(cursor.lastrowid or 0), credential

    def authenticate(self, credential: str) -> Station | None:
        """The station with this credential, unless revoked; notes when it was seen."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM station WHERE credential_hash = ?",
            [credential_hash(credential)],
        ).fetchone()
        if row is None or row[6] is not None:
            return None
        station = Station(*row)
        now = self._clock()
        seen = dt.datetime.fromisoformat(station.last_seen_at) if station.last_seen_at else None
        if seen is None or now - seen >= SEEN_EVERY:
            try:
                with write_transaction(self._conn):
                    self._conn.execute(
                        "UPDATE station SET last_seen_at = ? WHERE id = ?",
                        [self._now(), station.id],
                    )
            except sqlite3.OperationalError:
                pass  # busy: "last seen" waits for the next request, the request does not
        return station

    def note_waiting(self, station_id: int, waiting: int) -> None:
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE station SET waiting_intakes = ? WHERE id = ?",
                [max(0, waiting), station_id],
            )

    def all(self) -> list[Station]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM station ORDER BY name COLLATE NOCASE")
        return [Station(*row) for row in rows]

    def revoke(self, station_id: int, *, by: str) -> Station:
        with write_transaction(self._conn):
            changed = self._conn.execute(
                "UPDATE station SET revoked_at = ?, revoked_by = ?"
                " WHERE id = ? AND revoked_at IS NULL",
                [self._now(), by, station_id],
            ).rowcount
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM station WHERE id = ?", [station_id]
            ).fetchone()
            if row is None:
                raise KeyError(station_id)
            station = Station(*row)
            if changed:
                AuditLog(self._conn, clock=self._clock).record(
                    by, "station-revoked", detail=station.name
                )
        return station

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")
