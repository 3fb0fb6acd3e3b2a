"""One question on screen: its text (with a required marker), the input, and its message."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.intake.answers import RawAnswer
from app.intake.questionnaire import Item

REQUIRED_MARK = "*"
ISSUE_STRIPE_ROOM = 14


class AnswerInput(Protocol):
    """What the form needs from any input widget (see ui.form.text_inputs)."""

    edited: SignalInstance
    committed: SignalInstance

    def raw_value(self) -> RawAnswer: ...
    def clear_value(self) -> None: ...
    def focus_input(self) -> None: ...


class QuestionRow(QFrame):
    """A question's label, its input and the message beside it; knows nothing of others."""

    def __init__(self, item: Item, answer_input: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.input: AnswerInput = answer_input  # type: ignore[assignment]
        self._input_widget = answer_input
        self.setObjectName(f"{item.link_id}:row")
        self.setProperty("questionRow", True)
        layout = QVBoxLayout(self)
        # Room on the left for the red stripe of a row in error, so nothing jumps.
        layout.setContentsMargins(ISSUE_STRIPE_ROOM, 4, 0, 4)
        layout.setSpacing(6)
        # Plain text: a rich-text label lays itself out with a QTextDocument, which made
        # start-up measurably slower across fifty questions.
        label_text = f"{item.text} {REQUIRED_MARK}" if item.required else item.text
        self.label = QLabel(label_text, self)
        self.label.setObjectName(f"{item.link_id}:label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setProperty("question", True)
        self.label.setBuddy(answer_input)
        # The message label is made when there is first something to say.
        self.message: QLabel | None = None
        self._layout = layout
        layout.addWidget(self.label)
        layout.addWidget(answer_input)
        if item.required:
            answer_input.setAccessibleDescription(self.tr("Required"))

    @property
    def input_widget(self) -> QWidget:
        return self._input_widget

    def show_message(self, text: str | None, *, keep_place: bool = False) -> None:
        """Show ``text`` above the input (None hides it), and mark the row as in error.
        ``keep_place``: a message that goes keeps its space, so an answer fixed as it is
        typed does not move the page under the person's hand (until the next check)."""
        has_issue = bool(text)
        if self.message is None:
            if not has_issue:
                return
            self.message = QLabel(self)
            self.message.setObjectName(f"{self.item.link_id}:message")
            self.message.setProperty("issue", True)
            self.message.setWordWrap(True)
            self.message.setAccessibleName(self.item.text)
            self._layout.insertWidget(1, self.message)
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_place and not has_issue and self.message.isVisible())
        self.message.setSizePolicy(policy)
        self.message.setText("\N{WARNING SIGN}  " + text if text else "")
        self.message.setVisible(has_issue)
        if self.property("hasIssue") != has_issue:
            self.setProperty("hasIssue", has_issue)
            self.style().unpolish(self)
            self.style().polish(self)
        description = [self.tr("Required")] if self.item.required else []
        if text:
            description.append(text)
        self._input_widget.setAccessibleDescription(". ".join(description))

    def message_text(self) -> str:
        if self.message is None or self.message.isHidden():
            return ""
        return self.message.text().removeprefix("\N{WARNING SIGN}  ")
