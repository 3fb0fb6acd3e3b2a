"""Loads the translations for a language: Qt's own (standard dialogs, buttons) and ours
(resources/translations/knee_intake_<language>.qm, made by
scripts/update_translations.py). A language without a file stays in English.

Two languages can be in use in one program: the PC's, for staff screens, installed at
start; and the patient's, chosen on the kiosk's welcome page or the PC form, for the
screens a patient sees (the catalogue knee_intake_patient_<language>). While a patient
uses a language other than the PC's, the PC's translators are taken out and the
patient's put in; when the patient is done, the PC's come back (:func:`use_patient_language`).
Installing or removing a translator sends every widget a LanguageChange event."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.clinic.resource_paths import resources_dir

CATALOGUE = "knee_intake"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(
    language: str, *, folder: Path | None = None, catalogue: str = CATALOGUE
) -> list[QTranslator]:
    """Install the translators for ``language`` ("es", "pt_BR") and return them (the
    caller keeps them alive; remove_translations() takes them out again)."""
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (
        (f"qtbase_{language}", qt_folder),
        (f"{catalogue}_{language}", str(folder or translations_dir())),
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


PATIENT_CATALOGUE = "knee_intake_patient"


class _Languages:
    pc_language = "en"
    pc: ClassVar[list[QTranslator]] = []
    pc_installed = True
    patient: ClassVar[list[QTranslator]] = []
    patient_language: str | None = None


def install_pc_translations(language: str) -> None:
    """At start: the PC's language, for everything until a patient chooses another
    (called again, the PC's earlier language is taken out first)."""
    if _Languages.pc_installed:
        remove_translations(_Languages.pc)
    _Languages.pc_language = language.split("_")[0]
    _Languages.pc = install_translations(language)
    _Languages.pc_installed = True


def use_patient_language(language: str | None) -> None:
    """The screens a patient sees in ``language``; None: back to the PC's."""
    if language == _Languages.patient_language:
        return
    remove_translations(_Languages.patient)
    _Languages.patient = []
    _Languages.patient_language = language
    if language is None or language == _Languages.pc_language:
        if not _Languages.pc_installed:
            app = QCoreApplication.instance()
            for translator in _Languages.pc:
                if app is not None:
                    app.installTranslator(translator)
            _Languages.pc_installed = True
        return
    if _Languages.pc_installed:
        remove_translations(_Languages.pc)
        _Languages.pc_installed = False
    if language != "en":  # English is the source: no catalogue needed
        _Languages.patient = install_translations(language, catalogue=PATIENT_CATALOGUE)


def pc_language() -> str:
    """The language of the staff screens ("en", "es"): the PC's."""
    return _Languages.pc_language


def patient_language() -> str:
    return _Languages.patient_language or _Languages.pc_language


def translated_in(language: str, text: str, context: str = "") -> str:
    """``text`` in ``language``'s patient catalogue, without installing it (the welcome
    page says "touch your language" in every language offered); the text as it is
    where there is none."""
    translator = QTranslator()
    if language != "en" and translator.load(
        f"{PATIENT_CATALOGUE}_{language}", str(translations_dir())
    ):
        return translator.translate(context, text) or text
    return text
