"""Where a save dialog opens: the user's Documents folder, or the folder they last
saved an export in (remembered, so a clinic that keeps exports in one folder finds it
again). Never the program's working folder, which is wherever Knee Intake was started
from (C:\\Program Files on Windows). Only the folder is remembered, never a file name:
file names hold patients' names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

REMEMBERED = "exports/folder"


def save_folder() -> Path:
    """The folder to offer: the one last saved in, if it is still there; else Documents;
    else the home folder."""
    remembered = QSettings().value(REMEMBERED)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(chosen: Path) -> None:
    QSettings().setValue(REMEMBERED, str(chosen.parent))


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """The save dialog, opened on save_folder() with ``suggested`` as the file's name."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(save_folder() / suggested), file_filter
    )
    if not name:
        return None
    remember_folder(Path(name))
    return Path(name)
