"""The application's look, from the style sheet in resources/style/."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.resource_paths import resources_dir

BASE_POINT_SIZE = 12
TEXT_COLOUR = "#1b1f24"


def apply_style(app: QApplication) -> None:
    path = resources_dir() / "style" / "app.qss"
    app.setStyle("Fusion")  # the same look on Windows, macOS and Linux
    font = app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor(TEXT_COLOUR))
    app.setPalette(palette)
    app.setStyleSheet(path.read_text(encoding="utf-8"))
