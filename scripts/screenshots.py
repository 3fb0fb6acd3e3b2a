"""Render the main window to PNGs for the README and for review.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a throw-away data folder and Qt's offscreen platform, so it runs anywhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ui.main import build_application
from ui.style import apply_style

SIZES = {"pc": (1920, 1080), "tablet": (1280, 800)}


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    for name, (width, height) in SIZES.items():
        with tempfile.TemporaryDirectory() as data_dir:
            built = build_application(Path(data_dir))
            window = built.window
            window.resize(width, height)
            window.show()
            settle()
            window.grab().save(str(out / f"main-window-{name}.png"))
            form = window.intake.form
            form.row("first-name").input_widget.setText("Maria")  # type: ignore[attr-defined]
            form.row("phone").input_widget.setText("555 12")  # type: ignore[attr-defined]
            window.intake.submit()
            form.focus_question("phone")
            settle()
            window.grab().save(str(out / f"form-issues-{name}.png"))
            window.close()
            built.service.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
