"""Run by tests/test_kiosk_full_screen.py with two offscreen screens (a landscape one and
a portrait one): the kiosk covers the first, then the second when moved there."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv)
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.main import build_staff_session

    landscape, portrait = app.screens()
    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(Path(folder) / "knee-intake.db")
        StaffAccounts(conn).set_up("Clinic", "maria", "Maria", "correct horse 1")
        conn.close()
        session = build_staff_session(Path(folder), full_screen=True)
        session.start(kiosk=True)
        settle()
        kiosk = session.kiosk
        assert kiosk is not None
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
