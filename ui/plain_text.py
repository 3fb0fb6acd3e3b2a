"""Labels for text people typed: shown exactly as typed, never read as markup.

QLabel guesses whether its text is rich text (Qt.AutoText). A patient's name such as
``<img src='file:///…'>`` would then load and draw a file, or reach another machine
through a UNC path on Windows. Every label that can show what a patient or a staff
member typed is made here, or set to plain text, and tests/test_typed_text_is_plain.py
walks every window to check it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
