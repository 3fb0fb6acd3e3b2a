"""Before Qt starts on an X display, the app names every system library its xcb plugin
needs and the line that installs them (a fresh Debian or Ubuntu lacks three, and Qt's
own error names one). The fresh-machine run is packaging/check-fresh-debian.sh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.display_libraries import (
    QT_LIBRARIES,
    XCB_LIBRARIES,
    missing_message,
    missing_packages,
    uses_xcb,
)

ROOT = Path(__file__).resolve().parent.parent
FRESH_DEBIAN = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def test_a_fresh_debian_desktop_is_told_the_three_packages_it_lacks() -> None:
    missing = missing_packages({"DISPLAY": ":0"}, loads=lambda so: so not in FRESH_DEBIAN)
    if not sys.platform.startswith("linux"):
        assert missing == []
        return
    assert missing == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    message = missing_message(missing)
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt's Wayland plugin
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({}, False),  # no display at all: Qt says so itself
    ],
)
def test_only_where_qt_will_use_its_xcb_plugin(environ: dict[str, str], xcb: bool) -> None:
    assert uses_xcb(environ) is xcb


def test_a_minimal_system_is_told_what_qt_itself_needs_on_any_display() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux's libraries")
    gone = {"libglib-2.0.so.0", "libgthread-2.0.so.0", "libGL.so.1"}
    missing = missing_packages({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda so: so not in gone)
    assert missing == ["libglib2.0-0", "libgl1"]  # one package for both of glib's


def test_this_machine_has_them_all() -> None:
    # .ci/run installs the three; the check must not cry wolf where Qt does start.
    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb plugin is Linux's")
    assert missing_packages({"DISPLAY": ":0"}) == []
    assert len(XCB_LIBRARIES) + len(QT_LIBRARIES) > 20


def test_the_app_stops_with_the_message_before_qt_starts(tmp_path: Path) -> None:
    # A library that cannot be there, by the name Qt would load: the app refuses at once,
    # with the apt-get line, instead of Qt's abort.
    script = (
        "import sys, ui.display_libraries as d\n"
        "d.XCB_LIBRARIES['libknee-intake-not-there.so.9'] = 'libknee-intake-not-there9'\n"
        "from ui.launch import main\n"
        "code = main(['--data-dir', sys.argv[1]])\n"
        "assert 'PySide6' not in sys.modules\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env |= {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb plugin is Linux's")
    assert done.returncode == 1, done.stderr
    assert "sudo apt-get install libknee-intake-not-there9" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "data").exists()
    assert "PySide6" not in done.stderr
