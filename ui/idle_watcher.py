"""Notices when nobody has touched the app for a while.

One event filter on the application sees every key press, click, touch and wheel turn,
in any window, and restarts a single-shot timer. The interval is injected, so tests
run it in milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()  # restart: the person is here
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
