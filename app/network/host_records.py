"""A reception PC's records and sign-in, served by the main PC (docs/ARCHITECTURE.md).

:class:`HostClinicRecords` is the records interface (app/records/clinic_records.py)
over the network, so the workspace's screens are the same as on the main PC.
:class:`HostStaffAccounts` signs staff in on the main PC, whose lock-out and password
rules apply. A main PC that does not answer is a StorageError the screens already
show beside what was being done; nothing typed is lost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.follow_ups.follow_up_list import FollowUpList
from app.follow_ups.response_rates import ResponseRate
from app.intake.answers import AnswerValue, RawAnswer, ValidationIssue
from app.intake.submission import SavedIntake
from app.intake.submit import SubmitResult
from app.network.follow_ups_wire import list_from_json
from app.network.outcomes_wire import (
    follow_up_result_from_json,
    grouped_from_json,
    problem_from_json,
    rates_from_json,
    rating_to_json,
    report_filter_to_json,
    report_from_json,
    settings_from_json,
)
from app.network.records_wire import (
    contact_to_json,
    detail_from_json,
    filter_to_json,
    follow_ups_to_json,
    match_from_json,
    order_to_json,
    row_from_json,
    treatment_to_json,
    values_to_json,
)
from app.network.station_link import HostLink, HostUnreachable, NotThePinnedHost
from app.network.wire import answers_to_wire
from app.outcomes.adverse_events import Rating, ReportedProblem
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.grouped_report import GroupBy, GroupedReport
from app.outcomes.outcome_settings import OutcomeSettings
from app.outcomes.outcomes_report import OutcomesReport, ReportFilter
from app.records.follow_up_plan import Interval, ProposedFollowUp, intervals_from_data
from app.records.patient_matches import Decision, MatchAlreadyDecided, MatchSuggestion
from app.records.record_book import ChangeRefused, ContactEntry, TreatmentEntry
from app.records.record_detail import RecordDetail, RecordNotFound
from app.records.records_list import RecordFilter, RecordRow, SortOrder
from app.staff.accounts import AccountRefused, SignInOutcome, SignInResult, Staff
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import local_today


class HostStaffAccounts:
    """Staff sign-in, password change and sign-out, on the main PC. ``session`` is the
    signed-in staff member's token, for the records."""

    def __init__(self, link: HostLink, clinic_name: str) -> None:
        self._link = link
        self._clinic_name = clinic_name
        self.session: str | None = None
        self._pending: tuple[str, str] | None = None  # a temporary password, to change

    def clinic_name(self) -> str:
        return self._clinic_name

    def needs_set_up(self) -> bool:
        return False  # the clinic is set up on its main PC

    def sign_in(self, username: str, password: str) -> SignInResult:
        answer, status = _ask(self._link, "POST", "/v1/session",
                              {"username": username, "password": password})  # fmt: skip
        if status == 201:
            self.session = str(answer["session"])
            return SignInResult(SignInOutcome.SIGNED_IN, _staff(answer["staff"], False))
        problem = answer.get("problem")
        if problem == "password-change-needed":
            self._pending = (username, password)
            placeholder = {"id": 0, "username": username.strip(), "display_name": username,
                           "role": "reception"}  # fmt: skip
            return SignInResult(SignInOutcome.SIGNED_IN, _staff(placeholder, True))
        if problem == "locked":
            until = answer.get("locked_until")
            return SignInResult(
                SignInOutcome.LOCKED,
                locked_until=dt.datetime.fromisoformat(until) if until else None,
            )
        return SignInResult(SignInOutcome.WRONG)

    def change_password(self, staff: Staff, current: str, new: str) -> Staff:
        if self.session is None and self._pending is not None:
            username, _temporary = self._pending
            answer, status = _ask(self._link, "POST", "/v1/session",
                                  {"username": username, "password": current,
                                   "new_password": new})  # fmt: skip
            if status != 201:
                raise AccountRefused(str(answer.get("problem", "current-password-wrong")))
            self._pending = None
            self.session = str(answer["session"])
            return _staff(answer["staff"], False)
        answer, status = _ask(self._link, "POST", "/v1/session/password",
                              {"current": current, "new": new}, self.session)  # fmt: skip
        if status != 200:
            raise AccountRefused(str(answer.get("problem", "current-password-wrong")))
        return Staff(staff.id, staff.username, staff.display_name, staff.role, False)

    def sign_out(self, staff: Staff, *, idle: bool = False) -> None:
        if self.session is not None:
            # Unreachable: the host's own idle limit ends the session there.
            with contextlib.suppress(HostUnreachable, NotThePinnedHost):
                self._link.request("DELETE", "/v1/session", session=self.session)
        self.session = None


class HostClinicRecords:
    """The records interface, asked of the main PC for the signed-in staff member."""

    def __init__(
        self, link: HostLink, session: str, *, today: Callable[[], dt.date] = local_today
    ) -> None:
        self._link = link
        self._session = session
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today()

    def _ask(
        self, method: str, path: str, body: Any = None, *, answers_checked: bool = False
    ) -> tuple[dict[str, Any], int]:
        """``answers_checked``: a 422 is the host's check of answers, returned as such."""
        answer, status = _ask(self._link, method, path, body, self._session)
        if status == 422 and answers_checked:
            return answer, status
        if status == 401:
            raise StorageError(StorageProblem.SIGNED_OUT_BY_HOST, self._link.config.host)
        if status == 409:
            if answer.get("problem") == "already-decided":
                raise MatchAlreadyDecided(path)
            raise ChangeRefused(str(answer.get("problem", "changed-elsewhere")))
        if status == 404:
            raise RecordNotFound(path)
        if status >= 400:
            raise StorageError(StorageProblem.UNKNOWN, self._link.config.host)
        return answer, status

    def page(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> list[RecordRow]:
        answer, _ = self._ask("POST", "/v1/records/page", {
            "filter": filter_to_json(record_filter), "order": order_to_json(order),
            "offset": offset, "limit": limit,
        })  # fmt: skip
        return [row_from_json(row) for row in answer["rows"]]

    def count(self, record_filter: RecordFilter, *, up_to: int | None = None) -> int:
        body = {"filter": filter_to_json(record_filter), "up_to": up_to}
        answer, _ = self._ask("POST", "/v1/records/count", body)
        return int(answer["count"])

    def change_mark(self) -> tuple[int, ...]:
        answer, _ = self._ask("GET", "/v1/records/mark")
        return tuple(int(n) for n in answer["mark"])

    def export_rows(
        self, record_filter: RecordFilter, order: SortOrder
    ) -> Iterable[tuple[object, ...]]:
        answer, _ = self._ask("POST", "/v1/records/export",
                              {"filter": filter_to_json(record_filter),
                               "order": order_to_json(order)})  # fmt: skip
        return [tuple(row) for row in answer["rows"]]

    def load_record(self, intake_id: int) -> RecordDetail:
        answer, _ = self._ask("GET", f"/v1/records/{int(intake_id)}")
        return detail_from_json(answer)

    def pending_matches(self, patient_id: int) -> list[MatchSuggestion]:
        answer, _ = self._ask("GET", f"/v1/patients/{int(patient_id)}/matches")
        return [match_from_json(m) for m in answer["matches"]]

    def decide_match(self, match_id: int, decision: Decision, by: str) -> int:
        answer, _ = self._ask("POST", f"/v1/matches/{int(match_id)}", {"decision": decision})
        return int(answer["patient_id"])

    def follow_up_intervals(self) -> tuple[Interval, ...]:
        answer, _ = self._ask("GET", "/v1/follow-up-intervals")
        return intervals_from_data(answer["intervals"])

    def treatment_required_items(self) -> frozenset[str]:
        answer, _ = self._ask("GET", "/v1/treatment-record")
        return frozenset(str(link_id) for link_id in answer["required"])

    def change_status(
        self, intake_id: int, to_status: str, by: str, reason: str = "", *, seen: int | None
    ) -> None:
        self._ask("POST", f"/v1/records/{int(intake_id)}/status",
                  {"to_status": to_status, "reason": reason, "seen": seen})  # fmt: skip

    def add_treatment(
        self,
        intake_id: int,
        entry: TreatmentEntry,
        by: str,
        follow_ups: Iterable[ProposedFollowUp],
        *,
        seen: int | None,
    ) -> int:
        answer, _ = self._ask("POST", f"/v1/records/{int(intake_id)}/treatments", {
            "entry": treatment_to_json(entry), "follow_ups": follow_ups_to_json(follow_ups),
            "seen": seen,
        })  # fmt: skip
        return int(answer["treatment_id"])

    def complete_follow_up(self, follow_up_id: int, by: str, *, seen: int | None) -> None:
        self._ask("POST", f"/v1/follow-ups/{int(follow_up_id)}/done", {"seen": seen})

    def log_contact(self, intake_id: int, entry: ContactEntry, by: str, *, seen: int | None) -> int:
        answer, _ = self._ask("POST", f"/v1/records/{int(intake_id)}/contacts",
                              {"entry": contact_to_json(entry), "seen": seen})  # fmt: skip
        return int(answer["contact_id"])

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
        self._ask("POST", f"/v1/records/{int(intake_id)}/corrections", {
            "link_id": link_id, "values": values_to_json(new_values), "reason": reason,
            "seen": seen,
        })  # fmt: skip

    def outcome_settings(self) -> OutcomeSettings:
        answer, _ = self._ask("GET", "/v1/outcome-settings")
        return settings_from_json(answer)

    def enter_follow_up(
        self,
        intake_id: int,
        raw_answers: Mapping[str, RawAnswer],
        source: str,
        by: str,
        follow_up_id: int | None,
    ) -> FollowUpResult:
        answer, _ = self._ask("POST", f"/v1/records/{int(intake_id)}/follow-up-answers", {
            "answers": answers_to_wire(raw_answers), "source": source,
            "follow_up_id": follow_up_id,
        }, answers_checked=True)  # fmt: skip
        return follow_up_result_from_json(answer)

    def kiosks(self) -> list[tuple[int, str]]:
        answer, _ = self._ask("GET", "/v1/kiosks")
        return [(int(k["id"]), str(k["name"])) for k in answer["kiosks"]]

    def hand_over_kiosk(
        self, intake_id: int, follow_up_id: int | None, station_id: int | None, by: str
    ) -> None:
        self._ask("POST", f"/v1/records/{int(intake_id)}/handover",
                  {"follow_up_id": follow_up_id, "station_id": station_id})  # fmt: skip

    def reported_problems(self, intake_id: int) -> list[ReportedProblem]:
        answer, _ = self._ask("GET", f"/v1/records/{int(intake_id)}/problems")
        return [problem_from_json(p) for p in answer["problems"]]

    def rate_problems(self, intake_id: int, ratings: list[Rating], by: str, role: str) -> int:
        answer, _ = self._ask("POST", f"/v1/records/{int(intake_id)}/problems",
                              {"ratings": [rating_to_json(r) for r in ratings]})  # fmt: skip
        return int(answer["rated"])

    def mark_reviewed(self, intake_id: int, by: str, role: str) -> None:
        self._ask("POST", f"/v1/records/{int(intake_id)}/reviewed", {})

    def follow_up_list(self, today: dt.date) -> FollowUpList:
        answer, _ = self._ask("GET", "/v1/follow-ups/today")  # the main PC's today
        return list_from_json(answer)

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
        body = {"step": step, "kind": kind, "way": way, "result": result, "note": note}
        self._ask("POST", f"/v1/follow-ups/{int(follow_up_id)}/steps", body)

    def let_follow_up_go(self, follow_up_id: int, by: str, note: str) -> None:
        self._ask("POST", f"/v1/follow-ups/{int(follow_up_id)}/let-go", {"note": note})

    def stop_email_reminders(self, intake_id: int, by: str) -> None:
        self._ask("POST", f"/v1/records/{int(intake_id)}/email-reminders-stopped", {})

    def outcomes_report(self, report_filter: ReportFilter) -> OutcomesReport:
        answer, _ = self._ask("POST", "/v1/outcomes/report",
                              {"filter": report_filter_to_json(report_filter)})  # fmt: skip
        return report_from_json(answer)

    def response_rates(self, report_filter: ReportFilter) -> tuple[ResponseRate, ...]:
        answer, _ = self._ask("POST", "/v1/outcomes/response",
                              {"filter": report_filter_to_json(report_filter)})  # fmt: skip
        return rates_from_json(answer)

    def grouped_outcomes(self, report_filter: ReportFilter, group_by: GroupBy) -> GroupedReport:
        answer, _ = self._ask("POST", "/v1/outcomes/grouped",
                              {"filter": report_filter_to_json(report_filter),
                               "group_by": group_by})  # fmt: skip
        return grouped_from_json(answer)

    def fhir_bundle(self, intake_id: int) -> dict[str, Any]:
        answer, _ = self._ask("GET", f"/v1/records/{int(intake_id)}/fhir")
        return answer

    def enter_intake(
        self, raw_answers: Mapping[str, RawAnswer], source: str, by: str, consent_given: str
    ) -> SubmitResult:
        answer, status = self._ask("POST", "/v1/intakes/entered", {
            "answers": answers_to_wire(raw_answers), "source": source,
            "consent_given": consent_given,
        }, answers_checked=True)  # fmt: skip
        if status == 422:
            return SubmitResult(issues={
                str(k): ValidationIssue(v["code"], dict(v.get("params", {})))
                for k, v in answer.get("issues", {}).items()
            })  # fmt: skip
        return SubmitResult(issues={}, saved=SavedIntake(
            int(answer["patient_id"]), int(answer["intake_id"]),
            bool(answer["possible_returning_patient"])))  # fmt: skip

    def note(
        self, actor: str, action: str, intake_id: int | None = None, detail: str | None = None
    ) -> None:
        if action in ("record-opened", "export-fhir", "export-csv"):
            return  # the host writes these as it hands the record or the list out
        self._ask("POST", "/v1/audit", {"action": action, "intake_id": intake_id,
                                        "detail": detail})  # fmt: skip


def _ask(
    link: HostLink, method: str, path: str, body: Any = None, session: str | None = None
) -> tuple[dict[str, Any], int]:
    try:
        response = link.request(method, path, body, session=session)
    except (HostUnreachable, NotThePinnedHost):
        raise StorageError(StorageProblem.HOST_UNREACHABLE, link.config.host) from None
    answer = response.json() if response.content else {}
    return (answer if isinstance(answer, dict) else {}), response.status_code


def _staff(data: dict[str, Any], must_change: bool) -> Staff:
    return Staff(int(data.get("id", 0)), str(data["username"]), str(data["display_name"]),
                 data["role"], must_change)  # fmt: skip
