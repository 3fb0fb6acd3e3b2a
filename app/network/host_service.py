"""The host inside the app: serving while Knee Intake is open on the clinic's main PC.

A one-PC clinic serves nothing and opens no port: serving starts only once an
administrator has added a station (the ``host_serving`` setting), and from then on
whenever the app is open on this PC, whoever is signed in or not. ``knee-intake-admin
serve`` does the same without a display; if it already holds the port (a service on
this PC), the app leaves the serving to it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from app.clinic.settings import read_setting, write_setting
from app.network.host_server import DEFAULT_PORT, HostServer
from app.network.station_config import StationConfig
from app.storage.driver import sqlite3

if TYPE_CHECKING:  # cryptography is imported only once the PC serves (start-up time)
    from app.network.host_identity import HostIdentity

log = logging.getLogger(__name__)

SERVING_KEY = "host_serving"
PORT_KEY = "host_port"
LISTEN_ON = "0.0.0.0"  # the clinic's network: stations are other machines


def serving_enabled(conn: sqlite3.Connection) -> bool:
    return read_setting(conn, SERVING_KEY) is True


def host_port(conn: sqlite3.Connection) -> int:
    port = read_setting(conn, PORT_KEY)
    return port if isinstance(port, int) and 1 <= port <= 65535 else DEFAULT_PORT


class HostService:
    """Owns the server while the app is open. Not for a paired station's own folder."""

    def __init__(self, data_dir: Path, *, address: str = LISTEN_ON) -> None:
        self._data_dir = data_dir
        self._address = address
        self._server: HostServer | None = None
        self._identity: HostIdentity | None = None

    @property
    def identity(self) -> HostIdentity:
        """This host's certificate, made on first use."""
        if self._identity is None:
            from app.network.host_identity import host_identity

            self._identity = host_identity(self._data_dir)
        return self._identity

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int | None:
        return self._server.port if self._server is not None else None

    def start_if_enabled(self, conn: sqlite3.Connection) -> None:
        if StationConfig.load(self._data_dir) is not None:
            return  # this PC is a station of another host
        if serving_enabled(conn):
            self.start(conn)

    def enable(self, conn: sqlite3.Connection) -> None:
        """An administrator added a station: serve now, and at every start from now."""
        write_setting(conn, SERVING_KEY, True)
        if not self.running:
            self.start(conn)

    def start(self, conn: sqlite3.Connection) -> None:
        from app.clinic.resource_paths import questionnaire_path
        from app.intake.questionnaire import load_questionnaire
        from app.network.host_app import HostApp

        app = HostApp(self._data_dir, self.identity, load_questionnaire(questionnaire_path()))
        server = HostServer(app, self.identity, self._address, host_port(conn))
        try:
            server.start()
        except OSError:
            # The port is taken: most likely knee-intake-admin serve on this PC, which
            # serves the same folder. Stations reach it; this window need not.
            log.warning("the host's port is in use; not serving from this window")
            return
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
