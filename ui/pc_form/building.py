"""The patient form on a PC, built: the article beside the form, the intake service, the
form's privacy guard, on the clinic's own database (a one-PC clinic, or the main PC).

The same form on a paired station is built by ui/station/building.py; ui/main.py chooses
which of the two to build.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.clinic.data_folder import content_override_dir, database_path
from app.clinic.educational_content import load_content, plain_article
from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.intake.consent import load_consent
from app.intake.form_check import FormChecker
from app.intake.patient_languages import PatientLanguages
from app.intake.questionnaire import load_questionnaire
from app.intake.submit import IntakeService
from app.storage.errors import StorageError
from ui.content_view import ContentView
from ui.form.questionnaire_form import QuestionnaireForm
from ui.language_choice import content_languages
from ui.pc_form.intake_panel import IntakePanel
from ui.pc_form.main_window import MainWindow
from ui.pc_form.notice_banner import NoticeBanner

if TYPE_CHECKING:
    from app.network.station_kiosk import OutboxIntakes
    from app.storage.driver import sqlite3


@dataclass
class Application:
    """Everything the form's builder made, so tests can drive the real composition."""

    window: MainWindow
    service: IntakeService | OutboxIntakes  # on a paired station: the outbox
    storage_error: StorageError | None
    # build_pc_form(open_storage_later=True): opens the database, reports a problem
    # on screen and brings back a draft; main() calls it after the first frame.
    open_storage: Callable[[], None] | None = None


def build_pc_form(
    data_dir: Path,
    *,
    language: str = "en",
    opener: Callable[[Path], sqlite3.Connection] | None = None,
    confirm_discard: Callable[[QWidget], bool] | None = None,
    idle_ms: int | None = None,
    open_storage_later: bool = False,
) -> Application:
    """Build the service and the main window for ``data_dir`` (a QApplication must exist).

    ``opener`` opens the database; tests pass one with a short lock timeout.
    ``confirm_discard`` asks before closing over unsubmitted answers (default: a dialog).
    ``open_storage_later``: the database is opened by ``Application.open_storage``, not
    now (the form's first frame needs none of it: SQLCipher, the key, the migrations).
    """
    questionnaire = load_questionnaire(questionnaire_path())
    checker = FormChecker(questionnaire)
    service = IntakeService(questionnaire, database_path(data_dir), checker, opener=opener)
    # The article alone at first: its results (if any) are in the database, opened
    # after the first frame.
    content = ContentView("")
    content.show_article(plain_article(
        load_content(language, resources_dir() / "content", content_override_dir(data_dir))
    ))  # fmt: skip
    form = QuestionnaireForm(questionnaire, checker)
    consent = load_consent(resources_dir() / "consent", language)
    names = content_languages(resources_dir() / "content")
    languages = PatientLanguages.bundled(
        questionnaire, questionnaire_path(), resources_dir() / "consent", names
    )
    intake = IntakePanel(
        service, form, NoticeBanner(), consent, languages=languages,
        article_shown=lambda: content.shown,
    )  # fmt: skip
    opened: list[sqlite3.Connection] = []

    def show_article(chosen: str) -> None:
        from app.outcomes.clinic_results import clinic_article  # SQL: not at the first frame
        from app.system.clock import utc_now_text

        conn = opened[0] if opened else None
        content.show_article(clinic_article(conn, chosen, data_dir, utc_now_text()))

    intake.languageChanged.connect(show_article)
    window = MainWindow(content, intake, confirm_discard=confirm_discard)
    built = Application(window=window, service=service, storage_error=None)

    def open_storage() -> None:
        conn = None
        try:
            conn = service.open()
        except StorageError as exc:
            built.storage_error = exc
            intake.report_storage_problem(exc)
        if conn is not None:
            from app.staff.accounts import StaffAccounts

            opened.append(conn)
            show_article(intake.language)  # now with the clinic's results, if published
            intake.clinic_name = StaffAccounts(conn).clinic_name()  # for the patient's copy
        guard_privacy(window, conn, idle_ms)

    if open_storage_later:
        built.open_storage = open_storage
    else:
        open_storage()
    return built


def guard_privacy(window: MainWindow, conn: sqlite3.Connection | None, idle_ms: int | None) -> None:
    """The PC form clears itself after the clinic's idle time and keeps a draft for that
    long (ui/pc_form/form_privacy.py); a recent draft comes back now."""
    from app.clinic.settings import kiosk_idle_seconds
    from app.intake.kiosk_draft import DraftStore
    from ui.pc_form.form_privacy import PC_FORM_DEVICE, FormPrivacy

    if idle_ms is None:
        idle_ms = (kiosk_idle_seconds(conn) if conn is not None else 120) * 1000
    drafts = DraftStore(conn, device=PC_FORM_DEVICE) if conn is not None else None
    window.privacy = FormPrivacy(window.intake, drafts, idle_ms)
    window.privacy.restore()
