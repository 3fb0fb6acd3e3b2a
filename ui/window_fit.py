"""Every window opens inside the work area of the screen it appears on (issue 17).

A window opens at the size it would like, shrunk to the screen's available area (without
the taskbar) and centred there; a dialog is centred on its parent. A window whose work
area is smaller than it needs opens maximised (the records workspace on a 1366×768
laptop). Sizes and positions people choose are remembered per user with QSettings (the
registry on Windows, ~/.config on Linux), and a remembered place on a screen that is no
longer there is not used.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

MARGIN = 16  # a window not quite edge to edge shows it can be moved
# What a window manager adds around a window (title bar and borders) before the window is
# shown and the real frame is known: Windows' is about 31 px high, openbox's about 25.
FRAME_ALLOWANCE = QSize(16, 40)


def work_area(widget: QWidget) -> QRect:
    """The available area (without the taskbar) of the screen the widget is on."""
    parent = widget.parentWidget()
    screen: QScreen | None = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(preferred: QSize, area: QRect) -> QSize:
    """The window's own size (without the frame the window manager adds) that fits."""
    return preferred.boundedTo(QSize(
        area.width() - 2 * MARGIN - FRAME_ALLOWANCE.width(),
        area.height() - 2 * MARGIN - FRAME_ALLOWANCE.height(),
    ))  # fmt: skip


def place(
    window: QWidget,
    preferred: QSize,
    *,
    remember_as: str | None = None,
    maximise_below: QSize | None = None,
) -> None:
    """Size and place ``window`` before it is shown (see the module's docstring).
    ``remember_as`` keeps the size and position the user gives it under that name."""
    if remember_as is not None and _restore(window, remember_as):
        _remember(window, remember_as)
        return
    area = work_area(window)
    size = fitted(preferred, area)
    window.resize(size)
    parent = window.parentWidget()
    if window.isWindow() and parent is not None and parent.isVisible():
        centre = parent.frameGeometry().center()
    else:
        centre = area.center()
    # The frame's size, as the window manager will draw it, decides where it goes.
    outer = size + FRAME_ALLOWANCE
    top_left = QPoint(centre.x() - outer.width() // 2, centre.y() - outer.height() // 2)
    # Whole inside the work area, even when the parent sits near its edge.
    top_left.setX(max(area.left(), min(top_left.x(), area.right() - outer.width() + 1)))
    top_left.setY(max(area.top(), min(top_left.y(), area.bottom() - outer.height() + 1)))
    window.move(top_left)
    if maximise_below is not None and (
        area.width() < maximise_below.width() or area.height() < maximise_below.height()
    ):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if remember_as is not None:
        _remember(window, remember_as)


def _settings() -> QSettings:
    return QSettings()  # the application's organisation and name (ui/main.py)


def _restore(window: QWidget, name: str) -> bool:
    saved = _settings().value(f"windows/{name}")
    if not isinstance(saved, QByteArray | bytes) or not saved:
        return False
    if not window.restoreGeometry(QByteArray(saved)):
        return False
    # A place on a screen that is gone (a second monitor unplugged, another PC's
    # layout) is not used: the window must be reachable.
    centre = window.frameGeometry().center()
    screens = QGuiApplication.screens()
    if not any(s.availableGeometry().contains(centre) for s in screens):
        return False
    area = work_area(window)
    # Saved on a bigger screen (or without room for the frame): fit this one instead.
    outer = window.size() + FRAME_ALLOWANCE
    return outer.width() <= area.width() and outer.height() <= area.height()


class _Keeper(QObject):
    """Writes a window's geometry to the settings when it closes or hides."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self._window = window
        self._name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (Qt may call this before __init__ has run to its end: hence getattr.)
        window = getattr(self, "_window", None)
        if watched is window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            _settings().setValue(f"windows/{self._name}", self._window.saveGeometry())
        return False


def _remember(window: QWidget, name: str) -> None:
    if window.findChild(_Keeper) is None:
        window.installEventFilter(_Keeper(window, name))
