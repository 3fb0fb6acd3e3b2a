"""A message strip above the form: a confirmation, or a problem that needs staff."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.plain_text import plain_label


class NoticeBanner(QFrame):
    """Shows one notice at a time. A success notice hides itself after ``success_ms``;
    a problem stays until dismissed or replaced, so nobody misses it."""

    ICONS: ClassVar[dict[str, str]] = {"success": "\N{CHECK MARK}", "problem": "\N{WARNING SIGN}"}

    def __init__(self, parent: QWidget | None = None, *, success_ms: int = 8000) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setProperty("kind", "success")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 12, 14)
        self.icon = QLabel(self)
        self.icon.setProperty("noticeIcon", True)
        self.text = plain_label(parent=self)
        self.text.setObjectName("notice-text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("notice-dismiss")
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(success_ms)
        self._timer.timeout.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setText(self.ICONS.get(kind, ""))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
        if kind == "success":
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def kind(self) -> str:
        return str(self.property("kind"))
