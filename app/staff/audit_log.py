"""The append-only audit trail: who did what, when, to which record.

Rows name the staff member (or "kiosk"), the action and the intake's id; they never
hold patient data. Changes to records write their own rows through triggers (schema
m004); this module writes the rest (sign-in, opening a record, exports, the kiosk) and
reads the trail for administrators. The database refuses to update or delete a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.storage.driver import sqlite3
from app.storage.vocabulary import AUDIT_ACTIONS
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

KIOSK_ACTOR = "kiosk"
DEMO_STAFF = "demo"  # who made the demo records (app/records/demo_data.py)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # ISO 8601, UTC
    actor: str
    action: str
    intake_id: int | None
    detail: str | None


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    intake_id: int | None = None
    on_or_after: dt.date | None = None  # UTC dates, both ends included
    on_or_before: dt.date | None = None


class AuditLog:
    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], dt.datetime] = utc_now
    ) -> None:
        self._conn = conn
        self._clock = clock

    def staff_names(self) -> dict[str, str]:
        """Every staff account's user name and name, those deactivated too: the trail
        shows who, by name."""
        rows = self._conn.execute("SELECT username, display_name FROM staff")
        return {str(username): str(name) for username, name in rows}

    def record(
        self, actor: str, action: str, intake_id: int | None = None, detail: str | None = None
    ) -> None:
        """Write one row in its own transaction."""
        with write_transaction(self._conn):
            self.put(actor, action, intake_id, detail)

    def put(
        self, actor: str, action: str, intake_id: int | None = None, detail: str | None = None
    ) -> None:
        """Write one row as part of the caller's transaction (an intake and the row that
        says it arrived are kept, or lost, together)."""
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        self._conn.execute(
            "INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (?, ?, ?, ?, ?)",
            [self._clock().isoformat(timespec="seconds"), actor, action, intake_id, detail],
        )

    def entries(
        self, audit_filter: AuditFilter, limit: int = 500, offset: int = 0
    ) -> list[AuditEntry]:
        """Newest first."""
        clauses: list[str] = []
        params: list[object] = []
        if audit_filter.actor.strip():
            # A staff member's changes made on a reception PC name it: "rita via Desk 2".
            clauses.append("(actor = ? COLLATE NOCASE OR actor LIKE ? ESCAPE '\\')")
            actor = audit_filter.actor.strip()
            escaped = actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.extend([actor, f"{escaped} via %"])
        if audit_filter.action:
            clauses.append("action = ?")
            params.append(audit_filter.action)
        if audit_filter.intake_id is not None:
            clauses.append("intake_id = ?")
            params.append(audit_filter.intake_id)
        if audit_filter.on_or_after is not None:
            clauses.append("at >= ?")
            params.append(audit_filter.on_or_after.isoformat())
        if audit_filter.on_or_before is not None:
            clauses.append("at < ?")
            params.append((audit_filter.on_or_before + dt.timedelta(days=1)).isoformat())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(
            "SELECT id, at, actor, action, intake_id, detail FROM audit"
            f"{where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [AuditEntry(*row) for row in rows]
