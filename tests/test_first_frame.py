"""Work put off until a window's first frame (ui/first_frame.py) runs once, after that
frame, and never for an owner that is gone by then."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ui.first_frame import after_first_frame


def test_called_once_after_the_window_is_drawn_and_not_before(qapp, qtbot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("covered by its child"))
    qtbot.addWidget(window)
    calls: list[bool] = []
    after_first_frame(window, lambda: calls.append(window.isVisible()))
    qtbot.wait(50)  # an event loop turning, the window not shown: nothing yet
    assert calls == []
    window.resize(400, 300)
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    window.update()
    qtbot.wait(50)  # a later frame calls nothing again
    assert calls == [True]


def test_nothing_is_called_for_an_owner_deleted_before_the_frame(qapp, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    owner = QWidget()
    calls: list[str] = []
    after_first_frame(window, lambda: calls.append("owner's work"), owner=owner)
    after_first_frame(window, lambda: calls.append("window's work"))
    owner.deleteLater()
    qtbot.wait(10)
    window.show()
    qtbot.waitUntil(lambda: calls == ["window's work"], timeout=2000)
    qtbot.wait(50)
    assert calls == ["window's work"]


def test_work_that_must_be_done_is_done_even_if_no_frame_is_drawn(qapp, qtbot) -> None:
    # An app started minimised draws nothing, and must still open its database, serve
    # its stations and back up: that work has a deadline as well as the frame.
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_frame(window, lambda: calls.append("at the frame only"))
    after_first_frame(window, lambda: calls.append("by the deadline"), at_the_latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["by the deadline"], timeout=2000)
    window.show()  # drawn later: the work with a deadline is not done a second time
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2000)
    qtbot.wait(50)
    assert calls == ["by the deadline", "at the frame only"]
