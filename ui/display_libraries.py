"""Before Qt starts on an X display: the system libraries its xcb plugin loads.

PySide6's wheel carries Qt, but Qt's X11 plugin loads some twenty of the system's own
libraries. A fresh Debian or Ubuntu desktop lacks a few of them (libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1), and Qt then stops with "Could not load the Qt platform
plugin xcb", naming only libxcb-cursor0 in its hint. This looks for every one first and
names them all, with the line that installs them. (The .deb package depends on them.)
Plain Python: it runs before Qt is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What libqxcb.so and libQt6XcbQpa.so.6 (Qt 6.11) link against beyond libc and Qt, with
# the Debian and Ubuntu package that has each.
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
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libdbus-1.so.3": "libdbus-1-3",
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
    """The packages to install before Qt can open a window here; none elsewhere."""
    if not sys.platform.startswith("linux") or not uses_xcb(environ):
        return []
    return [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]


def missing_message(packages: list[str]) -> str:
    return (
        "knee-intake: Qt cannot open a window on this X display: system libraries it "
        "needs are missing. On Debian or Ubuntu, install them with\n\n"
        f"    sudo apt-get install {' '.join(packages)}\n\n"
        "and start Knee Intake again. (The Knee Intake .deb package installs them.)"
    )
