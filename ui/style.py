"""The application's look, from the style sheet in resources/style/."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.clinic.resource_paths import resources_dir

BASE_POINT_SIZE = 12
TEXT_COLOUR = "#1b1f24"
STYLE = "Fusion"  # the same look on Windows, macOS and Linux


def qt_arguments(program: str) -> list[str]:
    """The arguments to make the app's QApplication with: Qt makes the style it names
    itself. QApplication.setStyle() from Python first makes Python enums of all of
    QStyle's (about 7 ms of every start-up, docs/PERFORMANCE.md)."""
    return [program, "-style", STYLE]


def apply_style(app: QApplication, *, style_made: bool = False) -> None:
    """The app's look; ``style_made``: the QApplication was made with qt_arguments()."""
    path = resources_dir() / "style" / "app.qss"
    if not style_made:
        app.setStyle(STYLE)
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
