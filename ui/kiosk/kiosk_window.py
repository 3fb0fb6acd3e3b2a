"""The patients' tablet: full screen, no way out without staff, nothing left behind.

The flow is welcome → article → the questionnaire one section per page → review →
consent with a signature → thank you, which returns to welcome by itself. Answers are
saved as a draft every few seconds and on every page change, so a crash or a restart
brings the patient back to where they were, unless the idle time has passed.
Nobody touching the screen for the idle time brings "Are you still there?"; when its
count runs out, the form, the signature and the draft are cleared.

Staff may hand the kiosk to one patient for a follow-up (docs/OUTCOMES.md): while the
welcome page shows, the kiosk looks for such a handover, greets the patient by first name
and shows only that follow-up's questions; walking away clears them like an intake.

Leaving takes a staff sign-in, reached by holding the clinic's name on the welcome page
for three seconds or with Ctrl+Alt+Shift+X (docs/KIOSK.md). Escape, closing the window
and the task-switching keys the app can see do nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.clinic.educational_content import ShownArticle
from app.clinic.resource_paths import resources_dir
from app.intake.consent import ConsentText, SignedConsent, is_a_signature
from app.intake.form_check import FormChecker
from app.intake.kiosk_draft import DraftStore
from app.intake.kiosk_services import FollowUpDesk, IntakeSubmitter, StaffDoor
from app.intake.patient_languages import PatientLanguages
from app.intake.questionnaire import Questionnaire
from app.intake.timing import seconds_between
from app.staff.accounts import STAFF_DATA, SignInOutcome, Staff
from app.staff.audit_log import KIOSK_ACTOR
from app.storage.errors import StorageError, translate_errors
from app.system.clock import utc_now
from ui.first_frame import after_first_frame
from ui.idle_watcher import IdleWatcher
from ui.issue_messages import storage_message
from ui.kiosk.follow_up_flow import FollowUpFlow
from ui.kiosk.kiosk_pages import (
    ArticlePage,
    ConsentPage,
    QuestionsPage,
    ReviewPage,
    StaffExitPage,
    StillTherePage,
    ThankYouPage,
    WelcomePage,
    kinetic,
    tr,
)
from ui.patient_copy import copy_of, default_printer_ready, print_to_default
from ui.translations import use_patient_language

log = logging.getLogger(__name__)

# What one language's set of pages is made of (KioskWindow._make_pages).
PAGE_ATTRIBUTES = (
    "_questionnaire", "_checker", "_consent", "form", "article_view", "welcome", "article",
    "questions", "review", "consent", "thank_you", "still_there", "staff_exit",
)  # fmt: skip
# The pages the welcome page leads to: at start-up made just after the kiosk is drawn.
LATER_PAGES = frozenset(
    {"form", "article_view", "article", "questions", "review", "consent", "thank_you",
     "still_there", "staff_exit"}
)  # fmt: skip

KIOSK_POINT_SIZE = 18
EXIT_SHORTCUT = "Ctrl+Alt+Shift+X"
# Where a draft puts the patient back: the article, a section (10 + its index), the
# review or the consent.
ARTICLE, FIRST_SECTION, REVIEW, CONSENT = 0, 10, 90, 91


@functools.cache
def blocked_with_alt() -> frozenset[int]:
    """Alt+Esc, Alt+Tab, Alt+F4: asked at the first key press, as making Qt's Key
    enumeration (some 500 members) costs the kiosk's start-up several ms."""
    return frozenset(
        int(key) for key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_F4, Qt.Key.Key_Meta)
    )


@dataclass(frozen=True)
class KioskTimings:
    """How long things wait; tests pass milliseconds."""

    idle_ms: int = 120_000
    countdown_s: int = 30
    tick_ms: int = 1000
    draft_ms: int = 5000
    thank_you_ms: int = 20_000
    hold_ms: int = 3000
    handover_ms: int = 3000  # how often the welcome page looks for a follow-up handed over


class KioskWindow(FollowUpFlow, QWidget):
    """Signals: ``exited(staff)`` once a staff member has signed in to leave."""

    exited = Signal(object)

    def __init__(
        self,
        questionnaire: Questionnaire,
        checker: FormChecker,
        service: IntakeSubmitter,
        accounts: StaffDoor,
        drafts: DraftStore,
        consent: ConsentText,
        article: Callable[[str], ShownArticle],
        *,
        languages: dict[str, str] | None = None,
        patient_languages: PatientLanguages | None = None,
        follow_ups: FollowUpDesk | None = None,
        timings: KioskTimings | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        typical_minutes: Callable[[], int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``typical_minutes``: how long this clinic's patients take, measured
        (app/intake/timing.py), asked each time the welcome page comes back."""
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(tr("Knee Intake"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        font = QFont(self.font())
        font.setPointSize(KIOSK_POINT_SIZE)
        self.setFont(font)
        self.setStyleSheet((resources_dir() / "style" / "kiosk.qss").read_text(encoding="utf-8"))
        self._service = service
        self._accounts = accounts
        self._drafts = drafts
        self._clock = clock
        self._typical_minutes = typical_minutes
        self._started: dt.datetime | None = None  # when this patient chose a language
        self.timings = timings or KioskTimings()
        self._patient_languages = patient_languages
        self._offered = languages or {"en": "English"}
        self._clinic_name = accounts.clinic_name()
        self.pc_language = questionnaire.language
        self.language = questionnaire.language  # the patient's: their screens are in it
        self._unlocked = False
        self._section = 0
        self._dirty = False
        self._return_to: QWidget | None = None
        self._article_for = article
        self.pages = QStackedWidget()
        # In the kiosk before any page is added: a page polished outside it (under the
        # app's style sheet alone) would be polished again inside it, under the kiosk's.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # Each language's pages, made the first time a patient chooses it and kept: a
        # later patient switches at once, and memory stays that of one set a language.
        self._page_sets: dict[str, dict[str, object]] = {}
        self._make_pages(questionnaire, checker, consent, all_now=False)

        self.idle = IdleWatcher(self.timings.idle_ms, self)
        self.idle.idle.connect(self._ask_if_still_there)
        self._countdown = QTimer(self)
        self._countdown.setInterval(self.timings.tick_ms)
        self._countdown.timeout.connect(self._tick)
        self._seconds_left = 0
        self._autosave = QTimer(self)
        self._autosave.setInterval(self.timings.draft_ms)
        self._autosave.timeout.connect(self._save_draft_if_changed)
        self._autosave.start()
        self._back_to_welcome = QTimer(self)
        self._back_to_welcome.setSingleShot(True)
        self._back_to_welcome.setInterval(self.timings.thank_you_ms)
        self._back_to_welcome.timeout.connect(self.reset)
        self._follows_screen = False
        self._followed: QScreen | None = None
        self._init_follow_ups(follow_ups)
        QShortcut(QKeySequence(EXIT_SHORTCUT), self, self.ask_for_staff)
        # The keys that could leave the kiosk are caught by a filter on the application,
        # put in once the kiosk is drawn: before that no key can reach it, and a filter
        # there would run Python for each of the start-up's thousands of events.
        after_first_frame(
            self,
            self._guard_keys,
            at_the_latest_ms=2000,  # drawn or not, the guard is in
        )
        self._connect_welcome()

    def _make_pages(
        self,
        questionnaire: Questionnaire,
        checker: FormChecker,
        consent: ConsentText,
        *,
        all_now: bool = True,
    ) -> None:
        """The form and every page, in the language now installed (ui/translations.py)
        and ``questionnaire``'s words; without ``all_now``, the pages after the welcome
        page are made once the kiosk is drawn, or when first asked for (__getattr__)."""
        self._questionnaire = questionnaire  # in the patient's words: the form, the review
        self._checker = checker
        self._consent = consent
        self.welcome = WelcomePage(self._clinic_name, self._offered, self.timings.hold_ms)
        self.pages.addWidget(self.welcome)
        self._later_pending = True
        if all_now:
            self._make_later_pages()
        else:
            after_first_frame(self, self._make_later_pages)

    def _make_later_pages(self) -> None:
        if not self._later_pending:
            return
        self._later_pending = False
        # Imported here: the welcome page shows neither the article nor the form.
        from ui.content_view import ContentView
        from ui.form.questionnaire_form import QuestionnaireForm

        self.form = QuestionnaireForm(
            self._questionnaire, self._checker, touch=True, made_at_once=0
        )
        self.form.set_paged()
        kinetic(self.form)
        self.form.make_rest_when_idle()  # its sections, a turn of the event loop each
        self.article_view = ContentView("")
        kinetic(self.article_view)
        self.article = ArticlePage(self.article_view)
        self.questions = QuestionsPage(self.form)
        self.review = ReviewPage()
        self.consent = ConsentPage(self._consent)
        self.thank_you = ThankYouPage()
        self.still_there = StillTherePage()
        self.staff_exit = StaffExitPage()
        for page in (
            self.article, self.questions, self.review, self.consent,
            self.thank_you, self.still_there, self.staff_exit,
        ):  # fmt: skip
            self.pages.addWidget(page)
        self._connect_later_pages()
        self._page_sets[self._questionnaire.language] = {
            name: getattr(self, name) for name in PAGE_ATTRIBUTES
        }

    def __getattr__(self, name: str) -> object:
        # Only for a page not made yet (see _make_pages): all of them are made now.
        if name in LATER_PAGES and self.__dict__.get("_later_pending"):
            self._make_later_pages()
            return self.__dict__[name]
        raise AttributeError(name)

    def use_language(self, language: str) -> None:
        """Everything the patient sees, in ``language``, at once: the buttons and
        messages, the questions and their answers' labels, the consent. The answers
        given so far stay (they are codes). Staff screens keep the PC's language."""
        if self._patient_languages is None or language == self.language:
            self.language = language
            return
        answers = self.form.raw_answers()
        section = self._section
        self._clear_answers()  # the pages left behind keep nothing of this patient
        use_patient_language(None if language == self.pc_language else language)
        built = self._page_sets.get(language)
        if built is not None:  # made for an earlier patient: shown at once
            for name, value in built.items():
                setattr(self, name, value)
        else:  # the first patient in this language waits for its pages to be made
            words = self._patient_languages.words(language)
            checker = FormChecker(words.questionnaire)
            self._make_pages(words.questionnaire, checker, words.consent)
            self._connect_welcome()
        self._return_to = None
        self._section = section
        self.form.set_raw_answers(answers)
        self.language = language

    def _connect_welcome(self) -> None:
        self.welcome.languageChosen.connect(self._start_timed)
        self.welcome.corner.held.connect(self.ask_for_staff)

    def _connect_later_pages(self) -> None:
        self.form.answersChanged.connect(self._mark_dirty)
        self.form.answersChanged.connect(self._follow_fixes)
        self.article.back.clicked.connect(self.reset)
        self.article.next.clicked.connect(lambda: self.go_to_section(0))
        self.questions.back.clicked.connect(self._section_back)
        self.questions.next.clicked.connect(self._section_next)
        self.review.back.clicked.connect(lambda: self.go_to_section(self.form.section_count - 1))
        self.review.next.clicked.connect(lambda: self._show(self.consent, CONSENT))
        self.review.changeSection.connect(self.go_to_section)
        self.consent.back.clicked.connect(self._show_review)
        self.consent.send.clicked.connect(self.send)
        self.consent.pad.changed.connect(self.consent.issue.hide)
        self.thank_you.done.clicked.connect(self.reset)
        self.thank_you.print_copy.clicked.connect(self._print_copy)
        self.still_there.here.clicked.connect(self._still_here)
        self.staff_exit.back.clicked.connect(self._leave_staff_exit)
        self.staff_exit.unlock.clicked.connect(self._try_exit)
        self.staff_exit.password.returnPressed.connect(self._try_exit)

    # --- the whole screen ---------------------------------------------------------------
    def fill_screen(self) -> None:
        """Full screen on the screen it is on, with or without a window manager (a bare X
        session ignores a full-screen request, so the size is set too), and again when
        that screen changes size or turns, or the window moves to another screen."""
        self.showFullScreen()
        handle = self.windowHandle()
        if handle is not None and not self._follows_screen:
            handle.screenChanged.connect(self._follow_screen)
            self._follows_screen = True
        self._follow_screen(self.screen())

    def _follow_screen(self, screen: QScreen | None) -> None:
        if screen is None:
            return
        if self._followed is not None and self._followed is not screen:
            self._followed.geometryChanged.disconnect(self._cover)
        if self._followed is not screen:
            screen.geometryChanged.connect(self._cover)
            self._followed = screen
        self._cover(screen.geometry())

    def _cover(self, area: QRect) -> None:
        if self._unlocked or self.geometry() == area:
            return
        self.setGeometry(area)  # which Qt takes as leaving full screen: ask again
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)

    # --- starting and restoring ---------------------------------------------------------
    def begin(self) -> None:
        """Show the welcome page, or the page a recent draft was on."""
        draft = self._drafts.restore(dt.timedelta(milliseconds=self.timings.idle_ms))
        if draft is None:
            self._show(self.welcome)  # and, with follow-ups, look for one handed over
            return
        self._started = None  # picked up again: its time is not one patient's
        if draft.language:
            self.use_language(draft.language)  # back in the language they chose
        self.form.set_raw_answers(draft.answers)
        position = draft.page
        if position == REVIEW:
            self._show_review()
        elif position == CONSENT:
            self._show(self.consent, CONSENT)
        elif position >= FIRST_SECTION:
            self.go_to_section(min(position - FIRST_SECTION, self.form.section_count - 1))
        else:
            self._start(self.language)

    def _start_timed(self, language: str) -> None:
        self._started = self._clock()  # from here to signing is this patient's time
        self._start(language)

    def _start(self, language: str) -> None:
        """``language`` chooses the article and, where it has them, the questions, the
        consent and the screens' words (app/intake/patient_languages.py)."""
        self.use_language(language)
        self.article_view.show_article(self._article_for(language))
        self._show(self.article, ARTICLE)

    # --- moving between pages -----------------------------------------------------------
    def _show(self, page: QWidget, position: int | None = None) -> None:
        if page is self.welcome:
            self._show_time_taken()
        self.pages.setCurrentWidget(page)
        if page is self.welcome or page is self.__dict__.get("thank_you"):  # (made later)
            self.idle.stop()
        else:
            self.idle.start()
        if self._follow_ups is not None:
            self._follow_ups.look(page is self.welcome)
        if position is not None:
            self._save_draft(position)

    def go_to_section(self, index: int) -> None:
        self._section = index
        self.form.show_section(index)
        count = self.form.section_count
        self.questions.show_step(index + 1, count, self.form.section_title(index))
        self.questions.next.setText(tr("Next") if index + 1 < count else tr("Check my answers"))
        self.questions.issue.hide()
        self._show(self.questions, FIRST_SECTION + index)

    def _section_back(self) -> None:
        if self._section == 0:
            self._start(self.language)  # loads the article: a restored draft skipped it
        else:
            self.go_to_section(self._section - 1)

    def _section_next(self) -> None:
        if not self.form.check_section(self._section):
            self.questions.issue.setText(tr("Please look at the questions marked in red."))
            self.questions.issue.show()
            return
        if self._section + 1 < self.form.section_count:
            self.go_to_section(self._section + 1)
        else:
            self._show_review()

    def _follow_fixes(self) -> None:
        # "Please look at the questions marked in red" goes once none is marked.
        if not self.questions.issue.isHidden() and not self.form.questions_with_messages():
            self.questions.issue.hide()

    def _show_review(self) -> None:
        from app.records.intake_report import section_answers_html  # not at start-up
        from ui.report_words import patient_review_words

        answers = self._checker.check_form(self.form.raw_answers()).answers
        words = patient_review_words()
        self.review.show_sections(
            [(section.text, section_answers_html(section, answers, words))
             for section in self._questionnaire.items]
        )  # fmt: skip
        self._show(self.review, REVIEW)

    # --- sending ------------------------------------------------------------------------
    def send(self) -> None:
        page = self.consent
        strokes = page.pad.strokes()
        if not page.agree.isChecked():
            self._consent_issue(tr("Please tick “I have read this and I agree”."))
            return
        if not is_a_signature(strokes):
            self._consent_issue(tr("Please sign in the box with your finger."))
            return
        now = self._clock()
        shown = self.article_view.shown
        signed = SignedConsent(
            self._consent.version,
            now.isoformat(timespec="seconds"),
            strokes,
            language=self._consent.language,
            article_version=shown.version if shown else "",
            results_version=shown.results_version if shown else "",
        )
        raw = self.form.raw_answers()
        try:
            result = self._service.submit(
                raw, signed, seconds_taken=seconds_between(self._started, now),
            )  # fmt: skip
        except StorageError as exc:
            # Nothing is lost: the answers, the signature and the draft all stay.
            self._consent_issue(storage_message(exc.problem, exc.path))
            return
        if result.issues:
            first = next(iter(result.issues))
            self.go_to_section(self.form.section_of(first))
            self.form.show_issues(result.issues)
            return
        self._drafts.discard()
        copy = copy_of(self._checker, self.form._questionnaire, self._consent, raw, signed,
                       self._clinic_name) if default_printer_ready() else None  # fmt: skip
        self._clear_answers()
        self._started = None
        self.thank_you.offer_copy(copy)  # kept until the thank-you page is left
        self._show(self.thank_you)
        self._back_to_welcome.start()

    def _print_copy(self) -> None:
        copy = self.thank_you.copy
        if copy is not None:
            print_to_default(copy)
            self.thank_you.printed()

    def _consent_issue(self, text: str) -> None:
        self.consent.issue.setText(text)
        self.consent.issue.show()

    # --- privacy: idle and reset --------------------------------------------------------
    def _ask_if_still_there(self) -> None:
        if self.pages.currentWidget() in (self.welcome, self.thank_you, self.still_there):
            return
        self._return_to = self.pages.currentWidget()
        self._seconds_left = self.timings.countdown_s
        self.still_there.count.setText(str(self._seconds_left))
        self.pages.setCurrentWidget(self.still_there)
        self._countdown.start()

    def _tick(self) -> None:
        self._seconds_left -= 1
        self.still_there.count.setText(str(max(0, self._seconds_left)))
        if self._seconds_left <= 0:
            self._countdown.stop()
            self._audit("kiosk-timed-out")
            self.reset()

    def _still_here(self) -> None:
        self._countdown.stop()
        self._show(self._return_to or self.welcome)

    def reset(self) -> None:
        """Everything the last person entered goes; the welcome page comes back."""
        self._countdown.stop()
        self._back_to_welcome.stop()
        try:
            self._drafts.discard()
        except Exception:
            log.warning("could not delete the kiosk draft")
        self._end_handover("timed-out")
        self._clear_answers()
        if "thank_you" in self.__dict__:  # (made later)
            self.thank_you.offer_copy(None)  # the last patient's copy goes
        self._started = None
        self.staff_exit.clear()
        self.use_language(self.pc_language)  # the next patient starts in the PC's
        self._show(self.welcome)

    def _show_time_taken(self) -> None:
        if self._typical_minutes is None:
            return
        try:
            minutes = self._typical_minutes()
        except Exception:  # a locked or missing database: the page says no figure
            log.warning("could not read how long intakes take")
            minutes = None
        self.welcome.show_time_taken(minutes)

    def _clear_answers(self) -> None:
        self.form.clear()
        self.form.show_issues({})
        self.review.clear()
        self.consent.clear()
        self._section = 0
        self._dirty = False

    # --- drafts -------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True

    def _save_draft_if_changed(self) -> None:
        if self._dirty and self.pages.currentWidget() is self.questions:
            self._save_draft(FIRST_SECTION + self._section)

    def _save_draft(self, position: int) -> None:
        try:
            self._drafts.save(self.form.raw_answers(), position, self.language)
            self._dirty = False
        except Exception:
            log.warning("could not save the kiosk draft")

    # --- the staff's way out ------------------------------------------------------------
    def ask_for_staff(self) -> None:
        if self.pages.currentWidget() is self.staff_exit:
            return
        self._return_to = self.pages.currentWidget()
        self.staff_exit.clear()
        self._show(self.staff_exit)
        self.staff_exit.username.setFocus()

    def _leave_staff_exit(self) -> None:
        self.staff_exit.clear()
        self._show(self._return_to or self.welcome)

    def _try_exit(self) -> None:
        page = self.staff_exit
        try:
            with translate_errors(STAFF_DATA):
                result = self._accounts.sign_in(page.username.text(), page.password.text())
        except StorageError as exc:
            page.issue.setText(storage_message(exc.problem, exc.path))
            page.issue.show()
            return
        page.password.setText("")
        if result.outcome is not SignInOutcome.SIGNED_IN or result.staff is None:
            self._audit("kiosk-exit-failed")
            page.issue.setText(
                tr("Too many wrong tries: ask an administrator.")
                if result.outcome is SignInOutcome.LOCKED
                else tr("That user name and password do not match.")
            )
            page.issue.show()
            return
        self.leave(result.staff)

    def leave(self, staff: Staff) -> None:
        self._audit("kiosk-exit", actor=staff.username)
        self.shut_down()
        self.exited.emit(staff)

    def shut_down(self) -> None:
        """Unlock and close (a staff member signed in, or the app is ending); a
        patient's unsent answers stay in the draft until it expires."""
        self._unlocked = True
        use_patient_language(None)  # what comes next is for staff
        if self._followed is not None:
            self._followed.geometryChanged.disconnect(self._cover)
            self._followed = None
        self._save_draft_if_changed()
        self._end_handover("cancelled")
        self._look_for_handover.stop()
        if self._follow_ups is not None:
            self._follow_ups.look(False)
        self.idle.remove()
        self._autosave.stop()
        self._countdown.stop()
        self._back_to_welcome.stop()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.close()

    def _guard_keys(self) -> None:
        # Not for a kiosk already shut down: its filter would stay on the application
        # and swallow Escape in every window after it (found by a test's kiosk that was
        # closed within its first two seconds).
        if not self._unlocked:
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def _audit(self, action: str, *, actor: str = KIOSK_ACTOR) -> None:
        try:
            self._accounts.note(actor, action)
        except Exception:
            log.warning("could not write %s to the audit trail", action)

    # --- no way out -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # swallowed: Escape leaves nothing here
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if event.key() == Qt.Key.Key_Escape:
                return True
            if alt and event.key() in blocked_with_alt():
                return True
            if event.key() == Qt.Key.Key_Meta:
                return True
        return False
