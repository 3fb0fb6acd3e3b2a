"""The waiting room's tablet for the tests: kiosks on one real database file, tapped."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.clinic.educational_content import plain_article
from app.clinic.resource_paths import resources_dir
from app.intake.consent import load_consent
from app.intake.form_check import FormChecker
from app.intake.kiosk_draft import DraftStore
from app.intake.kiosk_services import FollowUpDesk
from app.intake.submit import IntakeService
from app.intake.timing import typical_minutes
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.fixed_clock import Clock
from tests.sqlite_file import open_file
from ui.kiosk.kiosk_window import KioskTimings, KioskWindow

PASSWORD = "correct horse battery"
ARTICLE = "# Stem cell therapy for knees\n\nWhat the treatment is, and what to expect."


class Tablet:
    """Kiosks on one database file, as the waiting room's tablet runs them."""

    def __init__(self, qtbot, questionnaire, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.path = tmp_path / "knee-intake.db"
        self.questionnaire = questionnaire
        self.clock = Clock()
        self.conn = open_database(self.path)
        self.accounts = self.make_accounts(self.conn)
        self.accounts.set_up("Riverside Knee Clinic", "maria", "Maria Lopez", PASSWORD)
        self.kiosks: list[KioskWindow] = []
        self.services: list[IntakeService] = []
        self.connections = [self.conn]

    def restart(self) -> sqlite3.Connection:
        """A new app instance's own connection to the same file."""
        conn = open_database(self.path)
        self.connections.append(conn)
        return conn

    def make_accounts(self, conn: sqlite3.Connection) -> StaffAccounts:
        return StaffAccounts(
            conn, hasher=PasswordHasher.from_parameters(CHEAPEST), clock=self.clock
        )

    def kiosk(
        self,
        conn: sqlite3.Connection | None = None,
        *,
        follow_ups: FollowUpDesk | None = None,
        bilingual: bool = False,
        languages: dict | None = None,
        **timings: int,
    ) -> KioskWindow:
        """A kiosk on ``conn`` (a new app instance passes its own connection)."""
        conn = conn or self.conn
        checker = FormChecker(self.questionnaire)
        service = IntakeService(
            self.questionnaire, self.path, checker, clock=self.clock, source="kiosk"
        )
        self.services.append(service)
        defaults = {"idle_ms": 60_000, "countdown_s": 3, "tick_ms": 20, "draft_ms": 60_000,
                    "thank_you_ms": 60_000, "hold_ms": 50}  # fmt: skip
        extra = dict(languages or (bundled_languages(self.questionnaire) if bilingual else {}))
        article = extra.pop("article", lambda _language: plain_article(ARTICLE))
        kiosk = KioskWindow(
            self.questionnaire, checker, service, self.make_accounts(conn),
            DraftStore(conn, clock=self.clock),
            load_consent(resources_dir() / "consent", "en"), article,
            timings=KioskTimings(**{**defaults, **timings}), clock=self.clock,
            follow_ups=follow_ups, typical_minutes=lambda: typical_minutes(conn), **extra,
        )  # fmt: skip
        kiosk.resize(1280, 800)
        kiosk.show()
        self.qtbot.waitExposed(kiosk)
        kiosk.begin()
        self.kiosks.append(kiosk)
        return kiosk

    def tap(self, parent: QWidget, name: str) -> None:
        # The one showing: the kiosk keeps a set of pages for each language used.
        shown = [b for b in parent.findChildren(QPushButton, name) if b.isVisible()]
        assert len(shown) == 1, name
        target = shown[0]
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    def type_into(self, parent: QWidget, name: str, text: str) -> None:
        edit = parent.findChild(QLineEdit, name)
        assert edit is not None, name
        self.qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        self.qtbot.keyClicks(edit, text)

    def sign(self, kiosk: KioskWindow) -> None:
        pad = kiosk.consent.pad
        self.qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 150))
        for x, y in ((120, 90), (200, 170), (300, 100), (420, 160)):
            self.qtbot.mouseMove(pad, QPoint(x, y))
        self.qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(460, 150))

    def rows(self, sql: str) -> list[tuple]:
        check = open_file(self.path)
        try:
            return check.execute(sql).fetchall()
        finally:
            check.close()

    def close(self) -> None:
        for kiosk in self.kiosks:
            kiosk.shut_down()
        for service in self.services:
            service.close()
        for conn in self.connections:
            conn.close()


def bundled_languages(questionnaire) -> dict:
    """The kiosk's languages as the app gives them: every bundled one, with its article,
    questionnaire words and consent."""
    from app.clinic.educational_content import load_content
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.patient_languages import PatientLanguages
    from ui.language_choice import content_languages

    content = resources_dir() / "content"
    names = content_languages(content)
    return {
        "languages": names,
        "patient_languages": PatientLanguages.bundled(
            questionnaire, questionnaire_path(), resources_dir() / "consent", names
        ),
        "article": lambda language: plain_article(load_content(language, content, None)),
    }
