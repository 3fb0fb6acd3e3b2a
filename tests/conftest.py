"""Test set-up: offscreen Qt before any QApplication exists, real SQLite in tmp_path."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before PySide6 creates the application

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import Questionnaire, load_questionnaire
from tests.form_driver import FormDriver
from ui.main import build_application
from ui.pc_form.building import Application
from ui.style import apply_style


@pytest.fixture(autouse=True)
def own_window_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Remembered window sizes (QSettings) in a folder of each test's own: never the
    tester's, and never one test's for the next."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("KneeIntakeTests")
    QCoreApplication.setApplicationName("Knee Intake")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    yield


@pytest.fixture(autouse=True)
def own_key_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Database keys in owner-only files of each test's own (app/encryption/key_store):
    never the tester's keyring, and never one test's keys for the next. Child
    processes a test starts inherit the folder."""
    from app.encryption.key_store import KEY_DIR_VARIABLE

    monkeypatch.setenv(KEY_DIR_VARIABLE, str(tmp_path_factory.mktemp("keys")))


@pytest.fixture(scope="session")
def styled_qapp(qapp: QApplication) -> QApplication:
    """The real style sheet, so sizes and layout are what people see."""
    apply_style(qapp)
    return qapp


@pytest.fixture(scope="session")
def knee_questionnaire() -> Questionnaire:
    return load_questionnaire(questionnaire_path())


@pytest.fixture(scope="session")
def follow_up_questionnaire() -> Questionnaire:
    return load_questionnaire(questionnaire_path("knee-follow-up"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def close_without_asking(_window: QWidget) -> bool:
    """Teardown closes every window; a modal "lose the answers?" box there would hang the run."""
    return True


@pytest.fixture
def built_app(styled_qapp: QApplication, qtbot, data_dir: Path) -> Iterator[Application]:
    """The real composition (services, window) on a fresh data folder, shown offscreen."""
    built = build_application(data_dir, confirm_discard=close_without_asking)
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.service.close()
    from ui.translations import use_patient_language

    use_patient_language(None)  # a test that left the form in Spanish leaves no trace


@pytest.fixture
def driver(built_app: Application, qtbot) -> FormDriver:
    return FormDriver(built_app.window.intake.form, qtbot)


@pytest.fixture
def pdf_printer() -> Iterator[str]:
    """A CUPS-PDF queue of the test's own (tests/print_queue.py)."""
    from tests.print_queue import pdf_print_queue

    yield from pdf_print_queue()
