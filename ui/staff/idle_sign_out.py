"""Signing staff out when nobody has used the records for the clinic's idle time, with a
warning first when that would close a window they were working in.

With nothing open but the workspace, the idle time passing signs out at once: the
screen is not left showing patients. With a record, a dialog or a form open, a warning
comes first, on top of it: "You will be signed out in 60 seconds", with *Stay signed
in*. A key press, click or touch (anywhere) takes the warning away and the idle time
starts again; otherwise, when the minute is up, staff are signed out and the open
windows close. The idle time is the clinic's setting; the warning's minute is on top.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.idle_watcher import IdleWatcher
from ui.translate import tr

WARNING_MS = 60_000


class IdleWarning(QDialog):
    """The minute's warning, counting down."""

    def __init__(self, seconds: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-warning")
        self.setWindowTitle(tr("Still there?"))
        self.setModal(True)
        self.setMinimumWidth(480)
        self.left = seconds
        self.text = QLabel()
        self.text.setObjectName("idle-warning-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        stay = QPushButton(tr("Stay signed in"))
        stay.setObjectName("stay-signed-in")
        stay.setDefault(True)
        stay.clicked.connect(self.accept)
        title = QLabel(tr("Still there?"))
        title.setProperty("subsectionTitle", True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addWidget(stay, 0, Qt.AlignmentFlag.AlignRight)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        self._show_left()
        self.tick.start()

    def _count_down(self) -> None:
        self.left = max(0, self.left - 1)
        self._show_left()

    def _show_left(self) -> None:
        when = tr("in 1 second") if self.left == 1 else tr("in {0} seconds").format(self.left)
        self.text.setText(
            tr("Nobody has used Knee Intake for a while. You will be signed out {0}, and "
               "the windows open now will close: what is not saved in them will be "
               "lost.").format(when)
        )  # fmt: skip


class IdleSignOut(QObject):
    """Watches ``window``'s idle time; calls ``sign_out`` when it has passed (and the
    warning's time too, when something is open)."""

    def __init__(
        self,
        window: QWidget,
        watcher: IdleWatcher,
        sign_out: Callable[[], None],
        warning_ms: int = WARNING_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._watcher = watcher
        self._sign_out = sign_out
        self._warning_ms = warning_ms
        self._idle_ms = watcher.timer.interval()
        self.warning: IdleWarning | None = None
        watcher.idle.connect(self._idle_passed)
        watcher.woke.connect(self._back)

    def _idle_passed(self) -> None:
        if self.warning is not None or not self.open_windows():
            self._close_warning()
            self._sign_out()
            return
        self._idle_ms = self._watcher.timer.interval()
        parent = QApplication.activeModalWidget() or self.open_windows()[-1]
        self.warning = IdleWarning(max(1, round(self._warning_ms / 1000)), parent)
        self.warning.accepted.connect(self._back)
        self.warning.show()
        self._watcher.set_interval(self._warning_ms)
        self._watcher.start()
        self._watcher.wake_on_activity()

    def _back(self) -> None:
        """Somebody is here: the warning goes, the idle time starts again."""
        if self.warning is None:
            return
        self._close_warning()
        self._watcher.set_interval(self._idle_ms)
        self._watcher.start()

    def _close_warning(self) -> None:
        warning, self.warning = self.warning, None
        if warning is not None:
            warning.tick.stop()
            warning.hide()
            warning.deleteLater()

    def open_windows(self) -> list[QWidget]:
        """The records, dialogs and forms open over the window, which signing out closes."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or widget is self.warning or not widget.isVisible():
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not self._window:
                parent = parent.parentWidget()
            if parent is self._window:
                found.append(widget)
        return found
