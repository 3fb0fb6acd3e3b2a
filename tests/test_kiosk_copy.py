"""The patient's own copy at the end of a kiosk intake (issue 26): on a tablet with a
printer, one touch prints it, straight to the system's default printer (a real CUPS
queue with its PDF printer, read back by OCR as in tests/test_print_summary.py); on a
tablet without one the patient is told to ask at the desk; and the copy is gone when
the next patient's turn comes."""

from __future__ import annotations

import os
import pwd
import time
from pathlib import Path

import pytest

from tests.intake_factory import complete_raw_answers
from tests.kiosk_tablet import Tablet
from tests.print_queue import first_page_read, printed_pdf
from tests.test_time_taken import sign_and_send


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path):
    made = Tablet(qtbot, knee_questionnaire, tmp_path / "tablet")
    yield made
    made.close()


def send_one(tablet: Tablet):
    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    kiosk.form.set_raw_answers(complete_raw_answers(tablet.questionnaire)
                               | {"first-name": "Rosa", "last-name": "Quint"})  # fmt: skip
    sign_and_send(tablet, kiosk, kiosk.form.section_count)
    return kiosk


def test_a_tablet_without_a_printer_sends_the_patient_to_the_desk(
    tablet: Tablet, monkeypatch
) -> None:
    monkeypatch.setattr("ui.kiosk.kiosk_window.default_printer_ready", lambda: False)
    kiosk = send_one(tablet)
    page = kiosk.thank_you
    assert page.ask_for_copy.isVisible() and not page.print_copy.isVisible()
    assert page.ask_for_copy.text() == (
        "If you would like a printed copy of your answers, ask there."
    )
    assert page.copy is None  # nothing of theirs is kept for a printer that is not there


def test_a_tablet_with_a_printer_prints_the_copy_once_and_forgets_it(
    tablet: Tablet,
    tmp_path: Path,
    pdf_printer: str,
    monkeypatch,
) -> None:
    monkeypatch.setenv("PRINTER", pdf_printer)  # CUPS's default queue for this process
    out = Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"  # where cups-pdf writes
    started = time.time() - 1
    kiosk = send_one(tablet)
    page = kiosk.thank_you
    assert page.print_copy.isVisible() and not page.ask_for_copy.isVisible()
    tablet.tap(kiosk, "thank-you-print-copy")
    assert not page.print_copy.isEnabled()  # once
    pdf = printed_pdf(out, started)
    text = first_page_read(pdf, tmp_path)
    assert "Your answers to" in text and "Rosa" in text
    assert "Quint" not in pdf.name  # the queue shows the job's name: never the patient's
    pdf.unlink()
    tablet.tap(kiosk, "thank-you-done")
    assert kiosk.thank_you.copy is None  # the next patient's turn: it is gone


def test_a_patient_on_the_pc_form_prints_their_copy_through_the_print_dialog(
    built_app, driver, qtbot, tmp_path: Path, pdf_printer: str, monkeypatch
) -> None:
    """The PC form's "Print a copy of my answers": the print dialog a patient sees,
    its Print pressed, to a real queue, and the page read back."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    monkeypatch.setenv("PRINTER", pdf_printer)
    out = Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"
    started = time.time() - 1
    driver.fill_valid_intake(first="Rosa", last="Quint")
    driver.submit(typed_name="Rosa Quint")
    qtbot.waitUntil(lambda: driver.consent_dialog() is None)
    chosen: list[str] = []

    def press_print() -> None:  # what the patient does in the dialog: Print
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintDialog)
        chosen.append(dialog.printer().printerName())
        dialog.accept()

    QTimer.singleShot(300, press_print)
    qtbot.mouseClick(built_app.window.intake.banner.action, Qt.MouseButton.LeftButton)
    assert chosen == [pdf_printer]
    pdf = printed_pdf(out, started)
    text = first_page_read(pdf, tmp_path)
    assert "Your answers to" in text and "Rosa" in text
    assert "Quint" not in pdf.name
    pdf.unlink()
