"""Checking a whole intake: every enabled question parsed, every problem named."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.intake.answer_check import check_answer
from app.intake.answers import AnswerValue, CheckedAnswer, RawAnswer, ValidationIssue
from app.intake.enable_when import enabled_link_ids
from app.intake.questionnaire import Questionnaire
from app.people.contact_formats import DEFAULT_PHONE_REGION
from app.system.clock import local_today


@dataclass(frozen=True)
class FormCheck:
    """The typed answers of the enabled questions, and the issues in form order."""

    answers: Mapping[str, tuple[AnswerValue, ...]]
    issues: Mapping[str, ValidationIssue]

    @property
    def ok(self) -> bool:
        return not self.issues


class FormChecker:
    """Checks answers against one questionnaire; ``today`` is injected for tests."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        *,
        phone_region: str = DEFAULT_PHONE_REGION,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        self.questionnaire = questionnaire
        self._phone_region = phone_region
        self._today = today

    def check_item(self, link_id: str, raw: RawAnswer) -> CheckedAnswer:
        return check_answer(
            self.questionnaire.item(link_id),
            raw,
            today=self._today(),
            phone_region=self._phone_region,
        )

    def enabled(self, raw_answers: Mapping[str, RawAnswer]) -> set[str]:
        """The items shown for these raw answers (unparseable answers count as none)."""
        parsed = {
            link_id: self.check_item(link_id, raw).values for link_id, raw in raw_answers.items()
        }
        return enabled_link_ids(self.questionnaire, parsed)

    def check_form(self, raw_answers: Mapping[str, RawAnswer]) -> FormCheck:
        checked = {
            item.link_id: self.check_item(item.link_id, raw_answers.get(item.link_id))
            for item in self.questionnaire.questions()
        }
        enabled = enabled_link_ids(
            self.questionnaire, {link_id: c.values for link_id, c in checked.items()}
        )
        answers: dict[str, tuple[AnswerValue, ...]] = {}
        issues: dict[str, ValidationIssue] = {}
        for link_id, result in checked.items():
            if link_id not in enabled:
                continue
            if result.issue is not None:
                issues[link_id] = result.issue
            elif result.values:
                answers[link_id] = result.values
        return FormCheck(answers=answers, issues=issues)
