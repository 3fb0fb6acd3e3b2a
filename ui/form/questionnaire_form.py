"""Renders any questionnaire into a scrollable form: one widget per item type.

The form holds no rules of its own: ``FormChecker`` (app/) checks answers and decides
which conditional questions show. The form only shows what it is told.

Only the first section is made with the form: it is all that a first frame shows (on a
PC it fills the screen; on the kiosk the form waits behind the welcome page). The other
sections are made after the window's first frame, one per turn of the event loop, so
start-up waits for none of them and a touch is answered in between; anything that reads
or changes every answer makes the rest at once first (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.intake.answers import DateParts, OpenChoice, RawAnswer, ValidationIssue
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Item, Questionnaire
from ui.first_frame import after_first_frame
from ui.form.choice_buttons import ChoiceButtons, OpenChoiceButtons, ScaleButtons, YesNoButtons
from ui.form.date_answer import DateAnswer
from ui.form.keypad_date_answer import KeypadDateAnswer
from ui.form.keypad_phone_answer import KeypadPhoneAnswer
from ui.form.question_row import QuestionRow
from ui.form.text_inputs import LineAnswer, TextAnswer
from ui.issue_messages import issue_message

SCALE_MAX_STEPS = 11
# On a PC the column takes the room there is, up to this width: set by the room, not by
# the widest question, so it does not change as the later sections are made (see the
# module's docstring), and a line stays comfortable to read.
FORM_MAX_WIDTH = 760
TOUCH_MAX_WIDTH = 1600
# A touch form at least this wide (a landscape tablet) lists choices in two columns
# wherever their words fit; narrower (portrait), one per row.
TWO_COLUMNS_FROM_PX = 960


def make_input(
    item: Item, parent: QWidget, *, touch: bool = False, compact: bool = False
) -> QWidget:
    """The input widget for one question item; ``touch`` lists choices one per row,
    each the width of the form (the kiosk: large type, a finger, a narrow portrait);
    ``compact`` wraps them, each as wide as its words (a clinician's record)."""
    columns = 1 if touch else None
    match item.type:
        case "text":
            return TextAnswer(item, parent)
        case "date" if touch:
            return KeypadDateAnswer(item, parent)
        case "string" if touch and item.answer_format == "phone":
            return KeypadPhoneAnswer(item, parent)
        case "date":
            return DateAnswer(item, parent)
        case "boolean":
            return YesNoButtons(item, parent)
        case "choice":
            # An ordered scale reads left to right on a PC; on the kiosk, top to bottom.
            return ChoiceButtons(
                item, parent=parent, columns=columns, ordered=item.horizontal and not touch,
                flow=compact,
            )  # fmt: skip
        case "open-choice":
            return OpenChoiceButtons(item, parent, columns=columns)
        case "integer" if _is_small_scale(item):
            return ScaleButtons(item, parent)
    return LineAnswer(item, parent)


def _is_small_scale(item: Item) -> bool:
    return (
        item.item_control in ("slider", "radio-button")
        and item.min_value is not None
        and item.max_value is not None
        and 0 < item.max_value - item.min_value + 1 <= SCALE_MAX_STEPS
    )


def tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class QuestionnaireForm(QScrollArea):
    """The whole questionnaire, grouped by section, with a Submit button at the end.

    Signals: ``submitRequested`` when Submit is pressed; ``answersChanged`` whenever an
    answer changes (for autosave and idle timers later).
    """

    submitRequested = Signal()
    answersChanged = Signal()

    def __init__(
        self,
        questionnaire: Questionnaire,
        checker: FormChecker,
        parent: QWidget | None = None,
        *,
        touch: bool = False,
        made_at_once: int = 1,
    ) -> None:
        """``made_at_once``: how many sections are made now, the rest after the first
        frame; the kiosk makes none, as its form waits behind the welcome page."""
        super().__init__(parent)
        self.setObjectName("questionnaire-form")
        # Not a Tab stop itself: Tab goes from answer to answer (each scrolled into view).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._touch = touch
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._questionnaire = questionnaire
        self.questionnaire = questionnaire  # in the words it is shown in
        self._checker = checker
        self._rows: dict[str, QuestionRow] = {}
        self._blocks: dict[str, QWidget] = {}  # every item's outermost widget
        self._condition_sources = {
            condition.question for item in questionnaire.walk() for condition in item.enable_when
        }
        self._conditional = [item.link_id for item in questionnaire.walk() if item.enable_when]

        outer = QWidget(self)
        outer.setObjectName("form-page")
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        # A readable line length on a wide screen: the column stops growing at this width.
        page = QWidget(outer)
        # On a PC a readable line; on the kiosk the whole width (choices in two columns).
        page.setMaximumWidth(FORM_MAX_WIDTH if not touch else TOUCH_MAX_WIDTH)
        page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer_layout.addWidget(page, 1)
        outer_layout.addStretch(0)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(20)
        self._title = QLabel(questionnaire.title, page)
        self._title.setProperty("formTitle", True)
        self._title.setWordWrap(True)
        layout.addWidget(self._title)
        legend = QLabel(self.tr("Questions marked * need an answer."), page)
        legend.setProperty("hint", True)
        layout.addWidget(legend)
        self.submit_button = QPushButton(self.tr("Submit my answers"), page)
        self.submit_button.setObjectName("submit")
        self.submit_button.setProperty("primary", True)
        self.submit_button.setAutoDefault(True)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._sections_page = page
        self._sections_layout = layout
        self._sections_made = 0
        self._shown_section: int | None = None  # paged (the kiosk): the one on screen
        self._make_sections_through(made_at_once - 1)
        # The rest, a section per turn of the event loop once the window is drawn.
        self._maker = QTimer(self)
        self._maker.setSingleShot(True)
        self._maker.setInterval(0)
        self._maker.timeout.connect(self._make_next_section)
        self._waiting_for_frame = False
        # Put into the scroll area at first show, not now: setWidget() polishes every
        # widget, and each move of the form into its window would polish them all again
        # (about 35 ms a time for this questionnaire; see docs/PERFORMANCE.md).
        self._page = outer
        self.submit_button.clicked.connect(self.submitRequested)
        self.refresh_visibility()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._touch and getattr(self, "_page", None) is not None:
            self._fit_choices(self.viewport().width())

    def _fit_choices(self, width: int) -> None:
        """Two columns of choices on a landscape tablet, where each label fits half the
        row; one per row in portrait; ordered scales always one per row; a number
        scale (0–10) always on one row."""
        # The page is never wider than TOUCH_MAX_WIDTH, however wide the screen: found
        # by pseudo-localisation (tests/test_pseudo_localisation.py), which on a
        # 1920-px screen gave two columns to labels that then did not fit them.
        width = min(width, TOUCH_MAX_WIDTH)
        half = (width - 120) // 2  # the page's margins and the question's indent
        for choices in self._page.findChildren(ChoiceButtons):
            if isinstance(choices, ScaleButtons):
                continue  # 0 to 10 in one row, its ends' words beneath: never a grid
            fits = choices.widest_label() + 100 <= half  # bold and ticked when chosen
            wide = width >= TWO_COLUMNS_FROM_PX and fits and not choices.ordered_scale
            choices.set_columns(2 if wide else 1)

    def showEvent(self, event: QShowEvent) -> None:
        if self.widget() is None:
            self.setWidget(self._page)
        super().showEvent(event)
        if not self._waiting_for_frame and not self.fully_made():
            self._waiting_for_frame = True
            after_first_frame(self.window(), self.make_rest_when_idle, owner=self)

    # -- building ---------------------------------------------------------------------

    def fully_made(self) -> bool:
        return self._sections_made == len(self._questionnaire.items)

    def make_rest_when_idle(self) -> None:
        """Make the sections not made yet, one per turn of the event loop."""
        if not self.fully_made():
            self._maker.start()

    def _make_next_section(self) -> None:
        self._make_sections_through(self._sections_made)
        if not self.fully_made():
            self._maker.start()

    def _make_all(self) -> None:
        self._make_sections_through(len(self._questionnaire.items) - 1)

    def _make_sections_through(self, index: int) -> None:
        sections = self._questionnaire.items
        if self._sections_made > index:
            return
        while self._sections_made <= min(index, len(sections) - 1):
            number = self._sections_made
            block = self._build(sections[number], self._sections_page, level=0)
            at = self._sections_layout.indexOf(self.submit_button)
            self._sections_layout.insertWidget(at, block)
            # Shown now, not at the layout's next turn: a form already on screen answers
            # for it at once (is_shown, focus).
            block.setVisible(self._shown_section in (None, number))
            self._sections_made += 1
            # Tab reaches Submit after the last answer, whenever a section is made.
            stops = [w for w in block.findChildren(QWidget) if tab_stop(w)]
            if stops:
                QWidget.setTabOrder(stops[-1], self.submit_button)
        self.refresh_visibility()
        if self._touch and self.widget() is not None:
            self._fit_choices(self.viewport().width())
        if self.widget() is not None:
            self._settle_layout()

    def _settle_layout(self) -> None:
        """The form's layout as it will be, now, not at the event loop's next turns: the
        page grows to hold the section just made before anything is drawn. Left to the
        loop, a frame could be drawn in between with the questions above squeezed into
        the old height (seen in a screenshot taken while the sections were coming)."""
        self._sections_layout.activate()
        outer_layout = self._page.layout()
        if outer_layout is not None:
            outer_layout.activate()
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))  # the scroll area

    def _build(self, item: Item, parent: QWidget, level: int) -> QWidget:
        if item.type == "group":
            block = self._build_group(item, parent, level)
        elif item.type == "display":
            block = QLabel(item.text, parent)
            block.setWordWrap(True)
            block.setProperty("hint", True)
            block.setObjectName(f"{item.link_id}:display")
        else:
            answer_input = make_input(item, parent, touch=self._touch)
            row = QuestionRow(item, answer_input, parent)
            self._rows[item.link_id] = row
            answer_input.edited.connect(lambda link_id=item.link_id: self._on_edited(link_id))  # type: ignore[attr-defined]
            answer_input.committed.connect(  # type: ignore[attr-defined]
                lambda link_id=item.link_id: self._on_committed(link_id)
            )
            block = row
        self._blocks[item.link_id] = block
        return block

    def _build_group(self, item: Item, parent: QWidget, level: int) -> QWidget:
        frame = QFrame(parent)
        frame.setObjectName(f"{item.link_id}:group")
        frame.setProperty("section" if level == 0 else "subsection", True)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(*(0, 8, 0, 8) if level == 0 else (20, 16, 20, 16))
        layout.setSpacing(14)
        if item.text:
            heading = QLabel(item.text, frame)
            heading.setProperty("sectionTitle" if level == 0 else "subsectionTitle", True)
            heading.setWordWrap(True)
            heading.setAccessibleName(item.text)
            layout.addWidget(heading)
        for child in item.items:
            layout.addWidget(self._build(child, frame, level + 1))
        return frame

    # -- answers ----------------------------------------------------------------------

    def row(self, link_id: str) -> QuestionRow:
        self._make_all()
        return self._rows[link_id]

    def raw_answers(self) -> dict[str, RawAnswer]:
        """What is on screen now, exactly as entered, for every question."""
        self._make_all()
        return {link_id: row.input.raw_value() for link_id, row in self._rows.items()}

    def has_answers(self) -> bool:
        """Whether anything at all has been entered (so closing would lose it)."""
        return any(
            self._checker.check_item(link_id, raw).values or _typed(raw)
            for link_id, raw in self.raw_answers().items()
        )

    def set_raw_answers(self, answers: Mapping[str, RawAnswer]) -> None:
        """Put back answers as they were typed (a kiosk draft after a crash)."""
        if any(link_id not in self._rows and not _blank(raw) for link_id, raw in answers.items()):
            self._make_all()  # (blank answers need no section made: a new one is blank)
        for link_id, raw in answers.items():
            row = self._rows.get(link_id)
            if row is not None:
                row.input.set_raw_value(raw)
        self.refresh_visibility()

    # -- one section at a time (the kiosk) ---------------------------------------------

    def set_paged(self) -> None:
        """One section at a time, without the form's own title or Submit button."""
        self._title.hide()
        self.submit_button.hide()

    @property
    def section_count(self) -> int:
        return len(self._questionnaire.items)

    def section_title(self, index: int) -> str:
        return self._questionnaire.items[index].text

    def show_section(self, index: int) -> None:
        self._make_sections_through(index)
        self._shown_section = index
        for number, section in enumerate(self._questionnaire.items[: self._sections_made]):
            self._blocks[section.link_id].setVisible(number == index)
        self.verticalScrollBar().setValue(0)

    def section_of(self, link_id: str) -> int:
        for number, section in enumerate(self._questionnaire.items):
            if any(item.link_id == link_id for item in section.walk()):
                return number
        raise KeyError(link_id)

    def check_section(self, index: int) -> bool:
        """Show the issues of one section beside its questions; True if it has none."""
        section = self._questionnaire.items[index]
        in_section = {item.link_id for item in section.walk()}
        issues = {
            link_id: issue
            for link_id, issue in self._checker.check_form(self.raw_answers()).issues.items()
            if link_id in in_section
        }
        self.show_issues(issues)
        return not issues

    def clear(self) -> None:
        """Empty every answer and message: ready for the next person."""
        for row in self._rows.values():
            row.input.clear_value()
            row.show_message(None)
        self.refresh_visibility()
        self.verticalScrollBar().setValue(0)

    def show_issues(self, issues: Mapping[str, ValidationIssue], *, focus: bool = True) -> None:
        """Show each issue beside its question, clear the rest, focus the first one
        (unless not ``focus``)."""
        if issues:  # (none: the questions not made yet have nothing to clear)
            self._make_all()
        for link_id, row in self._rows.items():
            issue = issues.get(link_id)
            row.show_message(issue_message(issue) if issue else None)
        first = next((link_id for link_id in self._rows if link_id in issues), None)
        if first is not None and focus:
            self.focus_question(first)

    def questions_with_messages(self) -> list[str]:
        return [link_id for link_id, row in self._rows.items() if row.message_text()]

    def top_question(self) -> str | None:
        """The question at the top of the view (the form in another language comes
        back to it)."""
        top = self.verticalScrollBar().value()
        for link_id, row in self._rows.items():
            if (
                row.isVisibleTo(self._page)
                and row.mapTo(self._page, QPoint(0, 0)).y() + (row.height()) > top
            ):
                return link_id
        return None

    def scroll_to_question(self, link_id: str) -> None:
        """``link_id``'s question at the top of the view, as ``top_question`` found it."""
        self._make_all()
        self._settle_layout()
        row = self._rows.get(link_id)
        if row is not None:
            self.verticalScrollBar().setValue(row.mapTo(self._page, QPoint(0, 0)).y())

    def focus_question(self, link_id: str) -> None:
        row = self.row(link_id)
        self.ensureWidgetVisible(row, 0, 48)
        row.input.focus_input()

    def issue_text(self, link_id: str) -> str:
        return self.row(link_id).message_text()

    def is_shown(self, link_id: str) -> bool:
        """Whether the item is shown (as opposed to hidden by its enableWhen)."""
        self._make_all()
        block = self._blocks[link_id]
        return not block.isHidden() and all(
            not ancestor.isHidden() for ancestor in _ancestors(block, self._page)
        )

    # -- reacting to the person --------------------------------------------------------

    def _on_edited(self, link_id: str) -> None:
        row = self._rows[link_id]
        if row.message_text():
            # Once a message shows, it follows the typing so it goes away when fixed.
            self._show_check(link_id)
        if link_id in self._condition_sources:
            self.refresh_visibility()
        self.answersChanged.emit()

    def _on_committed(self, link_id: str) -> None:
        # "Please answer" waits for Submit: nobody should be told off for tabbing past.
        result = self._checker.check_item(link_id, self._rows[link_id].input.raw_value())
        if result.issue is not None and result.issue.code != "required":
            self._rows[link_id].show_message(issue_message(result.issue))

    def _show_check(self, link_id: str) -> None:
        result = self._checker.check_item(link_id, self._rows[link_id].input.raw_value())
        self._rows[link_id].show_message(
            issue_message(result.issue) if result.issue else None, keep_place=True
        )

    def refresh_visibility(self) -> None:
        """Show exactly the items whose enableWhen holds for the answers on screen."""
        if not self._conditional:
            return
        # Questions not made yet are unanswered, and their blocks are made hidden or not
        # by the next call, at their making.
        sources = {
            link_id: self._rows[link_id].input.raw_value()
            for link_id in self._condition_sources
            if link_id in self._rows
        }
        enabled = self._checker.enabled(sources)
        for link_id in self._conditional:
            if link_id in self._blocks:
                self._blocks[link_id].setHidden(link_id not in enabled)


def _blank(raw: RawAnswer) -> bool:
    """What a question just made holds."""
    if isinstance(raw, bool):
        return False
    if isinstance(raw, OpenChoice):
        return not raw.codes and not raw.other.strip()
    if isinstance(raw, tuple):
        return not raw
    return not _typed(raw)


def _typed(raw: RawAnswer) -> bool:
    # Text that does not parse (a half-typed phone number) is still the person's work.
    if isinstance(raw, str):
        return bool(raw.strip())
    if isinstance(raw, DateParts):
        return not raw.is_blank()
    return False


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found
