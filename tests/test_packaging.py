"""Packaging checks quick enough for every test run; the .deb build runs in .ci/run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_icon_renders_to_every_size_the_platforms_need(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for size in (16, 32, 48, 256, 512):
        image = QImage(str(tmp_path / f"knee-intake-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 10).alpha() == 255  # drawn, not blank
    ico = QImageReader(str(tmp_path / "knee-intake.ico"))
    widths = []
    for index in range(ico.imageCount()):
        ico.jumpToImage(index)
        widths.append(ico.read().width())
    assert widths == [16, 24, 32, 48, 64, 128, 256]  # Windows picks the size it needs


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="needs Debian's nsis (.ci/run installs it)"
)
def test_the_windows_installer_script_builds_with_a_stand_in_payload() -> None:
    done = subprocess.run(
        [str(ROOT / "packaging" / "check-nsis.sh"), sys.executable],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    installer = ROOT / "build" / "nsis-check" / f"knee-intake-{version}-setup.exe"
    assert installer.read_bytes()[:2] == b"MZ"
