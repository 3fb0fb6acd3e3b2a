"""A date for the kiosk: the same three boxes, filled from a keypad on the page.

The boxes are read-only, so a tablet's on-screen keyboard never opens over the
question (the "keyboard pop-up fight" of a touch form); the patient taps a box, or
just starts, and taps digits. A full box moves on to the next, ⌫ goes back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.intake.answers import RawAnswer
from app.intake.questionnaire import Item
from ui.form.date_answer import DateAnswer

BACKSPACE = "⌫"


class KeypadDateAnswer(QWidget):
    """Signals: ``edited`` on every key, ``committed`` when the date is complete."""

    edited = Signal()
    committed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{item.link_id}:keypad-date")
        self.boxes = DateAnswer(item, self)
        self._order = self.boxes.part_order()
        self._active = self._order[0]
        for part in self._order:
            box = self.boxes.box(part)
            box.setReadOnly(True)
            box.setInputMethodHints(Qt.InputMethodHint.ImhNone)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no caret, no keyboard
            box.installEventFilter(self)
        keypad = QGridLayout()
        keypad.setSpacing(8)
        keys = [*"123456789", BACKSPACE, "0"]
        for index, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setObjectName(f"{item.link_id}:key-{'back' if key == BACKSPACE else key}")
            button.setAccessibleName(self.tr("Delete") if key == BACKSPACE else key)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("keypad", True)
            button.setFixedWidth(96)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            keypad.addWidget(button, index // 3, index % 3)
        keypad.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.boxes)
        layout.addLayout(keypad)
        self._show_active()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QLineEdit):
            self._active = next(p for p in self._order if self.boxes.box(p) is watched)
            self._show_active()
            return True
        return False

    def _press(self, key: str) -> None:
        box = self.boxes.box(self._active)
        index = self._order.index(self._active)
        if key == BACKSPACE:
            if not box.text() and index > 0:
                self._active = self._order[index - 1]
                box = self.boxes.box(self._active)
            box.setText(box.text()[:-1])
        else:
            if len(box.text()) >= box.maxLength() and index + 1 < len(self._order):
                self._active = self._order[index + 1]
                box = self.boxes.box(self._active)
            if len(box.text()) < box.maxLength():
                box.setText(box.text() + key)
            position = self._order.index(self._active)
            if len(box.text()) == box.maxLength() and position + 1 < len(self._order):
                self._active = self._order[position + 1]
        self._show_active()
        self.edited.emit()
        if all(len(self.boxes.box(p).text()) == self.boxes.box(p).maxLength() for p in self._order):
            self.committed.emit()

    def _show_active(self) -> None:
        for part in self._order:
            box = self.boxes.box(part)
            box.setProperty("activeBox", part == self._active)
            box.style().unpolish(box)
            box.style().polish(box)

    def raw_value(self) -> RawAnswer:
        return self.boxes.raw_value()

    def set_raw_value(self, raw: RawAnswer) -> None:
        self.boxes.set_raw_value(raw)
        self._active = next(
            (p for p in self._order if not self.boxes.box(p).text()), self._order[0]
        )
        self._show_active()

    def clear_value(self) -> None:
        self.boxes.clear_value()
        self._active = self._order[0]
        self._show_active()

    def focus_input(self) -> None:
        self._active = next(
            (p for p in self._order if not self.boxes.box(p).text()), self._order[0]
        )
        self._show_active()
