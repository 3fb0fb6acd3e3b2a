"""A phone number for the kiosk: a box filled from large keys on the page.

As with the date (ui/form/keypad_date_answer.py), the box is read-only, so a tablet's
on-screen keyboard, with its small keys and its letters, never opens over the question.
The number is grouped as the clinic's country writes it while it is tapped in
("(202) 555-0143"), so a patient sees a number they recognise; "+" starts one from
abroad. What is checked and stored is the same text a typed answer gives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from app.intake.answers import RawAnswer
from app.intake.questionnaire import Item
from app.people.contact_formats import DEFAULT_PHONE_REGION, phone_as_typed
from ui.form.keypad_date_answer import BACKSPACE
from ui.form.text_inputs import LineAnswer

MAX_KEYS = 16  # E.164 is at most 15 digits, and the +
KEYS = (*"123456789", "+", "0", BACKSPACE)


class KeypadPhoneAnswer(QWidget):
    """Signals: ``edited`` on every key. ``committed`` never fires: a number has no
    moment it is finished, and half a number must not be told it is wrong; the page's
    Next checks it, as it checks every answer."""

    edited = Signal()
    committed = Signal()

    def __init__(
        self, item: Item, parent: QWidget | None = None, *, region: str = DEFAULT_PHONE_REGION
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{item.link_id}:keypad-phone")
        self._region = region
        self._keys = ""
        self.box = LineAnswer(item, self)
        self.box.setReadOnly(True)
        self.box.setInputMethodHints(Qt.InputMethodHint.ImhNone)
        self.box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no caret, no keyboard
        self.box.setProperty("activeBox", True)
        keypad = QGridLayout()
        keypad.setSpacing(8)
        for index, key in enumerate(KEYS):
            button = QPushButton(key, self)
            name = {"+": "plus", BACKSPACE: "back"}.get(key, key)
            button.setObjectName(f"{item.link_id}:key-{name}")
            spoken = {"+": self.tr("Plus (a number from abroad)"), BACKSPACE: self.tr("Delete")}
            button.setAccessibleName(f"{spoken.get(key, key)} — {item.text}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("keypad", True)
            button.setFixedWidth(96)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            keypad.addWidget(button, index // 3, index % 3)
        keypad.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.box)
        layout.addLayout(keypad)

    def _press(self, key: str) -> None:
        if key == BACKSPACE:
            self._keys = self._keys[:-1]
        elif key == "+":
            if self._keys:
                return  # a + only starts a number
            self._keys = "+"
        elif len(self._keys) < MAX_KEYS:
            self._keys += key
        self.box.setText(phone_as_typed(self._keys, self._region) if self._keys else "")
        self.edited.emit()

    def raw_value(self) -> RawAnswer:
        return self.box.text()

    def set_raw_value(self, raw: RawAnswer) -> None:
        """Put back what was entered (a draft restored); emits nothing."""
        text = raw if isinstance(raw, str) else ""
        keys = [c for c in text if c.isdigit()]
        self._keys = ("+" if text.strip().startswith("+") else "") + "".join(keys)
        self.box.setText(phone_as_typed(self._keys, self._region) if self._keys else "")

    def clear_value(self) -> None:
        self._keys = ""
        self.box.setText("")  # setText: no undo history holds the last patient's number

    def focus_input(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
