"""What one submitted intake stores, and how a returning patient is recognised."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.answers import Answers
from app.intake_summary import IntakeSummary


@dataclass(frozen=True)
class PatientDetails:
    """Who the intake is about, as they gave it."""

    first_name: str
    last_name: str
    birth_date: str
    sex: str | None = None
    phone: str | None = None
    email: str | None = None
    contact_preference: str | None = None

    @property
    def match_key(self) -> str:
        return patient_match_key(self.first_name, self.last_name, self.birth_date)


@dataclass(frozen=True)
class IntakeSubmission:
    """Everything one submitted intake stores."""

    patient: PatientDetails
    questionnaire_url: str
    questionnaire_version: str
    language: str
    submitted_at: str
    summary: IntakeSummary
    answers: Answers
    # Given when the intake is signed (a station's outbox); a second save of the same
    # uid stores nothing and returns the first (exactly once over a flaky network).
    uid: str | None = None
    station_id: int | None = None
    source: str | None = None  # one of schema.INTAKE_SOURCES
    entered_by: str | None = None  # the staff member, for the staff sources
    seconds_taken: int | None = None  # language chosen to signed, where it was measured


@dataclass(frozen=True)
class RecordedConsent:
    """The consent as staff recorded it for a patient who agreed by phone, on paper or
    in person at the desk: who recorded it and how it was given, never a signature."""

    version: str
    given: str  # "by-phone", "on-paper" or "in-person"
    recorded_by: str
    recorded_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class SavedIntake:
    patient_id: int
    intake_id: int
    possible_returning_patient: bool  # suggested to staff as an earlier patient
    already_stored: bool = False  # the same uid had arrived before: nothing new stored


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
