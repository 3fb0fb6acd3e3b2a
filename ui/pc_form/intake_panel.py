"""The form with its notice strip, and what happens when the person presses Submit."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.clinic.educational_content import ShownArticle
from app.intake.answers import RawAnswer, ValidationIssue
from app.intake.consent import ConsentText, SignedConsent
from app.intake.form_check import FormChecker
from app.intake.patient_languages import PatientLanguages
from app.intake.submit import IntakeService
from app.storage.errors import StorageError
from ui.form.questionnaire_form import QuestionnaireForm
from ui.issue_messages import cannot_open_message, not_saved_message
from ui.language_choice import LanguageChoice
from ui.patient_copy import JOB_NAME, PatientCopy, copy_of
from ui.pc_form.notice_banner import NoticeBanner
from ui.translations import use_patient_language

if TYPE_CHECKING:
    from ui.pc_form.consent_dialog import ConsentDialog

log = logging.getLogger(__name__)

COPY_OFFERED_MS = 60_000  # the thank-you and its "Print a copy" stay this long


class IntakePanel(QWidget):
    """Submits through :class:`IntakeService`; on any failure the answers stay on screen.

    Signals: ``intakeSaved(int)`` with the new intake's id.
    """

    intakeSaved = Signal(int)
    cleared = Signal()  # for the next person: nobody was there (ui/pc_form/form_privacy.py)
    answersChanged = Signal()  # whichever form is showing (it is rebuilt in a new language)
    languageChanged = Signal(str)

    def __init__(
        self,
        service: IntakeService,
        form: QuestionnaireForm,
        banner: NoticeBanner,
        consent: ConsentText,
        parent: QWidget | None = None,
        *,
        languages: PatientLanguages | None = None,
        article_shown: Callable[[], ShownArticle | None] = lambda: None,
    ) -> None:
        """``article_shown``: what the patient has beside the form now, whose versions
        the consent keeps."""
        super().__init__(parent)
        self.setObjectName("intake-panel")
        self._service = service
        self._article_shown = article_shown
        self.clinic_name = ""  # on the patient's copy; set once the clinic is known
        self._consent = consent
        self._languages = languages
        self.pc_language = form.questionnaire.language
        self.language = self.pc_language
        self.consent_dialog: ConsentDialog | None = None
        self._problems_shown = False  # the banner counts answers marked in red
        self._problems_counted = 0
        self.form = form
        self.banner = banner
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.language_choice: LanguageChoice | None = None
        if languages is not None and len(languages.names) > 1:
            self.language_choice = LanguageChoice(languages.names, self.language)
            self.language_choice.chosen.connect(self.use_language)
            layout.addWidget(self.language_choice)
        layout.addWidget(banner)
        layout.addWidget(form, 1)
        self._attach(form)

    def _attach(self, form: QuestionnaireForm) -> None:
        form.submitRequested.connect(self.submit)
        form.answersChanged.connect(self.answersChanged)
        form.answersChanged.connect(self._follow_fixes)

    def use_language(self, language: str) -> None:
        """The form, its messages and the consent in ``language`` at once, with every
        answer given so far kept (they are codes); the article follows
        (``languageChanged``). Staff screens keep the PC's language."""
        if self._languages is None or language == self.language:
            return
        words = self._languages.words(language)
        answers = self.form.raw_answers()
        flagged = self.form.questions_with_messages()
        at = self.form.top_question() if self.form.verticalScrollBar().value() else None
        use_patient_language(None if language == self.pc_language else language)
        checker = FormChecker(words.questionnaire)
        fresh = QuestionnaireForm(words.questionnaire, checker)
        self._layout.replaceWidget(self.form, fresh)
        self.form.setParent(None)
        self.form.deleteLater()
        self.form = fresh
        self._attach(fresh)
        fresh.set_raw_answers(answers)
        # The same messages, now in the new language, and the same place in the form.
        if flagged:
            issues = checker.check_form(answers).issues
            fresh.show_issues({k: v for k, v in issues.items() if k in flagged}, focus=False)
        if self._problems_shown:
            self._say_how_many(len(fresh.questions_with_messages()))
        if at is not None and self.isVisible():
            fresh.show()
            fresh.scroll_to_question(at)
        self._consent = words.consent
        self.language = language
        if self.language_choice is not None:
            self.language_choice.set_current(language)
        self.languageChanged.emit(language)

    def submit(self) -> None:
        """Check the answers; when they are complete, ask for the consent, which
        sends them (the same consent, version and storage as the kiosk's)."""
        check = self._service.checker.check_form(self.form.raw_answers())
        if not check.ok:
            self._show_issues(check.issues)
            return
        self._problems_shown = False
        self.banner.hide()
        from ui.pc_form.consent_dialog import ConsentDialog  # when first asked: a quicker start

        self.consent_dialog = ConsentDialog(self._consent, self._send, parent=self)
        self.consent_dialog.open()

    def _send(self, consent: SignedConsent) -> str | None:
        """Store the answers with the consent; None, or why not (shown in the dialog)."""
        article = self._article_shown()
        if article is not None:
            consent = replace(
                consent, article_version=article.version, results_version=article.results_version
            )
        raw = self.form.raw_answers()
        try:
            result = self._service.submit(raw, consent)
        except StorageError as exc:
            # The problem kind only: SQLite's message could quote an answer.
            log.warning("intake not saved: %s", exc.problem.value)
            return not_saved_message(exc.problem, exc.path)
        if result.saved is None:
            QTimer.singleShot(0, lambda: self._show_issues(result.issues))
            return None  # the dialog closes; the answers to fix are shown
        self._saved(result.saved.intake_id, self._copy_of(raw, consent))
        return None

    def _copy_of(self, raw: Mapping[str, RawAnswer], consent: SignedConsent) -> PatientCopy:
        """The patient's own copy, in their language (issue 26)."""
        return copy_of(self._service.checker, self.form.questionnaire, self._consent, raw,
                       consent, self.clinic_name)  # fmt: skip

    def _offer_copy(self, copy: PatientCopy) -> None:
        """ "Print a copy of your answers" beside the thank-you, while it shows: gone
        with it, and at once when the next person starts (ui/pc_form/form_privacy.py)."""
        self.banner.offer(self.tr("Print a copy of my answers"),
                          lambda: self.print_copy(copy), for_ms=COPY_OFFERED_MS)  # fmt: skip
        self.answersChanged.connect(self.banner.hide, Qt.ConnectionType.SingleShotConnection)

    def print_copy(self, copy: PatientCopy) -> None:
        """Through the print dialog (the print queue shows no name: the job's is fixed)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.printing import html_document, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(JOB_NAME)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        print_document(html_document(copy.html, copy.images()), printer)

    def _show_issues(self, issues: Mapping[str, ValidationIssue]) -> None:
        self.form.show_issues(issues)
        self._say_how_many(len(issues))

    def _say_how_many(self, count: int) -> None:
        text = (
            self.tr("Please check the answer marked in red below.")
            if count == 1
            else self.tr("Please check the {count} answers marked in red below.").format(
                count=count
            )
        )
        self.banner.show_notice("problem", text)
        self._problems_shown = True
        self._problems_counted = count

    def _follow_fixes(self) -> None:
        """The banner counts the answers still marked, and goes once none is, the form
        scrolled by its height so the answers stay where they were on the screen."""
        if not self._problems_shown or self.banner.isHidden():
            self._problems_shown = False
            return
        left = len(self.form.questions_with_messages())
        if left:
            if left != self._problems_counted:  # not on every key: a screen reader
                self._say_how_many(left)  # reads the banner out each time it changes
            return
        self._problems_shown = False
        height = self.banner.height() + self._layout.spacing()
        bar = self.form.verticalScrollBar()
        value = bar.value()
        self.banner.hide()
        self._layout.activate()
        bar.setValue(max(0, value - height))

    def _saved(self, intake_id: int, copy: PatientCopy | None = None) -> None:
        self.form.clear()
        self._problems_shown = False
        self.banner.show_notice(
            "success",
            self.tr(
                "Thank you. Your answers have been saved. "
                "Please let the reception team know you have finished."
            ),
        )  # in the patient's language; the next person starts in the PC's
        if copy is not None:
            self._offer_copy(copy)
        self.use_language(self.pc_language)
        self.intakeSaved.emit(intake_id)

    def clear_for_next_person(self, message: str) -> None:
        """Everything the last person entered goes, with the consent if it was open
        (and the copy of their answers on offer)."""
        if self.consent_dialog is not None:
            self.consent_dialog.reject()
            self.consent_dialog = None
        self.form.clear()
        self.form.show_issues({})
        self.use_language(self.pc_language)
        self._problems_shown = False
        self.banner.show_notice("success", message)
        self.cleared.emit()

    def report_storage_problem(self, error: StorageError) -> None:
        """A problem found before anyone pressed Submit (for example at start-up)."""
        log.warning("database unavailable: %s", error.problem.value)
        self._problems_shown = False
        self.banner.show_notice("problem", cannot_open_message(error.problem, error.path))
