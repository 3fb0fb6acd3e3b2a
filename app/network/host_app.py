"""The host's HTTP API as a WSGI application: every right is checked here, per request.

Who may do what (enforced here, whatever a station's screen shows):

- anyone on the network: ``GET /v1/hello``, ``POST /v1/pair`` (pairing needs a live code);
- any paired station: ``GET /v1/form``, ``POST /v1/intakes``, ``POST /v1/outbox``,
  ``POST /v1/kiosk/staff-exit`` (staff checked here), ``POST /v1/kiosk/events``;
- a reception station: ``POST /v1/session`` (staff sign-in; lock-out kept on the host);
- a reception station with a signed-in staff member: the records interface
  (``/v1/records/…``, app/records/clinic_records.py over the wire), ``DELETE /v1/session``;
- the same, an administrator: ``GET /v1/stations``, ``POST /v1/stations/<id>/revoke``,
  ``POST /v1/pairing-codes``.

The routes and their rights are the table ``_ROUTES`` at the end of this module.

A kiosk's credential reaches the station rows only: it can send intakes and follow-up
answers, and take a follow-up handed to it (the patient's first name, to greet them),
but read no other patient data at all. Each request runs on a connection of its own
thread (the server's worker threads), opened on the same database file as the host's own
screens.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.clinic.data_folder import content_override_dir, database_path
from app.clinic.educational_content import ShownArticle, load_content
from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.clinic.settings import kiosk_idle_seconds, staff_idle_minutes
from app.intake.consent import SignedConsent, consent_languages, load_consent
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.questionnaire_translation import translation_path
from app.intake.submit import IntakeService, SentBy
from app.intake.timing import seconds_from_wire, typical_minutes
from app.network.host_follow_ups import FollowUpRoutes
from app.network.host_identity import HostIdentity
from app.network.host_outcomes import OutcomeRoutes
from app.network.host_requests import Refused, Request, StaffSession
from app.network.host_requests import object_body as _object
from app.network.pairing import PairingDesk, PairingRefused
from app.network.pairing_throttle import PairingThrottle
from app.network.records_wire import (
    contact_from_json,
    detail_to_json,
    filter_from_json,
    follow_ups_from_json,
    match_to_json,
    order_from_json,
    row_to_json,
    treatment_from_json,
    values_from_json,
)
from app.network.station_input import (
    StationInputRefused,
    consent_checked,
    parse_body,
    signed_at_checked,
)
from app.network.stations import Station, StationRegistry
from app.network.wire import answers_from_wire, consent_from_wire
from app.outcomes.clinic_results import article_with_results, remember_article, shown_results
from app.records.clinic_records import LocalClinicRecords
from app.records.follow_up_plan import intervals_as_data
from app.records.patient_matches import MatchAlreadyDecided
from app.records.record_book import ChangeRefused
from app.records.record_detail import RecordNotFound, load_record
from app.staff.accounts import AccountRefused, SignInOutcome, Staff, StaffAccounts
from app.staff.audit_log import AuditLog
from app.storage.database import close_database, open_database
from app.storage.errors import StorageError, translate_errors
from app.system.clock import utc_now
from app.system.version import app_version

log = logging.getLogger(__name__)

WSGIEnviron = dict[str, Any]
StartResponse = Callable[..., Any]
MAX_BODY = 2_000_000  # an intake with a long signature is about 60 kB
PAGE_LIMIT = 200
KIOSK_EVENTS = ("kiosk-started", "kiosk-timed-out")  # what a tablet may write to the trail
STATION_NOTES = (
    "export-csv",
    "export-pdf",
    "print",
    "export-fhir",
    "outcomes-report",
)  # what a reception PC may note


class HostApp(OutcomeRoutes, FollowUpRoutes):
    """The WSGI callable. ``clock`` is injected for the tests."""

    def __init__(
        self,
        data_dir: Path,
        identity: HostIdentity,
        questionnaire: Questionnaire,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._data_dir = data_dir
        self._db_path = database_path(data_dir)
        self._identity = identity
        self._questionnaire = questionnaire
        self._clock = clock
        self._local = threading.local()
        self._connections: list[Any] = []  # one per worker thread, closed by close()
        self._connections_lock = threading.Lock()
        self._sessions: dict[str, StaffSession] = {}
        self._sessions_lock = threading.Lock()
        self._pairing = PairingThrottle()

    # --- WSGI ---------------------------------------------------------------------------
    def __call__(self, environ: WSGIEnviron, start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, payload = self._handle(environ)
        except Refused as refused:
            status, payload = refused.status, {"problem": refused.problem}
        except StorageError as exc:
            self._drop_connection()
            status, payload = 503, {"problem": f"database-{exc.problem.value}"}
        except Exception as exc:  # never a traceback to a station, never data in the log
            log.error("request failed: %s", type(exc).__name__)
            self._drop_connection()
            status, payload = 500, {"problem": "unexpected"}
        body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        start_response(
            f"{status} {_REASONS.get(status, 'Status')}",
            [("Content-Type", "application/json"), ("Content-Length", str(len(body))),
             ("Cache-Control", "no-store")],
        )  # fmt: skip
        return [body]

    def _handle(self, environ: WSGIEnviron) -> tuple[int, Any]:
        method = str(environ.get("REQUEST_METHOD", "GET"))
        path = str(environ.get("PATH_INFO", ""))
        found = next(
            (
                (match, right, handler)
                for route_method, pattern, right, handler in _ROUTES
                if route_method == method and (match := pattern.fullmatch(path))
            ),
            None,
        )
        if found is None:
            raise Refused(404, "no-such-route")
        match, right, handler = found
        with translate_errors(str(self._db_path)):
            conn = self._connection()
            station = self._station(environ, conn)
            session = self._session(environ, station, conn)
            _require(right, station, session)
            request = Request(
                method, path, _query(environ), _body(environ), station, session,
                address=str(environ.get("REMOTE_ADDR", "unknown")),
            )  # fmt: skip
            return handler(self, request, conn, *match.groups())

    # --- who is asking --------------------------------------------------------------------
    def _connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # Used by this worker thread only; closed by close() once the threads stopped.
            conn = open_database(self._db_path, one_thread=False)
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    def _drop_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        self._local.service = None
        if conn is not None:
            with self._connections_lock:
                if conn in self._connections:
                    self._connections.remove(conn)
            conn.close()

    def close(self) -> None:
        """After the server stopped: every worker thread's connection, closed."""
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            try:
                close_database(conn)
            except Exception:
                log.warning("a connection could not be closed cleanly")

    def _station(self, environ: WSGIEnviron, conn: Any) -> Station | None:
        header = str(environ.get("HTTP_AUTHORIZATION", ""))
        if not header.startswith("Bearer "):
            return None
        station = StationRegistry(conn, clock=self._clock).authenticate(header[7:].strip())
        if station is None:
            raise Refused(401, "station-unknown-or-revoked")
        return station

    def _session(
        self, environ: WSGIEnviron, station: Station | None, conn: Any
    ) -> StaffSession | None:
        token = str(environ.get("HTTP_X_STAFF_SESSION", ""))
        if not token or station is None:
            return None
        now = self._clock()
        with self._sessions_lock:
            session = self._sessions.get(token)
            if session is None or session.station_id != station.id:
                raise Refused(401, "signed-out")
            if now - session.last_used > session.idle:
                del self._sessions[token]
                raise Refused(401, "signed-out")
        # A password reset or changed elsewhere, an account locked or deactivated: every
        # session it had ends, on every reception PC, at its next request.
        if StaffAccounts(conn, clock=self._clock).credential_of(session.staff.id, now) != (
            session.credential
        ):
            with self._sessions_lock:
                self._sessions.pop(token, None)
            raise Refused(401, "signed-out")
        with self._sessions_lock:
            session.last_used = now
        return session

    # --- handlers ---------------------------------------------------------------------
    def hello(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"service": "knee-intake-host", "version": app_version()}

    def pair(self, request: Request, conn: Any) -> tuple[int, Any]:
        body = _object(request.body)
        address = request.address
        if not self._pairing.admit(address):
            raise Refused(429, "too-many-pairing-attempts")
        desk = PairingDesk(conn, self._identity.fingerprint, clock=self._clock)
        try:
            paired = desk.redeem(
                str(body.get("name", "")), str(body.get("proof", "")),
                audit_refusal=self._pairing.refusal_would_start_a_burst(address),
            )  # fmt: skip
        except PairingRefused:
            self._pairing.refused(address)
            raise Refused(403, "pairing-refused") from None
        return 201, {
            "station_id": paired.station_id,
            "name": paired.name,
            "kind": paired.kind,
            "credential": paired.credential,
            "host_proof": paired.host_proof,
        }

    def form(self, request: Request, conn: Any) -> tuple[int, Any]:
        languages = sorted({p.name for p in (resources_dir() / "content").iterdir() if p.is_dir()})
        articles = self._articles_shown(conn, languages)
        return 200, {
            "questionnaire": json.loads(questionnaire_path().read_text(encoding="utf-8")),
            # With the clinic's results beneath, where published: an older tablet shows
            # them too. Each language's versions go back in its patients' consents.
            "articles": {language: shown.markdown for language, shown in articles.items()},
            "article_versions": {
                language: {"article": shown.version, "results": shown.results_version}
                for language, shown in articles.items()
            },
            "consent": {language: _consent_json(language) for language in languages},
            # The questionnaire's words in each language that has them (the tablet shows
            # the patient's choice; the answers it sends are codes all the same).
            "translations": {
                language: json.loads(path.read_text(encoding="utf-8"))
                for language in languages
                if (path := translation_path(questionnaire_path(), language)).exists()
            },
            "settings": {
                "clinic_name": StaffAccounts(conn).clinic_name(),
                "kiosk_idle_seconds": kiosk_idle_seconds(conn),
                "staff_idle_minutes": staff_idle_minutes(conn),
                # For the tablet's welcome page: measured here, from every kiosk's intakes.
                "typical_intake_minutes": typical_minutes(conn),
            },
        }

    def _articles_shown(self, conn: Any, languages: list[str]) -> dict[str, ShownArticle]:
        """Each language's article as tablets show it, each kept under its version here
        so the consents that name it can be read back."""
        overrides = content_override_dir(self._data_dir)
        results = shown_results(conn)
        now = self._clock().isoformat(timespec="seconds")
        shown = {}
        for language in languages:
            article = load_content(language, resources_dir() / "content", overrides)
            remember_article(conn, language, article, now)
            shown[language] = article_with_results(
                article, results, resources_dir() / "results", language
            )
        return shown

    def intakes(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.station is not None
        body = _object(request.body)
        now = self._clock()
        try:
            uid = str(body["uid"])
            source = "kiosk" if request.station.kind == "kiosk" else "pc-form"
            answers = answers_from_wire(body["answers"])
            consent = consent_from_wire(body["consent"])
            # Checked as the kiosk's own screens check them: a real moment near this
            # PC's clock, and a consent this host served, signed or typed.
            signed_at = signed_at_checked(str(body["signed_at"]), now)
            consent = consent_checked(
                replace(consent, signed_at=signed_at_checked(consent.signed_at, now)),
                versions_served(conn, consent.version),
                signed_at,
            )
            shown_checked(conn, consent)
        except StationInputRefused as refused:
            raise Refused(422, refused.problem) from None
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed-intake") from None
        if not re.fullmatch(r"[0-9a-f-]{32,36}", uid):
            raise Refused(400, "malformed-intake")
        service = self._service(conn)
        actor = request.station.actor

        def audited(conn: Any, intake_id: int) -> None:  # in the intake's own transaction
            AuditLog(conn, clock=self._clock).put(actor, "intake-received", intake_id)

        sent = SentBy(uid, signed_at, request.station.id, source)
        result = service.submit(
            answers, consent, sent=sent, also=audited,
            seconds_taken=seconds_from_wire(body.get("seconds_taken")),
        )  # fmt: skip
        if result.saved is None:
            return 422, {"problem": "answers-refused",
                         "issues": {k: v.code for k, v in result.issues.items()}}  # fmt: skip
        if result.saved.already_stored:
            return 200, {"stored": True, "already_stored": True}
        return 201, {"stored": True, "already_stored": False}

    def outbox(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.station is not None
        waiting = _object(request.body).get("waiting", 0)
        if not isinstance(waiting, int):
            raise Refused(400, "malformed")
        StationRegistry(conn, clock=self._clock).note_waiting(request.station.id, waiting)
        return 200, {"noted": waiting}

    def kiosk_staff_exit(self, request: Request, conn: Any) -> tuple[int, Any]:
        """Staff leaving a tablet's kiosk: checked here, with the host's lock-out. A
        temporary password does not open anything: it is changed at a reception PC."""
        assert request.station is not None
        body = _object(request.body)
        accounts = StaffAccounts(conn, clock=self._clock)
        station = request.station
        # Counted against this tablet's exit: wrong passwords at the kiosk lock the
        # kiosk's exit for a while, not the staff member out of every PC.
        result = accounts.sign_in(
            str(body.get("username", "")), str(body.get("password", "")),
            counted_as=f"kiosk-exit@station-{station.id}",
        )  # fmt: skip
        if result.outcome is SignInOutcome.SIGNED_IN and result.staff is not None:
            if result.staff.must_change_password:
                return 403, {"problem": "password-change-needed"}
            accounts.audit.record(result.staff.username, "kiosk-exit", detail=station.name)
            return 200, {"staff": _staff_json(result.staff)}
        accounts.audit.record(station.actor, "kiosk-exit-failed")
        if result.outcome is SignInOutcome.LOCKED:
            until = result.locked_until.isoformat() if result.locked_until else None
            return 403, {"problem": "locked", "locked_until": until}
        return 403, {"problem": "wrong"}

    def kiosk_event(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.station is not None
        action = _object(request.body).get("action")
        if action not in KIOSK_EVENTS:
            raise Refused(400, "malformed")
        StaffAccounts(conn, clock=self._clock).audit.record(request.station.actor, str(action))
        return 200, {"noted": action}

    def sign_in(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.station is not None
        body = _object(request.body)
        accounts = StaffAccounts(conn, clock=self._clock)
        result = accounts.sign_in(str(body.get("username", "")), str(body.get("password", "")))
        if result.outcome is SignInOutcome.LOCKED:
            until = result.locked_until.isoformat() if result.locked_until else None
            return 403, {"problem": "locked", "locked_until": until}
        if result.outcome is not SignInOutcome.SIGNED_IN or result.staff is None:
            return 403, {"problem": "wrong"}
        staff = result.staff
        if staff.must_change_password:
            new = body.get("new_password")
            if not isinstance(new, str):
                return 403, {"problem": "password-change-needed"}
            try:
                staff = accounts.change_password(staff, str(body.get("password", "")), new)
            except AccountRefused as refused:
                return 400, {"problem": refused.code}
        token = secrets.token_urlsafe(32)
        idle = dt.timedelta(minutes=staff_idle_minutes(conn))
        now = self._clock()
        credential = accounts.credential_of(staff.id, now) or ""
        with self._sessions_lock:
            self._sessions[token] = StaffSession(
                staff, request.station.id, now, idle, credential=credential
            )
        return 201, {
            "session": token,
            "staff": _staff_json(staff),
        }  # fmt: skip

    def sign_out(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.session is not None
        with self._sessions_lock:
            for token, session in list(self._sessions.items()):
                if session is request.session:
                    del self._sessions[token]
        StaffAccounts(conn).sign_out(request.session.staff)
        return 200, {"signed_out": True}

    # --- a reception PC's workspace (app/records/clinic_records.py, over the wire) -----
    def _clinic(self, conn: Any) -> LocalClinicRecords:
        return LocalClinicRecords(conn, self._questionnaire)

    def records_page(self, request: Request, conn: Any) -> tuple[int, Any]:
        body = _object(request.body)
        try:
            record_filter = filter_from_json(body["filter"])
            order = order_from_json(body["order"])
            offset, limit = int(body["offset"]), min(PAGE_LIMIT, int(body["limit"]))
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        rows = self._clinic(conn).page(record_filter, order, max(0, offset), max(1, limit))
        return 200, {"rows": [row_to_json(row) for row in rows]}

    def records_count(self, request: Request, conn: Any) -> tuple[int, Any]:
        body = _object(request.body)
        try:
            record_filter = filter_from_json(body["filter"])
            up_to = body.get("up_to")
            up_to = None if up_to is None else int(up_to)
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        return 200, {"count": self._clinic(conn).count(record_filter, up_to=up_to)}

    def records_mark(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"mark": list(self._clinic(conn).change_mark())}

    def records_export(self, request: Request, conn: Any) -> tuple[int, Any]:
        body = _object(request.body)
        try:
            record_filter, order = filter_from_json(body["filter"]), order_from_json(body["order"])
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        clinic = self._clinic(conn)
        rows = [list(r) for r in clinic.export_rows(record_filter, order)]
        # Written here, as the list leaves the main PC, whatever the reception PC does next.
        clinic.note(self._by(request), "export-csv", None, f"{len(rows)} rows")
        return 200, {"rows": rows}

    def follow_up_intervals(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"intervals": intervals_as_data(self._clinic(conn).follow_up_intervals())}

    def treatment_record(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"required": sorted(self._clinic(conn).treatment_required_items())}

    def patient_matches(self, request: Request, conn: Any, patient_id: str) -> tuple[int, Any]:
        pending = self._clinic(conn).pending_matches(int(patient_id))
        return 200, {"matches": [match_to_json(m) for m in pending]}

    def decide_match(self, request: Request, conn: Any, match_id: str) -> tuple[int, Any]:
        decision = _object(request.body).get("decision")
        if decision not in ("same", "different"):
            raise Refused(400, "malformed")
        try:
            patient = self._clinic(conn).decide_match(int(match_id), decision, self._by(request))
        except MatchAlreadyDecided:
            raise Refused(409, "already-decided") from None
        return 200, {"patient_id": patient}

    def record_change(
        self, request: Request, conn: Any, intake_id: str, what: str
    ) -> tuple[int, Any]:
        body = _object(request.body)
        clinic, by, seen = self._clinic(conn), self._by(request), body.get("seen")
        if seen is not None and not isinstance(seen, int):
            raise Refused(400, "malformed")
        try:
            match what:
                case "status":
                    clinic.change_status(int(intake_id), str(body["to_status"]), by,
                                         str(body.get("reason", "")), seen=seen)  # fmt: skip
                    return 200, {"changed": True}
                case "treatments":
                    made = clinic.add_treatment(
                        int(intake_id), treatment_from_json(body["entry"]), by,
                        follow_ups_from_json(body.get("follow_ups", [])), seen=seen,
                    )  # fmt: skip
                    return 201, {"treatment_id": made}
                case "contacts":
                    made = clinic.log_contact(
                        int(intake_id), contact_from_json(body["entry"]), by, seen=seen
                    )
                    return 201, {"contact_id": made}
                case "corrections":
                    clinic.correct_answer(
                        int(intake_id), str(body["link_id"]), values_from_json(body["values"]),
                        str(body.get("reason", "")), by, seen=seen,
                    )  # fmt: skip
                    return 200, {"changed": True}
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        except RecordNotFound:
            raise Refused(404, "no-such-record") from None
        except (KeyError, ValueError, TypeError):
            raise Refused(400, "malformed") from None
        raise Refused(404, "no-such-route")

    def status(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        return self.record_change(request, conn, intake_id, "status")

    def treatments(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        return self.record_change(request, conn, intake_id, "treatments")

    def contacts(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        return self.record_change(request, conn, intake_id, "contacts")

    def corrections(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        return self.record_change(request, conn, intake_id, "corrections")

    def follow_up_done(self, request: Request, conn: Any, follow_up_id: str) -> tuple[int, Any]:
        seen = _object(request.body).get("seen")
        try:
            self._clinic(conn).complete_follow_up(
                int(follow_up_id), self._by(request), seen=seen if isinstance(seen, int) else None
            )
        except ChangeRefused as refused:
            raise Refused(409, refused.code) from None
        return 200, {"changed": True}

    def audit_note(self, request: Request, conn: Any) -> tuple[int, Any]:
        """What a reception PC did that changes nothing: printed, saved a PDF, exported.
        Opening a record is written by the host itself, when it hands the record out."""
        body = _object(request.body)
        action, intake_id = body.get("action"), body.get("intake_id")
        if action not in STATION_NOTES or not (intake_id is None or isinstance(intake_id, int)):
            raise Refused(400, "malformed")
        detail = body.get("detail")
        assert request.station is not None
        self._clinic(conn).note(self._by(request), str(action), intake_id, detail)
        return 200, {"noted": action}

    def change_own_password(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.session is not None
        body = _object(request.body)
        try:
            staff = StaffAccounts(conn, clock=self._clock).change_password(
                request.session.staff, str(body.get("current", "")), str(body.get("new", ""))
            )
        except AccountRefused as refused:
            return 400, {"problem": refused.code}
        request.session.staff = staff
        # This session goes on with the new password; any other of this person's ends.
        credential = StaffAccounts(conn, clock=self._clock).credential_of(staff.id, self._clock())
        request.session.credential = credential or ""
        return 200, {"changed": True}

    def _by(self, request: Request) -> str:
        """Who made a change through a station, as the record's history and the audit
        trail name it: the staff member of the session, and the station."""
        assert request.session is not None and request.station is not None
        return f"{request.session.staff.username} via {request.station.name}"

    def record(self, request: Request, conn: Any, intake_id: str) -> tuple[int, Any]:
        """One record, with its revision; the host writes "record-opened" itself, once
        per sign-in and record (a record re-read after each change is not re-opened)."""
        session, station = request.session, request.station
        assert session is not None and station is not None
        try:
            detail = load_record(conn, int(intake_id))
        except RecordNotFound:
            raise Refused(404, "no-such-record") from None
        if int(intake_id) not in session.opened:
            session.opened.add(int(intake_id))
            StaffAccounts(conn).audit.record(
                f"{session.staff.username} via {station.name}", "record-opened", int(intake_id)
            )
        return 200, detail_to_json(detail)

    def stations(self, request: Request, conn: Any) -> tuple[int, Any]:
        return 200, {"stations": [s.__dict__ for s in StationRegistry(conn).all()]}

    def revoke(self, request: Request, conn: Any, station_id: str) -> tuple[int, Any]:
        assert request.session is not None
        try:
            station = StationRegistry(conn, clock=self._clock).revoke(
                int(station_id), by=request.session.staff.username
            )
        except KeyError:
            raise Refused(404, "no-such-station") from None
        return 200, {"revoked": station.name}

    def pairing_codes(self, request: Request, conn: Any) -> tuple[int, Any]:
        assert request.session is not None
        kind = _object(request.body).get("kind")
        if kind not in ("kiosk", "reception"):
            raise Refused(400, "malformed")
        issued = PairingDesk(conn, self._identity.fingerprint, clock=self._clock).issue(
            kind, request.session.staff.username
        )
        return 201, {"code": issued.code, "expires_at": issued.expires_at.isoformat()}

    def _service(self, conn: Any) -> IntakeService:
        service = getattr(self._local, "service", None)
        if service is None:
            service = IntakeService(
                self._questionnaire, self._db_path, FormChecker(self._questionnaire),
                opener=lambda _path: self._connection(), clock=self._clock,
            )  # fmt: skip
            self._local.service = service
        return service


def _staff_json(staff: Staff) -> dict[str, Any]:
    return {"id": staff.id, "username": staff.username, "display_name": staff.display_name,
            "role": staff.role}  # fmt: skip


def _consent_json(language: str) -> dict[str, Any]:
    consent = load_consent(resources_dir() / "consent", language)
    return {"version": consent.version, "title": consent.title,
            "paragraphs": list(consent.paragraphs), "language": consent.language}  # fmt: skip


def _require(right: str, station: Station | None, session: StaffSession | None) -> None:
    if right == "anyone":
        return
    if station is None:
        raise Refused(401, "station-credential-needed")
    if right == "station":
        return
    if station.kind != "reception":
        raise Refused(403, "not-for-this-station")
    if right == "reception-station":
        return
    if session is None:
        raise Refused(401, "signed-out")
    if right == "administrator" and not session.staff.is_administrator:
        raise Refused(403, "administrators-only")


def _query(environ: WSGIEnviron) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(str(environ.get("QUERY_STRING", ""))))


def _body(environ: WSGIEnviron) -> Any:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return None
    if length > MAX_BODY:
        raise Refused(413, "too-large")
    raw = environ["wsgi.input"].read(length)
    try:
        return parse_body(raw)
    except StationInputRefused as refused:
        raise Refused(400, refused.problem) from None


def versions_served(conn: Any, version: str) -> frozenset[str]:
    """The consent versions this host serves, and ``version`` too if an intake it stored
    was signed under it: a tablet's intakes signed before the main PC was updated to a
    new consent wording are still ones it served."""
    served = served_consent_versions()
    if (
        version not in served
        and conn.execute(
            "SELECT 1 FROM consent WHERE consent_version = ? LIMIT 1", [version]
        ).fetchone()
    ):
        return served | {version}
    return served


def shown_checked(conn: Any, consent: SignedConsent) -> None:
    """The article and results a consent says the patient read are ones this host
    served: a device cannot file a consent to words, or figures, that never were."""
    article, results = consent.article_version, consent.results_version
    if (
        article
        and not conn.execute("SELECT 1 FROM article_text WHERE version = ?", [article]).fetchone()
    ):
        raise StationInputRefused("article-not-served")
    if (
        results
        and not conn.execute(
            "SELECT 1 FROM published_results WHERE version = ?", [results]
        ).fetchone()
    ):
        raise StationInputRefused("results-not-published")


@functools.cache
def served_consent_versions() -> frozenset[str]:
    """The versions of the consent this host serves, in every language it has."""
    folder = resources_dir() / "consent"
    return frozenset(
        load_consent(folder, language).version for language in consent_languages(folder)
    )


_REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 401: "Unauthorized",
            403: "Forbidden", 404: "Not Found", 409: "Conflict", 413: "Payload Too Large",
            422: "Unprocessable Content", 429: "Too Many Requests",
            500: "Internal Server Error", 503: "Service Unavailable"}  # fmt: skip

_ROUTES: list[tuple[str, re.Pattern[str], str, Callable[..., tuple[int, Any]]]] = [
    ("GET", re.compile(r"/v1/hello"), "anyone", HostApp.hello),
    ("POST", re.compile(r"/v1/pair"), "anyone", HostApp.pair),
    ("GET", re.compile(r"/v1/form"), "station", HostApp.form),
    ("POST", re.compile(r"/v1/intakes"), "station", HostApp.intakes),
    ("POST", re.compile(r"/v1/outbox"), "station", HostApp.outbox),
    ("POST", re.compile(r"/v1/kiosk/staff-exit"), "station", HostApp.kiosk_staff_exit),
    ("POST", re.compile(r"/v1/kiosk/events"), "station", HostApp.kiosk_event),
    ("POST", re.compile(r"/v1/kiosk/handover"), "station", HostApp.kiosk_handover),
    ("POST", re.compile(r"/v1/kiosk/handover/(\d+)/end"), "station", HostApp.kiosk_handover_end),
    ("POST", re.compile(r"/v1/kiosk/follow-up-answers"), "station", HostApp.kiosk_follow_up),
    ("POST", re.compile(r"/v1/session"), "reception-station", HostApp.sign_in),
    ("DELETE", re.compile(r"/v1/session"), "staff", HostApp.sign_out),
    ("GET", re.compile(r"/v1/records/(\d+)"), "staff", HostApp.record),
    ("POST", re.compile(r"/v1/records/page"), "staff", HostApp.records_page),
    ("POST", re.compile(r"/v1/records/count"), "staff", HostApp.records_count),
    ("GET", re.compile(r"/v1/records/mark"), "staff", HostApp.records_mark),
    ("POST", re.compile(r"/v1/records/export"), "staff", HostApp.records_export),
    ("GET", re.compile(r"/v1/follow-up-intervals"), "staff", HostApp.follow_up_intervals),
    ("GET", re.compile(r"/v1/treatment-record"), "staff", HostApp.treatment_record),
    ("GET", re.compile(r"/v1/patients/(\d+)/matches"), "staff", HostApp.patient_matches),
    ("POST", re.compile(r"/v1/matches/(\d+)"), "staff", HostApp.decide_match),
    ("POST", re.compile(r"/v1/records/(\d+)/status"), "staff", HostApp.status),
    ("POST", re.compile(r"/v1/records/(\d+)/treatments"), "staff", HostApp.treatments),
    ("POST", re.compile(r"/v1/records/(\d+)/contacts"), "staff", HostApp.contacts),
    ("POST", re.compile(r"/v1/records/(\d+)/corrections"), "staff", HostApp.corrections),
    ("POST", re.compile(r"/v1/follow-ups/(\d+)/done"), "staff", HostApp.follow_up_done),
    ("POST", re.compile(r"/v1/audit"), "staff", HostApp.audit_note),
    ("GET", re.compile(r"/v1/outcome-settings"), "staff", HostApp.outcome_settings),
    (
        "POST",
        re.compile(r"/v1/records/(\d+)/follow-up-answers"),
        "staff",
        HostApp.follow_up_answers,
    ),
    ("GET", re.compile(r"/v1/kiosks"), "staff", HostApp.kiosks),
    ("POST", re.compile(r"/v1/intakes/entered"), "staff", HostApp.entered_intake),
    ("POST", re.compile(r"/v1/records/(\d+)/handover"), "staff", HostApp.handover),
    ("POST", re.compile(r"/v1/records/(\d+)/reviewed"), "staff", HostApp.reviewed),
    ("GET", re.compile(r"/v1/follow-ups/today"), "staff", HostApp.follow_ups_today),
    ("POST", re.compile(r"/v1/follow-ups/(\d+)/steps"), "staff", HostApp.follow_up_step),
    ("POST", re.compile(r"/v1/follow-ups/(\d+)/let-go"), "staff", HostApp.follow_up_let_go),
    (
        "POST",
        re.compile(r"/v1/records/(\d+)/email-reminders-stopped"),
        "staff",
        HostApp.email_reminders_stopped,
    ),
    ("GET", re.compile(r"/v1/records/(\d+)/problems"), "staff", HostApp.problems),
    ("POST", re.compile(r"/v1/records/(\d+)/problems"), "staff", HostApp.rate),
    ("POST", re.compile(r"/v1/outcomes/report"), "staff", HostApp.outcomes_report),
    ("POST", re.compile(r"/v1/outcomes/grouped"), "staff", HostApp.grouped_outcomes),
    ("POST", re.compile(r"/v1/outcomes/response"), "staff", HostApp.response_rates),
    ("GET", re.compile(r"/v1/records/(\d+)/fhir"), "staff", HostApp.fhir),
    ("POST", re.compile(r"/v1/session/password"), "staff", HostApp.change_own_password),
    ("GET", re.compile(r"/v1/stations"), "administrator", HostApp.stations),
    ("POST", re.compile(r"/v1/stations/(\d+)/revoke"), "administrator", HostApp.revoke),
    ("POST", re.compile(r"/v1/pairing-codes"), "administrator", HostApp.pairing_codes),
]
ROUTES = [(method, pattern.pattern, right) for method, pattern, right, _ in _ROUTES]
