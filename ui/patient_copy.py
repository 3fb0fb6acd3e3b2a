"""The patient's own copy at the end of an intake (issue 26), made from what they sent
(on a station the records are on the main PC): their answers and the consent they
signed, in their language (app/records/patient_copy.py), and how it is printed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QImage

from app.intake.answers import RawAnswer
from app.intake.consent import ConsentText, SignedConsent, Stroke
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire

JOB_NAME = "Knee Intake copy"  # a print queue shows a job's name to anyone: never a name


@dataclass(frozen=True)
class PatientCopy:
    html: str
    strokes: tuple[Stroke, ...]  # a drawn signature, drawn again on the copy

    def images(self) -> dict[str, QImage]:
        from app.records.patient_copy import COPY_SIGNATURE
        from ui.printing import signature_image

        return {COPY_SIGNATURE: signature_image(self.strokes)} if self.strokes else {}


def copy_of(
    checker: FormChecker,
    questionnaire: Questionnaire,
    consent_text: ConsentText,
    raw: Mapping[str, RawAnswer],
    consent: SignedConsent,
    clinic: str,
) -> PatientCopy:
    """``questionnaire`` and ``consent_text`` in the patient's language."""
    from app.clinic.resource_paths import resources_dir
    from app.records.patient_copy import SignedAs, load_copy_words, patient_copy_html

    answers = checker.check_form(raw).answers
    signed = SignedAs(consent.signed_at, consent.typed_name, consent.article_version,
                      consent.results_version)  # fmt: skip
    words = load_copy_words(resources_dir() / "patient_copy", consent.language)
    html = patient_copy_html(answers, consent.signed_at, questionnaire, consent_text, signed,
                             words, clinic)  # fmt: skip
    return PatientCopy(html, consent.strokes)


def default_printer_ready() -> bool:
    """A printer the system calls its default (a tablet usually has none)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return not QPrinterInfo.defaultPrinter().isNull()


def print_to_default(copy: PatientCopy) -> None:
    """Straight to the default printer: a kiosk shows no system dialog."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import html_document, print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(JOB_NAME)
    print_document(html_document(copy.html, copy.images()), printer)
