"""A blank paper form for a patient without a tablet or a PC: printed, or saved as a PDF
(in the documents folder) to print or send, in each language the clinic offers. Staff
enter the answers later as "From a paper form" (ui/workspace/new_intake_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from app.intake.patient_languages import PatientLanguages
from app.records.paper_form import blank_form_html
from ui.form.paper_form_words import paper_words
from ui.save_location import ask_save_path
from ui.translate import tr

PathChooser = Callable[[QWidget, str], Path | None]


def ask_blank_form_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(parent, tr("Save the blank form as PDF"), suggested, "PDF (*.pdf)")


class PaperFormButton(QPushButton):
    """Signals: ``saved(path)`` once a PDF is written; ``failed(text)`` if it was not."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        languages: PatientLanguages,
        clinic: str,
        parent: QWidget | None = None,
        *,
        choose_pdf_path: PathChooser = ask_blank_form_path,
    ) -> None:
        super().__init__(tr("Blank paper form"), parent)
        self.setObjectName("blank-paper-form")
        self.setToolTip(tr("Print the questionnaire, or save it as a PDF, for a patient to "
                           "fill in on paper"))  # fmt: skip
        self._languages = languages
        self._clinic = clinic
        self._choose_pdf_path = choose_pdf_path
        menu = QMenu(self)
        for code, name in languages.names.items():
            printing = menu.addAction(tr("Print, in {0}…").format(name))
            printing.setObjectName(f"print-blank-{code}")
            printing.triggered.connect(lambda _=False, c=code: self.print_form(c))
            saving = menu.addAction(tr("Save as PDF, in {0}…").format(name))
            saving.setObjectName(f"save-blank-{code}")
            saving.triggered.connect(lambda _=False, c=code: self.save_pdf(c))
        self.setMenu(menu)

    def html(self, language: str) -> str:
        words = self._languages.words(language)
        return blank_form_html(
            words.questionnaire, words.consent, paper_words(language), self._clinic
        )

    def save_pdf(self, language: str) -> Path | None:
        from ui.printing import write_pdf  # Qt's PDF writer, when first used

        path = self._choose_pdf_path(self, f"knee-intake-paper-form-{language}.pdf")
        if path is None:
            return None
        try:
            write_pdf(self.html(language), path)
        except OSError:
            from ui.issue_messages import cannot_save_message

            self.failed.emit(cannot_save_message(path))
            return None
        self.saved.emit(path)
        return path

    def print_form(self, language: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.printing import html_document, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Knee Intake paper form")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(html_document(self.html(language)), printer)
