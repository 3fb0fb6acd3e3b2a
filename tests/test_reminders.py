"""E-mail reminders for due follow-ups (issue 26), against real SMTP servers on
127.0.0.1: nothing goes until an administrator sets the server, and only to a patient
who said e-mail is OK; each reminder goes once, through STARTTLS with a password, in
the patient's language, with nothing of their health in it; a server that refuses,
hangs and comes back loses nothing and sends nothing twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.clinic.resource_paths import resources_dir
from app.clinic.settings import CLINIC_PHONE_KEY, put_setting
from app.follow_ups.ladder import DEFAULT_LADDER
from app.follow_ups.mail_server import MailServer, put_mail_server
from app.follow_ups.reminders import SENDER_ACTOR, ReminderRun
from app.follow_ups.work_list import todays_list
from app.intake.consent import SignedConsent
from app.records.follow_up_plan import ProposedFollowUp
from app.records.record_book import RecordBook, TreatmentEntry
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from tests.intake_factory import IntakeFactory
from tests.mail_servers import PASSWORD, USER, Mailbox, free_port, mail_server, silent_server

DUE = dt.date(2026, 6, 1)
SENDER = "reminders@riverside.example"


@dataclass
class Clock:
    now: dt.datetime = field(default_factory=lambda: dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC))

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Clinic:
    conn: sqlite3.Connection
    factory: IntakeFactory
    clock: Clock
    port: int

    def patient(self, first: str, *, email: str = "", ok_to_email: bool = True,
                language: str = "en") -> int:  # fmt: skip
        """A treated patient whose follow-up falls due on DUE."""
        consent = SignedConsent("en-2026-01", "2026-04-01T10:00:00+00:00",
                                typed_name=f"{first} Lee", language=language)  # fmt: skip
        ways = ("phone", "email") if ok_to_email else ("phone",)
        saved = self.factory.submit(first, "Lee", email=email, contact_consent=ways,
                                    consent=consent)  # fmt: skip
        RecordBook(self.conn, self.factory.questionnaire).add_treatment(
            saved.intake_id, TreatmentEntry(DUE - dt.timedelta(weeks=6), "left", "fat", 1,
                                            "Dr Okafor"),
            "rita", [ProposedFollowUp(DUE, "6 weeks after treatment 1")],
        )  # fmt: skip
        return saved.intake_id

    def set_mail_server(self, port: int | None = None) -> None:
        server = MailServer("127.0.0.1", port or self.port, "starttls", USER, PASSWORD, SENDER)
        with write_transaction(self.conn):
            put_mail_server(self.conn, server)
            put_setting(self.conn, CLINIC_PHONE_KEY, "(202) 555-0100")

    def run(self, context=None, timeout: float = 1.0):
        return ReminderRun(self.conn, resources_dir() / "reminders", clock=self.clock,
                           today=lambda: self.clock.now.date(), context=context,
                           timeout=timeout).run()  # fmt: skip

    def rows(self, sql: str) -> list[tuple]:
        return self.conn.execute(sql).fetchall()


@pytest.fixture
def clinic(knee_questionnaire, tmp_path: Path) -> Iterator[Clinic]:
    factory = IntakeFactory(knee_questionnaire, tmp_path / "k.db")
    conn = open_database(tmp_path / "k.db")
    StaffAccounts(conn).set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
    made = Clinic(conn, factory, Clock(), free_port())
    yield made
    factory.close()
    conn.close()


def test_nothing_goes_until_the_server_is_set_and_only_where_e_mail_is_ok(
    clinic: Clinic, tmp_path: Path
) -> None:
    clinic.patient("Ann", email="ann@example.com")
    clinic.patient("Bob", email="bob@example.com", ok_to_email=False)
    clinic.patient("Cy")  # no address
    mailbox = Mailbox()
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        assert clinic.run(context).queued == 0  # no server set: nothing queued
        assert clinic.rows("SELECT count(*) FROM reminder_outbox") == [(0,)]
        clinic.set_mail_server()
        counts = clinic.run(context)
    assert (counts.queued, counts.sent) == (1, 1)
    assert mailbox.recipients == ["ann@example.com"]
    # Bob and Cy stay on the list for a reminder another way.
    items = {item.name: item for item in todays_list(clinic.conn, DEFAULT_LADDER, DUE)}
    assert [items[n].email_allowed for n in ("Bob Lee", "Cy Lee")] == [False, False]
    assert items["Ann Lee"].position.step is None  # the step is taken
    assert [(s.kind, s.way, s.result, s.done_by) for s in items["Ann Lee"].taken] == [
        ("reminder", "email", "sent", SENDER_ACTOR)
    ]


def test_a_reminder_goes_once_in_the_patients_language_with_nothing_of_their_health(
    clinic: Clinic, tmp_path: Path
) -> None:
    ann = clinic.patient("Ann", email="ann@example.com")
    clinic.patient("Ana", email="ana@example.com", language="es")
    clinic.set_mail_server()
    mailbox = Mailbox()
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        assert clinic.run(context).sent == 2
        clinic.clock.now += dt.timedelta(hours=3)
        assert clinic.run(context).sent == 0  # the same step: never again
        clinic.clock.now += dt.timedelta(days=7)  # the second reminder is due on day 7
        assert clinic.run(context).sent == 2
    english = next(m for m in mailbox.messages if m["To"] == "ann@example.com")
    assert english["Subject"] == "A message from Riverside Knee Clinic"
    assert english["From"] == SENDER and english["List-Unsubscribe"]
    body = english.get_payload(decode=True).decode()
    assert "Your knee follow-up with Riverside Knee Clinic is due" in body
    assert "(202) 555-0100" in body and "Hello Ann" in body
    for health in ("stem", "cell", "pain", "KOOS", "fat", "treatment", "Lee"):
        assert health not in body and health not in english["Subject"]
    spanish = next(m for m in mailbox.messages if m["To"] == "ana@example.com")
    assert spanish["Subject"] == "Un mensaje de Riverside Knee Clinic"
    assert "seguimiento de la rodilla" in spanish.get_payload(decode=True).decode()
    assert len(mailbox.messages) == 4
    trail = clinic.rows(f"SELECT actor, detail FROM audit WHERE action = 'follow-up-step'"
                        f" AND intake_id = {ann} ORDER BY id")  # fmt: skip
    assert trail == [(SENDER_ACTOR, "reminder 1: email, sent"),
                     (SENDER_ACTOR, "reminder 2: email, sent")]  # fmt: skip


def test_a_server_that_refuses_hangs_and_comes_back_loses_nothing_and_sends_nothing_twice(
    clinic: Clinic, tmp_path: Path
) -> None:
    clinic.patient("Ann", email="ann@example.com")
    clinic.set_mail_server()
    state = "SELECT state, attempts, problem FROM reminder_outbox"
    # Nothing listening.
    assert clinic.run(timeout=1.0).waiting == 1
    assert clinic.rows(state) == [("waiting", 1, "connection-refused")]
    assert clinic.run(timeout=1.0).waiting == 0  # not before its next try (5 minutes)
    # A server that takes the connection and never answers.
    clinic.clock.now += dt.timedelta(minutes=5)
    with silent_server(clinic.port):
        assert clinic.run(timeout=1.0).waiting == 1
    assert clinic.rows(state) == [("waiting", 2, "no-answer")]
    # One that says "try later" to the recipient, then one that works.
    mailbox = Mailbox()
    mailbox.refuse_rcpt = "451 4.3.0 Try again later"
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        clinic.clock.now += dt.timedelta(minutes=15)
        assert clinic.run(context).waiting == 1
        assert clinic.rows(state) == [("waiting", 3, "recipient-refused-451")]
        mailbox.refuse_rcpt = None
        clinic.clock.now += dt.timedelta(minutes=30)
        assert clinic.run(context).sent == 0  # its next try is an hour after the last
        clinic.clock.now += dt.timedelta(minutes=30)
        assert clinic.run(context).sent == 1
        for _ in range(3):
            clinic.clock.now += dt.timedelta(hours=2)
            assert clinic.run(context).sent == 0
    assert len(mailbox.messages) == 1
    assert clinic.rows(state) == [("sent", 4, None)]


def test_a_server_that_hangs_while_taking_the_message_may_have_it_so_it_is_not_resent(
    clinic: Clinic, tmp_path: Path
) -> None:
    clinic.patient("Ann", email="ann@example.com")
    clinic.patient("Bob", email="bob@nowhere.example")
    clinic.set_mail_server()
    mailbox = Mailbox()
    mailbox.hang_in_data = 2.5
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        counts = clinic.run(context, timeout=1.0)
        assert counts.uncertain == 2
        mailbox.hang_in_data = 0
        mailbox.refuse_rcpt = "550 5.1.1 No such mailbox"
        for _ in range(3):
            clinic.clock.now += dt.timedelta(hours=1)
            assert clinic.run(context).sent == 0
    assert clinic.rows("SELECT DISTINCT state, problem FROM reminder_outbox") == [
        ("uncertain", "maybe-sent")
    ]
    # Staff see it on the list, the step still to do (by phone, say).
    items = todays_list(clinic.conn, DEFAULT_LADDER, DUE)
    assert [item.reminder for item in items] == [("uncertain", "maybe-sent")] * 2


def test_an_address_the_server_refuses_for_good_is_not_tried_again(
    clinic: Clinic, tmp_path: Path
) -> None:
    clinic.patient("Bob", email="bob@nowhere.example")
    clinic.set_mail_server()
    mailbox = Mailbox()
    mailbox.refuse_rcpt = "550 5.1.1 No such mailbox"
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        assert clinic.run(context).failed == 1
        clinic.clock.now += dt.timedelta(hours=1)
        assert clinic.run(context).failed == 0
    assert clinic.rows("SELECT state, problem FROM reminder_outbox") == [
        ("failed", "recipient-refused-550")
    ]
    [item] = todays_list(clinic.conn, DEFAULT_LADDER, DUE)
    assert item.reminder == ("failed", "recipient-refused-550") and item.position.step == 0


def test_staff_record_that_the_patient_wants_no_more_e_mails(
    clinic: Clinic, tmp_path: Path, qtbot, styled_qapp
) -> None:
    """From the record; the waiting reminder is not sent, nor any after."""
    from app.intake.form_check import FormChecker
    from app.staff.accounts import StaffAccounts
    from ui.workspace.workspace_window import WorkspaceWindow

    ann = clinic.patient("Ann", email="ann@example.com")
    clinic.set_mail_server()
    assert clinic.run(timeout=1.0).waiting == 1  # no server listening: it waits
    accounts = StaffAccounts(clinic.conn)
    rita = accounts.sign_in("rita", "correct horse 1").staff
    assert rita is not None
    window = WorkspaceWindow(clinic.conn, clinic.factory.questionnaire,
                             FormChecker(clinic.factory.questionnaire), rita, accounts)  # fmt: skip
    qtbot.addWidget(window)
    view = window.open_record(ann)
    assert view.stop_reminders.isVisible()
    qtbot.mouseClick(view.stop_reminders, Qt.MouseButton.LeftButton)
    assert not view.stop_reminders.isVisible()
    assert "No e-mail reminders since" in view.contact.text() and "(rita)" in view.contact.text()
    assert clinic.rows("SELECT email_reminders_stopped_by FROM patient") == [("rita",)]
    assert clinic.rows("SELECT count(*) FROM reminder_outbox") == [(0,)]
    assert clinic.rows("SELECT actor FROM audit WHERE action = 'email-reminders-stopped'") == [
        ("rita",)
    ]
    mailbox = Mailbox()
    with mail_server(tmp_path, mailbox, clinic.port) as context:
        for _ in range(3):
            clinic.clock.now += dt.timedelta(days=4)
            clinic.run(context)
    assert mailbox.messages == []
    window.close()
