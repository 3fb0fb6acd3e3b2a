"""The application's look, from the style sheet in resources/style/."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.resource_paths import resources_dir


def apply_style(app: QApplication) -> None:
    path = resources_dir() / "style" / "app.qss"
    app.setStyle("Fusion")  # the same look on Windows, macOS and Linux
    app.setStyleSheet(path.read_text(encoding="utf-8"))
