"""Real SMTP servers on 127.0.0.1 for the reminder tests: aiosmtpd with STARTTLS and a
password, one that refuses or hangs in a chosen place, and a port where nothing
listens. Every server stops at the end of its ``with``."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "reminders@riverside.example", "mail password 1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, and its key."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "mail.pem", folder / "mail.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))  # fmt: skip
    return cert_path, key_path


class Mailbox:
    """What the server was given, and how it behaves: ``refuse_rcpt`` answers the
    recipient with that reply; ``hang_in_data`` waits that long before answering the
    message (the client has given up by then, so it cannot know)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.recipients: list[str] = []
        self.refuse_rcpt: str | None = None
        self.hang_in_data = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.hang_in_data:
            await asyncio.sleep(self.hang_in_data)
        self.messages.append(message_from_bytes(envelope.original_content))
        self.recipients.extend(envelope.rcpt_tos)
        return "250 Message accepted"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (
        auth_data.login.decode(), auth_data.password.decode()) == (USER, PASSWORD)  # fmt: skip
    return AuthResult(success=ok)


@contextmanager
def mail_server(folder: Path, mailbox: Mailbox, port: int) -> Iterator[ssl.SSLContext]:
    """A STARTTLS server with a password on 127.0.0.1:``port``; yields the context a
    client trusts it with."""
    cert, key = certificate(folder)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    controller = Controller(
        mailbox, hostname="127.0.0.1", port=port, tls_context=server_context,
        require_starttls=True, auth_required=True, authenticator=_authenticator,
        ready_timeout=10,
    )  # fmt: skip
    controller.start()
    try:
        yield ssl.create_default_context(cafile=str(cert))
    finally:
        controller.stop()


@contextmanager
def silent_server(port: int) -> Iterator[None]:
    """Takes the connection and never says a word (a server that hangs)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(4)
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        for _ in range(200):  # bounded: 40 s at most
            if stop.is_set():
                return
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)
        for connection in held:
            connection.close()
        listener.close()
