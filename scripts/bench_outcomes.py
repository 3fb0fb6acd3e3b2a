"""Outcomes at scale: 100,000 demo patients with their treatments and follow-up answers.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_outcomes.py [--count 100000]

Measures on a real database file and the real widgets (median of several runs):
the outcomes report (all treated patients, and with a filter), opening a record with
its chart drawn (the patient with the most follow-up answers), and the list filtered
by "follow-up answered", "due, not answered" and "problem reported". Goal: each under
500 ms (issue 12). The figures go in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# Throw-away data folders: their database keys in a throw-away folder, not the user's store.
os.environ.setdefault("KNEE_INTAKE_KEY_DIR", tempfile.mkdtemp(prefix="knee-bench-keys-"))


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--database", type=Path, help="an existing demo database to measure (else one is made)"
    )
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.outcomes.grouped_report import GROUP_BYS
    from app.outcomes.outcomes_report import ReportFilter
    from app.records.clinic_records import LocalClinicRecords
    from app.records.demo_data import add_demo_records
    from app.records.records_list import RecordFilter, SortOrder
    from app.storage.database import open_database
    from ui.style import apply_style
    from ui.workspace.record_view import RecordView

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    questionnaire = load_questionnaire(questionnaire_path())
    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(args.database or Path(folder) / "knee-intake.db")
        started = time.perf_counter()
        if args.database is None:
            add_demo_records(conn, questionnaire, args.count)
            # As a clinic's file is after the app closed it: the log folded in.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        made = time.perf_counter() - started
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM intake), (SELECT count(DISTINCT intake_id) FROM"
            " treatment), (SELECT count(*) FROM follow_up_response)"
        ).fetchone()
        print(f"{counts[0]:,} intakes, {counts[1]:,} treated, {counts[2]:,} follow-up answers"
              f" (made in {made:.0f} s)")  # fmt: skip
        records = LocalClinicRecords(conn, questionnaire)
        everyone = ReportFilter(include_demo=True)
        narrow = ReportFilter(
            include_demo=True, knee="left", cell_source="fat", diagnosis="osteoarthritis"
        )
        for label, report_filter in (
            ("report, all treated patients", everyone),
            ("report, left knee + fat + osteoarthritis", narrow),
        ):
            took = median_ms(lambda f=report_filter: records.outcomes_report(f), args.runs)
            print(f"{label}: {took:.0f} ms")
        for group_by in GROUP_BYS:  # issue 25: by preparation, goal 300 ms
            took = median_ms(lambda g=group_by: records.grouped_outcomes(everyone, g), args.runs)
            print(f"report grouped by {group_by}, all treated patients: {took:.0f} ms")
        # Issue 26: how the follow-ups were answered, read when the report is asked for it.
        took = median_ms(lambda: records.response_rates(everyone), args.runs)
        print(f"response rates, all treated patients: {took:.0f} ms")
        from app.follow_ups.follow_up_list import follow_up_list

        took = median_ms(lambda: follow_up_list(conn, dt.date(2026, 12, 4)), args.runs)
        print(f"today's follow-ups (2026-12-04): {took:.0f} ms")

        intake_id = conn.execute(
            "SELECT intake_id FROM follow_up_response GROUP BY intake_id"
            " ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        checker = FormChecker(questionnaire)

        def open_record() -> None:
            view = RecordView(records, questionnaire, checker, "bench", intake_id)
            view.resize(1500, 900)
            view.tabs.setCurrentWidget(view.outcomes)
            view.show()
            view.outcomes.chart.grab()  # the chart drawn
            view.close()
            view.deleteLater()
            app.processEvents()

        open_record()  # the first opening builds the follow-up questionnaire once
        print(f"open a record with its chart: {median_ms(open_record, args.runs):.0f} ms")
        for label, record_filter in (
            ("list: follow-up answered", RecordFilter(answers="answered")),
            ("list: follow-up due, not answered", RecordFilter(answers="not-answered")),
            ("list: problem reported", RecordFilter(clinical_review=True)),
        ):

            def page(f: RecordFilter = record_filter) -> object:
                return records.page(f, SortOrder(), 0, 100)

            def count(f: RecordFilter = record_filter) -> object:
                return records.count(f, up_to=10_000)

            page_ms, count_ms = median_ms(page, args.runs), median_ms(count, args.runs)
            print(f"{label}: first page {page_ms:.0f} ms, count {count_ms:.0f} ms")
        print(f"measured {dt.date.today().isoformat()} with Python {sys.version.split()[0]}")
        conn.close()


if __name__ == "__main__":
    main()
