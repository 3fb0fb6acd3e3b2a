"""The recovery key an administrator writes down, and the database key made from it.

A recovery key is 8 groups of 4 characters in Crockford's base32 (no I, L, O or U,
so nothing reads as another letter): 7 random groups (140 bits, beyond any guessing)
and a check group, so a mistyped key is caught before any file is tried. The key
SQLCipher uses is 32 bytes derived from the random part with HMAC-SHA-256; SQLCipher
is given it raw (``x'…'``), so opening a file costs no password stretching, which a
key with this much randomness does not need.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP = 4
RANDOM_GROUPS = 7
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_DERIVATION_LABEL = b"knee-intake database key v1"


@dataclass(frozen=True)
class DatabaseKey:
    """The 32 bytes SQLCipher encrypts a file with."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise ValueError("a database key is 32 bytes")

    @property
    def pragma(self) -> str:
        """The value for ``PRAGMA key`` / ``PRAGMA rekey``: a raw key, no KDF."""
        return f"\"x'{self.raw.hex()}'\""

    @classmethod
    def from_hex(cls, text: str) -> DatabaseKey:
        return cls(bytes.fromhex(text))

    def __repr__(self) -> str:  # never print a key into a log by accident
        return "DatabaseKey(…)"


def new_recovery_key() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(GROUP * RANDOM_GROUPS))
    return _grouped(body + _check(body))


def fold(text: str) -> str:
    """Typed text as the key's alphabet reads it: no spaces or dashes, capitals, and
    O, I and L as the digits they are mistaken for."""
    return "".join(text.upper().split()).replace("-", "").translate(_CONFUSABLE)


def normalise(text: str) -> str | None:
    """The recovery key in its printed form, or None if ``text`` is not one (wrong
    length, a character outside the alphabet, or a check group that does not match:
    a typing mistake)."""
    chars = fold(text)
    if len(chars) != GROUP * (RANDOM_GROUPS + 1) or any(c not in ALPHABET for c in chars):
        return None
    body, check = chars[: GROUP * RANDOM_GROUPS], chars[GROUP * RANDOM_GROUPS :]
    if not hmac.compare_digest(check, _check(body)):
        return None
    return _grouped(chars)


def database_key(recovery_key: str) -> DatabaseKey:
    """The database key a recovery key stands for. Raises ValueError for text that
    is not a recovery key."""
    printed = normalise(recovery_key)
    if printed is None:
        raise ValueError("not a recovery key")
    body = printed.replace("-", "")[: GROUP * RANDOM_GROUPS]
    return DatabaseKey(hmac.new(_DERIVATION_LABEL, body.encode(), hashlib.sha256).digest())


def groups(recovery_key: str) -> list[str]:
    return recovery_key.split("-")


def _check(body: str) -> str:
    digest = int.from_bytes(hashlib.sha256(body.encode()).digest()[:4], "big")
    return "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(GROUP))


def _grouped(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))
