"""The host's staff sessions end with the clinic's idle sign-out, on the host's clock:
the host's WSGI application called in-process, as its server calls it."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import load_questionnaire
from app.network.host_app import HostApp
from app.network.host_identity import host_identity
from app.network.pairing import PairingDesk, station_proof
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from tests.fixed_clock import Clock

PASSWORD = "correct horse battery"


def call(app: HostApp, method: str, path: str, body: object = None, **headers: str):
    raw = b"" if body is None else json.dumps(body).encode()
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
        "CONTENT_LENGTH": str(len(raw)), "wsgi.input": io.BytesIO(raw),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }  # fmt: skip
    status: list[str] = []
    chunks = app(environ, lambda line, _headers: status.append(line))
    answer = b"".join(chunks)
    return int(status[0].split()[0]), json.loads(answer) if answer else None


def test_a_staff_session_on_the_host_ends_after_the_clinics_idle_time(tmp_path: Path) -> None:
    clock = Clock()
    conn = open_database(tmp_path / "knee-intake.db")
    StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST)).set_up(
        "Clinic", "rita", "Rita Chen", PASSWORD
    )
    identity = host_identity(tmp_path)
    code = PairingDesk(conn, identity.fingerprint, clock=clock).issue("reception", "rita").code
    conn.close()
    app = HostApp(tmp_path, identity, load_questionnaire(questionnaire_path()), clock=clock)
    try:
        proof = station_proof(code, identity.fingerprint, "Desk")
        status, paired = call(app, "POST", "/v1/pair", {"name": "Desk", "proof": proof})
        assert status == 201
        bearer = {"authorization": f"Bearer {paired['credential']}"}
        status, signed_in = call(app, "POST", "/v1/session",
                                 {"username": "rita", "password": PASSWORD}, **bearer)  # fmt: skip
        assert status == 201
        session = {**bearer, "x_staff_session": signed_in["session"]}
        clock.now += dt.timedelta(minutes=9)
        assert call(app, "GET", "/v1/records/mark", **session)[0] == 200  # in use: kept
        clock.now += dt.timedelta(minutes=9, seconds=59)
        assert call(app, "GET", "/v1/records/mark", **session)[0] == 200
        clock.now += dt.timedelta(minutes=10, seconds=1)  # the default: 10 idle minutes
        assert call(app, "GET", "/v1/records/mark", **session) == (401, {"problem": "signed-out"})
        # Another station cannot borrow the session either.
        assert call(app, "GET", "/v1/records/mark", x_staff_session=signed_in["session"])[0] == 401
    finally:
        app.close()
