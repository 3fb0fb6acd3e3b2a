"""What the child processes of the screen tests share: an app on a screen of its own
(Qt's offscreen platform given screens, or a bare X server), the clinic set up, the
kiosk opened as `knee-intake --kiosk` opens it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

ROOT = Path(__file__).resolve().parents[1]


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_kiosk(folder: Path):  # type: ignore[no-untyped-def]
    """A clinic in ``folder`` and its kiosk, full screen; returns the staff session."""
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.main import build_staff_session

    conn = open_database(folder / "knee-intake.db")
    StaffAccounts(conn).set_up("Clinic", "maria", "Maria", "correct horse 1")
    conn.close()
    session = build_staff_session(folder, full_screen=True)
    session.start(kiosk=True)
    settle(600)  # mapped and sized by the window system
    assert session.kiosk is not None
    return session


def run_child(module: str, env: dict[str, str], timeout: float = 180) -> list[str]:
    """``python -m module`` from the repository; its standard output, line by line."""
    shown = subprocess.run(
        [sys.executable, "-m", module], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)}, timeout=timeout,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr[-3000:]
    return shown.stdout.splitlines()


def offscreen_screens(folder: Path, *screens: tuple[int, int, int, int, float]) -> str:
    """QT_QPA_PLATFORM for Qt's offscreen platform with these screens (x, y, width,
    height, device pixel ratio)."""
    config = folder / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": f"screen-{n}", "x": x, "y": y, "width": w, "height": h,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}
        for n, (x, y, w, h, dpr) in enumerate(screens)
    ]}))  # fmt: skip
    return f"offscreen:configfile={config}"
