"""Intakes made through the real service, for tests that need records in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.intake.answers import DateParts
from app.intake.consent import SignedConsent
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.submission import SavedIntake
from app.intake.submit import IntakeService


def complete_raw_answers(questionnaire) -> dict:
    """Raw answers for every required question, as the widgets would hand them over."""
    from app.intake.answers import DateParts

    raw: dict = {}
    for item in questionnaire.questions():
        if not item.required:
            continue
        match item.type:
            case "boolean":
                raw[item.link_id] = False
            case "choice":
                raw[item.link_id] = (item.options[0].code,)
            case "date":
                raw[item.link_id] = DateParts("1970", "1", "2")
            case "integer":
                raw[item.link_id] = "5"
            case _:
                raw[item.link_id] = "202 555 0143" if item.answer_format == "phone" else "Ann"
    return raw


class IntakeFactory:
    """Submits complete intakes with chosen answers and submission times."""

    def __init__(self, questionnaire: Questionnaire, db_path: Path) -> None:
        self.when = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)
        self.service = IntakeService(
            questionnaire,
            db_path,
            FormChecker(questionnaire, today=lambda: dt.date(2026, 11, 24)),
            clock=lambda: self.when,
        )
        self.questionnaire = questionnaire

    def submit(
        self,
        first: str,
        last: str,
        *,
        born: tuple[str, str, str] = ("1960", "5", "17"),
        phone: str = "202 555 0143",
        email: str = "",
        at: dt.datetime | None = None,
        consent: SignedConsent | None = None,
        **answers: object,
    ) -> SavedIntake:
        raw = complete_raw_answers(self.questionnaire)
        raw.update({"first-name": first, "last-name": last, "birth-date": DateParts(*born)})
        raw.update({"phone": phone, "email": email})
        raw.update({link_id.replace("_", "-"): value for link_id, value in answers.items()})
        if at is not None:
            self.when = at
        result = self.service.submit(raw, consent=consent)
        assert result.saved is not None, result.issues
        return result.saved

    def close(self) -> None:
        self.service.close()
