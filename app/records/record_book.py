"""What staff record about an intake: status, treatments, follow-ups, contacts, corrections.

Every change is its own row with who and when, written in one transaction. Nothing the
patient submitted is overwritten: a correction is stored beside the answer, and only
the summary columns the list filters on follow the corrected value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from app.clinic.settings import (
    KIOSK_IDLE_SECONDS_KEY,
    STAFF_IDLE_MINUTES_KEY,
    put_setting,
    read_setting,
    write_setting,
)
from app.intake.answers import AnswerValue, RawAnswer
from app.intake.questionnaire import Questionnaire
from app.intake.summary import summarize
from app.outcomes.grouped_report import MIN_GROUP_KEY, MIN_GROUP_RANGE
from app.outcomes.outcome_settings import OutcomeSettings, put_outcome_settings
from app.people.contact_formats import format_phone_for_display
from app.people.phone_search import phone_search_terms
from app.records.change_refused import ChangeRefused as ChangeRefused  # its callers know it here
from app.records.follow_up_plan import (
    FOLLOW_UP_INTERVALS_KEY,
    Interval,
    ProposedFollowUp,
    intervals_as_data,
    intervals_from_data,
)
from app.records.record_detail import (
    RecordNotFound,
    corrections_of,
    effective_answers,
    record_revision,
    submitted_answers,
    values_to_json,
)
from app.records.treatment_record import (
    PRODUCTS,
    REQUIRED_ITEMS_KEY,
    DetailsRefused,
    check_details,
    clinic_treatment_questionnaire,
    details_to_json,
)
from app.storage.driver import sqlite3
from app.storage.row_keys import patient_match_key
from app.storage.vocabulary import STATUSES
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now_text

Channel = Literal["call", "text", "email"]
Outcome = Literal["reached", "left-message", "no-answer", "wrong-number", "sent", "replied"]
CellSource = Literal["bone-marrow", "fat", "prp", "other"]
NOT_A_CANDIDATE = "not-a-candidate"

# Answers that are also the patient's details, by the item's role.
_PATIENT_COLUMNS = {
    "first-name": "first_name",
    "last-name": "last_name",
    "birth-date": "birth_date",
    "sex": "sex",
    "phone": "phone",
    "email": "email",
    "contact-preference": "contact_preference",
}


@dataclass(frozen=True)
class TreatmentEntry:
    treated_on: dt.date
    knee: Literal["left", "right", "both"]
    cell_source: CellSource  # the product; with details, their product answer wins
    treatment_number: int
    clinician: str
    notes: str = ""
    # The treatment questionnaire's answers as entered (app/records/treatment_record.py),
    # checked again where they are stored; empty from a station older than issue 25.
    details: Mapping[str, RawAnswer] = field(default_factory=dict)


@dataclass(frozen=True)
class ContactEntry:
    channel: Channel
    outcome: Outcome
    note: str = ""
    next_action_on: dt.date | None = None
    # What the call changed, in the same transaction: the record's new status, and the
    # open follow-up it dealt with (marked done). None: left as they were.
    status: str | None = None
    follow_up_done: int | None = None


class RecordBook:
    """Staff changes on one open connection; ``by`` is the staff member's name."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        questionnaire: Questionnaire,
        *,
        now: Callable[[], str] = utc_now_text,
    ) -> None:
        self._conn = conn
        self._questionnaire = questionnaire
        self._now = now

    def _status_of(self, intake_id: int, seen: int | None = None) -> str:
        """The record's status, inside the change's write transaction. With ``seen``
        (the revision the person was looking at), a record someone else changed since
        is refused: their change stays, and what this person typed is kept on screen."""
        row = self._conn.execute("SELECT status FROM intake WHERE id = ?", [intake_id]).fetchone()
        if row is None:
            raise RecordNotFound(intake_id)
        if seen is not None and record_revision(self._conn, intake_id) != seen:
            raise ChangeRefused("changed-elsewhere")
        return str(row[0])

    def change_status(
        self, intake_id: int, to_status: str, by: str, reason: str = "", *, seen: int | None = None
    ) -> None:
        if to_status not in STATUSES:
            raise ChangeRefused("unknown-status")
        if to_status == NOT_A_CANDIDATE and not reason.strip():
            raise ChangeRefused("reason-required")
        with write_transaction(self._conn):
            from_status = self._status_of(intake_id, seen)
            if from_status == to_status:
                return
            self._conn.execute("UPDATE intake SET status = ? WHERE id = ?", [to_status, intake_id])
            self._conn.execute(
                "INSERT INTO status_change (intake_id, from_status, to_status, reason,"
                " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                [intake_id, from_status, to_status, reason.strip() or None, by, self._now()],
            )

    def add_treatment(
        self,
        intake_id: int,
        entry: TreatmentEntry,
        by: str,
        follow_ups: Iterable[ProposedFollowUp] = (),
        *,
        seen: int | None = None,
    ) -> int:
        """Store a treatment and the follow-ups staff accepted for it, together."""
        if not entry.clinician.strip():
            raise ChangeRefused("clinician-required")
        if not 1 <= entry.treatment_number <= 9:
            raise ChangeRefused("treatment-number")
        columns: dict[str, str | None] = {
            "cell_source": entry.cell_source,
            "processing": None,
            "image_guidance": None,
        }
        details_json = None
        questionnaire = clinic_treatment_questionnaire(self._conn)
        product = questionnaire.item_with_role("product")
        # Checked whoever sends it: an entry without details (a station older than
        # issue 25, or one that left them out) is checked as its product alone, so the
        # clinic's required answers hold on every path; it is stored as "not recorded".
        raw = entry.details or ({product.link_id: (entry.cell_source,)} if product else {})
        try:
            details = check_details(questionnaire, raw)
        except DetailsRefused as exc:
            raise ChangeRefused("treatment-details") from exc
        if entry.details:
            columns |= {k: v for k, v in details.columns(questionnaire).items() if v}
            details_json = details_to_json(details)
        if columns["cell_source"] not in PRODUCTS:
            raise ChangeRefused("treatment-product")
        with write_transaction(self._conn):
            self._status_of(intake_id, seen)
            cursor = self._conn.execute(
                "INSERT INTO treatment (intake_id, treated_on, knee, cell_source,"
                " treatment_number, clinician, notes, recorded_by, recorded_at,"
                " details, processing, image_guidance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [intake_id, entry.treated_on.isoformat(), entry.knee, columns["cell_source"],
                 entry.treatment_number, entry.clinician.strip(), entry.notes.strip() or None,
                 by, self._now(), details_json, columns["processing"],
                 columns["image_guidance"]],
            )  # fmt: skip
            treatment_id = int(cursor.lastrowid or 0)
            self._insert_follow_ups(intake_id, follow_ups, by, treatment_id=treatment_id)
        return treatment_id

    def add_follow_ups(
        self, intake_id: int, follow_ups: Iterable[ProposedFollowUp], by: str
    ) -> None:
        with write_transaction(self._conn):
            self._status_of(intake_id)
            self._insert_follow_ups(intake_id, follow_ups, by)

    def _insert_follow_ups(
        self,
        intake_id: int,
        follow_ups: Iterable[ProposedFollowUp],
        by: str,
        *,
        treatment_id: int | None = None,
        contact_id: int | None = None,
    ) -> None:
        now = self._now()
        self._conn.executemany(
            "INSERT INTO follow_up (intake_id, due_on, purpose, treatment_id, contact_id,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (intake_id, f.due_on.isoformat(), f.purpose, treatment_id, contact_id, by, now)
                for f in follow_ups
            ],
        )

    def complete_follow_up(self, follow_up_id: int, by: str, *, seen: int | None = None) -> None:
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT intake_id FROM follow_up WHERE id = ?", [follow_up_id]
            ).fetchone()
            if row is None:
                raise ChangeRefused("no-such-follow-up")
            self._status_of(int(row[0]), seen)
            self._conn.execute(
                "UPDATE follow_up SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL",
                [self._now(), by, follow_up_id],
            )

    def log_contact(
        self, intake_id: int, entry: ContactEntry, by: str, *, seen: int | None = None
    ) -> int:
        """Store a call, text or email; a next-action date becomes a follow-up. With the
        entry's ``status`` the record moves on, and its ``follow_up_done`` is marked done
        (an open follow-up of this record), all or nothing."""
        if entry.status is not None and entry.status not in STATUSES:
            raise ChangeRefused("unknown-status")
        if entry.status == NOT_A_CANDIDATE:  # needs its reason: set from the record
            raise ChangeRefused("reason-required")
        with write_transaction(self._conn):
            from_status = self._status_of(intake_id, seen)
            if entry.follow_up_done is not None:
                done = self._conn.execute(
                    "UPDATE follow_up SET done_at = ?, done_by = ?"
                    " WHERE id = ? AND intake_id = ? AND done_at IS NULL",
                    [self._now(), by, entry.follow_up_done, intake_id],
                )
                if done.rowcount != 1:
                    raise ChangeRefused("no-such-follow-up")
            if entry.status is not None and entry.status != from_status:
                self._conn.execute(
                    "UPDATE intake SET status = ? WHERE id = ?", [entry.status, intake_id]
                )
                self._conn.execute(
                    "INSERT INTO status_change (intake_id, from_status, to_status, reason,"
                    " changed_by, changed_at) VALUES (?, ?, ?, NULL, ?, ?)",
                    [intake_id, from_status, entry.status, by, self._now()],
                )
            cursor = self._conn.execute(
                "INSERT INTO contact_log (intake_id, channel, outcome, note, next_action_on,"
                " contacted_by, contacted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [intake_id, entry.channel, entry.outcome, entry.note.strip() or None,
                 entry.next_action_on.isoformat() if entry.next_action_on else None,
                 by, self._now()],
            )  # fmt: skip
            contact_id = int(cursor.lastrowid or 0)
            if entry.next_action_on is not None:
                proposal = ProposedFollowUp(
                    entry.next_action_on, f"Next step after {entry.channel}"
                )
                self._insert_follow_ups(intake_id, [proposal], by, contact_id=contact_id)
        return contact_id

    def correct_answer(
        self,
        intake_id: int,
        link_id: str,
        new_values: tuple[AnswerValue, ...],
        reason: str,
        by: str,
        *,
        seen: int | None = None,
    ) -> None:
        """Store a staff correction; the patient's answer stays as submitted."""
        if not reason.strip():
            raise ChangeRefused("reason-required")
        item = self._questionnaire.item(link_id)
        with write_transaction(self._conn):
            self._status_of(intake_id, seen)
            submitted = submitted_answers(self._conn, intake_id)
            before = effective_answers(submitted, corrections_of(self._conn, intake_id))
            old_values = before.get(link_id, ())
            if old_values == new_values:
                return
            self._conn.execute(
                "INSERT INTO answer_correction (intake_id, link_id, old_values, new_values,"
                " reason, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [intake_id, link_id, values_to_json(old_values), values_to_json(new_values),
                 reason.strip(), by, self._now()],
            )  # fmt: skip
            after = {**before, link_id: new_values}
            summary = summarize(self._questionnaire, after)
            self._conn.execute(
                "UPDATE intake SET knee = ?, pain_now = ?, imaging_needed = ?,"
                " screening_review = ?, koos_jr_raw = ?, koos_jr_score = ? WHERE id = ?",
                [summary.knee, summary.pain_now, int(summary.imaging_needed),
                 int(summary.screening_review), summary.koos_jr_raw, summary.koos_jr_score,
                 intake_id],
            )  # fmt: skip
            if item.role in _PATIENT_COLUMNS:
                self._update_patient(intake_id, _PATIENT_COLUMNS[item.role], new_values)

    def _update_patient(
        self, intake_id: int, column: str, new_values: tuple[AnswerValue, ...]
    ) -> None:
        value = new_values[0].value if new_values else None
        patient_id = self._conn.execute(
            "SELECT patient_id FROM intake WHERE id = ?", [intake_id]
        ).fetchone()[0]
        self._conn.execute(f"UPDATE patient SET {column} = ? WHERE id = ?", [value, patient_id])
        if column == "phone":
            phone = str(value) if value else None
            self._conn.execute(
                "UPDATE patient SET phone_search = ?, phone_display = ? WHERE id = ?",
                [
                    phone_search_terms(phone),
                    format_phone_for_display(phone) if phone else None,
                    patient_id,
                ],
            )
        first, last, born = self._conn.execute(
            "SELECT first_name, last_name, birth_date FROM patient WHERE id = ?", [patient_id]
        ).fetchone()
        self._conn.execute(
            "UPDATE patient SET match_key = ?, updated_at = ? WHERE id = ?",
            [patient_match_key(first, last, born), self._now(), patient_id],
        )

    def follow_up_intervals(self) -> tuple[Interval, ...]:
        return intervals_from_data(read_setting(self._conn, FOLLOW_UP_INTERVALS_KEY))

    def save_clinic_settings(
        self,
        intervals: tuple[Interval, ...],
        staff_idle_minutes: int,
        kiosk_idle_seconds: int,
        outcomes: OutcomeSettings | None = None,
        *,
        min_group_size: int | None = None,
        treatment_required: frozenset[str] | None = None,
    ) -> None:
        """The settings dialog's values, in one write transaction."""
        with write_transaction(self._conn):
            put_setting(self._conn, FOLLOW_UP_INTERVALS_KEY, intervals_as_data(intervals))
            put_setting(self._conn, STAFF_IDLE_MINUTES_KEY, staff_idle_minutes)
            put_setting(self._conn, KIOSK_IDLE_SECONDS_KEY, kiosk_idle_seconds)
            if outcomes is not None:
                put_outcome_settings(self._conn, outcomes)
            if min_group_size is not None:
                low, high = MIN_GROUP_RANGE
                put_setting(self._conn, MIN_GROUP_KEY, max(low, min(high, min_group_size)))
            if treatment_required is not None:
                put_setting(self._conn, REQUIRED_ITEMS_KEY, sorted(treatment_required))

    def set_follow_up_intervals(self, intervals: tuple[Interval, ...]) -> None:
        write_setting(self._conn, FOLLOW_UP_INTERVALS_KEY, intervals_as_data(intervals))
