"""Pairing a station with the host: a one-time code that also authenticates the host.

An administrator on the host issues a code (12 characters of Crockford's base32, 60
bits, valid for ten minutes, spent on first use). The code never crosses the network.
The station fetches the host's certificate, and proves it knows the code with an HMAC
over that certificate's fingerprint and its own name; the host accepts only a proof made
over *its own* fingerprint, and answers with an HMAC of its own over the same
fingerprint, which the station checks before it trusts (pins) the certificate.

A machine in the middle shows the station a certificate of its own: the station's proof
then names the wrong fingerprint and the host refuses it, and the middle cannot make the
host's answer for its certificate without the code. Guessing the code from what it saw
would take about 2^59 HMACs within the code's ten minutes: out of reach, which is why the
code is 12 characters, not 6 digits (a PAKE such as SPAKE2 would allow a shorter code,
at the cost of another dependency and protocol).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.network.stations import StationRegistry
from app.staff.audit_log import AuditLog
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

StationKind = Literal["kiosk", "reception"]
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 12
CODE_MINUTES = 10


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """ABCD-EFGH-JKMN: easier to read out and type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(typed: str) -> str:
    """What was typed, as the code: case, spaces and dashes ignored, and the letters
    people mistake for digits read as those digits (Crockford's rule)."""
    plain = "".join(c for c in typed.upper() if c.isalnum())
    return plain.translate(str.maketrans("OIL", "011"))


def _mac(code: str, message: str) -> str:
    return hmac.new(code.encode("ascii"), message.encode("utf-8"), hashlib.sha256).hexdigest()


def station_proof(code: str, fingerprint: str, station_name: str) -> str:
    return _mac(code, f"knee-intake station\n{fingerprint}\n{station_name}")


def host_proof(code: str, fingerprint: str, station_name: str) -> str:
    return _mac(code, f"knee-intake host\n{fingerprint}\n{station_name}")


@dataclass(frozen=True)
class IssuedCode:
    code: str
    kind: StationKind
    expires_at: dt.datetime


@dataclass(frozen=True)
class Paired:
    station_id: int
    name: str
    kind: StationKind
    credential: str  # shown to the station once; the host keeps its hash only
    host_proof: str


class PairingRefused(Exception):
    """No live code matches the proof, or the name is taken: said the same way."""


class PairingDesk:
    def __init__(
        self,
        conn: sqlite3.Connection,
        fingerprint: str,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._conn = conn
        self._fingerprint = fingerprint
        self._clock = clock
        self._audit = AuditLog(conn, clock=clock)

    def issue(self, kind: StationKind, by: str) -> IssuedCode:
        now = self._clock()
        code = new_code()
        expires = now + dt.timedelta(minutes=CODE_MINUTES)
        with write_transaction(self._conn):
            self._conn.execute("DELETE FROM pairing_code WHERE expires_at <= ?", [_text(now)])
            self._conn.execute(
                "INSERT INTO pairing_code (code, kind, issued_by, issued_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [code, kind, by, _text(now), _text(expires)],
            )
        self._audit.record(by, "pairing-code-issued", detail=kind)
        return IssuedCode(code, kind, expires)

    def redeem(self, station_name: str, proof: str, *, audit_refusal: bool = True) -> Paired:
        """Spend the code the proof was made with; a new station with its credential.
        ``audit_refusal``: whether a refusal is written to the audit trail (the host
        writes one per burst of refusals from an address)."""
        name = station_name.strip()
        now = self._clock()
        try:
            with write_transaction(self._conn):
                rows = self._conn.execute(
                    "SELECT code, kind, issued_by FROM pairing_code WHERE expires_at > ?",
                    [_text(now)],
                ).fetchall()
                match = self._match(rows, name, proof)
                if match is None or not name:
                    raise PairingRefused
                code, kind, issued_by = match
                self._conn.execute("DELETE FROM pairing_code WHERE code = ?", [code])
                station_id, credential = StationRegistry(self._conn, clock=self._clock).add(
                    name, kind, by=issued_by
                )
        except (PairingRefused, sqlite3.IntegrityError):
            if audit_refusal:
                self._audit.record("(station)", "station-pairing-refused")
            raise PairingRefused from None
        self._audit.record(f"station:{name}", "station-paired", detail=kind)
        return Paired(station_id, name, kind, credential, host_proof(code, self._fingerprint, name))

    def _match(
        self, rows: list[tuple[str, str, str]], name: str, proof: str
    ) -> tuple[str, StationKind, str] | None:
        # The proof names no code: each live code's proof is made and compared, in
        # constant time. A clinic has one or two live codes at a time.
        found = None
        for code, kind, issued_by in rows:
            if hmac.compare_digest(station_proof(code, self._fingerprint, name), proof):
                found = (code, kind, issued_by)
        return found  # type: ignore[return-value]


def _text(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")
