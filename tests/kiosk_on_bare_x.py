"""Run by tests/test_kiosk_full_screen.py on a bare X server (Xvfb, no window manager):
the kiosk as `knee-intake --kiosk` opens it; prints its geometry and the screen's."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv)
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.main import build_staff_session

    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(Path(folder) / "knee-intake.db")
        StaffAccounts(conn).set_up("Clinic", "maria", "Maria", "correct horse 1")
        conn.close()
        session = build_staff_session(Path(folder), full_screen=True)
        session.start(kiosk=True)
        loop = QEventLoop()
        QTimer.singleShot(600, loop.quit)  # the X server has mapped and sized it
        loop.exec()
        kiosk = session.kiosk
        assert kiosk is not None
        screen = kiosk.screen().geometry()
        print("screen", *screen.getRect(), "kiosk", *kiosk.geometry().getRect(),
              "full", int(kiosk.isFullScreen()), flush=True)  # fmt: skip
        session.finish()
    del app


if __name__ == "__main__":
    main()
