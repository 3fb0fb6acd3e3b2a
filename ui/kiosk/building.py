"""The kiosk built on the main PC: intakes and follow-ups into the clinic's own database,
staff let out by its accounts, the article with the clinic's results.

A paired tablet's kiosk (the host's form, intakes through the outbox) is built by
ui/station/building.py. Imported only when the kiosk is made: the sign-in starts
without the form's modules (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.clinic.data_folder import database_path
from app.clinic.educational_content import ShownArticle
from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.clinic.settings import kiosk_idle_seconds
from app.intake.consent import load_consent
from app.intake.form_check import FormChecker
from app.intake.kiosk_draft import DraftStore
from app.intake.patient_languages import PatientLanguages
from app.intake.questionnaire import Questionnaire
from app.intake.submit import IntakeService
from app.intake.timing import typical_minutes
from app.outcomes import follow_up_questionnaire
from app.outcomes.clinic_results import clinic_article
from app.outcomes.follow_up_desk import LocalFollowUpDesk
from app.staff.accounts import KioskExitDoor, StaffAccounts
from app.storage.driver import sqlite3
from app.system.clock import utc_now_text
from ui.kiosk.kiosk_window import KioskTimings, KioskWindow
from ui.language_choice import content_languages


def build_main_pc_kiosk(
    conn: sqlite3.Connection,
    questionnaire: Questionnaire,
    accounts: StaffAccounts,
    data_dir: Path,
    opener: Callable[[Path], sqlite3.Connection],
    kiosk_timings: KioskTimings | None = None,
) -> KioskWindow:
    """The kiosk on ``conn``, the session's connection (drafts, settings, the article's
    results); intakes and follow-ups each on a connection of their own from ``opener``."""
    checker = FormChecker(questionnaire)
    service = IntakeService(
        questionnaire, database_path(data_dir), checker, opener=opener, source="kiosk"
    )

    def article(language: str) -> ShownArticle:
        return clinic_article(conn, language, data_dir, utc_now_text())

    timings = kiosk_timings or KioskTimings(idle_ms=kiosk_idle_seconds(conn) * 1000)
    follow_ups = LocalFollowUpDesk(
        FormChecker(follow_up_questionnaire()), database_path(data_dir), opener=opener
    )
    languages = content_languages(resources_dir() / "content")
    kiosk = KioskWindow(
        questionnaire, checker, service, KioskExitDoor(accounts), DraftStore(conn),
        load_consent(resources_dir() / "consent", "en"), article,
        languages=languages, timings=timings, follow_ups=follow_ups,
        patient_languages=PatientLanguages.bundled(
            questionnaire, questionnaire_path(), resources_dir() / "consent", languages
        ),
        typical_minutes=lambda: typical_minutes(conn),
    )  # fmt: skip
    kiosk.destroyed.connect(service.close)
    kiosk.destroyed.connect(follow_ups.close)
    return kiosk
