"""One records interface for the reception workspace, wherever the records are.

On the main PC (and in a one-PC clinic) :class:`LocalClinicRecords` reads and writes
the database; on a reception PC paired with the main PC, app/network/host_records.py
asks the host over the network. The workspace, the record and their dialogs use only
this interface, so they are the same screens either way (tests run them both ways).

Who made a change (``by``) is the signed-in staff member; on the network the host
takes it from the staff member's session, never from what the station says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol

from app.clinic.resource_paths import resources_dir
from app.follow_ups.follow_up_list import (
    MAX_NOTE,
    FollowUpList,
    checked_step,
    follow_up_list,
    stop_email_reminders,
)
from app.follow_ups.response_rates import ResponseRate
from app.follow_ups.work_list import let_go, take_step
from app.intake.answers import AnswerValue, RawAnswer
from app.intake.consent import load_consent
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.submission import RecordedConsent
from app.intake.submit import SubmitResult, build_submission
from app.outcomes import follow_up_questionnaire, questionnaire_definition
from app.outcomes.adverse_events import REVIEWING_ROLES as REVIEWING_ROLES
from app.outcomes.adverse_events import Rating, ReportedProblem, rate_problems, reported_problems
from app.outcomes.follow_up_desk import FollowUpResult, store_follow_up
from app.outcomes.follow_up_responses import FollowUpResponses
from app.outcomes.grouped_report import GroupBy, GroupedReport, build_grouped_report
from app.outcomes.kiosk_handover import KioskHandovers
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.outcomes.outcomes_report import (
    OutcomesReport,
    ReportFilter,
    build_report,
    build_response_rates,
)
from app.records.follow_up_plan import Interval, ProposedFollowUp
from app.records.patient_matches import Decision, MatchSuggestion, PatientMatches
from app.records.record_book import (
    ChangeRefused,
    ContactEntry,
    RecordBook,
    TreatmentEntry,
)
from app.records.record_detail import RecordDetail, load_record
from app.records.records_list import RecordFilter, RecordRow, RecordsList, SortOrder
from app.records.treatment_record import read_required_items
from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.vocabulary import STAFF_SOURCES
from app.system.clock import local_today, utc_now_text

# How a patient gave the consent staff recorded for them.
CONSENT_GIVEN = ("by-phone", "on-paper", "in-person")
# The questionnaires a record's FHIR export carries: the intake and the follow-up.
QUESTIONNAIRES = ("knee-intake", "knee-follow-up")


class ClinicRecords(Protocol):
    @property
    def today(self) -> dt.date: ...

    # --- the list -----------------------------------------------------------------
    def page(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> list[RecordRow]: ...

    def count(self, record_filter: RecordFilter, *, up_to: int | None = None) -> int: ...

    def change_mark(self) -> tuple[int, ...]: ...

    def export_rows(
        self, record_filter: RecordFilter, order: SortOrder
    ) -> Iterable[tuple[object, ...]]: ...

    # --- one record -----------------------------------------------------------------
    def load_record(self, intake_id: int) -> RecordDetail: ...

    def pending_matches(self, patient_id: int) -> list[MatchSuggestion]: ...

    def decide_match(self, match_id: int, decision: Decision, by: str) -> int: ...

    def follow_up_intervals(self) -> tuple[Interval, ...]: ...

    def treatment_required_items(self) -> frozenset[str]:
        """The treatment questionnaire's items the clinic requires (a setting)."""
        ...

    def change_status(
        self, intake_id: int, to_status: str, by: str, reason: str = "", *, seen: int | None
    ) -> None: ...

    def add_treatment(
        self,
        intake_id: int,
        entry: TreatmentEntry,
        by: str,
        follow_ups: Iterable[ProposedFollowUp],
        *,
        seen: int | None,
    ) -> int: ...

    def complete_follow_up(self, follow_up_id: int, by: str, *, seen: int | None) -> None: ...

    def log_contact(
        self, intake_id: int, entry: ContactEntry, by: str, *, seen: int | None
    ) -> int: ...

    def correct_answer(
        self,
        intake_id: int,
        link_id: str,
        new_values: tuple[AnswerValue, ...],
        reason: str,
        by: str,
        *,
        seen: int | None,
    ) -> None: ...

    # --- outcomes (app/outcomes) --------------------------------------------------------
    def outcome_settings(self) -> OutcomeSettings: ...

    def enter_follow_up(
        self,
        intake_id: int,
        raw_answers: Mapping[str, RawAnswer],
        source: str,
        by: str,
        follow_up_id: int | None,
    ) -> FollowUpResult:
        """Follow-up answers staff entered (by phone, from paper, at the desk)."""
        ...

    def kiosks(self) -> list[tuple[int, str]]:
        """The clinic's paired tablets a follow-up can be handed to, by id and name."""
        ...

    def hand_over_kiosk(
        self, intake_id: int, follow_up_id: int | None, station_id: int | None, by: str
    ) -> None:
        """``station_id`` None: whichever kiosk of the clinic is free first."""
        ...

    def mark_reviewed(self, intake_id: int, by: str, role: str) -> None:
        """A clinician (or an administrator) has dealt with the problems reported;
        ChangeRefused("clinicians-only") for reception. Over the network the host takes
        the role from the staff member's session, never from what the station says."""
        ...

    def reported_problems(self, intake_id: int) -> list[ReportedProblem]:
        """The problems reported at this intake's follow-ups, each with its rating."""
        ...

    def rate_problems(self, intake_id: int, ratings: list[Rating], by: str, role: str) -> int:
        """Rate them as adverse events (app/outcomes/adverse_events.py); clinicians
        only: over the network the host takes the role from the session."""
        ...

    def outcomes_report(self, report_filter: ReportFilter) -> OutcomesReport: ...

    # --- today's follow-ups (app/follow_ups) --------------------------------------------
    def follow_up_list(self, today: dt.date) -> FollowUpList:
        """Who is due or overdue, at which step of the clinic's ladder."""
        ...

    def take_follow_up_step(
        self,
        follow_up_id: int,
        step: int,
        kind: str,
        way: str,
        result: str,
        by: str,
        note: str = "",
    ) -> None:
        """ChangeRefused("step-already-taken") if someone (or the e-mail sender) did."""
        ...

    def let_follow_up_go(self, follow_up_id: int, by: str, note: str) -> None: ...

    def stop_email_reminders(self, intake_id: int, by: str) -> None: ...

    def grouped_outcomes(self, report_filter: ReportFilter, group_by: GroupBy) -> GroupedReport:
        """The report's patients by preparation (app/outcomes/grouped_report.py)."""
        ...

    def response_rates(self, report_filter: ReportFilter) -> tuple[ResponseRate, ...]:
        """How their follow-ups were answered, per time point (issue 26)."""
        ...

    def fhir_bundle(self, intake_id: int) -> dict[str, Any]: ...

    # --- an intake staff enter for a patient ---------------------------------------------
    def enter_intake(
        self, raw_answers: Mapping[str, RawAnswer], source: str, by: str, consent_given: str
    ) -> SubmitResult:
        """By phone, from paper or at the desk (``source``), with the consent as the
        patient gave it (``consent_given``: by-phone, on-paper, in-person)."""
        ...

    # --- the audit trail ----------------------------------------------------------
    def note(
        self, actor: str, action: str, intake_id: int | None = None, detail: str | None = None
    ) -> None:
        """What staff did that changes nothing: opened, printed, exported."""
        ...


class LocalClinicRecords:
    """The records in this PC's own database."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        questionnaire: Questionnaire,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        self._conn = conn
        self._questionnaire = questionnaire
        self._list = RecordsList(conn, today=today)
        self.book = RecordBook(conn, questionnaire)
        self._audit = AuditLog(conn)

    @property
    def today(self) -> dt.date:
        return self._list.today

    def page(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> list[RecordRow]:
        return self._list.page(record_filter, order, offset, limit)

    def count(self, record_filter: RecordFilter, *, up_to: int | None = None) -> int:
        return self._list.count(record_filter, up_to=up_to)

    def change_mark(self) -> tuple[int, ...]:
        return self._list.change_mark()

    def export_rows(
        self, record_filter: RecordFilter, order: SortOrder
    ) -> Iterator[tuple[object, ...]]:
        return self._list.export_rows(record_filter, order)

    def load_record(self, intake_id: int) -> RecordDetail:
        return load_record(self._conn, intake_id)

    def pending_matches(self, patient_id: int) -> list[MatchSuggestion]:
        return PatientMatches(self._conn).pending(patient_id)

    def decide_match(self, match_id: int, decision: Decision, by: str) -> int:
        return PatientMatches(self._conn).decide(match_id, decision, by)

    def follow_up_intervals(self) -> tuple[Interval, ...]:
        return self.book.follow_up_intervals()

    def treatment_required_items(self) -> frozenset[str]:
        return read_required_items(self._conn)

    def change_status(
        self, intake_id: int, to_status: str, by: str, reason: str = "", *, seen: int | None
    ) -> None:
        self.book.change_status(intake_id, to_status, by, reason, seen=seen)

    def add_treatment(
        self,
        intake_id: int,
        entry: TreatmentEntry,
        by: str,
        follow_ups: Iterable[ProposedFollowUp],
        *,
        seen: int | None,
    ) -> int:
        return self.book.add_treatment(intake_id, entry, by, follow_ups, seen=seen)

    def complete_follow_up(self, follow_up_id: int, by: str, *, seen: int | None) -> None:
        self.book.complete_follow_up(follow_up_id, by, seen=seen)

    def log_contact(self, intake_id: int, entry: ContactEntry, by: str, *, seen: int | None) -> int:
        return self.book.log_contact(intake_id, entry, by, seen=seen)

    def correct_answer(
        self,
        intake_id: int,
        link_id: str,
        new_values: tuple[AnswerValue, ...],
        reason: str,
        by: str,
        *,
        seen: int | None,
    ) -> None:
        self.book.correct_answer(intake_id, link_id, new_values, reason, by, seen=seen)

    def outcome_settings(self) -> OutcomeSettings:
        return read_outcome_settings(self._conn)

    def enter_follow_up(
        self,
        intake_id: int,
        raw_answers: Mapping[str, RawAnswer],
        source: str,
        by: str,
        follow_up_id: int | None,
    ) -> FollowUpResult:
        return store_follow_up(
            self._conn, FormChecker(follow_up_questionnaire()), intake_id, raw_answers,
            source=source, by=by, answered_at=utc_now_text(), follow_up_id=follow_up_id,
        )  # fmt: skip

    def kiosks(self) -> list[tuple[int, str]]:
        rows = self._conn.execute(
            "SELECT id, name FROM station WHERE kind = 'kiosk' AND revoked_at IS NULL ORDER BY name"
        )
        return [(int(station_id), str(name)) for station_id, name in rows]

    def hand_over_kiosk(
        self, intake_id: int, follow_up_id: int | None, station_id: int | None, by: str
    ) -> None:
        KioskHandovers(self._conn).hand_over(intake_id, follow_up_id, by, station_id)

    def mark_reviewed(self, intake_id: int, by: str, role: str) -> None:
        if role not in REVIEWING_ROLES:
            raise ChangeRefused("clinicians-only")
        FollowUpResponses(self._conn, follow_up_questionnaire()).mark_reviewed(
            intake_id, by, utc_now_text()
        )

    def reported_problems(self, intake_id: int) -> list[ReportedProblem]:
        return reported_problems(self._conn, intake_id)

    def rate_problems(self, intake_id: int, ratings: list[Rating], by: str, role: str) -> int:
        return rate_problems(self._conn, intake_id, ratings, by, role, utc_now_text())

    def outcomes_report(self, report_filter: ReportFilter) -> OutcomesReport:
        return build_report(self._conn, self._questionnaire, report_filter, self.today)

    def follow_up_list(self, today: dt.date) -> FollowUpList:
        return follow_up_list(self._conn, today)

    def take_follow_up_step(
        self,
        follow_up_id: int,
        step: int,
        kind: str,
        way: str,
        result: str,
        by: str,
        note: str = "",
    ) -> None:
        checked_step(step, kind, way, result, note)
        take_step(self._conn, follow_up_id, step, kind, way, result, by, utc_now_text(), note)

    def let_follow_up_go(self, follow_up_id: int, by: str, note: str) -> None:
        if not note.strip() or len(note) > MAX_NOTE:
            raise ChangeRefused("reason-required")
        let_go(self._conn, follow_up_id, by, utc_now_text(), note.strip())

    def stop_email_reminders(self, intake_id: int, by: str) -> None:
        stop_email_reminders(self._conn, intake_id, by, utc_now_text())

    def grouped_outcomes(self, report_filter: ReportFilter, group_by: GroupBy) -> GroupedReport:
        return build_grouped_report(self._conn, self._questionnaire, report_filter, group_by)

    def response_rates(self, report_filter: ReportFilter) -> tuple[ResponseRate, ...]:
        return build_response_rates(self._conn, self._questionnaire, report_filter, self.today)

    def fhir_bundle(self, intake_id: int) -> dict[str, Any]:
        from app.records.fhir_export import (
            bundle,
            clinic_fhir_ids,
            questionnaire_entries,
            record_entries,
        )

        definitions = [questionnaire_definition(name) for name in QUESTIONNAIRES]
        ids = clinic_fhir_ids(self._conn)
        return bundle([
            *questionnaire_entries(definitions),
            *record_entries(self.load_record(intake_id), self._questionnaire,
                            follow_up_questionnaire(), ids),
        ])  # fmt: skip

    def enter_intake(
        self, raw_answers: Mapping[str, RawAnswer], source: str, by: str, consent_given: str
    ) -> SubmitResult:
        if source not in STAFF_SOURCES:
            raise ChangeRefused("unknown-source")
        if consent_given not in CONSENT_GIVEN:
            raise ChangeRefused("consent-needed")
        check = FormChecker(self._questionnaire).check_form(raw_answers)
        if not check.ok:
            return SubmitResult(issues=check.issues)
        now = utc_now_text()
        submission = build_submission(
            self._questionnaire, check.answers, submitted_at=now, source=source, entered_by=by
        )
        from app.intake.repository import IntakeRepository  # loads sqlite-utils

        version = load_consent(resources_dir() / "consent", "en").version
        saved = IntakeRepository(self._conn).save(
            submission, None, RecordedConsent(version, consent_given, by, now)
        )
        return SubmitResult(issues={}, saved=saved)

    def note(
        self, actor: str, action: str, intake_id: int | None = None, detail: str | None = None
    ) -> None:
        self._audit.record(actor, action, intake_id, detail)
