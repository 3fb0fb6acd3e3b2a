"""Notices when nobody has touched the app for a while.

One event filter on the application sees every key press, click, touch and wheel turn,
in any window, and restarts a single-shot timer. The filter is there only while the
timer runs: a filter on the application runs Python for every event of every window,
which the start-up and the welcome page need not pay for. The interval is injected, so
tests run it in milliseconds.
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
    woke = Signal()  # the first activity after wake_on_activity(), once

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self._watching = False
        self._wake = False
        # In this order: a handler of ``idle`` that starts the watch again keeps it.
        self.timer.timeout.connect(self._stop_watching)
        self.timer.timeout.connect(self.idle)

    def start(self) -> None:
        self.timer.start()
        if not self._watching:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self.timer.stop()
        self._stop_watching()

    def _stop_watching(self) -> None:
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def wake_on_activity(self) -> None:
        """Emit ``woke`` at the next key press, click, touch or wheel turn (a warning
        that somebody is back can go)."""
        self._wake = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()  # restart: the person is here
            if self._wake and event.type() != QEvent.Type.MouseMove:
                self._wake = False
                self.woke.emit()
        return False

    def remove(self) -> None:
        self.stop()
