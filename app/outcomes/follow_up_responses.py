"""Follow-up answers in the clinic's database: one transaction per answered follow-up.

The answers are kept exactly as given (a trigger refuses changes); the summary columns
beside them are what the record's chart, the list and the outcomes report read. Saving
matches the answers to the nearest due follow-up (app/outcomes/follow_up_matching.py),
ticks it done, and, when a kiosk was handed over for it, closes the handover.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.intake.answers import Answers
from app.intake.questionnaire import Questionnaire
from app.outcomes.follow_up_matching import DueFollowUp, nearest_follow_up
from app.outcomes.follow_up_summary import summarize_follow_up
from app.outcomes.outcome_settings import read_outcome_settings
from app.records.record_book import ChangeRefused
from app.records.record_detail import RecordNotFound, values_from_json, values_to_json
from app.storage.driver import sqlite3
from app.storage.vocabulary import FOLLOW_UP_SOURCES
from app.storage.write_transaction import write_transaction


@dataclass(frozen=True)
class FollowUpAnswers:
    """One answered follow-up questionnaire, checked. ``follow_up_id``: the follow-up
    staff chose (or the kiosk was handed over for); None lets the date decide."""

    intake_id: int
    answers: Answers
    source: str  # one of FOLLOW_UP_SOURCES
    entered_by: str  # "kiosk" or the staff member
    answered_at: str  # ISO 8601, UTC
    uid: str
    follow_up_id: int | None = None
    handover_id: int | None = None
    station_id: int | None = None
    language: str | None = None  # the patient's, when not the questionnaire's own


@dataclass(frozen=True)
class SavedFollowUp:
    response_id: int
    follow_up_id: int | None  # None: kept as unscheduled
    needs_review: bool
    already_stored: bool = False


class FollowUpResponses:
    def __init__(self, conn: sqlite3.Connection, questionnaire: Questionnaire) -> None:
        self._conn = conn
        self._questionnaire = questionnaire

    def save(self, entry: FollowUpAnswers) -> SavedFollowUp:
        if entry.source not in FOLLOW_UP_SOURCES:
            raise ChangeRefused("unknown-source")
        summary = summarize_follow_up(self._questionnaire, entry.answers)
        with write_transaction(self._conn):
            earlier = self._conn.execute(
                "SELECT id, follow_up_id, needs_review FROM follow_up_response WHERE uid = ?",
                [entry.uid],
            ).fetchone()
            if earlier is not None:  # sent again after a lost reply
                return SavedFollowUp(earlier[0], earlier[1], bool(earlier[2]), True)
            if not self._conn.execute(
                "SELECT 1 FROM intake WHERE id = ?", [entry.intake_id]
            ).fetchone():
                raise RecordNotFound(entry.intake_id)
            follow_up_id = self._follow_up_for(entry)
            due_on = None
            if follow_up_id is not None:
                due_on = self._conn.execute(
                    "SELECT due_on FROM follow_up WHERE id = ?", [follow_up_id]
                ).fetchone()[0]
            cursor = self._conn.execute(
                "INSERT INTO follow_up_response (uid, intake_id, follow_up_id, follow_up_due_on,"
                " questionnaire_url, questionnaire_version, language, answered_at, source,"
                " entered_by, station_id, koos_jr_raw, koos_jr_score, pain_now,"
                " pain_worst_week, global_change, satisfaction, problems, needs_review,"
                " answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [entry.uid, entry.intake_id, follow_up_id, due_on, self._questionnaire.url,
                 self._questionnaire.version, entry.language or self._questionnaire.language,
                 entry.answered_at,
                 entry.source, entry.entered_by, entry.station_id, summary.koos_jr_raw,
                 summary.koos_jr_score, summary.pain_now, summary.pain_worst_week,
                 summary.global_change, summary.satisfaction, json.dumps(summary.problems),
                 int(summary.needs_review), answers_to_json(entry.answers)],
            )  # fmt: skip
            if follow_up_id is not None:
                self._conn.execute(
                    "UPDATE follow_up SET done_at = ?, done_by = ?"
                    " WHERE id = ? AND done_at IS NULL",
                    [entry.answered_at, entry.entered_by, follow_up_id],
                )
            if entry.handover_id is not None:
                self._conn.execute(
                    "UPDATE kiosk_handover SET state = 'answered' WHERE id = ?",
                    [entry.handover_id],
                )
        return SavedFollowUp(int(cursor.lastrowid or 0), follow_up_id, summary.needs_review)

    def _follow_up_for(self, entry: FollowUpAnswers) -> int | None:
        """The chosen follow-up if it is this record's and still unanswered; else the
        nearest unanswered follow-up of a treatment within the window (late: until the
        ladder lets it go); else None."""
        rows = self._conn.execute(
            "SELECT f.id, f.due_on FROM follow_up AS f"
            " WHERE f.intake_id = ? AND f.treatment_id IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM follow_up_response AS r"
            "                 WHERE r.follow_up_id = f.id)",
            [entry.intake_id],
        ).fetchall()
        open_ids = {row[0] for row in rows}
        if entry.follow_up_id is not None:
            return entry.follow_up_id if entry.follow_up_id in open_ids else None
        answered_on = dt.datetime.fromisoformat(entry.answered_at).date()
        from app.follow_ups.ladder import read_ladder

        return nearest_follow_up(
            answered_on,
            (DueFollowUp(row[0], dt.date.fromisoformat(row[1])) for row in rows),
            read_outcome_settings(self._conn).window_days,
            late_days=read_ladder(self._conn).let_go_after,
        )

    def mark_reviewed(self, intake_id: int, by: str, at: str) -> int:
        """A clinician has dealt with the problems reported; returns how many answers."""
        with write_transaction(self._conn):
            cursor = self._conn.execute(
                "UPDATE follow_up_response SET reviewed_at = ?, reviewed_by = ?"
                " WHERE intake_id = ? AND needs_review = 1 AND reviewed_at IS NULL",
                [at, by, intake_id],
            )
        return cursor.rowcount


def answers_to_json(answers: Answers) -> str:
    return json.dumps(
        {link_id: json.loads(values_to_json(values)) for link_id, values in answers.items()},
        ensure_ascii=False,
    )


def answers_from_json(text: str) -> Answers:
    return {
        link_id: values_from_json(json.dumps(values))
        for link_id, values in json.loads(text).items()
    }
