"""What a follow-up's answers say, in the columns staff filter, chart and report on.

Found by the items' roles and codes, never by link id, so a clinic's own follow-up
questionnaire (or one in another language) summarises the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.intake.answers import Answers
from app.intake.questionnaire import Questionnaire
from app.intake.summary import first_value
from app.outcomes.koos_jr import score_answers


@dataclass(frozen=True)
class FollowUpSummary:
    """``problems``: the link ids of the problems answered yes; any of them sets
    ``needs_review``: a clinician calls the patient. ``global_change`` is -3 (much
    worse) to 3 (much better)."""

    koos_jr_raw: int | None
    koos_jr_score: float | None
    pain_now: int | None
    pain_worst_week: int | None
    global_change: int | None
    satisfaction: str | None
    problems: tuple[str, ...]

    @property
    def needs_review(self) -> bool:
        return bool(self.problems)


def summarize_follow_up(questionnaire: Questionnaire, answers: Answers) -> FollowUpSummary:
    koos = score_answers(questionnaire, answers)
    change_item = questionnaire.item_with_role("global-change")
    change_code = first_value(questionnaire, answers, "global-change")
    change_option = (
        change_item.option(str(change_code)) if change_item and change_code is not None else None
    )
    satisfaction = first_value(questionnaire, answers, "satisfaction")
    return FollowUpSummary(
        koos_jr_raw=koos.raw if koos else None,
        koos_jr_score=koos.interval if koos else None,
        pain_now=_whole(first_value(questionnaire, answers, "pain-now")),
        pain_worst_week=_whole(first_value(questionnaire, answers, "pain-worst-week")),
        global_change=(
            int(change_option.ordinal)
            if change_option is not None and change_option.ordinal is not None
            else None
        ),
        satisfaction=str(satisfaction) if satisfaction is not None else None,
        problems=tuple(
            item.link_id
            for item in questionnaire.items_with_role("problem")
            if any(value.value is True for value in answers.get(item.link_id, ()))
        ),
    )


def _whole(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
