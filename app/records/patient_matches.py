"""Possible returning patients: suggested by name and birth date, decided by staff.

An intake whose folded name and birth date match an earlier patient's gets a patient
record of its own, with the details given this time, and a *suggestion* that the two
are one person. Nothing of the earlier record changes until staff decide:

- *same person*: the newer record's intakes move to the earlier one, which takes the
  newer contact details (what the patient told us last), and the newer record goes;
- *different person*: both stay, and the pair is not suggested again.

Twins, or two people with a common name born the same day, happen; a silent merge
would hand one of them the other's phone number (issue 10).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now_text

Decision = Literal["same", "different"]
_CONTACT_COLUMNS = ("sex", "phone", "phone_search", "phone_display", "email", "contact_preference")
_PATIENT_COLUMNS = "id, first_name, last_name, birth_date, phone_display, phone, email, updated_at"


@dataclass(frozen=True)
class PatientSide:
    """One of the two records, as staff compare them."""

    id: int
    first_name: str
    last_name: str
    birth_date: str
    phone: str | None  # as people write it locally
    email: str | None
    updated_at: str
    intake_ids: tuple[int, ...]


@dataclass(frozen=True)
class MatchSuggestion:
    id: int
    newer: PatientSide  # came with the newer intake
    earlier: PatientSide
    found_at: str


class MatchAlreadyDecided(Exception):
    """Someone decided this suggestion first (another station, another window)."""


def suggest_matches(
    conn: sqlite3.Connection, patient_id: int, match_key: str, found_at: str
) -> int:
    """Inside the save's transaction: suggest every earlier patient with the key.
    Returns how many were suggested. An empty key (a name of no letters) matches none."""
    if not match_key:
        return 0
    cursor = conn.execute(
        "INSERT INTO patient_match (patient_id, candidate_id, found_at)"
        " SELECT ?, id, ? FROM patient WHERE match_key = ? AND id <> ?"
        " ORDER BY updated_at DESC LIMIT 5",
        [patient_id, found_at, match_key, patient_id],
    )
    return max(cursor.rowcount, 0)


class PatientMatches:
    """The review list and the two decisions, each audited."""

    def __init__(
        self, conn: sqlite3.Connection, *, clock: Callable[[], str] = utc_now_text
    ) -> None:
        self._conn = conn
        self._now = clock

    def pending(self, patient_id: int | None = None) -> list[MatchSuggestion]:
        """Undecided suggestions, oldest first; for one patient (either side) if given."""
        where = "decision IS NULL"
        params: list[object] = []
        if patient_id is not None:
            where += " AND ? IN (patient_id, candidate_id)"
            params.append(patient_id)
        rows = self._conn.execute(
            f"SELECT id, patient_id, candidate_id, found_at FROM patient_match WHERE {where}"
            " ORDER BY found_at, id",
            params,
        ).fetchall()
        return [
            MatchSuggestion(int(i), self._side(int(newer)), self._side(int(earlier)), str(found))
            for i, newer, earlier, found in rows
        ]

    def pending_count(self) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM patient_match WHERE decision IS NULL"
            ).fetchone()[0]
        )

    def decide(self, match_id: int, decision: Decision, by: str) -> int:
        """Record staff's decision; returns the patient id the newer intakes now have."""
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT patient_id, candidate_id, decision FROM patient_match WHERE id = ?",
                [match_id],
            ).fetchone()
            if row is None or row[2] is not None:
                raise MatchAlreadyDecided(str(match_id))
            newer, earlier = int(row[0]), int(row[1])
            now = self._now()
            self._conn.execute(
                "UPDATE patient_match SET decision = ?, decided_by = ?, decided_at = ?"
                " WHERE id = ?",
                [decision, by, now, match_id],
            )
            first_intake = self._conn.execute(
                "SELECT min(id) FROM intake WHERE patient_id = ?", [newer]
            ).fetchone()[0]
            if decision == "different":
                self._audit(by, "patient-kept-apart", first_intake, now)
                return newer
            self._merge(newer, into=earlier)
            self._audit(by, "patient-merged", first_intake, now)
            return earlier

    def _merge(self, newer: int, *, into: int) -> None:
        # The newer record holds what the patient told us last: it wins where given.
        values = self._conn.execute(
            f"SELECT {', '.join(_CONTACT_COLUMNS)}, updated_at FROM patient WHERE id = ?",
            [newer],
        ).fetchone()
        given = {
            column: value
            for column, value in zip(_CONTACT_COLUMNS, values[:-1], strict=True)
            if value not in (None, "")
        }
        if given:
            assignments = ", ".join(f"{column} = ?" for column in given)
            self._conn.execute(
                f"UPDATE patient SET {assignments}, updated_at = max(updated_at, ?) WHERE id = ?",
                [*given.values(), values[-1], into],
            )
        self._conn.execute("UPDATE intake SET patient_id = ? WHERE patient_id = ?", [into, newer])
        # Other suggestions about the newer record now concern the earlier one.
        self._conn.execute(
            "UPDATE OR IGNORE patient_match SET patient_id = ? WHERE patient_id = ?",
            [into, newer],
        )
        self._conn.execute(
            "UPDATE OR IGNORE patient_match SET candidate_id = ? WHERE candidate_id = ?",
            [into, newer],
        )
        self._conn.execute(
            "DELETE FROM patient_match WHERE patient_id = candidate_id"
            " OR ? IN (patient_id, candidate_id)",
            [newer],
        )
        self._conn.execute("DELETE FROM patient WHERE id = ?", [newer])

    def _audit(self, by: str, action: str, intake_id: object, now: str) -> None:
        self._conn.execute(
            "INSERT INTO audit (at, actor, action, intake_id) VALUES (?, ?, ?, ?)",
            [now, by, action, intake_id],
        )

    def _side(self, patient_id: int) -> PatientSide:
        row: Any = self._conn.execute(
            f"SELECT {_PATIENT_COLUMNS} FROM patient WHERE id = ?", [patient_id]
        ).fetchone()
        intakes = tuple(
            int(i)
            for (i,) in self._conn.execute(
                "SELECT id FROM intake WHERE patient_id = ? ORDER BY submitted_at DESC",
                [patient_id],
            )
        )
        return PatientSide(
            id=int(row[0]),
            first_name=str(row[1]),
            last_name=str(row[2]),
            birth_date=str(row[3]),
            phone=row[4] or row[5],
            email=row[6],
            updated_at=str(row[7]),
            intake_ids=intakes,
        )
