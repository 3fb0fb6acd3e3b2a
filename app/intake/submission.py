"""What one submitted intake stores, and how a returning patient is recognised."""

from __future__ import annotations

from dataclasses import dataclass

from app.intake.answers import Answers
from app.intake.summary import IntakeSummary
from app.storage.row_keys import patient_match_key


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
    source: str | None = None  # one of app.storage.vocabulary.INTAKE_SOURCES
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
