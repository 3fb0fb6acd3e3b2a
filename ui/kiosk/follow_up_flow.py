"""The kiosk handed to one patient for a follow-up (docs/OUTCOMES.md): looked for only
on the welcome page; the patient greeted by first name, shown only that follow-up's
questions, a section a page, then thanked; forgotten when they walk away or say it is
not them. The pages are built the first time a follow-up comes.

A part of KioskWindow (ui/kiosk/kiosk_window.py), which it is mixed into: it uses the
window's pages, its _show() and its thank-you timer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer

from app.clinic.resource_paths import questionnaire_path
from app.intake.form_check import FormChecker
from app.intake.kiosk_services import FollowUpDesk
from app.intake.questionnaire_translation import in_language
from app.outcomes import follow_up_questionnaire
from app.outcomes.kiosk_handover import Handover
from app.storage.errors import StorageError, translate_errors
from ui.issue_messages import storage_message
from ui.kiosk.follow_up_pages import FollowUpGreetingPage, follow_up_questions_page
from ui.kiosk.kiosk_pages import QuestionsPage, kinetic
from ui.translate import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from app.intake.patient_languages import PatientLanguages
    from ui.form.questionnaire_form import QuestionnaireForm
    from ui.kiosk.kiosk_pages import ThankYouPage, WelcomePage


class KioskScreens(Protocol):
    """What the follow-up flow uses of the kiosk it is mixed into (KioskWindow, in
    ui/kiosk/kiosk_window.py, which this module never imports: no circle), and the
    flow's own. The kiosk is a QWidget: the flow's pages and timer are its children."""

    pages: QStackedWidget
    welcome: WelcomePage
    thank_you: ThankYouPage
    language: str
    timings: Any  # KioskTimings: its handover_ms
    _offered: dict[str, str]
    _patient_languages: PatientLanguages | None
    _back_to_welcome: QTimer
    # The flow's own, set in _init_follow_ups:
    _follow_ups: FollowUpDesk | None
    handover: Handover | None
    follow_up_form: QuestionnaireForm | None
    greeting: FollowUpGreetingPage | None
    follow_up: QuestionsPage | None
    _follow_up_built_in: str | None
    _follow_up_section: int
    _look_for_handover: QTimer

    def _show(self, page: QWidget, position: int | None = None) -> None: ...

    def use_language(self, language: str) -> None: ...


log = logging.getLogger(__name__)


class FollowUpFlow:
    def _init_follow_ups(self: KioskScreens, follow_ups: FollowUpDesk | None) -> None:
        self._follow_ups = follow_ups
        self.handover: Handover | None = None
        self.follow_up_form: QuestionnaireForm | None = None
        self.greeting: FollowUpGreetingPage | None = None
        self.follow_up: QuestionsPage | None = None
        self._follow_up_built_in: str | None = None
        self._follow_up_section = 0
        self._look_for_handover = QTimer(self)
        self._look_for_handover.setInterval(self.timings.handover_ms)
        self._look_for_handover.timeout.connect(self.check_for_handover)
        if follow_ups is not None:
            self._look_for_handover.start()

    def check_for_handover(self: KioskScreens) -> None:
        """On the welcome page only: a follow-up staff handed to this kiosk."""
        if self._follow_ups is None or self.pages.currentWidget() is not self.welcome:
            return
        try:
            with translate_errors("follow-ups"):
                handover = self._follow_ups.take_waiting()
        except StorageError:
            log.warning("could not look for a follow-up handed to this kiosk")
            return
        if handover is not None:
            self._greet(handover)

    def _follow_up_pages(
        self: KioskScreens,
    ) -> tuple[FollowUpGreetingPage, QuestionnaireForm, QuestionsPage]:
        if self._follow_up_built_in != self.language:
            self._drop_follow_up_pages()
        if self.greeting is None or self.follow_up_form is None or self.follow_up is None:
            questionnaire = follow_up_questionnaire()
            if self._patient_languages is not None:  # in the patient's words
                questionnaire = in_language(
                    questionnaire, questionnaire_path("knee-follow-up"), self.language
                )
            self._follow_up_built_in = self.language
            from ui.form.questionnaire_form import QuestionnaireForm  # at the first follow-up

            self.follow_up_form = QuestionnaireForm(
                questionnaire, FormChecker(questionnaire), touch=True
            )
            self.follow_up_form.set_paged()
            kinetic(self.follow_up_form)
            self.greeting = FollowUpGreetingPage(self._offered, self.language)
            self.greeting.languageChosen.connect(self._follow_up_in)
            self.follow_up = follow_up_questions_page(self.follow_up_form)
            self.pages.addWidget(self.greeting)
            self.pages.addWidget(self.follow_up)
            self.greeting.start.clicked.connect(lambda: self.go_to_follow_up_section(0))
            self.greeting.not_me.clicked.connect(self._not_me)
            self.follow_up.back.clicked.connect(self._follow_up_back)
            self.follow_up.next.clicked.connect(self._follow_up_next)
        return self.greeting, self.follow_up_form, self.follow_up

    def _drop_follow_up_pages(self: KioskScreens) -> None:
        for page in (self.greeting, self.follow_up):
            if page is not None:
                self.pages.removeWidget(page)
                page.setParent(None)
                page.deleteLater()
        self.greeting = self.follow_up = self.follow_up_form = None

    def _follow_up_in(self: KioskScreens, language: str) -> None:
        """The patient chose a language on the greeting: every page in it, at once."""
        handover = self.handover
        self.use_language(language)
        if handover is not None:
            self._greet(handover)

    def _greet(self: KioskScreens, handover: Handover) -> None:
        greeting, form, _ = self._follow_up_pages()
        self.handover = handover
        form.clear()
        form.show_issues({})
        greeting.greet(handover.first_name)
        self._show(greeting)

    def go_to_follow_up_section(self: KioskScreens, index: int) -> None:
        _, form, page = self._follow_up_pages()
        self._follow_up_section = index
        form.show_section(index)
        count = form.section_count
        page.show_step(index + 1, count, form.section_title(index))
        page.next.setText(tr("Next") if index + 1 < count else tr("Send my answers"))
        page.issue.hide()
        self._show(page)

    def _follow_up_back(self: KioskScreens) -> None:
        if self._follow_up_section == 0:
            assert self.greeting is not None
            self._show(self.greeting)
        else:
            self.go_to_follow_up_section(self._follow_up_section - 1)

    def _follow_up_next(self: KioskScreens) -> None:
        _, form, page = self._follow_up_pages()
        if not form.check_section(self._follow_up_section):
            page.issue.setText(tr("Please look at the questions marked in red."))
            page.issue.show()
            return
        if self._follow_up_section + 1 < form.section_count:
            self.go_to_follow_up_section(self._follow_up_section + 1)
        else:
            self.send_follow_up()

    def send_follow_up(self: KioskScreens) -> None:
        _, form, page = self._follow_up_pages()
        if self._follow_ups is None or self.handover is None:
            return
        try:
            result = self._follow_ups.submit(
                self.handover, form.raw_answers(), language=self.language
            )
        except StorageError as exc:
            page.issue.setText(storage_message(exc.problem, exc.path))  # nothing is lost
            page.issue.show()
            return
        if result.issues:
            first = next(iter(result.issues))
            self.go_to_follow_up_section(form.section_of(first))
            form.show_issues(result.issues)
            return
        self.handover = None
        self._clear_follow_up()
        self._show(self.thank_you)
        self._back_to_welcome.start()

    def _not_me(self: KioskScreens) -> None:
        self._end_handover("cancelled")
        self._show(self.welcome)

    def _end_handover(self: KioskScreens, state: str) -> None:
        """The patient walked away or was not the one: the kiosk forgets them."""
        handover, self.handover = self.handover, None
        self._clear_follow_up()
        if handover is not None and self._follow_ups is not None:
            try:
                with translate_errors("follow-ups"):
                    self._follow_ups.end(handover, state)
            except StorageError:
                log.warning("could not end a handover")

    def _clear_follow_up(self: KioskScreens) -> None:
        if self.follow_up_form is not None:
            self.follow_up_form.clear()
            self.follow_up_form.show_issues({})
        if self.greeting is not None:
            self.greeting.clear()
        self._follow_up_section = 0
