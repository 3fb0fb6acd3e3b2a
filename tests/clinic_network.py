"""A clinic on the loopback interface: a real host process and stations beside it.

Every process and wait here is bounded in time; servers listen on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.clinic.data_folder import database_path
from app.intake.consent import SignedConsent
from app.intake.questionnaire import Questionnaire
from app.network.host_identity import host_identity
from app.network.outbox import Outbox
from app.network.pairing import PairingDesk
from app.network.station_link import HostLink, StationConfig, pair, send_intake
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from app.system.clock import utc_now_text
from tests.intake_factory import complete_raw_answers
from tests.sqlite_file import open_file

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"
START_SECONDS = 30


def free_port() -> int:
    """A free port below Linux's ephemeral range (32768 and up), so a restarted host
    gets its port back: a station's own connections never borrow it as their source."""
    import random
    import socket

    for _ in range(50):
        port = random.randrange(20_000, 32_000)
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port found")


class Host:
    """``knee-intake-admin serve`` in its own process, on 127.0.0.1."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[str] | None = None
        self.port = 0
        conn = open_database(database_path(folder))
        accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
        if accounts.needs_set_up():
            self.admin = accounts.set_up("Riverside Knee Clinic", "rita", "Rita Chen", PASSWORD)
        conn.close()

    def start(self) -> Host:
        if not self.port:
            self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.admin_cli", "--data-dir", str(self.folder), "serve",
             "--address", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert self.process.stdout is not None
        deadline = time.monotonic() + START_SECONDS
        line = ""
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("serving on ") or not line:
                break
        assert line.startswith("serving on "), (
            self.process.stderr.read() if self.process.stderr else ""
        )
        self.port = int(line.strip().rsplit(":", 1)[1])
        return self

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        self.process = None

    def code(self, kind: str) -> str:
        conn = open_database(database_path(self.folder))
        try:
            desk = PairingDesk(conn, host_identity(self.folder).fingerprint)
            return desk.issue(kind, "rita").code  # type: ignore[arg-type]
        finally:
            conn.close()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = open_file(database_path(self.folder))
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


class Station:
    """A paired station: its own folder (config and outbox) and link to the host."""

    def __init__(self, host: Host, folder: Path, kind: str, name: str) -> None:
        self.folder = folder
        self.config = pair("127.0.0.1", host.port, host.code(kind), name)
        self.config.save(folder)
        self.outbox = Outbox(folder)

    def link(self, config: StationConfig | None = None) -> HostLink:
        return HostLink(config or self.config, timeout=5)

    def sign_and_queue(self, questionnaire: Questionnaire, first: str) -> str:
        raw = complete_raw_answers(questionnaire) | {"first-name": first}
        signed_at = utc_now_text()
        return self.outbox.put(
            raw, SignedConsent(english_consent_version(), signed_at, typed_name=f"{first} Ann")
        )

    def deliver(self, port: int | None = None) -> tuple[int, int, bool]:
        config = self.config
        if port is not None and port != config.port:
            config = StationConfig(**{**config.__dict__, "port": port})
        link = self.link(config)
        try:
            self.outbox.retry_now()
            delivery = self.outbox.deliver(lambda payload: send_intake(link, payload))
        finally:
            link.close()
        return delivery.sent, delivery.waiting, delivery.host_reached

    def close(self) -> None:
        self.outbox.close()


def english_consent_version() -> str:
    """The version of the consent a host serves in English: the one a tablet signs."""
    from app.clinic.resource_paths import resources_dir
    from app.intake.consent import load_consent

    return load_consent(resources_dir() / "consent", "en").version
