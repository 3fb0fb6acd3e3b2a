"""The follow-up settings' reading and saving on the PC that keeps the records: the
ladder, the clinic's phone and its mail server in one transaction, in the audit trail
(the server's address and account, never its password); and a test message."""

from __future__ import annotations

from email.message import EmailMessage

from app.clinic.settings import CLINIC_PHONE_KEY, clinic_phone, put_setting
from app.follow_ups.ladder import LADDER_KEY, read_ladder
from app.follow_ups.mail_server import (
    MailServer,
    MaybeSent,
    NotSent,
    put_mail_server,
    read_mail_server,
    send,
)
from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, translate_errors
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now_text
from ui.follow_ups.follow_up_settings_dialog import FollowUpSettings, ladder_text
from ui.issue_messages import storage_message
from ui.translate import tr
from ui.workspace.settings_dialog import FollowingUp

TEST_TIMEOUT = 10.0


def following_up(conn: sqlite3.Connection, by: str, clinic: str) -> FollowingUp:
    def current() -> FollowUpSettings:
        return FollowUpSettings(read_ladder(conn), clinic_phone(conn), read_mail_server(conn))

    def save(settings: FollowUpSettings) -> str | None:
        before = read_mail_server(conn)
        try:
            with translate_errors("settings"), write_transaction(conn):
                put_setting(conn, LADDER_KEY, settings.ladder.to_data())
                put_setting(conn, CLINIC_PHONE_KEY, settings.clinic_phone)
                put_mail_server(conn, settings.mail_server)
                audit = AuditLog(conn)
                audit.put(by, "settings-changed", None,
                          f"follow-up ladder {ladder_text(settings.ladder)}, let go after"
                          f" {settings.ladder.let_go_after} d; patients call"
                          f" {settings.clinic_phone or 'no number'}")  # fmt: skip
                if settings.mail_server != before:
                    server = settings.mail_server
                    audit.put(by, "mail-settings-changed", None,
                              server.summary() if server else "no e-mail reminders")  # fmt: skip
        except StorageError as exc:
            return storage_message(exc.problem, exc.path)
        return None

    def send_test(server: MailServer, address: str) -> str:
        message = EmailMessage()
        message["From"], message["To"] = server.sender, address
        message["Subject"] = f"Knee Intake: a test from {clinic}"
        message.set_content(f"This test was sent by {by} on {utc_now_text()}. "
                            "E-mail reminders can go through this server.")  # fmt: skip
        try:
            send(server, message, address, timeout=TEST_TIMEOUT)
        except NotSent as refused:
            return tr("Not sent: {0}. Check the server, the port, the security and the "
                      "account.").format(refused.problem)  # fmt: skip
        except MaybeSent:
            return tr("The server stopped answering as it took the message: check your "
                      "inbox.")  # fmt: skip
        return tr("Sent to {0}: check that it arrived.").format(address)

    return FollowingUp(current, save, send_test)
