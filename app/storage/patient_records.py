"""What one submitted intake stores, and how a returning patient is recognised."""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class SavedIntake:
    patient_id: int
    intake_id: int
    returning_patient: bool


def patient_match_key(first_name: str, last_name: str, birth_date: str) -> str:
    """Names folded for case, accents, hyphens and spacing, plus the birth date."""
    return f"{_fold(last_name)}|{_fold(first_name)}|{birth_date}"


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", plain.casefold()).strip()
