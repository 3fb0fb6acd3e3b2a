"""What encryption at rest costs (issue 13), and how long a backup of 100,000 patients
takes to write and verify.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_encryption.py [--count 100000]

The same operations on the same records, with the key and without: the plain copy is
made from the encrypted one with sqlcipher_export, and both are opened through the same
driver (sqlcipher3, one SQLite build), so encryption is the only difference. Each
figure is a median; the two variants are measured in alternating rounds, so a busy
moment on the machine falls on both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["KNEE_INTAKE_KEY_DIR"] = tempfile.mkdtemp(prefix="knee-bench-keys-")

SEARCHES = ("s", "sm", "smi", "smit", "m", "mü", "2", "20", "202", "202 5", "202 55",
            "(202) 555-01", "ann", "ann@", "zoe")  # fmt: skip
ROUNDS = 4
SUBMITS_PER_ROUND = 15


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def build(data: Path, count: int) -> Path:
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.storage.database import open_database

    path = data / "knee-intake.db"
    conn = open_database(path)
    add_demo_records(conn, load_questionnaire(questionnaire_path()), count)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def plain_opener(path: Path):
    """The database as the app opened it before encryption: same pragmas, no key."""
    from app.encryption.encrypted_file import keyed_connection
    from app.storage.database import PAGE_CACHE_KIB
    from app.storage.row_keys import register_audit_hash

    conn = keyed_connection(str(path), None, timeout=5.0)
    register_audit_hash(conn)
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # the same cache as the app's
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def measure(path: Path, opener, round_number: int) -> dict[str, list[float]]:
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.intake.submit import IntakeService
    from app.records.records_list import Column
    from app.staff.accounts import StaffAccounts
    from tests.intake_factory import complete_raw_answers
    from ui.workspace.workspace_window import WorkspaceWindow

    app = QApplication.instance() or QApplication([])
    q = load_questionnaire(questionnaire_path())
    found: dict[str, list[float]] = {"submit": [], "first rows": [], "search": [], "sort": []}
    service = IntakeService(q, path, FormChecker(q), opener=opener)
    service.open()
    for n in range(SUBMITS_PER_ROUND):
        raw = complete_raw_answers(q)
        raw.update({"first-name": "Bench", "last-name": f"Submit{round_number}x{n}"})
        t = time.perf_counter()
        result = service.submit(raw)
        found["submit"].append(time.perf_counter() - t)
        assert result.saved is not None, result.issues
    service.close()
    conn = opener(path)
    accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
    staff = (accounts.all_staff()[0] if not accounts.needs_set_up()
             else accounts.set_up("Bench Clinic", "bench", "Bench", "bench password"))  # fmt: skip
    for _ in range(3):
        t = time.perf_counter()
        window = WorkspaceWindow(conn, q, FormChecker(q), staff, accounts)
        window.resize(1920, 1080)
        window.show()
        app.processEvents()
        found["first rows"].append(time.perf_counter() - t)
        window.close()
        window.deleteLater()  # gone before the next: windows left over slow the next open
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = WorkspaceWindow(conn, q, FormChecker(q), staff, accounts)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    for text in SEARCHES:
        t = time.perf_counter()
        window.filters.search.setText(text)
        app.processEvents()
        found["search"].append(time.perf_counter() - t)
    window.filters.search.setText("")
    header = window.table.horizontalHeader()
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            header.setSortIndicator(column, order)
            app.processEvents()
            found["sort"].append(time.perf_counter() - t)
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    conn.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui.style import apply_style

    apply_style(QApplication.instance() or QApplication([]))  # type: ignore[arg-type]
    work = Path(tempfile.mkdtemp(prefix="knee-bench-encryption-"))
    t = time.perf_counter()
    encrypted = build(work / "data", args.count)
    print(f"built {args.count:,} records in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    from plain_copy import plain_copy

    plain = work / "plain" / "knee-intake.db"
    plain_copy(encrypted, plain)

    from app.storage.database import open_database

    variants = {"off": (plain, plain_opener), "on": (encrypted, open_database)}
    totals: dict[str, dict[str, list[float]]] = {v: {} for v in variants}
    for round_number in range(ROUNDS):
        order = list(variants.items())
        if round_number % 2:  # each variant goes first in turn
            order.reverse()
        for name, (path, opener) in order:
            for what, times in measure(path, opener, round_number).items():
                totals[name].setdefault(what, []).extend(times)
    results: dict[str, str] = {"records": f"{args.count:,}"}
    labels = {
        "submit": "submit one intake (median)",
        "first rows": "workspace first rows on opening (median)",
        "search": "search keystroke (median)",
        "sort": "header sort (median)",
    }
    for what, label in labels.items():
        off = statistics.median(totals["off"][what])
        on = statistics.median(totals["on"][what])
        results[label] = f"off {ms(off)} / on {ms(on)} ({on / off - 1:+.0%})"
    worst = {v: max(totals[v]["search"]) for v in variants}
    results["search keystroke (worst)"] = f"off {ms(worst['off'])} / on {ms(worst['on'])}"

    from app.backups.backup_run import back_up_clinic

    conn = open_database(encrypted)
    folder = work / "backups"
    folder.mkdir()
    times = []
    for _ in range(3):
        t = time.perf_counter()
        contents = back_up_clinic(conn, work / "data", dt.datetime.now(dt.UTC), folder=folder)
        times.append(time.perf_counter() - t)
    conn.close()
    size = contents.file.stat().st_size / 1e6
    results["backup + verify (median of 3)"] = (
        f"{statistics.median(times):.1f} s for {size:.0f} MB ({contents.patients:,} patients)"
    )
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
