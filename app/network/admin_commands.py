"""``knee-intake-admin`` for several stations: serve, pairing codes, stations, pair, send.

On the host: ``serve`` (the host without a display, for a clinic server or a service),
``pairing-code --kind kiosk|reception``, ``stations``, ``revoke NAME``. On a station:
``pair --host ADDRESS --code CODE --name NAME`` and ``send`` (deliver its outbox now).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from app.clinic.data_folder import database_path

ADMIN_TOOL = "admin-tool"  # who the audit trail names for codes issued from here


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = commands.add_parser("serve", help="run the host: stations connect to it")
    serve.add_argument("--address", default="0.0.0.0", help="address to listen on")
    serve.add_argument("--port", type=int, default=None, help="port (default 8443)")
    code = commands.add_parser("pairing-code", help="a one-time code to pair a new station")
    code.add_argument("--kind", choices=("kiosk", "reception"), required=True)
    commands.add_parser("stations", help="list the paired stations")
    revoke = commands.add_parser("revoke", help="revoke a station: it gets nothing from now on")
    revoke.add_argument("name")
    pair = commands.add_parser("pair", help="pair this station with the clinic's host")
    pair.add_argument("--host", required=True, help="the host's address")
    pair.add_argument("--port", type=int, default=None, help="the host's port (default 8443)")
    pair.add_argument("--code", required=True, help="the code the host showed")
    pair.add_argument("--name", required=True, help="this station's name, e.g. 'Tablet 2'")
    commands.add_parser("send", help="send this station's waiting intakes to the host now")


NETWORK_COMMANDS = ("serve", "pairing-code", "stations", "revoke", "pair", "send")


def run(args: argparse.Namespace, folder: Path) -> int:
    match args.command:
        case "serve":
            return serve(folder, args.address, args.port)
        case "pairing-code":
            return pairing_code(folder, args.kind)
        case "stations":
            return list_stations(folder)
        case "revoke":
            return revoke(folder, args.name)
        case "pair":
            return pair_station(folder, args.host, args.port, args.code, args.name)
        case "send":
            return send(folder)
    return 2


def serve(folder: Path, address: str, port: int | None) -> int:
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.network.host_app import HostApp
    from app.network.host_identity import host_identity
    from app.network.host_server import DEFAULT_PORT, HostServer
    from app.storage.database import open_database

    open_database(database_path(folder)).close()  # created and migrated before serving
    identity = host_identity(folder)
    app = HostApp(folder, identity, load_questionnaire(questionnaire_path()))
    server = HostServer(app, identity, address, DEFAULT_PORT if port is None else port)
    server.start()
    print(f"serving on {address}:{server.port}", flush=True)
    print(f"certificate fingerprint {identity.fingerprint}", flush=True)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    while not stop.wait(1.0):
        pass
    server.stop()
    return 0


def pairing_code(folder: Path, kind: str) -> int:
    from app.network.host_identity import host_identity
    from app.network.pairing import CODE_MINUTES, PairingDesk, format_code
    from app.storage.database import open_database

    conn = open_database(database_path(folder))
    try:
        issued = PairingDesk(conn, host_identity(folder).fingerprint).issue(
            kind,  # type: ignore[arg-type]
            ADMIN_TOOL,
        )
    finally:
        conn.close()
    print(format_code(issued.code))
    print(f"valid for {CODE_MINUTES} minutes, once, for a {kind} station", file=sys.stderr)
    return 0


def list_stations(folder: Path) -> int:
    from app.network.stations import StationRegistry
    from app.storage.database import open_database

    conn = open_database(database_path(folder))
    try:
        stations = StationRegistry(conn).all()
    finally:
        conn.close()
    for s in stations:
        state = f"revoked {s.revoked_at}" if s.revoked_at else f"last seen {s.last_seen_at or '-'}"
        print(f"{s.name}\t{s.kind}\t{state}\t{s.waiting_intakes} waiting")
    if not stations:
        print("no stations paired yet")
    return 0


def revoke(folder: Path, name: str) -> int:
    from app.network.stations import StationRegistry
    from app.storage.database import open_database

    conn = open_database(database_path(folder))
    try:
        registry = StationRegistry(conn)
        found = [s for s in registry.all() if s.name.casefold() == name.strip().casefold()]
        if not found:
            print(f"knee-intake-admin: no station named {name!r}", file=sys.stderr)
            return 1
        registry.revoke(found[0].id, by=ADMIN_TOOL)
    finally:
        conn.close()
    print(f"{found[0].name}: revoked")
    return 0


def pair_station(folder: Path, host: str, port: int | None, code: str, name: str) -> int:
    from app.network.host_server import DEFAULT_PORT
    from app.network.station_link import HostUnreachable, PairingFailed, pair

    try:
        config = pair(host, DEFAULT_PORT if port is None else port, code, name)
    except HostUnreachable:
        print(f"knee-intake-admin: no host answers at {host}", file=sys.stderr)
        return 1
    except PairingFailed:
        print(
            "knee-intake-admin: pairing refused: the code is wrong, spent or expired, or the "
            "host could not prove it is the one that gave the code",
            file=sys.stderr,
        )
        return 1
    config.save(folder)
    print(f"paired as {config.name!r} ({config.kind}); host fingerprint {config.fingerprint}")
    return 0


def send(folder: Path) -> int:
    from app.network.outbox import Outbox
    from app.network.station_link import HostLink, StationConfig, send_intake

    config = StationConfig.load(folder)
    if config is None:
        print("knee-intake-admin: this station is not paired", file=sys.stderr)
        return 1
    outbox = Outbox(folder)
    link = HostLink(config)
    try:
        outbox.retry_now()
        delivery = outbox.deliver(lambda payload: send_intake(link, payload))
    finally:
        link.close()
        outbox.close()
    print(f"sent {delivery.sent}, waiting {delivery.waiting}")
    return 0 if delivery.host_reached else 1
