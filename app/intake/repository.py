"""Patients and their intakes in SQLite: one transaction per submitted intake."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from app.intake.answers import AnswerValue
from app.intake.consent import SignedConsent
from app.intake.submission import IntakeSubmission, RecordedConsent, SavedIntake
from app.people.contact_formats import format_phone_for_display
from app.people.phone_search import phone_search_terms
from app.records.patient_matches import suggest_matches
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction


class IntakeRepository:
    """Stores submitted intakes, each with the patient as they gave themselves this time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._db = Database(conn, execute_plugins=False)

    def save(
        self,
        submission: IntakeSubmission,
        consent: SignedConsent | None = None,
        recorded: RecordedConsent | None = None,
        *,
        also: Callable[[sqlite3.Connection, int], None] | None = None,
    ) -> SavedIntake:
        """Store the intake in one transaction; ``also`` writes more in the same one
        (given the connection and the new intake's id), and is not called for an intake
        already stored."""
        patient = submission.patient
        with write_transaction(self._db.conn):
            if submission.uid is not None:
                earlier = self._db.execute(
                    "SELECT patient_id, id FROM intake WHERE uid = ?", [submission.uid]
                ).fetchone()
                if earlier is not None:
                    return SavedIntake(int(earlier[0]), int(earlier[1]), False, True)
            # Always a record of its own with the details given this time; a match on
            # name and birth date is only suggested to staff (records/patient_matches).
            phone = patient.phone
            patient_id = self._insert(
                "patient",
                {
                    "first_name": patient.first_name,
                    "last_name": patient.last_name,
                    "birth_date": patient.birth_date,
                    "match_key": patient.match_key,
                    "created_at": submission.submitted_at,
                    "updated_at": submission.submitted_at,
                    "sex": patient.sex,
                    "phone": phone,
                    "phone_search": phone_search_terms(phone) if phone else "",
                    "phone_display": format_phone_for_display(phone) if phone else None,
                    "email": patient.email,
                    "contact_preference": patient.contact_preference,
                },
            )
            suggested = suggest_matches(
                self._db.conn, patient_id, patient.match_key, submission.submitted_at
            )
            summary = submission.summary
            intake_id = self._insert(
                "intake",
                {
                    "patient_id": patient_id,
                    "questionnaire_url": submission.questionnaire_url,
                    "questionnaire_version": submission.questionnaire_version,
                    "language": submission.language,
                    "submitted_at": submission.submitted_at,
                    "knee": summary.knee,
                    "pain_now": summary.pain_now,
                    "imaging_needed": int(summary.imaging_needed),
                    "screening_review": int(summary.screening_review),
                    "koos_jr_raw": summary.koos_jr_raw,
                    "koos_jr_score": summary.koos_jr_score,
                    "status": "new",
                    "uid": submission.uid,
                    "station_id": submission.station_id,
                    "source": submission.source,
                    "entered_by": submission.entered_by,
                    "seconds_taken": submission.seconds_taken,
                },
            )
            self._db.table("answer").insert_all(
                {
                    "intake_id": intake_id,
                    "link_id": link_id,
                    "position": position,
                    "value_kind": value.kind,
                    "value": value.value,
                    "display": value.display,
                }
                for link_id, values in submission.answers.items()
                for position, value in enumerate(values)
            )
            if consent is not None:
                self._db.execute(
                    "INSERT INTO consent (intake_id, consent_version, signed_at, signature,"
                    " signed_as, language, article_version, results_version)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        intake_id,
                        consent.version,
                        consent.signed_at,
                        consent.signature_json(),
                        consent.signed_as,
                        consent.language,
                        consent.article_version or None,
                        consent.results_version or None,
                    ],
                )
            if recorded is not None:
                self._db.execute(
                    "INSERT INTO consent_recorded (intake_id, consent_version, given,"
                    " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    [intake_id, recorded.version, recorded.given, recorded.recorded_by,
                     recorded.recorded_at],
                )  # fmt: skip
            if also is not None:
                also(self._db.conn, intake_id)
        return SavedIntake(patient_id, intake_id, possible_returning_patient=suggested > 0)

    def _insert(self, table: str, row: dict[str, object]) -> int:
        last_pk = self._db.table(table).insert(row).last_pk
        assert isinstance(last_pk, int)
        return last_pk

    def answers(self, intake_id: int) -> dict[str, tuple[AnswerValue, ...]]:
        """The stored answers of one intake, by linkId, in the order given."""
        found: dict[str, list[AnswerValue]] = {}
        rows = self._db.execute(
            "SELECT link_id, value_kind, value, display FROM answer "
            "WHERE intake_id = ? ORDER BY link_id, position",
            [intake_id],
        )
        for link_id, kind, value, display in rows:
            if kind == "valueBoolean":
                value = bool(value)
            found.setdefault(link_id, []).append(AnswerValue(kind, value, display))
        return {link_id: tuple(values) for link_id, values in found.items()}
