"""The clinic's own e-mail server, as an administrator set it (nothing is sent until
they do): where it is, STARTTLS or TLS from the start, the account and its password,
and the sender's address.

Kept in the database's setting table: the file is encrypted (app/encryption), so the
password is too. Sending tells apart a message the server cannot have accepted (it
may be tried again) from one it may have (it never is: a patient is not reminded
twice): see ``send``.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from typing import Literal

from app.clinic.settings import put_setting, read_setting
from app.storage.driver import sqlite3

MAIL_SERVER_KEY = "mail_server"
Security = Literal["starttls", "tls"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls")
TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: Security
    username: str
    password: str
    sender: str  # the From address

    def summary(self) -> str:
        """For the audit trail: never the password."""
        return f"{self.host}:{self.port} ({self.security}), as {self.username}, from {self.sender}"


def read_mail_server(conn: sqlite3.Connection) -> MailServer | None:
    raw = read_setting(conn, MAIL_SERVER_KEY)
    if not isinstance(raw, dict):
        return None
    try:
        server = MailServer(**{k: raw[k] for k in MailServer.__dataclass_fields__})
    except (KeyError, TypeError):
        return None
    return server if server.host and server.security in SECURITIES else None


def put_mail_server(conn: sqlite3.Connection, server: MailServer | None) -> None:
    """Set (or, with None, clear) as part of the caller's transaction."""
    put_setting(conn, MAIL_SERVER_KEY, asdict(server) if server is not None else None)


class NotSent(Exception):
    """The server did not take the message: trying again later may work, unless
    ``for_good`` (the address was refused)."""

    def __init__(self, problem: str, *, for_good: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem  # a kind of failure, never an address
        self.for_good = for_good


class MaybeSent(Exception):
    """The connection failed while the server was taking the message: it may have
    been delivered, so it is not sent again."""


def send(
    server: MailServer,
    message: EmailMessage,
    recipient: str,
    *,
    about_to_send: Callable[[], None] = lambda: None,
    context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> None:
    """Deliver ``message`` to ``recipient``; NotSent or MaybeSent otherwise.
    ``about_to_send()`` runs once the server has accepted the sender and the recipient,
    just before the message itself goes (it records the doubt first): from then on a
    failure is MaybeSent, unless the server answers that it refused the message."""
    context = context or ssl.create_default_context()
    try:
        if server.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout)
    except (OSError, smtplib.SMTPException) as exc:
        raise NotSent(_problem(exc)) from None
    try:
        _converse(smtp, server, message, recipient, about_to_send, context)
    finally:
        _close(smtp)


def _converse(
    smtp: smtplib.SMTP,
    server: MailServer,
    message: EmailMessage,
    recipient: str,
    about_to_send: Callable[[], None],
    context: ssl.SSLContext,
) -> None:
    try:
        smtp.ehlo()
        if server.security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.username:
            smtp.login(server.username, server.password)
        code, _ = smtp.mail(server.sender)
        if code != 250:
            raise NotSent(f"sender-refused-{code}", for_good=500 <= code < 600)
        code, _ = smtp.rcpt(recipient)
        if code not in (250, 251):
            raise NotSent(f"recipient-refused-{code}", for_good=500 <= code < 600)
    except smtplib.SMTPAuthenticationError:
        raise NotSent("login-refused") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise NotSent(_problem(exc)) from None
    about_to_send()
    try:
        code, _ = smtp.data(message.as_bytes())
    except smtplib.SMTPDataError as exc:  # the server said no: it does not have it
        raise NotSent(f"message-refused-{exc.smtp_code}",
                      for_good=500 <= exc.smtp_code < 600) from None  # fmt: skip
    except (OSError, smtplib.SMTPException):
        raise MaybeSent() from None
    if code != 250:
        raise NotSent(f"message-refused-{code}", for_good=500 <= code < 600)


def _close(smtp: smtplib.SMTP) -> None:
    """QUIT, then close; a server gone or hanging by then changes nothing."""
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _problem(exc: BaseException) -> str:
    """The kind of failure, in a word or two: a server's reply can quote an address."""
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no-answer"
    if isinstance(exc, ConnectionRefusedError):
        return "connection-refused"
    if isinstance(exc, ssl.SSLError):
        return "tls-failed"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return "starttls-not-offered"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"server-said-{exc.smtp_code}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        # smtplib says a timeout waiting for the server this way too.
        return "no-answer" if "timed out" in str(exc) else "disconnected"
    return "connection-failed"
