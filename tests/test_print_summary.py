"""The record's summary printed through the print dialog staff use, to a real print queue:
CUPS with its PDF printer (Debian's cups and printer-driver-cups-pdf, which .ci/run
installs), and the printed PDF read back.

CUPS turns the job into PostScript and cups-pdf back into PDF with Ghostscript, which
keeps the look but not the text's encoding (pdftotext reads symbols), so the printed
page is read back the way a person would read it: rendered (poppler's pdftoppm) and
read by Tesseract OCR (Debian's tesseract-ocr, with its English data)."""

from __future__ import annotations

import os
import pwd
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from tests.print_queue import first_page_read, printed_pdf
from tests.workspace_desk import Desk


def test_the_summary_prints_through_the_dialog_to_a_real_queue(
    qtbot, styled_qapp, knee_questionnaire, tmp_path: Path, pdf_printer: str, monkeypatch
) -> None:
    monkeypatch.setenv("PRINTER", pdf_printer)  # CUPS's default queue for this process
    out = Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"  # where cups-pdf writes (its conf)
    started = time.time() - 1
    desk = Desk(qtbot, knee_questionnaire, tmp_path)
    try:
        saved = desk.factory.submit("Maria", "Lopez", knee=("left",))
        view = desk.open().open_record(saved.intake_id)
        chosen: list[str] = []

        def press_print() -> None:  # what staff do in the dialog: check the printer, Print
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QPrintDialog)
            chosen.append(dialog.printer().printerName())
            dialog.accept()

        QTimer.singleShot(300, press_print)
        desk.click(view, "print-summary")
        assert chosen == [pdf_printer]
        pdf = printed_pdf(out, started)
        text = first_page_read(pdf, tmp_path)
        assert "Maria Lopez" in text and "Intake summary" in text
        assert "Lopez" not in pdf.name  # the job's name shows in the queue: not the patient's
        assert desk.rows("SELECT action FROM audit ORDER BY id DESC LIMIT 1") == [("print",)]
        pdf.unlink()
    finally:
        desk.close()
