"""Which items are shown, from FHIR ``enableWhen`` conditions and the answers so far.

An item is enabled when its own conditions hold (all or any of them, by
``enableBehavior``) and its parent is enabled. Answers to disabled items do not count:
a hidden question neither shows nor is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.intake.answers import Answers, AnswerValue
from app.intake.questionnaire import EnableWhen, Item, Questionnaire


def enabled_link_ids(questionnaire: Questionnaire, answers: Answers) -> set[str]:
    """The linkIds of every item that is enabled given ``answers``."""
    enabled: set[str] = set()
    hidden: set[str] = set()

    def visible_answers(link_id: str) -> tuple[AnswerValue, ...]:
        # Items are visited in form order: a question already found hidden has no
        # answers; one not visited yet (a forward reference) counts as it stands.
        return () if link_id in hidden else answers.get(link_id, ())

    def visit(items: Iterable[Item], parent_enabled: bool) -> None:
        for item in items:
            shown = parent_enabled and _conditions_hold(item, visible_answers)
            (enabled if shown else hidden).add(item.link_id)
            visit(item.items, shown)

    visit(questionnaire.items, True)
    return enabled


def _conditions_hold(item: Item, visible_answers: Callable[[str], tuple[AnswerValue, ...]]) -> bool:
    if not item.enable_when:
        return True
    results = [condition_holds(c, visible_answers(c.question)) for c in item.enable_when]
    return all(results) if item.enable_behavior == "all" else any(results)


def condition_holds(condition: EnableWhen, values: tuple[AnswerValue, ...]) -> bool:
    """FHIR semantics: ``exists`` tests presence; the others hold if any answer matches."""
    if condition.operator == "exists":
        return bool(values) == bool(condition.answer)
    if condition.operator == "!=":
        return not any(_equals(v, condition.answer) for v in values)
    if condition.operator == "=":
        return any(_equals(v, condition.answer) for v in values)
    return any(_compare(v, condition.operator, condition.answer) for v in values)


def _equals(value: AnswerValue, expected: str | int | float | bool) -> bool:
    if isinstance(expected, bool) or isinstance(value.value, bool):
        return isinstance(value.value, bool) and value.value is expected
    return value.value == expected


def _compare(value: AnswerValue, operator: str, expected: str | int | float | bool) -> bool:
    actual = value.value
    if isinstance(actual, bool) or isinstance(expected, bool):
        return False
    if isinstance(actual, str) != isinstance(expected, str):
        return False
    match operator:
        case ">":
            return actual > expected  # type: ignore[operator]
        case "<":
            return actual < expected  # type: ignore[operator]
        case ">=":
            return actual >= expected  # type: ignore[operator]
        case "<=":
            return actual <= expected  # type: ignore[operator]
    return False
