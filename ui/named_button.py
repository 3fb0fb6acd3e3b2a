"""A push button with an object name (what tests and screen readers find it by) and what
it does, made in one line: the staff screens' rows of buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QBoxLayout, QPushButton


def named_button(text: str, name: str, slot: Callable[[], object] | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
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
