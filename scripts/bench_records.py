"""Reception workspace speed at scale: 100,000 demo patients and intakes.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_records.py [--count 100000]

Measures, on the real widgets and a real database file (median of several runs):
first rows after opening the workspace, one search keystroke, a header sort,
CSV export of every row against `sqlite3 -csv` on the same query, and peak memory
(RSS) against the same workspace on an empty database (each in a fresh process).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["KNEE_INTAKE_KEY_DIR"] = tempfile.mkdtemp(prefix="knee-bench-keys-")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def make_database(path: Path, count: int) -> None:
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.storage.database import open_database

    conn = open_database(path)
    if count:
        add_demo_records(conn, load_questionnaire(questionnaire_path()), count)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def open_workspace(db: Path):
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST
    from PySide6.QtWidgets import QApplication

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.style import apply_style
    from ui.workspace.workspace_window import WorkspaceWindow

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    q = load_questionnaire(questionnaire_path())
    conn = open_database(db)
    accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
    staff = (
        accounts.all_staff()[0]
        if not accounts.needs_set_up()
        else accounts.set_up("Bench Clinic", "bench", "Bench", "bench password")
    )
    started = time.perf_counter()
    window = WorkspaceWindow(conn, q, FormChecker(q), staff, accounts)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    first_rows = time.perf_counter() - started
    return app, window, first_rows


def memory_child(db: str) -> None:
    """In a fresh process: open the workspace, scroll a few pages, print peak RSS in KiB."""
    app, window, _ = open_workspace(Path(db))
    for _ in range(5):
        window.table.scrollToBottom()
        app.processEvents()
    for text in ("smi", "555 01", "ann"):
        window.filters.search.setText(text)
        app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--memory-child")
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    work = Path(tempfile.mkdtemp(prefix="knee-bench-"))
    big, empty = work / "big.db", work / "empty.db"
    started = time.perf_counter()
    make_database(big, args.count)
    make_database(empty, 0)
    results: dict[str, str] = {
        "records": f"{args.count:,}",
        "build": f"{time.perf_counter() - started:.0f} s",
    }
    print(f"built {args.count:,} demo records in {results['build']}", file=sys.stderr)

    from PySide6.QtCore import Qt

    from app.records.csv_export import write_csv
    from app.records.records_list import Column

    app, window, first = open_workspace(big)
    firsts = [first]
    for _ in range(4):
        window.close()
        app, window, first = open_workspace(big)
        firsts.append(first)
    results["first rows on opening"] = ms(statistics.median(firsts))

    keystrokes = []
    for text in ("s", "sm", "smi", "smit", "m", "mü", "2", "20", "202", "202 5", "202 55",
                 "(202) 555-01", "ann", "ann@", "zoe"):  # fmt: skip
        t = time.perf_counter()
        window.filters.search.setText(text)  # what each keystroke does: re-query, repaint
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
    results["search keystroke (median / worst)"] = (
        f"{ms(statistics.median(keystrokes))} / {ms(max(keystrokes))}"
    )
    window.filters.search.setText("")
    app.processEvents()

    sorts = []
    header = window.table.horizontalHeader()
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            header.setSortIndicator(column, order)
            app.processEvents()
            sorts.append(time.perf_counter() - t)
    results["sort (median / worst of 20)"] = f"{ms(statistics.median(sorts))} / {ms(max(sorts))}"
    header.setSortIndicator(Column.SUBMITTED, Qt.SortOrder.DescendingOrder)
    app.processEvents()

    out = work / "export.csv"
    t = time.perf_counter()
    rows = window.records.export_rows(window.model.record_filter, window.model.sort_order)
    write_csv(rows, out)
    ours = time.perf_counter() - t
    from app.records import records_list

    today = window.records.today.isoformat()
    rest = window.records.from_and_order("", window.model.sort_order)
    sql = records_list._EXPORT_SELECT.replace(":today", f"'{today}'") + rest
    from plain_copy import plain_copy

    plain = work / "plain" / "big.db"  # the sqlite3 shell cannot read SQLCipher
    plain_copy(big, plain)
    t = time.perf_counter()
    with (work / "cli.csv").open("w") as sink:
        subprocess.run([shutil.which("sqlite3") or "sqlite3", "-csv", "-header", str(plain), sql],
                       stdout=sink, check=True)  # fmt: skip
    cli = time.perf_counter() - t
    results["CSV export, all rows (ours / sqlite3 -csv)"] = (
        f"{ours:.2f} s / {cli:.2f} s (ours runs at {cli / ours:.0%} of sqlite3's speed)"
    )
    window.close()

    def peak(db: Path) -> int:
        done = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(db)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return int(done.stdout.strip().splitlines()[-1])

    big_kib, empty_kib = peak(big), peak(empty)
    results["peak memory (100k / empty database)"] = (
        f"{big_kib / 1024:.0f} MiB / {empty_kib / 1024:.0f} MiB ({big_kib / empty_kib:.2f}×)"
    )
    print(json.dumps(results, indent=1, ensure_ascii=False))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
