"""Run by tests/test_kiosk_full_screen.py on a bare X server (Xvfb, no window manager):
the kiosk as `knee-intake --kiosk` opens it; prints its geometry and the screen's."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.child_app import open_kiosk


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        session = open_kiosk(Path(folder))
        kiosk = session.kiosk
        screen = kiosk.screen().geometry()
        print("screen", *screen.getRect(), "kiosk", *kiosk.geometry().getRect(),
              "full", int(kiosk.isFullScreen()), flush=True)  # fmt: skip
        session.finish()
    del app


if __name__ == "__main__":
    main()
