"""Where the bundled resources are: beside the packages from source, in a wheel, or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable and sets sys._MEIPASS.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def questionnaire_path(name: str = "knee-intake") -> Path:
    return resources_dir() / "questionnaires" / f"{name}.json"
