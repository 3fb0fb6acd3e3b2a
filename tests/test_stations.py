"""Several stations on one host, as real processes on the loopback interface."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clinic.data_folder import database_path
from app.encryption.encrypted_file import is_plain_sqlite
from app.network.host_app import ROUTES
from app.network.records_wire import filter_to_json, order_to_json
from app.network.station_link import (
    NotThePinnedHost,
    PairingFailed,
    StationConfig,
    pair,
)
from app.records.records_list import RecordFilter, SortOrder
from app.staff.accounts import SignInOutcome, StaffAccounts
from app.storage.database import open_database
from tests.clinic_network import PASSWORD, ROOT, Host, Station
from tests.sqlite_file import open_file


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Host]:
    made = Host(tmp_path / "host").start()
    yield made
    made.stop()


@pytest.fixture
def stations(host: Host, tmp_path: Path) -> Iterator[list[Station]]:
    made: list[Station] = []
    yield made
    for station in made:
        station.close()


def station(host: Host, stations: list[Station], tmp_path: Path, kind: str, name: str) -> Station:
    made = Station(host, tmp_path / name.replace(" ", "-"), kind, name)
    stations.append(made)
    return made


def test_a_kiosk_pairs_and_each_intake_arrives_exactly_once(
    host: Host, stations, tmp_path: Path, knee_questionnaire
) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    from app.network.host_identity import host_identity

    assert kiosk.config.fingerprint == host_identity(host.folder).fingerprint
    uids = [kiosk.sign_and_queue(knee_questionnaire, name) for name in ("Ann", "Bea")]
    assert kiosk.deliver() == (2, 0, True)
    stored = host.rows("SELECT uid, station_id FROM intake ORDER BY id")
    assert stored == [(uid, kiosk.config.station_id) for uid in uids]
    # A reply lost on the way back: the kiosk sends the same intake again.
    assert not is_plain_sqlite(kiosk.folder / "outbox.db")  # encrypted, with the tablet's key
    with contextlib.closing(open_file(kiosk.folder / "outbox.db")) as outbox:
        assert outbox.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0  # no copy kept
    again = kiosk.sign_and_queue(knee_questionnaire, "Cy")
    payload = kiosk.outbox._conn.execute("SELECT payload FROM outbox").fetchone()[0]
    link = kiosk.link()
    try:
        import json

        first = link.request("POST", "/v1/intakes", json.loads(payload))
        second = link.request("POST", "/v1/intakes", json.loads(payload))
    finally:
        link.close()
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json() == {"stored": True, "already_stored": True}
    assert host.rows("SELECT count(*) FROM intake WHERE uid = ?", (again,)) == [(1,)]
    # The audit trail names the station each intake came through, once per intake.
    assert host.rows("SELECT actor, count(*) FROM audit WHERE action = 'intake-received'") == [
        ("station:Tablet 1", 3)
    ]
    assert host.rows("SELECT actor FROM audit WHERE action = 'station-paired'") == [
        ("station:Tablet 1",)
    ]


def test_a_wrong_code_and_a_spent_code_are_refused(host: Host, tmp_path: Path) -> None:
    code = host.code("kiosk")
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(PairingFailed):
        pair("127.0.0.1", host.port, wrong, "Tablet 9")
    pair("127.0.0.1", host.port, code.lower(), "Tablet 9")  # as typed: case does not matter
    with pytest.raises(PairingFailed):
        pair("127.0.0.1", host.port, code, "Tablet 10")
    # Both refusals came from this address within minutes: one burst, one audit row.
    assert host.rows("SELECT count(*) FROM audit WHERE action = 'station-pairing-refused'") == [
        (1,)
    ]


def test_a_host_with_another_certificate_is_refused(
    host: Host, stations, tmp_path: Path, knee_questionnaire
) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    impostor = Host(tmp_path / "impostor").start()  # its own certificate
    try:
        moved = StationConfig(**{**kiosk.config.__dict__, "port": impostor.port})
        link = kiosk.link(moved)
        with pytest.raises(NotThePinnedHost):
            link.request("GET", "/v1/form")
        link.close()
        kiosk.sign_and_queue(knee_questionnaire, "Ann")
        assert kiosk.deliver(port=impostor.port) == (0, 1, False)  # nothing to a stranger
        assert impostor.rows("SELECT count(*) FROM intake") == [(0,)]
    finally:
        impostor.stop()


def test_a_revoked_station_gets_nothing(host: Host, stations, tmp_path: Path) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    link = kiosk.link()
    try:
        assert link.request("GET", "/v1/form").status_code == 200
        conn = open_database(database_path(host.folder))
        from app.network.stations import StationRegistry

        StationRegistry(conn).revoke(kiosk.config.station_id, by="rita")
        conn.close()
        for method, path in (("GET", "/v1/form"), ("POST", "/v1/intakes")):
            response = link.request(method, path, {})
            assert response.status_code == 401, path
    finally:
        link.close()
    assert host.rows("SELECT actor, detail FROM audit WHERE action = 'station-revoked'") == [
        ("rita", "Tablet 1")
    ]


def concrete(path: str) -> str:
    return re.sub(r"\(\\d\+\)", "1", path)


def test_a_kiosk_credential_reaches_only_the_kiosks_routes(
    host: Host, stations, tmp_path: Path
) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    allowed = {"anyone", "station"}
    link = kiosk.link()
    try:
        refused = []
        for method, pattern, right in ROUTES:
            if right in allowed:
                continue
            response = link.request(method, concrete(pattern), {"username": "rita"})
            assert response.status_code in (401, 403), (method, pattern, response.text)
            assert "rows" not in response.text and "patient" not in response.text
            refused.append(pattern)
    finally:
        link.close()
    assert len(refused) == len([r for r in ROUTES if r[2] not in allowed]) >= 7


def test_lockout_holds_across_stations_and_the_host(host: Host, stations, tmp_path: Path) -> None:
    desk = station(host, stations, tmp_path, "reception", "Front desk")
    link = desk.link()
    try:
        replies = [
            link.request("POST", "/v1/session", {"username": "rita", "password": "wrong guess"})
            for _ in range(6)
        ]
        assert [r.json()["problem"] for r in replies] == ["wrong"] * 4 + ["locked"] * 2
        right = link.request("POST", "/v1/session", {"username": "rita", "password": PASSWORD})
        assert right.status_code == 403 and right.json()["problem"] == "locked"
    finally:
        link.close()
    conn = open_database(database_path(host.folder))
    assert StaffAccounts(conn).sign_in("rita", PASSWORD).outcome is SignInOutcome.LOCKED
    conn.close()


def test_reception_signs_in_on_the_host_and_reads_records_a_kiosk_cannot(
    host: Host, stations, tmp_path: Path, knee_questionnaire
) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    kiosk.sign_and_queue(knee_questionnaire, "Ann")
    kiosk.deliver()
    desk = station(host, stations, tmp_path, "reception", "Front desk")
    link = desk.link()
    try:
        signed_in = link.request("POST", "/v1/session", {"username": "rita", "password": PASSWORD})
        assert signed_in.status_code == 201
        session = signed_in.json()["session"]
        first_page = {"filter": filter_to_json(RecordFilter()), "order": order_to_json(SortOrder()),
                      "offset": 0, "limit": 100}  # fmt: skip
        rows = link.request("POST", "/v1/records/page", first_page, session=session).json()["rows"]
        assert [row["first_name"] for row in rows] == ["Ann"]
        record = link.request("GET", f"/v1/records/{rows[0]['intake_id']}", session=session)
        assert record.json()["patient"]["first_name"] == "Ann"
        assert link.request("DELETE", "/v1/session", session=session).status_code == 200
        after = link.request("POST", "/v1/records/page", first_page, session=session)
        assert after.status_code == 401  # signed out is signed out, on the host
    finally:
        link.close()
    assert host.rows("SELECT actor FROM audit WHERE action = 'record-opened'") == [
        ("rita via Front desk",)
    ]


def kiosk_process(folder: Path, count: int, tag: str, seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.kiosk_station_worker", str(folder), str(count), tag,
         str(seconds)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def queued_and_result(process: subprocess.Popen[str]) -> tuple[list[str], dict]:
    out, err = process.communicate(timeout=90)
    assert process.returncode == 0, err
    first, last = (json.loads(line) for line in out.strip().splitlines())
    return first["queued"], last


def test_intakes_queued_while_the_host_is_down_all_arrive_once(
    host: Host, stations, tmp_path: Path
) -> None:
    kiosks = [station(host, stations, tmp_path, "kiosk", f"Tablet {n}") for n in (1, 2)]
    host.stop()
    # Two tablets, each its own process, take ten intakes apiece while the host is away.
    processes = [kiosk_process(k.folder, 10, f"T{n}-", 30) for n, k in enumerate(kiosks)]
    time.sleep(2)
    host.start()  # the same port and certificate: the tablets' retries now reach it
    results = [queued_and_result(p) for p in processes]
    queued = [uid for uids, _ in results for uid in uids]
    assert [result for _, result in results] == [{"sent": 10, "waiting": 0}] * 2
    stored = [uid for (uid,) in host.rows("SELECT uid FROM intake")]
    assert sorted(stored) == sorted(queued) and len(set(stored)) == 20


def test_the_host_killed_mid_submit_loses_and_doubles_nothing(
    host: Host, stations, tmp_path: Path
) -> None:
    kiosk = station(host, stations, tmp_path, "kiosk", "Tablet 1")
    process = kiosk_process(kiosk.folder, 60, "P", 40)
    assert process.stdout is not None
    queued = json.loads(process.stdout.readline())["queued"]
    deadline = time.monotonic() + 20
    while not host.rows("SELECT count(*) FROM intake")[0][0] and time.monotonic() < deadline:
        time.sleep(0.005)
    host.stop(kill=True)  # SIGKILL while the tablet is sending
    host.start()
    out, err = process.communicate(timeout=90)
    assert process.returncode == 0, err
    assert json.loads(out.strip().splitlines()[-1])["waiting"] == 0
    stored = [uid for (uid,) in host.rows("SELECT uid FROM intake")]
    assert sorted(stored) == sorted(queued)  # every one, once


class MachineInTheMiddle:
    """A TLS proxy on 127.0.0.1 that shows stations its own certificate and relays to
    the host: what someone on the clinic network could put between them. Bounded: it
    relays a few connections, each for a few seconds, then stops."""

    def __init__(self, certificate: Path, key: Path, host_port: int) -> None:
        import socket
        import ssl

        self._host_port = host_port
        self._server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._server_context.load_cert_chain(certificate, key)
        self._client_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._client_context.check_hostname = False
        self._client_context.verify_mode = ssl.CERT_NONE
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._closed = threading.Event()
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        import socket
        import time

        relayed, deadline = 0, time.monotonic() + 20
        while relayed < 4 and not self._closed.is_set() and time.monotonic() < deadline:
            try:
                raw, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            relayed += 1
            try:
                station_side = self._server_context.wrap_socket(raw, server_side=True)
                host_side = self._client_context.wrap_socket(
                    socket.create_connection(("127.0.0.1", self._host_port), timeout=5)
                )
            except OSError:
                raw.close()
                continue
            threading.Thread(target=_relay, args=(station_side, host_side), daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        self._thread.join(timeout=15)
        self._listener.close()


def _relay(station_side, host_side) -> None:
    """Both directions of one connection from one thread, for at most 15 s: an SSL
    socket must not be read and written from two threads at once (two relay threads
    did, and now and then broke a pairing under load), and a host slow to answer must
    not end the connection while the request waits."""
    import time

    deadline = time.monotonic() + 15
    try:
        for end in (station_side, host_side):
            end.settimeout(0.05)
        while time.monotonic() < deadline:
            for source, target in ((station_side, host_side), (host_side, station_side)):
                try:
                    data = source.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    return  # one side closed: the connection is over
                target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (station_side, host_side):
            with contextlib.suppress(OSError):
                end.close()


def test_a_machine_in_the_middle_during_pairing_is_detected(host: Host, tmp_path: Path) -> None:
    from app.network.host_identity import host_identity

    other = host_identity(tmp_path / "middle")  # a certificate of its own
    middle = MachineInTheMiddle(other.certificate, other.key, host.port)
    try:
        code = host.code("kiosk")
        with pytest.raises(PairingFailed):
            pair("127.0.0.1", middle.port, code, "Tablet 1")
    finally:
        middle.close()
    # The host saw a proof made over the wrong certificate and paired nobody.
    assert host.rows("SELECT count(*) FROM station") == [(0,)]
    assert host.rows("SELECT count(*) FROM audit WHERE action = 'station-pairing-refused'") == [
        (1,)
    ]
    pair("127.0.0.1", host.port, code, "Tablet 1")  # the code still works, directly
