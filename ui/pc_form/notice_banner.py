"""A message strip above the form: a confirmation, or a problem that needs staff."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.plain_text import plain_label


class NoticeBanner(QFrame):
    """Shows one notice at a time. A success notice hides itself after ``success_ms``;
    a problem stays until dismissed or replaced, so nobody misses it."""

    ICONS: ClassVar[dict[str, str]] = {"success": "\N{CHECK MARK}", "problem": "\N{WARNING SIGN}"}
    hidden = Signal()  # gone (its time up, dismissed, or replaced by the next person's)

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
        # What the notice offers, where it offers something (a copy to print): it goes
        # with the notice.
        self.action = QPushButton(self)
        self.action.setObjectName("notice-action")
        self.action.hide()
        self._action: Callable[[], object] | None = None
        self.action.clicked.connect(lambda: self._action() if self._action else None)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._success_ms = success_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(success_ms)
        self._timer.timeout.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.withdraw_offer()  # nothing of the last person's is kept for the next
        self.hidden.emit()

    def offer(self, text: str, action: Callable[[], object], *, for_ms: int) -> None:
        """A button beside the notice now shown, for ``for_ms`` at most."""
        self._action = action
        self.action.setText(text)
        self.action.show()
        self._timer.start(max(for_ms, self._success_ms))

    def withdraw_offer(self) -> None:
        self._action = None
        self.action.hide()

    def show_notice(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.withdraw_offer()
        self.icon.setText(self.ICONS.get(kind, ""))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
        if kind == "success":
            self._timer.start(self._success_ms)
        else:
            self._timer.stop()

    @property
    def kind(self) -> str:
        return str(self.property("kind"))
