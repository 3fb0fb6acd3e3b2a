"""Every window opens within the work area of the screen it appears on: a 1366×768 and a
1280×720 PC, a 1920×1080 screen less a taskbar (1920×1040), a 10-inch tablet at 150 %
(1280×800 logical), a 1920×1080 screen at 125 % and a 4K one at 200 %. Each window is
opened as the app opens it, on Qt's offscreen platform given that one screen, and every
button and the list's key columns measured."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

from tests.child_app import offscreen_screens, run_child
from ui.window_fit import place


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [
        (1366, 768, 1),
        (1280, 720, 1),
        (1920, 1040, 1),
        (1280, 800, 1.5),
        (1536, 864, 1.25),
        (1920, 1080, 2),
    ],
    ids=[
        "1366x768",
        "1280x720",
        "1920x1080-less-taskbar",
        "tablet-1280x800-at-150%",
        "1920x1080-at-125%",
        "4k-at-200%",
    ],
)
def test_every_window_and_button_is_on_the_screen(
    tmp_path: Path, width: int, height: int, scale: float
) -> None:
    platform = offscreen_screens(tmp_path, (0, 0, width, height, scale))
    lines = run_child("tests.windows_on_a_screen", {"QT_QPA_PLATFORM": platform})
    assert lines[0] == f"AREA 0 0 {width} {height}"
    checked = [line.split()[1] for line in lines if line.startswith("CHECKED")]
    assert checked[:16] == ["patient-form", "workspace", "recovery-key", "record",
                            "record-outcomes", "treatment", "adverse-events",
                            "outcomes-report-by-product", "clinic-results", "following-up",
                            "follow-ups-today", "outcomes-report", "new-intake", "settings",
                            "backups", "audit-trail"]  # fmt: skip
    if height >= 768:
        assert checked[16] == "kiosk-welcome"
        assert checked[-2:] == ["kiosk-review", "kiosk-consent"]
    assert [line for line in lines if line.startswith("OUT")] == []
    assert lines[-1] == "DONE"


def test_a_size_people_choose_is_remembered_but_not_a_screen_that_is_gone(qtbot) -> None:
    first = QMainWindow()
    qtbot.addWidget(first)
    place(first, QSize(700, 500), remember_as="test-window")
    first.show()
    first.setGeometry(60, 70, 640, 420)  # the user moves and resizes it
    first.close()
    again = QMainWindow()
    qtbot.addWidget(again)
    place(again, QSize(700, 500), remember_as="test-window")
    assert (again.width(), again.height()) == (640, 420)
    # Saved where a second monitor used to be: not used, the window is on this screen.
    gone = QMainWindow()
    gone.setGeometry(QRect(5000, 5000, 640, 420))
    QSettings().setValue("windows/test-window", gone.saveGeometry())
    gone.deleteLater()
    placed = QMainWindow()
    qtbot.addWidget(placed)
    place(placed, QSize(700, 500), remember_as="test-window")
    area = placed.screen().availableGeometry()
    assert area.contains(placed.geometry().center())
    assert isinstance(QSettings().value("windows/test-window"), QByteArray)
