"""The clinic's data folder: the one place IT backs up.

Chosen, in order, by ``--data-dir``, the ``KNEE_INTAKE_DATA_DIR`` environment variable,
or the platform's per-user data folder (platformdirs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "KNEE_INTAKE_DATA_DIR"
DATABASE_FILENAME = "knee-intake.db"
APP_NAME = "KneeIntake"


def data_folder(explicit: str | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILENAME


def content_override_dir(folder: Path) -> Path:
    """Markdown here replaces the bundled content file of the same name."""
    return folder / "content"
