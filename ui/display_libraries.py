"""Before Qt starts: the system libraries it loads, named with their packages.

PySide6's wheel carries Qt, but Qt loads some of the system's own libraries (glib, GL,
fontconfig), and its X11 plugin some fifteen more. A fresh Debian or Ubuntu desktop
lacks three of those (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1): Qt then stops
with "Could not load the Qt platform plugin xcb", naming only the first in its hint. A
minimal system lacks even glib, and importing PySide6 fails with a traceback. This
looks for every one first (ui/launch.py, before PySide6 is imported) and names them
all, with the line that installs them. The .deb package depends on them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What PySide6's QtCore, QtGui, QtWidgets and QtDBus (Qt 6.11) need from the system on
# any platform (ICU comes in the wheel), with the Debian and Ubuntu package of each.
QT_LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
# And what libqxcb.so and libQt6XcbQpa.so.6 add, to draw on an X display.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will draw with its xcb plugin: asked for, or the default on a Linux
    X display (a Wayland session uses Qt's Wayland plugin instead)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_packages(
    environ: Mapping[str, str] = os.environ, loads: Callable[[str], bool] = _loads
) -> list[str]:
    """The packages to install before Qt can start (and open a window) here, once
    each, in order; none outside Linux."""
    if not sys.platform.startswith("linux"):
        return []
    wanted = QT_LIBRARIES | (XCB_LIBRARIES if uses_xcb(environ) else {})
    return list(dict.fromkeys(pkg for soname, pkg in wanted.items() if not loads(soname)))


def missing_message(packages: list[str]) -> str:
    return (
        "knee-intake: Qt cannot start: system libraries it needs to draw windows are "
        "missing. On Debian or Ubuntu, install them with\n\n"
        f"    sudo apt-get install {' '.join(packages)}\n\n"
        "and start Knee Intake again. (The Knee Intake .deb package installs them.)"
    )
