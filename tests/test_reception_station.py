"""A second reception PC: the same workspace and record screens, against a real main
PC process on 127.0.0.1 (the records interface over the network)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from app.clinic.data_folder import database_path
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.network.host_records import HostClinicRecords, HostStaffAccounts
from app.network.station_link import HostLink, StationConfig, pair
from app.staff.accounts import SignInOutcome
from tests.clicking import click_named, named
from tests.clinic_network import PASSWORD, Host
from tests.intake_factory import IntakeFactory
from ui.main import build_staff_session
from ui.staff.account_dialogs import SignInDialog
from ui.workspace.workspace_window import WorkspaceWindow

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def host(tmp_path: Path, knee_questionnaire: Questionnaire) -> Iterator[Host]:
    made = Host(tmp_path / "host")
    factory = IntakeFactory(knee_questionnaire, database_path(made.folder))
    factory.submit("Ann", "Lee", knee=("left",))
    factory.submit("Bob", "Ray")
    factory.close()
    made.start()
    yield made
    made.stop()


class Desk:
    """A reception PC paired with the host, signed in as Rita."""

    def __init__(self, host: Host, folder: Path, name: str, qtbot, questionnaire) -> None:
        self.config: StationConfig = pair("127.0.0.1", host.port, host.code("reception"), name)
        self.link = HostLink(self.config)
        self.accounts = HostStaffAccounts(self.link, "Riverside Knee Clinic")
        result = self.accounts.sign_in("rita", PASSWORD)
        assert result.outcome is SignInOutcome.SIGNED_IN and result.staff is not None
        assert self.accounts.session is not None
        self.records = HostClinicRecords(self.link, self.accounts.session, today=lambda: TODAY)
        self.exports = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.window = WorkspaceWindow(
            None, questionnaire, FormChecker(questionnaire, today=lambda: TODAY),
            result.staff, self.accounts, today=lambda: TODAY, clinic=self.records,
            choose_csv_path=lambda _parent, _name: folder / "list.csv",
            choose_pdf_path=lambda _parent, _name: folder / "summary.pdf",
        )  # fmt: skip
        qtbot.addWidget(self.window)
        self.window.resize(1600, 900)
        self.window.show()
        self.qtbot = qtbot

    def click(self, parent: QWidget, name: str) -> None:
        click_named(self.qtbot, parent, name)

    def names(self) -> list[str]:
        model = self.window.model
        return [model.index(row, 1).data() for row in range(model.rowCount())]

    def close(self) -> None:
        self.window.close()
        self.link.close()


@pytest.fixture
def desks(host: Host, tmp_path: Path, qtbot, styled_qapp, knee_questionnaire):
    made: list[Desk] = []

    def make(name: str) -> Desk:
        desk = Desk(host, tmp_path / name, name, qtbot, knee_questionnaire)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


def test_reception_on_a_second_pc_searches_changes_and_exports_on_the_main_pc(
    host: Host, desks, qtbot
) -> None:
    desk = desks("Front desk 2")
    window = desk.window
    assert sorted(desk.names()) == ["Lee, Ann", "Ray, Bob"]
    assert named(window, "staff-accounts") is None  # on the main PC only
    qtbot.keyClicks(window.filters.search, "lee")
    qtbot.waitUntil(lambda: desk.names() == ["Lee, Ann"])
    intake_id = host.rows("SELECT i.id FROM intake i JOIN patient p ON p.id = i.patient_id"
                          " WHERE p.last_name = 'Lee'")[0][0]  # fmt: skip
    view = window.open_record(intake_id)
    assert view.findChild(QLabel, "record-title").text() == "Ann Lee"
    # Status, contact: written on the main PC, by Rita, through this PC.
    status = view.findChild(QComboBox, "record-status")
    status.setCurrentIndex(status.findData("contacted"))
    desk.click(view, "change-status")
    desk.click(view, "log-contact")
    contact = view.findChild(QDialog, "contact-dialog")
    qtbot.keyClicks(contact.findChild(QWidget, "contact-note"), "Booked for Tuesday")
    desk.click(contact, "dialog-ok")
    assert not contact.isVisible()
    assert host.rows("SELECT status FROM intake WHERE id = ?", (intake_id,)) == [("contacted",)]
    assert host.rows("SELECT note, contacted_by FROM contact_log") == [
        ("Booked for Tuesday", "rita via Front desk 2")
    ]
    assert "Booked for Tuesday" in view.findChild(QWidget, "record-contacts").item(0).text()
    # The list follows the change made through it.
    qtbot.waitUntil(lambda: "Contacted" in window.model.index(0, 8).data())
    # The summary as PDF, and the list as CSV, on this PC; noted on the main PC.
    desk.click(view, "save-pdf")
    assert (desk.exports / "summary.pdf").read_bytes().startswith(b"%PDF")
    view.close()
    window.filters.search.clear()
    qtbot.waitUntil(lambda: len(desk.names()) == 2)
    desk.click(window, "export-csv")
    with (desk.exports / "list.csv").open(encoding="utf-8-sig", newline="") as f:
        assert sorted(r["Last name"] for r in csv.DictReader(f)) == ["Lee", "Ray"]
    audit = host.rows("SELECT actor, action, detail FROM audit WHERE action IN"
                      " ('record-opened', 'export-pdf', 'export-csv') ORDER BY id")  # fmt: skip
    assert audit == [
        ("rita via Front desk 2", "record-opened", None),
        ("rita via Front desk 2", "export-pdf", None),
        ("rita via Front desk 2", "export-csv", "2 rows"),
    ]
    # The audit trail's filter by staff member finds what she did on any PC.
    from app.staff.audit_log import AuditFilter, AuditLog
    from app.storage.database import open_database

    conn = open_database(database_path(host.folder))
    found = AuditLog(conn).entries(AuditFilter(actor="Rita", action="export-csv"))
    conn.close()
    assert [entry.actor for entry in found] == ["rita via Front desk 2"]


def test_two_reception_pcs_saving_one_record_the_second_is_refused_and_keeps_its_text(
    host: Host, desks, qtbot
) -> None:
    first, second = desks("Front desk"), desks("Back office")
    intake_id = host.rows("SELECT min(id) FROM intake")[0][0]
    view_a = first.window.open_record(intake_id)
    view_b = second.window.open_record(intake_id)
    first.click(view_a, "log-contact")
    dialog_a = view_a.findChild(QDialog, "contact-dialog")
    qtbot.keyClicks(dialog_a.findChild(QWidget, "contact-note"), "Called, booked")
    first.click(dialog_a, "dialog-ok")
    second.click(view_b, "log-contact")
    dialog_b = view_b.findChild(QDialog, "contact-dialog")
    qtbot.keyClicks(dialog_b.findChild(QWidget, "contact-note"), "Texted the address")
    second.click(dialog_b, "dialog-ok")
    assert dialog_b.isVisible() and "Someone else changed" in dialog_b.save_problem.text()
    assert dialog_b.findChild(QWidget, "contact-note").toPlainText() == "Texted the address"
    assert host.rows("SELECT note FROM contact_log") == [("Called, booked",)]
    second.click(dialog_b, "dialog-ok")  # seen the other change: saved now
    assert sorted(host.rows("SELECT note FROM contact_log")) == [
        ("Called, booked",), ("Texted the address",)
    ]  # fmt: skip


def test_a_reception_pc_signs_in_on_the_main_pc(
    host: Host, tmp_path: Path, qtbot, styled_qapp
) -> None:
    folder = tmp_path / "reception"
    pair("127.0.0.1", host.port, host.code("reception"), "Front desk").save(folder)
    session = build_staff_session(folder, full_screen=False)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    assert "Riverside Knee Clinic" in dialog.windowTitle()
    for name, text in (("sign-in-username", "rita"), ("sign-in-password", PASSWORD)):
        edit = dialog.findChild(QLineEdit, name)
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialog-ok"), Qt.MouseButton.LeftButton)
    workspace = session.workspace
    assert isinstance(workspace, WorkspaceWindow)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2)
    assert host.rows("SELECT actor FROM audit WHERE action = 'sign-in'") == [("rita",)]
    workspace.sign_out()
    session.finish()
    session.deleteLater()


def test_treatments_follow_ups_and_corrections_from_a_reception_pc(
    host: Host, desks, qtbot
) -> None:
    from ui.workspace.record_dialogs import CorrectionDialog

    desk = desks("Front desk 2")
    intake_id = host.rows("SELECT min(id) FROM intake")[0][0]
    view = desk.window.open_record(intake_id)
    desk.click(view, "add-treatment")
    treatment = view.findChild(QDialog, "treatment-dialog")
    qtbot.keyClicks(treatment.findChild(QLineEdit, "clinician"), "Dr Shah")
    for choice in ("product:prp", "image-guidance:ultrasound"):
        qtbot.mouseClick(treatment.findChild(QWidget, choice), Qt.MouseButton.LeftButton)
    desk.click(treatment, "dialog-ok")
    assert not treatment.isVisible()
    assert host.rows(
        "SELECT clinician, recorded_by, cell_source, image_guidance FROM treatment"
    ) == [("Dr Shah", "rita via Front desk 2", "prp", "ultrasound")]
    proposed = host.rows("SELECT count(*) FROM follow_up WHERE done_at IS NULL")[0][0]
    assert proposed == 4  # 6 weeks, 3, 6 and 12 months, the clinic's intervals
    follow_ups = view.findChild(QWidget, "record-follow-ups")
    follow_ups.setCurrentRow(0)
    desk.click(view, "follow-up-done")
    assert host.rows("SELECT count(*) FROM follow_up WHERE done_at IS NOT NULL") == [(1,)]
    which = view.findChild(QComboBox, "correct-which")
    which.setCurrentIndex(which.findData("pain-now"))
    desk.click(view, "correct-answer")
    correction = view.findChild(CorrectionDialog)
    desk.click(correction, "pain-now:2")
    qtbot.keyClicks(correction.reason, "Patient phoned")
    desk.click(correction, "dialog-ok")
    assert host.rows("SELECT corrected_by, reason FROM answer_correction") == [
        ("rita via Front desk 2", "Patient phoned")
    ]
    assert host.rows("SELECT pain_now FROM intake WHERE id = ?", (intake_id,)) == [(2,)]
    assert (
        "Corrected by rita via Front desk 2"
        in view.findChild(QWidget, "record-answers").toPlainText()
    )


def test_a_password_changed_on_a_reception_pc_is_changed_on_the_main_pc(
    host: Host, desks, qtbot
) -> None:
    desk = desks("Front desk 2")
    dialog = desk.window.change_password()
    for name, text in (
        ("current-password", PASSWORD),
        ("new-password", "a brand new secret"),
        ("confirm-password", "a brand new secret"),
    ):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), text)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dialog-ok"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    fresh = HostStaffAccounts(desk.link, "Riverside Knee Clinic")
    assert fresh.sign_in("rita", PASSWORD).outcome is SignInOutcome.WRONG
    assert fresh.sign_in("rita", "a brand new secret").outcome is SignInOutcome.SIGNED_IN
    assert host.rows("SELECT actor FROM audit WHERE action = 'password-changed'") == [("rita",)]
