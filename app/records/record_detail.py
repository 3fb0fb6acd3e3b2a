"""Everything about one intake in one read: answers (with staff corrections), flags,
the patient's other intakes, treatments, follow-ups, contacts and status history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.intake.answers import Answers, AnswerValue
from app.storage.driver import sqlite3


@dataclass(frozen=True)
class Correction:
    id: int
    link_id: str
    old_values: tuple[AnswerValue, ...]
    new_values: tuple[AnswerValue, ...]
    reason: str
    corrected_by: str
    corrected_at: str


@dataclass(frozen=True)
class Entry:
    """One row of a history table, as column → value (dates stay ISO text)."""

    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True)
class RecordDetail:
    revision: int  # record_revision() when read: a save that finds another refuses
    intake: dict[str, Any]
    patient: dict[str, Any]
    submitted_answers: Answers
    answers: Answers  # as submitted, with the latest staff correction of each applied
    corrections: tuple[Correction, ...]
    other_intakes: tuple[Entry, ...]
    treatments: tuple[Entry, ...]
    follow_ups: tuple[Entry, ...]
    contacts: tuple[Entry, ...]
    status_changes: tuple[Entry, ...]
    follow_up_responses: tuple[Entry, ...] = ()  # oldest first; answers as JSON text
    # The consent: signed by the patient (how "drawn" or "typed", the signature as JSON)
    # or given by phone, on paper or in person and recorded by staff (how, recorded_by).
    consents: tuple[Entry, ...] = ()


class RecordNotFound(LookupError):
    pass


def values_to_json(values: tuple[AnswerValue, ...]) -> str:
    return json.dumps(
        [{"kind": v.kind, "value": v.value, "display": v.display} for v in values],
        ensure_ascii=False,
    )


def values_from_json(text: str) -> tuple[AnswerValue, ...]:
    return tuple(AnswerValue(v["kind"], v["value"], v.get("display")) for v in json.loads(text))


def submitted_answers(
    conn: sqlite3.Connection, intake_id: int
) -> dict[str, tuple[AnswerValue, ...]]:
    found: dict[str, list[AnswerValue]] = {}
    rows = conn.execute(
        "SELECT link_id, value_kind, value, display FROM answer"
        " WHERE intake_id = ? ORDER BY link_id, position",
        [intake_id],
    )
    for link_id, kind, value, display in rows:
        found.setdefault(link_id, []).append(
            AnswerValue(kind, bool(value) if kind == "valueBoolean" else value, display)
        )
    return {link_id: tuple(values) for link_id, values in found.items()}


def corrections_of(conn: sqlite3.Connection, intake_id: int) -> tuple[Correction, ...]:
    rows = conn.execute(
        "SELECT id, link_id, old_values, new_values, reason, corrected_by, corrected_at"
        " FROM answer_correction WHERE intake_id = ? ORDER BY id",
        [intake_id],
    )
    return tuple(
        Correction(row[0], row[1], values_from_json(row[2]), values_from_json(row[3]), *row[4:])
        for row in rows
    )


def effective_answers(
    submitted: Answers, corrections: tuple[Correction, ...]
) -> dict[str, tuple[AnswerValue, ...]]:
    """The submitted answers with each correction applied in the order made."""
    answers = dict(submitted)
    for correction in corrections:
        if correction.new_values:
            answers[correction.link_id] = correction.new_values
        else:
            answers.pop(correction.link_id, None)
    return answers


def _entries(conn: sqlite3.Connection, sql: str, params: list[object]) -> tuple[Entry, ...]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return tuple(Entry(dict(zip(names, row, strict=True))) for row in cursor)


# What changes a record (each writes an audit row naming the intake, in its transaction).
RECORD_CHANGES = (
    "status-changed", "treatment-added", "follow-up-done", "contact-logged",
    "answer-corrected", "patient-merged", "patient-kept-apart", "follow-up-answered",
    "clinical-review-done",
)  # fmt: skip


def record_revision(conn: sqlite3.Connection, intake_id: int) -> int:
    """A number that changes whenever someone changes the record: the newest audit row
    of a change to it. Opening or printing it does not count."""
    marks = ", ".join("?" for _ in RECORD_CHANGES)
    row = conn.execute(
        f"SELECT coalesce(max(id), 0) FROM audit WHERE intake_id = ? AND action IN ({marks})",
        [intake_id, *RECORD_CHANGES],
    ).fetchone()
    return int(row[0])


def load_record(conn: sqlite3.Connection, intake_id: int) -> RecordDetail:
    intakes = _entries(conn, "SELECT * FROM intake WHERE id = ?", [intake_id])
    if not intakes:
        raise RecordNotFound(intake_id)
    intake = intakes[0].values
    patient = _entries(conn, "SELECT * FROM patient WHERE id = ?", [intake["patient_id"]])[0]
    submitted = submitted_answers(conn, intake_id)
    corrections = corrections_of(conn, intake_id)
    return RecordDetail(
        revision=record_revision(conn, intake_id),
        intake=intake,
        patient=patient.values,
        submitted_answers=submitted,
        answers=effective_answers(submitted, corrections),
        corrections=corrections,
        other_intakes=_entries(
            conn,
            "SELECT id, submitted_at, knee, pain_now, status FROM intake"
            " WHERE patient_id = ? AND id <> ? ORDER BY submitted_at DESC",
            [intake["patient_id"], intake_id],
        ),
        treatments=_entries(
            conn, "SELECT * FROM treatment WHERE intake_id = ? ORDER BY treated_on, id", [intake_id]
        ),
        follow_ups=_entries(
            conn, "SELECT * FROM follow_up WHERE intake_id = ? ORDER BY due_on, id", [intake_id]
        ),
        contacts=_entries(
            conn, "SELECT * FROM contact_log WHERE intake_id = ? ORDER BY id DESC", [intake_id]
        ),
        status_changes=_entries(
            conn, "SELECT * FROM status_change WHERE intake_id = ? ORDER BY id DESC", [intake_id]
        ),
        follow_up_responses=_entries(
            conn,
            "SELECT id, follow_up_id, answered_at, source, entered_by, koos_jr_raw,"
            " koos_jr_score, pain_now, pain_worst_week, global_change, satisfaction, problems,"
            " needs_review, reviewed_at, reviewed_by, answers FROM follow_up_response"
            " WHERE intake_id = ? ORDER BY answered_at, id",
            [intake_id],
        ),
        consents=_entries(
            conn,
            # With what the patient read beside the form (issue 25): the article's
            # version, and the clinic's results with the day they were worked out.
            "SELECT consent_version, signed_at AS at, signed_as AS how, signature, language,"
            " NULL AS recorded_by, article_version, results_version,"
            " r.computed_on AS results_computed_on"
            " FROM consent LEFT JOIN published_results AS r ON r.version = results_version"
            " WHERE intake_id = ?"
            " UNION ALL SELECT consent_version, recorded_at, given, NULL, NULL, recorded_by,"
            " NULL, NULL, NULL FROM consent_recorded WHERE intake_id = ?",
            [intake_id, intake_id],
        ),
    )
