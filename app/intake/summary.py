"""The summary columns of an intake: what the clinic filters and sorts on."""

from __future__ import annotations

from dataclasses import dataclass

from app.intake.answers import Answers
from app.intake.questionnaire import Questionnaire, Role
from app.outcomes.koos_jr import score_answers


@dataclass(frozen=True)
class IntakeSummary:
    """Derived from the answers; the answers themselves stay the record.

    ``imaging_needed``: no imaging of the knee was reported at all.
    ``screening_review``: a health-screening question was answered yes. It is a flag for
    the clinician to look at, never a verdict shown to the patient.
    ``koos_jr_raw``/``koos_jr_score``: None unless all seven KOOS JR items are answered.
    """

    knee: str | None
    pain_now: int | None
    imaging_needed: bool
    screening_review: bool
    koos_jr_raw: int | None = None
    koos_jr_score: float | None = None


def summarize(questionnaire: Questionnaire, answers: Answers) -> IntakeSummary:
    pain = first_value(questionnaire, answers, "pain-now")
    knee = first_value(questionnaire, answers, "knee")
    koos = score_answers(questionnaire, answers)
    return IntakeSummary(
        knee=str(knee) if knee is not None else None,
        pain_now=int(pain) if isinstance(pain, int | float) else None,
        imaging_needed=not any_yes(questionnaire, answers, "imaging-done"),
        screening_review=any_yes(questionnaire, answers, "screening"),
        koos_jr_raw=koos.raw if koos else None,
        koos_jr_score=koos.interval if koos else None,
    )


def first_value(
    questionnaire: Questionnaire, answers: Answers, role: Role
) -> str | int | float | bool | None:
    """The first answer of the item that carries ``role``, if any."""
    item = questionnaire.item_with_role(role)
    values = answers.get(item.link_id, ()) if item else ()
    return values[0].value if values else None


def any_yes(questionnaire: Questionnaire, answers: Answers, role: Role) -> bool:
    return any(
        value.value is True
        for item in questionnaire.items_with_role(role)
        for value in answers.get(item.link_id, ())
    )
