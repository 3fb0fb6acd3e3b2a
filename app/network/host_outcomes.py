"""The host's outcome routes (docs/OUTCOMES.md, the rights in host_app.py's route table):
follow-up answers staff entered, a kiosk handed to one patient (and what a kiosk may ask
of it: the first name, nothing more), a problem reviewed, the report, a record as FHIR,
and an intake staff entered. Mixed into HostApp, whose connection, clinic records and
session give these their data and their actor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.intake.form_check import FormChecker
from app.network.host_requests import Refused, Request
from app.network.host_requests import object_body as _object
from app.network.outcomes_wire import (
    follow_up_result_to_json,
    grouped_to_json,
    problem_to_json,
    rates_to_json,
    rating_from_json,
    report_filter_from_json,
    report_to_json,
    settings_to_json,
)
from app.network.station_input import StationInputRefused, signed_at_checked
from app.network.wire import LANGUAGE_TAG, answers_from_wire
from app.outcomes import follow_up_questionnaire
from app.outcomes.follow_up_desk import handover_of, store_follow_up
from app.outcomes.grouped_report import GROUP_BYS
from app.outcomes.kiosk_handover import KioskHandovers
from app.records.clinic_records import LocalClinicRecords
from app.records.record_book import ChangeRefused
from app.records.record_detail import RecordNotFound
from app.staff.audit_log import KIOSK_ACTOR
from app.storage.vocabulary import FOLLOW_UP_SOURCES

MAX_RATINGS = 200  # problems rated at once: a record has a handful


class OutcomeRoutes:
    _clock: Callable[[], dt.datetime]

    def _clinic(self, conn: Any) -> LocalClinicRecords:
        raise NotImplementedError  # HostApp's

    def _by(self, request: Request) -> str:
        raise NotImplementedError  # HostApp's

    def outcome_settings(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, settings_to_json(self._clinic(conn).outcome_settings())

    def follow_up_answers(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        """Answers staff entered on a reception PC."""
        body = _object(request.body)
        source, follow_up_id = body.get("source"), body.get("follow_up_id")
        if (
            source not in FOLLOW_UP_SOURCES
            or source == "kiosk"
            or not (follow_up_id is None or isinstance(follow_up_id, int))
        ):
            raise Refused(400, "malformed")
        try:
            result = self._clinic(conn).enter_follow_up(
                int(intake_id), answers_from_wire(body.get("answers")), str(source),
                self._by(request), follow_up_id,
            )  # fmt: skip
        except RecordNotFound:
            raise Refused(404, "no-such-record") from None
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        return (201 if result.saved else 422), follow_up_result_to_json(result)

    def kiosks(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"kiosks": [{"id": i, "name": n} for i, n in self._clinic(conn).kiosks()]}

    def handover(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        body = _object(request.body)
        follow_up_id, station_id = body.get("follow_up_id"), body.get("station_id")
        if not all(v is None or isinstance(v, int) for v in (follow_up_id, station_id)):
            raise Refused(400, "malformed")
        try:
            self._clinic(conn).hand_over_kiosk(
                int(intake_id), follow_up_id, station_id, self._by(request)
            )
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        return 201, {"handed_over": True}

    def reviewed(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        assert request.session is not None
        try:  # the role of the session's staff member, whatever the station sends
            self._clinic(conn).mark_reviewed(
                int(intake_id), self._by(request), request.session.staff.role
            )
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        return 200, {"changed": True}

    def problems(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        found = self._clinic(conn).reported_problems(int(intake_id))
        return 200, {"problems": [problem_to_json(p) for p in found]}

    def rate(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        assert request.session is not None
        try:
            raw = _object(request.body)["ratings"]
            if not isinstance(raw, list) or len(raw) > MAX_RATINGS:
                raise ValueError("ratings")
            ratings = [rating_from_json(_object(r)) for r in raw]
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        try:  # the role of the session's staff member, whatever the station sends
            rated = self._clinic(conn).rate_problems(
                int(intake_id), ratings, self._by(request), request.session.staff.role
            )
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        return 200, {"rated": rated}

    def outcomes_report(self, request: Request, conn: Any) -> tuple[int, Any]:
        try:
            report_filter = report_filter_from_json(_object(_object(request.body)["filter"]))
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        return 200, report_to_json(self._clinic(conn).outcomes_report(report_filter))

    def response_rates(self, request: Request, conn: Any) -> tuple[int, Any]:
        try:
            report_filter = report_filter_from_json(_object(_object(request.body)["filter"]))
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        return 200, rates_to_json(self._clinic(conn).response_rates(report_filter))

    def grouped_outcomes(self, request: Request, conn: Any) -> tuple[int, Any]:
        try:
            body = _object(request.body)
            report_filter = report_filter_from_json(_object(body["filter"]))
            group_by = body["group_by"]
            if group_by not in GROUP_BYS:
                raise ValueError("group_by")
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        return 200, grouped_to_json(self._clinic(conn).grouped_outcomes(report_filter, group_by))

    def fhir(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        """One record as FHIR. The host writes "export-fhir" itself as it hands it out:
        the record leaves the main PC here, whatever the reception PC then does."""
        clinic = self._clinic(conn)
        try:
            bundle = clinic.fhir_bundle(int(intake_id))
        except RecordNotFound:
            raise Refused(404, "no-such-record") from None
        clinic.note(self._by(request), "export-fhir", int(intake_id))
        return 200, bundle

    def entered_intake(self, request: Request, conn: Any) -> tuple[int, Any]:
        """An intake staff entered on a reception PC (by phone, from paper, at the desk)."""
        body = _object(request.body)
        try:
            result = self._clinic(conn).enter_intake(
                answers_from_wire(body.get("answers")), str(body.get("source")),
                self._by(request), str(body.get("consent_given")),
            )  # fmt: skip
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        if result.saved is None:
            return 422, {"issues": {k: {"code": v.code, "params": dict(v.params)}
                                    for k, v in result.issues.items()}}  # fmt: skip
        saved = result.saved
        return 201, {"intake_id": saved.intake_id, "patient_id": saved.patient_id,
                     "possible_returning_patient": saved.possible_returning_patient}  # fmt: skip

    # --- a kiosk handed to one patient ------------------------------------------------------
    def _kiosk_station(self, request: Request) -> int:
        if request.station is None or request.station.kind != "kiosk":
            raise Refused(403, "not-for-this-station")
        return request.station.id

    def kiosk_handover(self, request: Request, conn: Any) -> tuple[int, Any]:
        """The handover waiting for this tablet, taken: the first name, nothing more."""
        taken = KioskHandovers(conn, clock=self._clock).take_waiting(self._kiosk_station(request))
        if taken is None:
            return 200, {"handover": None}
        return 200, {"handover": {"id": taken.id, "first_name": taken.first_name}}

    def kiosk_handover_end(self, request: Request, conn: Any, handover_id: str) -> tuple[int, Any]:
        state = _object(request.body).get("state")
        station_id = self._kiosk_station(request)
        try:
            handover_of(conn, int(handover_id), station_id)
            KioskHandovers(conn, clock=self._clock).end(int(handover_id), str(state))
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        return 200, {"ended": state}

    def kiosk_follow_up(self, request: Request, conn: Any) -> tuple[int, Any]:
        """A tablet's follow-up answers, from its outbox (a resend stores nothing new)."""
        body = _object(request.body)
        station_id = self._kiosk_station(request)
        try:
            # A real moment near this PC's clock, as an intake's signing time must be.
            answered_at = signed_at_checked(str(body["answered_at"]), self._clock())
        except StationInputRefused as refused:
            raise Refused(422, refused.problem.replace("signed-at", "answered-at")) from None
        except KeyError:
            raise Refused(400, "malformed") from None
        try:
            handover = handover_of(conn, int(body["handover_id"]), station_id)
            result = store_follow_up(
                conn, FormChecker(follow_up_questionnaire()), handover.intake_id,
                answers_from_wire(body["answers"]), source="kiosk", by=KIOSK_ACTOR,
                answered_at=answered_at, follow_up_id=handover.follow_up_id,
                handover_id=handover.id, station_id=station_id, uid=str(body["uid"]),
                language=language_of(body),
            )  # fmt: skip
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        if not result.saved:
            return 422, follow_up_result_to_json(result)
        return (200 if result.saved.already_stored else 201), {"stored": True}


def language_of(body: dict[str, Any]) -> str | None:
    """The language a tablet's patient answered in, if it says; refused if not a tag."""
    language = body.get("language")
    if language is None:
        return None
    if not isinstance(language, str) or not LANGUAGE_TAG.fullmatch(language):
        raise Refused(422, "not-a-language")
    return language
