"""Clicking a button, or a menu's entry, by its object name, as a person would: the
menu's button is pressed, the menu opens, and the entry is clicked where it is drawn."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


def named(parent: QWidget, name: str) -> QObject | None:
    """The button or menu entry called ``name`` (None if this person has neither)."""
    return parent.findChild(QPushButton, name) or parent.findChild(QAction, name)


def click_named(qtbot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    if button is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return
    action = parent.findChild(QAction, name)
    assert action is not None, name
    choose_from_menu(qtbot, action)


def choose_from_menu(qtbot, action: QAction) -> None:
    menu = action.parent()
    assert isinstance(menu, QMenu), action.objectName()
    opener = menu.parent()
    assert isinstance(opener, QPushButton) and opener.isVisible(), action.objectName()
    chosen: list[bool] = []

    def choose() -> None:  # runs inside the menu's own event loop, once it is shown
        if not menu.isVisible():
            QTimer.singleShot(10, choose)
            return
        where = menu.actionGeometry(action).center()
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)
        chosen.append(True)

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen) and not menu.isVisible())
