"""Knowing when a window's first frame has been drawn, and doing the rest after it.

Start-up is what a person waits for: from the launch to the window drawn and ready for
a touch. Work that the first frame does not need (questions further down the form, the
kiosk's later pages, the database's opening checks) is done right after it, a piece
per turn of the event loop, so the window answers a touch in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """Watches one window for its first paint, then calls back once it has finished."""

    def __init__(
        self,
        window: QWidget | None,
        callback: Callable[[], None],
        owner: QObject | None,
        at_the_latest_ms: int | None,
    ) -> None:
        # Kept alive by its parent, and gone with it (calling nothing).
        super().__init__(owner or window or QApplication.instance())
        self._callback: Callable[[], None] | None = callback
        self._window = window
        # A timer of its own, not QTimer.singleShot: if the window is closed between its
        # paint and the next turn of the loop, the timer goes with it and calls nothing.
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._done)
        if at_the_latest_ms is not None:  # a window never drawn (started minimised)
            latest = QTimer(self)
            latest.setSingleShot(True)
            latest.timeout.connect(self._done)
            latest.start(at_the_latest_ms)
        # On the window alone: a filter on the application would run Python for each of
        # the thousands of events a start-up sends, and slow it. A top-level window is
        # painted first, under its children (tests/test_first_frame.py).
        self._watched: QObject = window or QApplication.instance()  # type: ignore[assignment]
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (self._window is None or watched.window() is self._window)
        ):
            self._watched.removeEventFilter(self)
            # The window's children are painted in the same pass, after it: the frame
            # is complete on the next turn of the event loop.
            self._next_turn.start()
        return False

    def _done(self) -> None:
        if self._callback is None:  # (the frame and the deadline, in one turn)
            return
        callback, self._callback = self._callback, None
        self._watched.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_frame(
    window: QWidget | None,
    callback: Callable[[], None],
    *,
    owner: QObject | None = None,
    at_the_latest_ms: int | None = None,
) -> None:
    """Call ``callback`` once ``window`` (not yet shown) has drawn its next frame: its
    first, for a window about to be shown; ``None``: the application's first paint.
    ``owner``: the object the callback belongs to; if it is deleted first, nothing is
    called. ``at_the_latest_ms``: for work that must be done even if the window is never
    drawn (a PC that starts the app minimised still serves its stations)."""
    _FirstPaint(window, callback, owner, at_the_latest_ms)
