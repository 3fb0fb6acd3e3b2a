"""The outcomes report as a clinician opens it from the workspace: figures on screen,
filters, demo records left out unless asked, and the PDF and CSV it saves."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.intake.form_check import FormChecker
from app.outcomes import follow_up_questionnaire
from app.outcomes.follow_up_desk import store_follow_up
from app.records.demo_data import add_demo_records
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import RecordBook, TreatmentEntry
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.workspace_desk import Desk
from ui.outcomes.report_dialog import OutcomesReportDialog

FIRST = dt.date(2026, 3, 2)


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    book = RecordBook(made.conn, knee_questionnaire)
    check = FormChecker(follow_up_questionnaire())
    for first, knee, koos, later in (("Ann", "left", 2, 1), ("Bo", "right", 3, 2)):
        saved = made.factory.submit(first, "Lee", knee=(knee,), **intake_koos_raw((koos,) * 7))
        book.add_treatment(
            saved.intake_id, TreatmentEntry(FIRST, knee, "fat", 1, "Dr Okafor"),  # type: ignore[arg-type]
            "rita", propose_follow_ups(FIRST, 1, DEFAULT_INTERVALS),
        )  # fmt: skip
        store_follow_up(
            made.conn, check, saved.intake_id, follow_up_raw((later,) * 7), source="kiosk",
            by="kiosk", answered_at="2026-04-14T10:00:00+00:00",
        )  # fmt: skip
    add_demo_records(made.conn, knee_questionnaire, 60, force=True,
                     now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))  # fmt: skip
    yield made
    made.close()


def open_report(desk: Desk) -> OutcomesReportDialog:
    saved: dict[str, Path] = {}

    def choose(_parent, suggested: str, _kind: str) -> Path:
        saved[suggested] = desk.exports / suggested
        return saved[suggested]

    window = desk.open(choose_report_path=choose)
    desk.click(window, "outcomes-report")
    dialog = window.findChild(OutcomesReportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_report_shows_the_clinics_figures_and_leaves_demo_records_out(desk: Desk) -> None:
    dialog = open_report(desk)
    assert dialog.summary.text() == (
        "2 treated patients. 2 of 6 follow-ups due so far were answered (33 %)."
    )
    cells = [[dialog.table.item(r, c).text() for c in range(7)] for r in range(2)]
    assert cells[0][:3] == ["At intake", "2", "43.3 (38.7–47.9)"]  # 34.2 and 52.5
    assert cells[1] == [
        "6 weeks",
        "2",
        "60.4 (56.4–64.3)",
        "2 of 2 (100 %)",
        "2",
        "3.0 (3.0–3.0)",
        "2 of 2 (100 %)",
    ]  # fmt: skip  pain 5 at intake, 3 at 6 weeks
    assert dialog.chart.data is not None
    assert desk.rows("SELECT action FROM audit ORDER BY id DESC LIMIT 1") == [("outcomes-report",)]

    desk.qtbot.mouseClick(dialog.include_demo, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.patients > 2
    dialog.include_demo.setChecked(False)
    dialog.knee.setCurrentIndex(dialog.knee.findData("right"))
    assert dialog.summary.text().startswith("1 treated patients")


def test_the_report_saves_as_csv_and_as_a_pdf_with_its_chart(desk: Desk) -> None:
    dialog = open_report(desk)
    desk.click(dialog, "report-csv")
    [csv_path] = desk.exports.glob("outcomes-*.csv")
    with csv_path.open(encoding="utf-8-sig") as saved:
        rows = list(csv.reader(saved))
    assert rows[0][:3] == ["time_point", "koos_jr_n", "koos_jr_median"]
    assert rows[2][:6] == ["6 weeks", "2", "60.375", "56.42", "64.329", "2"]
    assert csv_path.stat().st_mode & 0o077 == 0
    desk.click(dialog, "report-pdf")
    [pdf] = desk.exports.glob("outcomes-*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed; .ci/run installs it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Outcomes report" in text and "6 weeks" in text and "Riverside Knee Clinic" in text
    assert "/Subtype /Image" in pdf.read_bytes().decode("latin-1")  # the chart is on the page
