"""Render resources/icons/knee-intake.svg to the sizes each platform needs.

    python packaging/make_icons.py OUT_DIR

Writes knee-intake-<size>.png (16 to 512: Linux's hicolor theme, macOS's iconset) and
knee-intake.ico (16-256 in one file: the Windows executable, installer and shortcuts).
Qt renders the SVG and writes the ICO, so no other tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "knee-intake.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(SOURCE))
    if icon.isNull():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        if not image.save(str(out / f"knee-intake-{size}.png")):
            print(f"cannot write the {size} px PNG", file=sys.stderr)
            return 1
    # Qt's ICO writer stores one image per file; the Windows loader takes the largest,
    # so the ICO gets the 256 px image (Windows scales it down for smaller uses).
    writer = QImageWriter(str(out / "knee-intake.ico"), b"ico")
    if not writer.write(icon.pixmap(QSize(256, 256)).toImage()):
        print(f"cannot write the ICO: {writer.errorString()}", file=sys.stderr)
        return 1
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
