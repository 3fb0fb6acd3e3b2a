"""Storing follow-up answers: checked against the follow-up questionnaire, then saved
with who entered them. The kiosk (handed over for one patient) and staff (by phone, from
paper or at the desk) both come through here; on a paired tablet the same answers go
through the outbox to the host, which stores them here too."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.intake.answers import RawAnswer, ValidationIssue
from app.intake.form_check import FormChecker
from app.outcomes.kiosk_handover import Handover, KioskHandovers
from app.staff.audit_log import KIOSK_ACTOR
from app.storage.database import close_database, open_database
from app.storage.driver import sqlite3
from app.storage.errors import translate_errors
from app.system.clock import utc_now

# The responses and the record book are imported when first needed: a kiosk looks for
# handovers from its first second, and its start-up need not wait for them.
if TYPE_CHECKING:
    from app.outcomes.follow_up_responses import SavedFollowUp

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class FollowUpResult:
    """Either the issues that stopped it (in form order) or what was stored."""

    issues: Mapping[str, ValidationIssue]
    saved: SavedFollowUp | None = None


def store_follow_up(
    conn: sqlite3.Connection,
    checker: FormChecker,
    intake_id: int,
    raw_answers: Mapping[str, RawAnswer],
    *,
    source: str,
    by: str,
    answered_at: str,
    follow_up_id: int | None = None,
    handover_id: int | None = None,
    station_id: int | None = None,
    uid: str | None = None,
    language: str | None = None,
) -> FollowUpResult:
    from app.outcomes.follow_up_responses import FollowUpAnswers, FollowUpResponses

    check = checker.check_form(raw_answers)
    if not check.ok:
        return FollowUpResult(issues=check.issues)
    saved = FollowUpResponses(conn, checker.questionnaire).save(
        FollowUpAnswers(
            intake_id=intake_id,
            answers=check.answers,
            source=source,
            entered_by=by,
            answered_at=answered_at,
            uid=uid or str(uuid.uuid4()),
            follow_up_id=follow_up_id,
            handover_id=handover_id,
            station_id=station_id,
            language=language,
        )
    )
    log.info("follow-up answers %d stored", saved.response_id)
    return FollowUpResult(issues={}, saved=saved)


def handover_of(conn: sqlite3.Connection, handover_id: int, station_id: int | None) -> Handover:
    """A handover a kiosk took, if it was for that kiosk; ChangeRefused otherwise."""
    from app.records.change_refused import ChangeRefused

    row = conn.execute(
        "SELECT h.id, h.intake_id, h.follow_up_id, p.first_name FROM kiosk_handover AS h"
        " JOIN intake AS i ON i.id = h.intake_id JOIN patient AS p ON p.id = i.patient_id"
        " WHERE h.id = ? AND h.state <> 'waiting' AND (h.station_id IS NULL OR h.station_id IS ?)",
        [handover_id, station_id],
    ).fetchone()
    if row is None:
        raise ChangeRefused("no-such-handover")
    return Handover(int(row[0]), int(row[1]), row[2], str(row[3]))


class LocalFollowUpDesk:
    """The kiosk's follow-ups on this PC's database (a one-PC clinic, or the host's own
    kiosk). The database is opened on first use and again after a failure."""

    def __init__(
        self,
        checker: FormChecker,
        database_path: Path,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        opener: Callable[[Path], sqlite3.Connection] = open_database,
    ) -> None:
        self.checker = checker
        self._path = database_path
        self._clock = clock
        self._opener = opener
        self._conn: sqlite3.Connection | None = None

    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._opener(self._path)
        return self._conn

    def _guarded(self, work: Callable[[sqlite3.Connection], T]) -> T:
        try:
            with translate_errors(str(self._path)):
                return work(self._open())
        except Exception:
            self.close(after_failure=True)
            raise

    def look(self, on: bool) -> None:
        """Nothing to start: taking a waiting handover is one quick query."""

    def take_waiting(self) -> Handover | None:
        return self._guarded(lambda conn: KioskHandovers(conn, clock=self._clock).take_waiting())

    def submit(
        self,
        handover: Handover,
        raw_answers: Mapping[str, RawAnswer],
        *,
        language: str | None = None,
    ) -> FollowUpResult:
        now = self._clock().isoformat(timespec="seconds")
        return self._guarded(
            lambda conn: store_follow_up(
                conn, self.checker, handover.intake_id, raw_answers, source="kiosk",
                by=KIOSK_ACTOR, answered_at=now, follow_up_id=handover.follow_up_id,
                handover_id=handover.id, language=language,
            )
        )  # fmt: skip

    def end(self, handover: Handover, state: str) -> None:
        self._guarded(lambda conn: KioskHandovers(conn, clock=self._clock).end(handover.id, state))

    def close(self, *, after_failure: bool = False) -> None:
        if self._conn is not None:
            close_database(self._conn, after_failure=after_failure)
            self._conn = None
