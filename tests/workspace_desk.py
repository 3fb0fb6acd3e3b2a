"""A reception workspace on a real database file, with the receptionist's hands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.intake.form_check import FormChecker
from app.records.records_list import Column
from app.staff.accounts import Staff, StaffAccounts
from app.storage.database import open_database
from tests.clicking import click_named
from tests.intake_factory import IntakeFactory
from tests.sqlite_file import open_file
from ui.workspace.workspace_window import WorkspaceWindow

TODAY = dt.date(2026, 11, 24)
PASSWORD = "correct horse battery"


class Desk:
    """A workspace on a real database file, with the receptionist's hands."""

    def __init__(self, qtbot, questionnaire, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.path = tmp_path / "knee-intake.db"
        self.factory = IntakeFactory(questionnaire, self.path)
        self.factory.service.open()
        self.conn = open_database(self.path)
        self.accounts = StaffAccounts(self.conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
        self.admin = self.accounts.set_up("Riverside Knee Clinic", "Rita", "Rita Chen", PASSWORD)
        self.questionnaire = questionnaire
        self.exports = tmp_path
        self.window: WorkspaceWindow | None = None

    def open(self, staff: Staff | None = None, **kwargs) -> WorkspaceWindow:
        window = WorkspaceWindow(
            self.conn,
            self.questionnaire,
            FormChecker(self.questionnaire, today=lambda: TODAY),
            staff or self.admin,
            self.accounts,
            today=lambda: TODAY,
            choose_csv_path=lambda _parent, _name: self.exports / "list.csv",
            choose_pdf_path=lambda _parent, _name: self.exports / "summary.pdf",
            **kwargs,
        )
        self.qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        self.qtbot.waitExposed(window)
        window.windowHandle().requestActivate()  # shortcuts need the active window
        # (or a dialog it opened for an administrator at once: the recovery key)
        self.qtbot.waitUntil(
            lambda: (
                window.isActiveWindow()
                or QApplication.activeWindow() in window.findChildren(QDialog)
            )
        )
        self.window = window
        return window

    def click(self, parent: QWidget, name: str) -> None:
        click_named(self.qtbot, parent, name)

    def names(self) -> list[str]:
        assert self.window is not None
        model = self.window.model
        return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]

    def search(self, text: str) -> None:
        assert self.window is not None
        box = self.window.filters.search
        box.clear()
        self.qtbot.keyClicks(box, text)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        check = open_file(self.path)
        try:
            return check.execute(sql, params).fetchall()
        finally:
            check.close()

    def close(self) -> None:
        self.conn.close()
        self.factory.close()
