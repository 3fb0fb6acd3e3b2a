"""The intake workflow: check a submitted form, derive its summary, store it durably."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.intake.answers import Answers, RawAnswer, ValidationIssue
from app.intake.consent import SignedConsent
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire, QuestionnaireError, Role
from app.storage.errors import translate_errors
from app.system.clock import utc_now

# The summary and the stored records' shapes are imported at the first submit: the
# patient form and the kiosk are drawn without them (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    from app.intake.submission import IntakeSubmission, RecordedConsent, SavedIntake
    from app.storage.driver import sqlite3

log = logging.getLogger(__name__)

IDENTITY_ROLES: tuple[Role, ...] = ("first-name", "last-name", "birth-date")


@dataclass(frozen=True)
class SubmitResult:
    """Either the issues that stopped the submit (in form order) or the saved intake."""

    issues: Mapping[str, ValidationIssue]
    saved: SavedIntake | None = None


@dataclass(frozen=True)
class SentBy:
    """An intake signed on a station: the id and time it got there, and the station."""

    uid: str
    signed_at: str  # ISO 8601, UTC
    station_id: int | None = None
    source: str | None = None  # the station's kind decides: "kiosk" or "pc-form"


@dataclass(frozen=True)
class EnteredByStaff:
    """An intake staff entered for a patient (by phone, from paper, at the desk), with
    the consent as the patient gave it to them."""

    source: str  # one of app.storage.vocabulary.STAFF_SOURCES
    staff: str
    consent: RecordedConsent


class IntakeService:
    """Checks and stores intakes for one questionnaire and one database file.

    The database is opened on first use and again after a failure, so a lock released
    or a disk freed is picked up on the next try without a restart.
    """

    def __init__(
        self,
        questionnaire: Questionnaire,
        database_path: Path,
        checker: FormChecker,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        opener: Callable[[Path], sqlite3.Connection] | None = None,
        source: str = "pc-form",
    ) -> None:
        """``source``: where this service's intakes come from ("pc-form", "kiosk");
        ``opener``: app.storage.database.open_database unless a test gives its own."""
        for role in IDENTITY_ROLES:
            item = questionnaire.item_with_role(role)
            if item is None or not item.required:
                raise QuestionnaireError(f"the questionnaire needs a required {role!r} question.")
        self.questionnaire = questionnaire
        self.database_path = database_path
        self.checker = checker
        self._clock = clock
        self._opener = opener
        self._source = source
        self._conn: sqlite3.Connection | None = None

    def open(self) -> sqlite3.Connection:
        """The open database; raises StorageError if it cannot be opened."""
        if self._conn is None:
            # Imported at the first opening: SQLCipher and the migrations are not needed
            # for the patient form's first frame (docs/PERFORMANCE.md).
            from app.storage.database import open_database

            self._conn = (self._opener or open_database)(self.database_path)
        return self._conn

    def close(self, *, after_failure: bool = False) -> None:
        if self._conn is not None:
            from app.storage.database import close_database

            close_database(self._conn, after_failure=after_failure)
            self._conn = None

    def submit(
        self,
        raw_answers: Mapping[str, RawAnswer],
        consent: SignedConsent | None = None,
        *,
        sent: SentBy | None = None,
        entered: EnteredByStaff | None = None,
        also: Callable[[sqlite3.Connection, int], None] | None = None,
        seconds_taken: int | None = None,
    ) -> SubmitResult:
        """Check and store, with the signed consent if there is one, in one transaction;
        raises StorageError, leaving nothing half-written. ``sent`` describes an intake
        signed on another station: its own id and the station (it is filed by the time
        it arrives here, by this service's clock; the patient's own time is the
        consent's); ``entered`` one staff entered, with the consent they recorded;
        ``also`` writes more in the same transaction (the host's audit row);
        ``seconds_taken`` is how long the patient took, where it was measured."""
        check = self.checker.check_form(raw_answers)
        if not check.ok:
            return SubmitResult(issues=check.issues)
        submission = build_submission(
            self.questionnaire, check.answers,
            submitted_at=self._clock().isoformat(timespec="seconds"),
            uid=sent.uid if sent else None,
            station_id=sent.station_id if sent else None,
            source=entered.source if entered else (sent.source if sent else self._source),
            entered_by=entered.staff if entered else None,
            # The language the patient chose, which is the consent's they signed.
            language=consent.language if consent is not None else None,
            seconds_taken=seconds_taken,
        )  # fmt: skip
        # Imported here: sqlite-utils is not needed until the first save, and start-up
        # is quicker without it (docs/PERFORMANCE.md).
        from app.intake.repository import IntakeRepository

        try:
            with translate_errors(str(self.database_path)):
                saved = IntakeRepository(self.open()).save(
                    submission, consent, entered.consent if entered else None, also=also
                )
        except Exception:
            # A broken connection is not reused: the next try opens afresh.
            self.close(after_failure=True)
            raise
        log.info("intake %d stored", saved.intake_id)
        return SubmitResult(issues={}, saved=saved)


def build_submission(
    questionnaire: Questionnaire,
    answers: Answers,
    *,
    submitted_at: str,
    uid: str | None = None,
    station_id: int | None = None,
    source: str | None = None,
    entered_by: str | None = None,
    language: str | None = None,
    seconds_taken: int | None = None,
) -> IntakeSubmission:
    """What one checked intake stores: the patient as given, the summary, the answers."""
    from app.intake.submission import IntakeSubmission, PatientDetails
    from app.intake.summary import first_value, summarize

    q = questionnaire

    def text(role: Role) -> str | None:
        value = first_value(q, answers, role)
        return None if value is None else str(value)

    patient = PatientDetails(
        first_name=text("first-name") or "",
        last_name=text("last-name") or "",
        birth_date=text("birth-date") or "",
        sex=text("sex"),
        phone=text("phone"),
        email=text("email"),
        contact_preference=text("contact-preference"),
    )
    return IntakeSubmission(
        patient=patient,
        questionnaire_url=q.url,
        questionnaire_version=q.version,
        language=language or q.language,
        submitted_at=submitted_at,
        uid=uid,
        station_id=station_id,
        source=source,
        entered_by=entered_by,
        seconds_taken=seconds_taken,
        summary=summarize(q, answers),
        answers=answers,
    )
