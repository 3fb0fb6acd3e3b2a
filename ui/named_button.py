"""A push button with an object name (what tests and screen readers find it by) and what
it does, made in one line: the staff screens' rows of buttons.

None of them is ever a dialog's default: in a QDialog the first push button otherwise
becomes the one Enter presses, which made "Same person" (merge two patients) and
"Change the key…" what a stray Enter did. Enter presses a dialog's OK or Close (its
button box), or the button that has focus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ActionButton(QPushButton):
    """Enter presses it when it has focus, though it is never the default."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


def named_button(text: str, name: str, slot: Callable[[], object] | None = None) -> QPushButton:
    button = _ActionButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def add_buttons(
    layout: QBoxLayout, buttons: Iterable[tuple[str, str, Callable[[], object]]]
) -> list[QPushButton]:
    """Each (text, name, slot) as a button at the end of ``layout``."""
    made = [named_button(text, name, slot) for text, name, slot in buttons]
    for button in made:
        layout.addWidget(button)
    return made
