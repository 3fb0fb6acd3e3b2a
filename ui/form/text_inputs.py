"""Inputs typed with a keyboard: one line, several lines, a number.

Each is the Qt widget itself, named by the item's linkId, so a test (or a screen
reader) finds it by the question it answers. All inputs share one small interface:
signals ``edited`` (the value changed) and ``committed`` (the person left the field or
made a choice), and ``raw_value()``, ``clear_value()`` and ``focus_input()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.intake.answers import RawAnswer
from app.intake.questionnaire import Item


class LineAnswer(QLineEdit):
    """A one-line answer (string, integer and decimal items).

    Signals: ``edited`` on every keystroke, ``committed`` when the field is left.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(item.link_id)
        self.setAccessibleName(item.text)
        if item.entry_format:
            self.setPlaceholderText(item.entry_format)
        if item.max_length:
            self.setMaxLength(item.max_length)
        hints = {
            "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
            "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
        }
        if item.type == "integer":
            self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        elif item.type == "decimal":
            self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        elif item.answer_format in hints:
            self.setInputMethodHints(hints[item.answer_format])
        # Patient data: an on-screen keyboard must not learn it or offer it to the next
        # person.
        self.setInputMethodHints(
            self.inputMethodHints()
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.textEdited.connect(self.edited)
        self.editingFinished.connect(self.committed)

    def raw_value(self) -> RawAnswer:
        return self.text()

    def set_raw_value(self, raw: RawAnswer) -> None:
        """Put back what was typed (a draft restored); emits nothing."""
        self.setText(raw if isinstance(raw, str) else "")

    def clear_value(self) -> None:
        # setText, not clear(): clear() can be undone, and Ctrl+Z must not bring back
        # the previous patient's answer. setText also empties the undo history.
        self.setText("")

    def focus_input(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class TextAnswer(QPlainTextEdit):
    """A multi-line answer (text items). Tab moves on rather than typing a tab.

    Signals: ``edited`` on every change, ``committed`` when the field is left.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(item.link_id)
        self.setAccessibleName(item.text)
        self.setTabChangesFocus(True)
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.setMinimumHeight(96)
        self.setMaximumHeight(160)
        self.textChanged.connect(self.edited)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def raw_value(self) -> RawAnswer:
        return self.toPlainText()

    def set_raw_value(self, raw: RawAnswer) -> None:
        self.blockSignals(True)
        self.setPlainText(raw if isinstance(raw, str) else "")
        self.blockSignals(False)

    def clear_value(self) -> None:
        self.clear()  # QPlainTextEdit.clear() also empties the undo history

    def focus_input(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
