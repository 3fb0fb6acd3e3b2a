"""Several stations on one host, measured on the loopback interface.

Run:  .venv/bin/python scripts/bench_stations.py [--kiosks 10] [--each 100] [--records 100000]

1. A real host process (knee-intake-admin serve on 127.0.0.1). ``--kiosks`` stations
   pair with it; each, in its own process, signs ``--each`` intakes into its outbox
   and sends them all at once with the others. Reports every intake stored once and
   the submit time (one POST, TLS connection reused) at the 50th/95th percentile.
2. With ``--records`` demo records on the host: a reception station's search
   (GET /v1/records, what a keystroke in the list asks) over the network against the
   same query on the host itself, and the first rows of the list.
Every loop is bounded; nothing listens beyond 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Throw-away data folders: their database keys in a throw-away folder, not the user's store.
os.environ.setdefault("KNEE_INTAKE_KEY_DIR", tempfile.mkdtemp(prefix="knee-bench-keys-"))

SEARCHES = ["s", "sm", "smi", "smit", "lop", "lope", "2025", "555", "555 01", "ann", "garc"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def kiosk_worker(folder: str, count: int, go: str) -> None:
    """One tablet: queue, wait for the start, send; print each submit's time."""
    import datetime as dt

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.consent import SignedConsent
    from app.intake.questionnaire import load_questionnaire
    from app.network.outbox import Outbox
    from app.network.station_link import HostLink, StationConfig
    from tests.intake_factory import complete_raw_answers

    station = Path(folder)
    config = StationConfig.load(station)
    assert config is not None
    outbox = Outbox(station)
    raw = complete_raw_answers(load_questionnaire(questionnaire_path()))
    for n in range(count):
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        outbox.put(raw | {"first-name": f"K{n}"}, SignedConsent("1", now, typed_name="Ann Lee"))
    link = HostLink(config, timeout=30)
    deadline = time.monotonic() + 60
    while not Path(go).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    times: list[float] = []

    def send(payload: dict) -> int | None:
        started = time.perf_counter()
        status = link.request("POST", "/v1/intakes", payload).status_code
        times.append(time.perf_counter() - started)
        return status

    delivery = outbox.deliver(send)
    while delivery.waiting and len(times) < count * 3:  # bounded: retries of refusals
        outbox.retry_now()
        delivery = outbox.deliver(send)
    link.close()
    outbox.close()
    print(json.dumps({"times": times, "waiting": delivery.waiting}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=10)
    parser.add_argument("--each", type=int, default=100)
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()

    from app.network.station_link import pair
    from tests.clinic_network import PASSWORD, Host

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        host = Host(tmp_path / "host").start()
        try:
            folders = []
            for n in range(args.kiosks):
                folder = tmp_path / f"kiosk{n}"
                pair("127.0.0.1", host.port, host.code("kiosk"), f"Tablet {n}").save(folder)
                folders.append(folder)
            go = tmp_path / "go"
            workers = [
                subprocess.Popen(
                    [sys.executable, __file__, "--worker", str(f), str(args.each), str(go)],
                    stdout=subprocess.PIPE, text=True, cwd=ROOT,
                )
                for f in folders
            ]  # fmt: skip
            time.sleep(2)  # every worker has queued its intakes
            started = time.perf_counter()
            go.touch()
            reports = [json.loads(w.communicate(timeout=600)[0]) for w in workers]
            elapsed = time.perf_counter() - started
            times = [t for r in reports for t in r["times"]]
            total = args.kiosks * args.each
            stored = host.rows("SELECT count(*), count(DISTINCT uid) FROM intake")[0]
            print(f"{args.kiosks} kiosks x {args.each} intakes at once: stored {stored[0]} "
                  f"({stored[1]} distinct) of {total} in {elapsed:.1f} s; "
                  f"{sum(r['waiting'] for r in reports)} left waiting")  # fmt: skip
            print(f"submit: median {statistics.median(times) * 1000:.0f} ms, "
                  f"95th percentile {percentile(times, 0.95) * 1000:.0f} ms, "
                  f"worst {max(times) * 1000:.0f} ms over {len(times)} requests")  # fmt: skip
            if args.records:
                search_over_network(host, tmp_path, args.records, PASSWORD)
        finally:
            host.stop()
    return 0


def search_over_network(host, tmp_path: Path, records: int, password: str) -> None:
    from app.clinic.data_folder import database_path
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.network.station_link import HostLink, pair
    from app.records.demo_data import add_demo_records
    from app.records.records_list import RecordFilter, RecordsList, SortOrder
    from app.storage.database import close_database, open_database

    conn = open_database(database_path(host.folder))
    add_demo_records(conn, load_questionnaire(questionnaire_path()), records, force=True)
    close_database(conn)  # statistics refreshed, as the app does
    desk = pair("127.0.0.1", host.port, host.code("reception"), "Front desk")
    link = HostLink(desk)
    session = link.request("POST", "/v1/session", {"username": "rita", "password": password})
    token = session.json()["session"]
    local = RecordsList(open_database(database_path(host.folder)))

    from app.network.host_records import HostClinicRecords

    remote = HostClinicRecords(link, token)  # what the reception PC's list calls

    def over_network(text: str) -> float:
        started = time.perf_counter()
        remote.page(RecordFilter(search=text), SortOrder(), 0, 100)
        return time.perf_counter() - started

    def on_host(text: str) -> float:
        started = time.perf_counter()
        local.page(RecordFilter(search=text), SortOrder(), 0, 100)
        return time.perf_counter() - started

    for run in (over_network, on_host):  # warm both caches
        run("a")
    rounds = 5
    network = [over_network(t) for _ in range(rounds) for t in SEARCHES]
    host_side = [on_host(t) for _ in range(rounds) for t in SEARCHES]
    first_rows = [over_network("") for _ in range(9)]
    print(f"search at {records:,} records ({len(network)} searches): over the network "
          f"median {statistics.median(network) * 1000:.0f} ms, 95th percentile "
          f"{percentile(network, 0.95) * 1000:.0f} ms; on the host itself median "
          f"{statistics.median(host_side) * 1000:.0f} ms, 95th percentile "
          f"{percentile(host_side, 0.95) * 1000:.0f} ms")  # fmt: skip
    print(f"first rows over the network: median {statistics.median(first_rows) * 1000:.0f} ms, "
          f"worst {max(first_rows) * 1000:.0f} ms")  # fmt: skip
    link.close()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        kiosk_worker(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        sys.exit(0)
    sys.exit(main())
