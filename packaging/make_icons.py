"""Render resources/icons/knee-intake.svg to the sizes each platform needs.

    python packaging/make_icons.py OUT_DIR

Writes knee-intake-<size>.png (16 to 512: Linux's hicolor theme, macOS's iconset) and
knee-intake.ico (16-256 in one file: the Windows executable, installer and shortcuts).
Qt renders the SVG; the ICO is those PNGs in ICO's simple container. No other tool.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "knee-intake.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_ico(path: Path, pngs: list[Path]) -> None:
    """An ICO holding every size, each as PNG (Windows Vista and later read these).

    Qt's ICO writer keeps one image per file, and Windows would scale a lone 256 px
    image down to a blurred 16 px one; the format is a header, a directory of
    (width, height, ..., size, offset) and the PNGs one after the other.
    """
    images = [png.read_bytes() for png in pngs]
    sizes = [int(png.stem.rsplit("-", 1)[1]) for png in pngs]
    offset = 6 + 16 * len(images)
    directory = b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(images))


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
    write_ico(out / "knee-intake.ico", [out / f"knee-intake-{size}.png" for size in ICO_SIZES])
    del app
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
