"""Run by tests/test_kiosk_full_screen.py with two offscreen screens (a landscape one and
a portrait one): the kiosk covers the first, then the second when moved there."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.child_app import open_kiosk, settle


def main() -> None:
    app = QApplication(sys.argv)
    landscape, portrait = app.screens()
    with tempfile.TemporaryDirectory() as folder:
        session = open_kiosk(Path(folder))
        kiosk = session.kiosk
        print("first", *kiosk.geometry().getRect(), flush=True)
        handle = kiosk.windowHandle()
        assert handle is not None
        handle.setScreen(portrait if kiosk.screen() is landscape else landscape)
        settle()
        print("moved", *kiosk.screen().geometry().getRect(), *kiosk.geometry().getRect(),
              flush=True)  # fmt: skip
        session.finish()
    del app


if __name__ == "__main__":
    main()
