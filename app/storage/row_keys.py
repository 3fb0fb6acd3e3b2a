"""The keys and hashes the tables are built on: the audit trail's chained hash, the name
a sign-in lock-out is counted under, and the key that suggests two intakes are one
patient. Migrations compute them for rows already stored, so they live with the schema,
below the features that use them (app/staff/audit_chain.py, app/staff/sign_in_guard.py,
app/intake/submission.py, app/records/patient_matches.py)."""

from __future__ import annotations

import hashlib
import json
import unicodedata

from app.storage.driver import sqlite3

HASH_FUNCTION = "knee_audit_hash"
GENESIS = ""  # the prev_hash of the first row


def audit_row_hash(
    prev_hash: str | None,
    row_id: int,
    at: str,
    actor: str,
    action: str,
    intake_id: int | None,
    detail: str | None,
) -> str:
    content = [prev_hash or GENESIS, row_id, at, actor, action, intake_id, detail]
    encoded = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def register_audit_hash(conn: sqlite3.Connection) -> None:
    """Make the trigger's function available on ``conn``."""
    conn.create_function(HASH_FUNCTION, 7, audit_row_hash, deterministic=True)


def sign_in_name_key(username: str) -> str:
    """The name as counted: the same account however its case is typed."""
    return unicodedata.normalize("NFKC", username.strip()).casefold()


def patient_match_key(first_name: str, last_name: str, birth_date: str) -> str:
    """Folded names plus the birth date: intakes with the same key are *suggested* to
    staff as the same person (app/records/patient_matches.py), never merged silently.

    A name that folds to nothing (only emoji, spaces or invisible characters) gives an
    empty key, which is never matched: it says nothing about who the person is.
    """
    last, first = fold_name(last_name), fold_name(first_name)
    if not last or not first:
        return ""
    return f"{last}|{first}|{birth_date}"


def fold_name(name: str) -> str:
    """Compatibility-normalised and case-folded, with every letter, mark and digit of
    every script kept and anything else (hyphens, apostrophes, spaces, emoji, invisible
    characters) counted as one space.

    Marks are kept: the vowel signs of Devanagari, Tamil and Bengali are marks (राम and
    रोम, கமலா and கமல are different names). The exception is a mark that everyday writing
    leaves out (an accent on a Latin, Greek or Cyrillic letter, Arabic and Hebrew vowel
    points): "Jose" and "José" are suggested to staff as one person, who decide.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept: list[str] = []
    base_is_alphabetic = False
    for char in decomposed:
        category = unicodedata.category(char)
        if category[0] == "M":
            if not base_is_alphabetic:
                kept.append(char)
            continue
        base_is_alphabetic = unicodedata.name(char, "").startswith(_ACCENT_FOLDED_SCRIPTS)
        kept.append(char if category[0] in "LN" else " ")
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


# Scripts whose marks are optional in everyday writing: accents, Arabic harakat, Hebrew
# niqqud. Indic vowel signs are not optional and stay.
_ACCENT_FOLDED_SCRIPTS = ("LATIN ", "GREEK ", "CYRILLIC ", "ARABIC ", "HEBREW ")
