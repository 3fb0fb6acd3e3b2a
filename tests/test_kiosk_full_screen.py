"""The kiosk fills the screen it is on with or without a window manager (a bare X
session, common on kiosk set-ups, ignores a full-screen request)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.child_app import offscreen_screens, run_child


def free_display() -> int:
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.mark.skipif(
    shutil.which("Xvfb") is None, reason="Xvfb is not installed; .ci/run installs it"
)
def test_the_kiosk_covers_a_bare_x_screen_without_a_window_manager() -> None:
    display = f":{free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        shown = run_child("tests.kiosk_on_bare_x",
                          {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, 60)  # fmt: skip
        line = next(x for x in shown if x.startswith("screen"))
        numbers = [int(n) for n in line.split() if n.lstrip("-").isdigit()]
        screen, kiosk, full = numbers[:4], numbers[4:8], numbers[8]
        assert screen == [0, 0, 1920, 1080] and full == 1
        assert kiosk == screen  # not a window in the corner with the desktop behind it
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_kiosk_follows_its_screen(qtbot, styled_qapp, knee_questionnaire, tmp_path) -> None:
    """Full screen on the offscreen platform too, and tied to that screen's changes of
    size and rotation (QScreen.geometryChanged) until staff unlock it."""
    from tests.kiosk_tablet import Tablet

    tablet = Tablet(qtbot, knee_questionnaire, tmp_path)
    try:
        kiosk = tablet.kiosk()
        kiosk.fill_screen()
        qtbot.waitUntil(lambda: kiosk.geometry() == kiosk.screen().geometry())
        assert kiosk.isFullScreen()
        assert kiosk._followed is kiosk.screen()  # the screen it watches
    finally:
        tablet.close()
    assert kiosk._followed is None  # let go once staff unlocked it


def test_the_kiosk_follows_when_it_moves_to_a_portrait_screen(tmp_path: Path) -> None:
    """Two screens (Qt's offscreen platform can be given several): a 1280×800 landscape
    one and an 800×1280 portrait one beside it. Moved to the other, the kiosk covers it."""
    platform = offscreen_screens(tmp_path, (0, 0, 1280, 800, 1), (1280, 0, 800, 1280, 1))
    shown = run_child("tests.kiosk_between_screens", {"QT_QPA_PLATFORM": platform}, 60)
    lines = {line.split()[0]: [int(n) for n in line.split()[1:]]
             for line in shown if line.split()}  # fmt: skip
    assert lines["first"] == [0, 0, 1280, 800]
    screen, kiosk = lines["moved"][:4], lines["moved"][4:]
    assert screen == [1280, 0, 800, 1280] and kiosk == screen
