"""Save dialogs open in Documents (or where the last export went), never in the folder
the program happened to start in, and remember no file name (names hold patients')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ui.save_location import REMEMBERED, remember_folder, save_folder


def test_the_first_save_offers_documents_then_the_folder_last_used(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where the program was started: never offered
    QSettings().remove(REMEMBERED)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert save_folder() == expected and save_folder() != tmp_path
    exports = tmp_path / "exports"
    exports.mkdir()
    remember_folder(exports / "summary-Ann-Lee.pdf")
    assert save_folder() == exports
    assert QSettings().value(REMEMBERED) == str(exports)  # the folder, not the name
    exports.rmdir()  # a USB stick taken out: back to Documents
    assert save_folder() == expected
