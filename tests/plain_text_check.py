"""What people typed, with markup in it, must show as typed: never run as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# A name a hostile or careless person can type: it loads a file if read as rich text.
MARKUP_NAME = "<img src='file:///etc/hostname'>Ann"
MARKUP_SURNAME = "<b>Lee</b>"


def labels_showing(widgets: list[QWidget], typed: str) -> list[QLabel]:
    """Every label in ``widgets`` whose text holds ``typed`` raw, each checked plain."""
    found = []
    for top in widgets:
        for label in [top, *top.findChildren(QLabel)]:
            if isinstance(label, QLabel) and typed in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, (
                    label.objectName() or label.text()[:60]
                )
                found.append(label)
    return found
