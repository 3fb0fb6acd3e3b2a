"""What the kiosk needs from the clinic, whether the database is on this PC or on the
host: somewhere to send a signed intake, a door for staff, and the follow-ups staff
hand over to it.

On the host (or a one-PC clinic) these are IntakeService and StaffAccounts; on a paired
tablet they are the outbox and the host (app/network/station_kiosk.py). The kiosk's
screens are the same either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from app.intake.answers import RawAnswer
from app.intake.consent import SignedConsent
from app.intake.submit import SubmitResult
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.kiosk_handover import Handover
from app.staff.accounts import SignInResult


class IntakeSubmitter(Protocol):
    def submit(
        self,
        raw_answers: Mapping[str, RawAnswer],
        consent: SignedConsent | None = None,
        *,
        seconds_taken: int | None = None,
    ) -> SubmitResult:
        """``seconds_taken``: from the patient choosing a language to signing, if the
        kiosk measured it (app/intake/timing.py)."""
        ...

    def close(self) -> None: ...


class StaffDoor(Protocol):
    """The clinic's name, and staff signing in to leave the kiosk (lock-out applies)."""

    def clinic_name(self) -> str: ...

    def sign_in(self, username: str, password: str) -> SignInResult: ...

    def note(self, actor: str, action: str) -> None:
        """Write a kiosk event to the audit trail."""
        ...


class FollowUpDesk(Protocol):
    """Follow-ups handed to this kiosk for one patient at a time (app/outcomes)."""

    def look(self, on: bool) -> None:
        """Whether the kiosk is free for a handover (its welcome page shows)."""
        ...

    def take_waiting(self) -> Handover | None:
        """A handover for this kiosk, taken (no other kiosk will show it); quick."""
        ...

    def submit(
        self,
        handover: Handover,
        raw_answers: Mapping[str, RawAnswer],
        *,
        language: str | None = None,
    ) -> FollowUpResult:
        """Check and keep the answers (given in ``language``, the patient's choice);
        raises StorageError if they could not be kept."""
        ...

    def end(self, handover: Handover, state: str) -> None:
        """The patient walked away ("timed-out") or staff took the kiosk back."""
        ...

    def close(self) -> None: ...
