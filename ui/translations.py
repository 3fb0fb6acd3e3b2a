"""Loads the translations for a language: Qt's own (standard dialogs, buttons) and ours
(resources/translations/knee_intake_<language>.qm, made by
scripts/update_translations.py). A language without a file stays in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resource_paths import resources_dir

CATALOGUE = "knee_intake"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(language: str, *, folder: Path | None = None) -> list[QTranslator]:
    """Install the translators for ``language`` ("es", "pt_BR") and return them (the
    caller keeps them alive; remove_translations() takes them out again)."""
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (
        (f"qtbase_{language}", qt_folder),
        (f"{CATALOGUE}_{language}", str(folder or translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, where) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translations(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)


def system_language() -> str:
    return QLocale.system().name()  # e.g. "es_ES"; QTranslator also tries "es"
