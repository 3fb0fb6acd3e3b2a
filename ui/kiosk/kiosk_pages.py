"""The kiosk's pages, each a plain widget with big targets; the window wires them up.

welcome → article → one page per questionnaire section → review → consent →
thank you, plus "Are you still there?" and the staff's way out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.intake.consent import ConsentText
from ui.dialog_parts import issue_label
from ui.patient_copy import PatientCopy
from ui.plain_text import plain_label
from ui.translate import tr
from ui.translations import translated_in

PAGE_MARGIN = 48


def button(text: str, name: str, *, primary: bool = False, quiet: bool = False) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setProperty("primary", primary)
    made.setProperty("quiet", quiet)
    made.setCursor(Qt.CursorShape.PointingHandCursor)
    return made


def label(text: str, *, kind: str = "", wrap: bool = True) -> QLabel:
    made = plain_label(text)  # rich text only where the page builds it (the review)
    made.setWordWrap(wrap)
    if kind:
        made.setProperty(kind, True)
    return made


def kinetic(area: QAbstractScrollArea) -> None:
    """A finger drags the page, with momentum, as on a phone. Touch only: a mouse
    gesture would hold back every press to see if it becomes a drag, and buttons
    inside would miss quick taps. Set up when the area is first shown: the kiosk's
    start-up waits only for the welcome page, which has none."""
    _KineticOnShow(area)


class _KineticOnShow(QObject):
    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._area.removeEventFilter(self)
            viewport = self._area.viewport()
            QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
        return False


def column(parent: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(PAGE_MARGIN, 36, PAGE_MARGIN, 32)
    layout.setSpacing(24)
    return layout


def bottom_bar(*widgets: QWidget | None) -> QHBoxLayout:
    """Back on the left, the way on at the right; None is a stretch."""
    bar = QHBoxLayout()
    bar.setSpacing(24)
    for widget in widgets:
        if widget is None:
            bar.addStretch(1)
        else:
            bar.addWidget(widget)
    return bar


class HoldToOpen(QLabel):
    """A label that, held for a few seconds, asks for staff: the kiosk's way out.

    Discreet on purpose (docs/KIOSK.md): a patient tapping it sees nothing happen.
    """

    held = Signal()

    def __init__(self, text: str, hold_ms: int) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # the clinic's name, as typed
        self.setText(text)
        self.setObjectName("kiosk-corner")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()


class WelcomePage(QWidget):
    languageChosen = Signal(str)

    def __init__(self, clinic: str, languages: dict[str, str], hold_ms: int) -> None:
        super().__init__()
        self.setObjectName("kiosk-welcome")
        layout = column(self)
        self.corner = HoldToOpen(clinic or tr("Knee Intake"), hold_ms)
        self.corner.setProperty("hint", True)
        layout.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        # The full width, centred inside it: a wrapping label aligned in its layout is
        # given a guessed width, and "Le damos la bienvenida" was cut to two half lines.
        title = label(tr("Welcome"), kind="kioskTitle")
        title.setObjectName("welcome-title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.lead = label("", kind="kioskLead")
        self.lead.setObjectName("welcome-lead")
        self.lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_time_taken(None)
        layout.addWidget(self.lead)
        layout.addSpacing(24)
        # In every language offered: the patient may not read the one the screen is in.
        here = tr("Touch your language to start")  # (the literal keeps it in the catalogue)
        hints = dict.fromkeys(
            [here, *(translated_in(code, "Touch your language to start") for code in languages)]
        )  # fmt: skip
        choose = label("  ·  ".join(hints), kind="hint")
        choose.setObjectName("choose-language")
        choose.setWordWrap(True)
        choose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(choose)
        row = QHBoxLayout()
        row.addStretch(1)
        for code, name in languages.items():
            start = button(name, f"start-{code}", primary=True)
            start.setMinimumWidth(320)
            start.clicked.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            row.addWidget(start)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)

    def show_time_taken(self, minutes: int | None) -> None:
        """How long this clinic's patients take (app/intake/timing.py); until enough were
        timed, no figure at all rather than a guess."""
        if minutes is None:
            time_taken = ""
        elif minutes == 1:
            time_taken = tr("Most people finish in about a minute.")
        else:
            # The number never ends a line without its unit (a no-break space).
            time_taken = (
                tr("Most people finish in about {0} minutes.")
                .format(minutes)
                .replace(f"{minutes} ", f"{minutes}\u00a0")
            )
        self.lead.setText(
            " ".join(
                part for part in (
                    tr("Please tell us about your knee before your visit."),
                    time_taken,
                    tr("Your answers go to the clinic's staff only."),
                ) if part
            )
        )  # fmt: skip


class ArticlePage(QWidget):
    def __init__(self, article: QWidget) -> None:
        super().__init__()
        self.setObjectName("kiosk-article")
        layout = column(self)
        layout.addWidget(label(tr("About the treatment"), kind="kioskTitle"))
        layout.addWidget(article, 1)
        self.back = button(tr("Back"), "article-back", quiet=True)
        self.next = button(tr("Go on to the questions"), "article-next", primary=True)
        layout.addLayout(bottom_bar(self.back, None, self.next))


class QuestionsPage(QWidget):
    """The form, one section at a time, with a progress bar and Back / Next."""

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setObjectName("kiosk-questions")
        layout = column(self)
        self.step = label("", kind="hint")
        self.step.setObjectName("kiosk-step")
        self.progress = QProgressBar()
        self.progress.setObjectName("kiosk-progress")
        self.progress.setTextVisible(False)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addWidget(form, 1)
        self.issue = issue_label("kiosk-section-issue")
        layout.addWidget(self.issue)
        self.back = button(tr("Back"), "questions-back", quiet=True)
        self.next = button(tr("Next"), "questions-next", primary=True)
        layout.addLayout(bottom_bar(self.back, None, self.next))

    def show_step(self, number: int, count: int, title: str) -> None:
        self.step.setText(tr("Step {0} of {1}: {2}").format(number, count, title))
        self.progress.setRange(0, count)
        self.progress.setValue(number)


class ReviewPage(QWidget):
    changeSection = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk-review")
        layout = column(self)
        layout.addWidget(label(tr("Please check your answers"), kind="kioskTitle"))
        layout.addWidget(label(tr("Touch “Change” to go back to a part."), kind="hint"))
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        kinetic(self.area)
        layout.addWidget(self.area, 1)
        self.back = button(tr("Back"), "review-back", quiet=True)
        self.next = button(tr("My answers are right"), "review-next", primary=True)
        layout.addLayout(bottom_bar(self.back, None, self.next))
        self._answers: list[QLabel] = []

    def show_sections(self, sections: list[tuple[str, str]]) -> None:
        """(title, answers as HTML) for each section. The widgets are made once and
        their words replaced for each patient: making them anew cost a slow tablet
        most of a page turn (docs/PERFORMANCE.md)."""
        if len(self._answers) != len(sections):
            self._build([title for title, _html in sections])
        for answers, (_title, html) in zip(self._answers, sections, strict=True):
            answers.setText(html or tr("(nothing answered)"))

    def _build(self, titles: list[str]) -> None:
        inner = QWidget()
        inner.setObjectName("kiosk-review-sections")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setSpacing(16)
        self._answers = []
        for index, title in enumerate(titles):
            head = QHBoxLayout()
            head.addWidget(label(title, kind="subsectionTitle"), 1)
            change = button(tr("Change"), f"review-change-{index}", quiet=True)
            change.clicked.connect(lambda _=False, n=index: self.changeSection.emit(n))
            head.addWidget(change)
            inner_layout.addLayout(head)
            answers = QLabel()
            answers.setObjectName(f"review-answers-{index}")
            answers.setWordWrap(True)
            answers.setTextFormat(Qt.TextFormat.RichText)
            inner_layout.addWidget(answers)
            self._answers.append(answers)
        inner_layout.addStretch(1)
        self.area.setWidget(inner)

    def clear(self) -> None:
        """The last patient's answers go: every answer's words, not only the page."""
        for answers in self._answers:
            answers.clear()
        self.area.verticalScrollBar().setValue(0)


class ConsentPage(QWidget):
    """The consent text beside the signature on a landscape tablet, above it in
    portrait, so neither needs scrolling away from the other."""

    def __init__(self, consent: ConsentText) -> None:
        super().__init__()
        self.setObjectName("kiosk-consent")
        layout = column(self)
        layout.addWidget(label(consent.title, kind="kioskTitle"))
        text = QWidget()
        text.setObjectName("consent-text")
        text_layout = QVBoxLayout(text)
        text_layout.setContentsMargins(0, 0, 12, 0)
        text_layout.setSpacing(14)
        for paragraph in consent.paragraphs:
            text_layout.addWidget(label(paragraph))
        text_layout.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(text)
        area.setMinimumHeight(80)  # not the finger-sized scroll bar's: the page must fit
        kinetic(area)
        signing = QWidget()
        sign_layout = QVBoxLayout(signing)
        sign_layout.setContentsMargins(0, 0, 0, 0)
        sign_layout.setSpacing(16)
        self.agree = QCheckBox(tr("I have read this and I agree"))
        self.agree.setObjectName("consent-agree")
        sign_layout.addWidget(self.agree)
        sign_row = QHBoxLayout()
        sign_row.addWidget(label(tr("Sign in the box with your finger:"), kind="hint"), 1)
        self.clear_signature = button(tr("Clear"), "signature-clear", quiet=True)
        sign_row.addWidget(self.clear_signature)
        sign_layout.addLayout(sign_row)
        from ui.signature_pad import SignaturePad  # made after the kiosk's first frame

        self.pad = SignaturePad()
        sign_layout.addWidget(self.pad)
        self.issue = issue_label("consent-issue")
        sign_layout.addWidget(self.issue)
        sign_layout.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(32)
        self.body.addWidget(area, 1)
        self.body.addWidget(signing, 1)
        layout.addLayout(self.body, 1)
        self.back = button(tr("Back"), "consent-back", quiet=True)
        self.send = button(tr("Sign and send"), "consent-send", primary=True)
        layout.addLayout(bottom_bar(self.back, None, self.send))
        self.clear_signature.clicked.connect(self.pad.clear)

    def resizeEvent(self, event: QResizeEvent) -> None:
        landscape = self.width() > self.height() * 1.2
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        # Side by side, half each; one above the other, the text takes what signing
        # leaves, so it needs less scrolling.
        self.body.setStretch(1, 1 if landscape else 0)
        super().resizeEvent(event)

    def clear(self) -> None:
        self.pad.clear()
        self.agree.setChecked(False)
        self.issue.hide()


class ThankYouPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk-thank-you")
        layout = column(self)
        layout.addStretch(2)
        for text, kind in (
            (tr("Thank you"), "kioskTitle"),
            (tr("Your answers have been sent to the clinic."), "kioskLead"),
            (tr("Please give the tablet back at the reception desk."), "kioskLead"),
        ):
            line = label(text, kind=kind)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(line)
        # Their own copy (issue 26): printed here where the tablet has a printer, else
        # reception prints it from the record.
        self.ask_for_copy = label(
            tr("If you would like a printed copy of your answers, ask there."), kind="kioskLead"
        )
        self.ask_for_copy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.ask_for_copy)
        self.print_copy = button(tr("Print a copy of my answers"), "thank-you-print-copy")
        self.done = button(tr("Done"), "thank-you-done", primary=True)
        layout.addSpacing(24)
        layout.addWidget(self.print_copy, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self.copy: PatientCopy | None = None
        self.offer_copy(None)

    def offer_copy(self, copy: PatientCopy | None) -> None:
        """The last patient's copy, or None: nothing to print (no printer, or gone)."""
        self.copy = copy
        self.print_copy.setVisible(copy is not None)
        self.print_copy.setEnabled(True)
        self.ask_for_copy.setVisible(copy is None)

    def printed(self) -> None:
        self.print_copy.setEnabled(False)  # once: the next patient's turn comes


class StillTherePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("still-there")
        layout = column(self)
        layout.addStretch(2)
        title = label(tr("Are you still there?"), kind="kioskTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        lead = label(
            tr("To keep your answers private, they will be cleared when the count "
               "reaches zero."), kind="kioskLead",
        )  # fmt: skip
        lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(lead)
        self.count = label("", kind="countdown")
        self.count.setObjectName("still-there-count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count)
        self.here = button(tr("Yes, I am still here"), "still-here", primary=True)
        layout.addWidget(self.here, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)


class StaffExitPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk-staff-exit")
        layout = column(self)
        layout.addWidget(label(tr("Staff only"), kind="kioskTitle"))
        layout.addWidget(label(tr("Sign in to leave the patient screen."), kind="hint"))
        self.username = QLineEdit()
        self.username.setObjectName("exit-username")
        self.username.setPlaceholderText(tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("exit-password")
        self.password.setPlaceholderText(tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password):
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
            )
            layout.addWidget(edit)
        self.issue = issue_label("exit-issue")
        layout.addWidget(self.issue)
        layout.addStretch(1)
        self.back = button(tr("Back"), "exit-back", quiet=True)
        self.unlock = button(tr("Sign in"), "exit-unlock", primary=True)
        layout.addLayout(bottom_bar(self.back, None, self.unlock))

    def clear(self) -> None:
        self.username.setText("")
        self.password.setText("")
        self.issue.hide()
