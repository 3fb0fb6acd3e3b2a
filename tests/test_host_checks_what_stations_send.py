"""The host checks everything a station sends as the intake service checks a form, and
answers what it refuses with 400 or 422 and a reason, never a 5xx a station would retry;
a staff session ends when its password changes or its account locks; wrong passwords at
a kiosk lock that kiosk's exit, not the account (issue 29). The host's WSGI app is
called in-process, as its server calls it, on a real database file."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.intake.consent import SignedConsent
from app.intake.submit import IntakeService
from app.network.host_app import HostApp
from app.network.host_identity import host_identity
from app.network.outbox import Outbox
from app.network.pairing import PairingDesk, station_proof
from app.network.wire import answers_to_wire, consent_to_wire
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from app.storage.driver import sqlite3
from app.storage.errors import StorageError
from app.storage.write_transaction import write_transaction
from tests.clinic_network import english_consent_version
from tests.fixed_clock import Clock
from tests.intake_factory import complete_raw_answers
from tests.workspace_desk import PASSWORD, Desk


def call_raw(
    app: HostApp, method: str, path: str, raw: bytes, address: str = "127.0.0.1", **headers: str
):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
        "REMOTE_ADDR": address,
        "CONTENT_LENGTH": str(len(raw)), "wsgi.input": io.BytesIO(raw),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }  # fmt: skip
    status: list[str] = []
    answer = b"".join(app(environ, lambda line, _headers: status.append(line)))
    return int(status[0].split()[0]), json.loads(answer) if answer else None


def call(app: HostApp, method: str, path: str, body: object = None, **headers: str):
    raw = b"" if body is None else json.dumps(body).encode()
    return call_raw(app, method, path, raw, **headers)


class Clinic:
    """A host on a real data folder, with a paired kiosk and a paired reception PC."""

    def __init__(self, folder: Path, questionnaire, clock: Clock) -> None:
        self.folder = folder
        self.clock = clock
        self.questionnaire = questionnaire
        conn = open_database(folder / "knee-intake.db")
        accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
        if accounts.needs_set_up():
            accounts.set_up("Clinic", "rita", "Rita Chen", PASSWORD)
        identity = host_identity(folder)
        desk = PairingDesk(conn, identity.fingerprint, clock=clock)
        codes = {kind: desk.issue(kind, "rita").code for kind in ("kiosk", "reception")}
        conn.close()
        self.app = HostApp(folder, identity, questionnaire, clock=clock)
        self.bearer: dict[str, dict[str, str]] = {}
        for kind, name in (("kiosk", "Tablet 1"), ("reception", "Desk 2")):
            proof = station_proof(codes[kind], identity.fingerprint, name)
            status, paired = call(self.app, "POST", "/v1/pair", {"name": name, "proof": proof})
            assert status == 201
            self.bearer[kind] = {"authorization": f"Bearer {paired['credential']}"}

    def intake(self, *, signed_at: str | None = None, **consent_changes) -> dict:
        signed = signed_at or self.clock.now.isoformat(timespec="seconds")
        signature = SignedConsent(english_consent_version(), signed, typed_name="Ann Lee")
        consent = {**consent_to_wire(signature), **consent_changes}
        return {"uid": str(uuid.uuid4()), "signed_at": signed, "consent": consent,
                "answers": answers_to_wire(complete_raw_answers(self.questionnaire))}  # fmt: skip

    def send(self, body: dict) -> tuple[int, dict]:
        return call(self.app, "POST", "/v1/intakes", body, **self.bearer["kiosk"])

    def sign_in(self, password: str = PASSWORD) -> dict[str, str]:
        status, answer = call(self.app, "POST", "/v1/session",
                              {"username": "rita", "password": password},
                              **self.bearer["reception"])  # fmt: skip
        assert status == 201, answer
        return {**self.bearer["reception"], "x_staff_session": answer["session"]}

    def rows(self, sql: str) -> list[tuple]:
        conn = open_database(self.folder / "knee-intake.db")
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def close(self) -> None:
        self.app.close()


@pytest.fixture
def clinic(tmp_path: Path, knee_questionnaire):
    made = Clinic(tmp_path, knee_questionnaire, Clock())
    yield made
    made.close()


HOSTILE_BODIES = {
    "too-deep": b"[" * 5000 + b"]" * 5000,
    "too-deep-but-parsed": b'{"a": ' + b"[" * 40 + b"1" + b"]" * 40 + b"}",
    "lone-surrogate": b'{"uid": "\\ud800"}',
    "not-a-number": b'{"waiting": NaN}',
    "infinity": b'{"waiting": 1e999}',
    "nul": b'{"name": "a\\u0000b"}',
    "huge-number": b'{"waiting": 123456789012345678901234567890}',
    "not-utf-8": b'{"name": "\xff\xfe"}',
    "not-json": b"{'single': quotes}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_BODIES))
def test_malformed_input_is_refused_with_a_reason_and_never_a_5xx(clinic: Clinic, name) -> None:
    raw = HOSTILE_BODIES[name]
    session = clinic.sign_in()
    for path, headers in (("/v1/intakes", clinic.bearer["kiosk"]),
                          ("/v1/outbox", clinic.bearer["kiosk"]),
                          ("/v1/pair", {}),
                          ("/v1/records/page", session)):  # fmt: skip
        status, answer = call_raw(clinic.app, "POST", path, raw, **headers)
        assert status == 400 and answer["problem"], (path, status, answer)
    # And the host serves on: the next good intake is stored.
    assert clinic.send(clinic.intake())[0] == 201


def test_an_intake_is_checked_and_filed_by_the_hosts_own_time(clinic: Clinic) -> None:
    now = clinic.clock.now
    refused = {
        "signed-at-not-a-time": clinic.intake(signed_at="not a date"),
        "signed-at-far-from-the-host-clock": clinic.intake(
            signed_at=(now + dt.timedelta(days=2)).isoformat()
        ),
        "consent-not-served": clinic.intake(version="1"),
        "consent-not-signed": clinic.intake(typed_name=""),
        "consent-not-signed-with-the-intake": clinic.intake(
            signed_at=(now - dt.timedelta(days=1)).isoformat()
        )
        | {"signed_at": now.isoformat()},
        "signature-off-the-pad": clinic.intake(typed_name="", strokes=[[[0, 0], [1e300, 1]]]),
    }
    for problem, body in refused.items():
        assert clinic.send(body) == (422, {"problem": problem}), problem
    assert clinic.rows("SELECT count(*) FROM intake") == [(0,)]

    # A tablet that was away from the main PC for an hour, its clock a minute fast.
    signed = (now - dt.timedelta(hours=1) + dt.timedelta(minutes=1)).isoformat()
    clinic.clock.now = now
    status, _ = clinic.send(clinic.intake(signed_at=signed))
    assert status == 201
    [(intake_id, submitted_at)] = clinic.rows("SELECT id, submitted_at FROM intake")
    assert submitted_at == now.isoformat(timespec="seconds")  # filed when it arrived
    assert clinic.rows("SELECT signed_at FROM consent") == [
        (dt.datetime.fromisoformat(signed).isoformat(timespec="seconds"),)
    ]  # the patient's own time is the consent's
    assert clinic.rows("SELECT actor, action, intake_id FROM audit WHERE action ="
                       " 'intake-received'") == [("station:Tablet 1", "intake-received",
                                                 intake_id)]  # fmt: skip
    # A version it served before its last update, as a tablet's queue may still hold.
    older = "en-2025-01-01"
    conn = open_database(clinic.folder / "knee-intake.db")
    with write_transaction(conn):
        conn.execute("UPDATE consent SET consent_version = ?", [older])
    conn.close()
    assert clinic.send(clinic.intake(version=older))[0] == 201
    assert clinic.send(clinic.intake(version="en-2099-01-01")) == (
        422, {"problem": "consent-not-served"}
    )  # fmt: skip


def test_an_intake_and_its_audit_row_are_kept_or_lost_together(
    tmp_path: Path, knee_questionnaire
) -> None:
    from app.intake.form_check import FormChecker
    from app.intake.submit import SentBy

    service = IntakeService(knee_questionnaire, tmp_path / "knee-intake.db",
                            FormChecker(knee_questionnaire))  # fmt: skip

    def audit_fails(_conn, _intake_id) -> None:
        raise sqlite3.OperationalError("disk I/O error")  # as the audit row was written

    sent = SentBy(str(uuid.uuid4()), "2026-11-24T09:00:00+00:00", None, "kiosk")
    with pytest.raises(StorageError):
        service.submit(complete_raw_answers(knee_questionnaire), sent=sent, also=audit_fails)
    service.close()
    conn = open_database(tmp_path / "knee-intake.db")
    assert conn.execute("SELECT count(*) FROM intake").fetchone() == (0,)
    conn.close()


def test_a_station_stops_sending_what_the_host_refuses_and_retries_what_failed(
    tmp_path: Path,
) -> None:
    clock = Clock()
    outbox = Outbox(tmp_path, clock=clock)
    consent = SignedConsent(english_consent_version(), "2026-11-24T09:00:00+00:00",
                            typed_name="Ann Lee")  # fmt: skip
    refused_uid = outbox.put({"first-name": "Ann"}, consent)
    failed_uid = outbox.put({"first-name": "Bea"}, consent)
    tried: list[str] = []

    def host(payload: dict) -> int:
        tried.append(payload["uid"])
        return 400 if payload["uid"] == refused_uid else 503  # 503: the host's trouble

    outbox.deliver(host)
    assert sorted(tried) == sorted([refused_uid, failed_uid])
    tried.clear()
    clock.now += dt.timedelta(days=1)
    outbox.retry_now()
    outbox.deliver(host)
    assert tried == [failed_uid]  # the refused one is kept for staff, never sent again
    refused = outbox._conn.execute("SELECT refused FROM outbox WHERE uid = ?", [refused_uid])
    assert refused.fetchone() == ("refused-400",)
    outbox.close()


def test_a_session_ends_when_its_password_is_reset_or_its_account_locks(clinic: Clinic) -> None:
    session = clinic.sign_in()
    other = clinic.sign_in()
    assert call(clinic.app, "GET", "/v1/records/mark", **session)[0] == 200
    # This PC changes the password: it goes on, the other PC's session ends.
    change = {"current": PASSWORD, "new": "a new long password 2"}
    assert call(clinic.app, "POST", "/v1/session/password", change, **session)[0] == 200
    assert call(clinic.app, "GET", "/v1/records/mark", **session)[0] == 200
    assert call(clinic.app, "GET", "/v1/records/mark", **other)[0] == 401
    # An administrator resets it from the main PC: every session of it ends.
    conn = open_database(clinic.folder / "knee-intake.db")
    accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
    rita = accounts.sign_in("rita", "a new long password 2").staff
    assert rita is not None
    ann = accounts.add(rita, "ann", "Ann Admin", "administrator", "temporary pass 1")
    accounts.reset_password(ann, "rita", "temporary pass 2")
    conn.close()
    assert call(clinic.app, "GET", "/v1/records/mark", **session)[0] == 401
    status, answer = call(clinic.app, "POST", "/v1/session",
                          {"username": "rita", "password": "temporary pass 2",
                           "new_password": "yet another password 3"},
                          **clinic.bearer["reception"])  # fmt: skip
    assert status == 201
    again = {**clinic.bearer["reception"], "x_staff_session": answer["session"]}
    assert call(clinic.app, "GET", "/v1/records/mark", **again)[0] == 200
    # Five wrong passwords at a reception PC lock the account: its sessions end too.
    for _ in range(5):
        call(clinic.app, "POST", "/v1/session", {"username": "rita", "password": "wrong"},
             **clinic.bearer["reception"])  # fmt: skip
    assert call(clinic.app, "GET", "/v1/records/mark", **again)[0] == 401


def test_wrong_passwords_at_a_kiosk_lock_its_exit_and_not_the_account(clinic: Clinic) -> None:
    for _ in range(5):
        status, answer = call(clinic.app, "POST", "/v1/kiosk/staff-exit",
                              {"username": "rita", "password": "guess"},
                              **clinic.bearer["kiosk"])  # fmt: skip
        assert status == 403
    status, answer = call(clinic.app, "POST", "/v1/kiosk/staff-exit",
                          {"username": "rita", "password": PASSWORD},
                          **clinic.bearer["kiosk"])  # fmt: skip
    assert (status, answer["problem"]) == (403, "locked")  # the kiosk's exit waits a while
    clinic.sign_in()  # and Rita still signs in at reception
    clinic.clock.now += dt.timedelta(minutes=16)
    # An account locked by guesses at reception stays shut at the kiosk's exit too.
    for _ in range(5):
        call(clinic.app, "POST", "/v1/session", {"username": "rita", "password": "wrong"},
             **clinic.bearer["reception"])  # fmt: skip
    status, answer = call(clinic.app, "POST", "/v1/kiosk/staff-exit",
                          {"username": "rita", "password": PASSWORD},
                          **clinic.bearer["kiosk"])  # fmt: skip
    assert (status, answer["problem"]) == (403, "locked")
    clinic.clock.now += dt.timedelta(minutes=16)
    status, answer = call(clinic.app, "POST", "/v1/kiosk/staff-exit",
                          {"username": "rita", "password": PASSWORD},
                          **clinic.bearer["kiosk"])  # fmt: skip
    assert status == 200 and answer["staff"]["username"] == "rita"


def test_no_stored_value_breaks_the_list_or_the_record(
    qtbot, knee_questionnaire, tmp_path: Path
) -> None:
    desk = Desk(qtbot, knee_questionnaire, tmp_path)
    clinic = Clinic(tmp_path, knee_questionnaire, Clock())
    try:
        hostile = {"first-name": "\u202eAnn<script>", "last-name": "Lee" + "\U0001f600" * 50}
        body = clinic.intake()
        body["answers"] = answers_to_wire(complete_raw_answers(knee_questionnaire) | hostile)
        status, answer = clinic.send(body)
        assert status in (201, 422), answer
        # A row written by another program, with a date that is not one.
        saved = desk.factory.submit("Old", "Tool")
        with desk.conn:
            desk.conn.execute("UPDATE intake SET submitted_at = 'not a date' WHERE id = ?",
                              [saved.intake_id])  # fmt: skip
        window = desk.open()
        model = window.model
        assert model.rowCount() >= 1
        texts = [model.index(r, c).data() for r in range(model.rowCount())
                 for c in range(model.columnCount())]  # fmt: skip
        assert "?" in texts  # the unreadable date, shown as such
        for row in range(model.rowCount()):
            view = window.open_record(model.record_at(row).intake_id)
            assert view.isVisible()
            view.close()
    finally:
        clinic.close()


def test_pairing_guesses_are_slowed_per_address_and_audited_once_a_burst(clinic: Clinic) -> None:
    def guess(address: str) -> int:
        body = json.dumps({"name": "Evil", "proof": "0" * 64}).encode()
        return call_raw(clinic.app, "POST", "/v1/pair", body, address=address)[0]

    answers = [guess("10.0.0.66") for _ in range(12)]
    assert answers == [403] * 10 + [429] * 2  # ten a minute, then not even checked
    assert guess("10.0.0.7") == 403  # another device is not held up by it
    refusals = clinic.rows("SELECT count(*) FROM audit WHERE action = 'station-pairing-refused'")
    assert refusals == [(2,)]  # one row for each address's burst, not one per guess


# Bodies a careless or hostile station might send to any route: wrong types, values
# out of range, text no screen expects.
ODD_BODIES = [
    None,
    [],
    "text",
    7,
    {},
    {"a": None},
    {"filter": "x", "order": 5, "offset": -1, "limit": 10**9},
    {"filter": {}, "order": {}, "offset": "0", "limit": None},
    {"status": "\u202e" * 500, "note": {"deep": ["x"]}, "treated_on": "not a date"},
    {"treated_on": "2026-02-30", "knee": "third", "cell_source": "moon", "number": -3},
    {"action": "export-csv", "intake_id": "1; DROP TABLE intake", "detail": "x" * 50_000},
    {"answers": {"pain-now": {"valueInteger": 10**15}}, "source": "staff-phone"},
    {"answers": [], "source": None, "consent_given": "maybe"},
    {"decision": "same", "username": ["rita"], "password": {"x": 1}},
    {"waiting": True, "kind": "follow-up", "uid": "0" * 36, "event": "kiosk-started"},
]


def test_no_route_answers_anything_a_station_sends_with_a_5xx(
    clinic: Clinic, knee_questionnaire
) -> None:
    from app.network.host_app import ROUTES

    assert clinic.send(clinic.intake())[0] == 201
    [(intake_id, patient_id)] = clinic.rows("SELECT id, patient_id FROM intake")
    session = clinic.sign_in()
    server_errors = []
    for method, pattern, right in ROUTES:
        path = pattern.replace(r"(\d+)", str(intake_id))
        if "patients" in pattern:
            path = pattern.replace(r"(\d+)", str(patient_id))
        headers = clinic.bearer["kiosk"] if right == "station" else session
        if right == "anyone":
            headers = {}
        if path == "/v1/session" and method == "DELETE":
            continue  # would end the session the rest of the loop uses
        for body in ODD_BODIES:
            status, answer = call(clinic.app, method, path, body, **headers)
            if status >= 500:
                server_errors.append((method, path, body, status, answer))
    assert [e[:2] + e[3:] for e in server_errors] == []
    assert call(clinic.app, "GET", f"/v1/records/{intake_id}", **session)[0] == 200


def test_a_tablets_follow_up_answers_need_a_real_time_near_the_hosts(clinic: Clinic) -> None:
    a_week_ahead = (clinic.clock.now + dt.timedelta(days=7)).isoformat()
    refusals = (
        ("not a date", "answered-at-not-a-time"),
        (a_week_ahead, "answered-at-far-from-the-host-clock"),
    )
    for answered_at, problem in refusals:
        body = {"handover_id": 1, "uid": str(uuid.uuid4()), "answers": {},
                "answered_at": answered_at}  # fmt: skip
        status, answer = call(clinic.app, "POST", "/v1/kiosk/follow-up-answers", body,
                              **clinic.bearer["kiosk"])  # fmt: skip
        assert (status, answer) == (422, {"problem": problem})
    assert clinic.rows("SELECT count(*) FROM follow_up_response") == [(0,)]
