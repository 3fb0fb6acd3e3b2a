"""KOOS JR is scored exactly by its published table, and only when all seven are answered."""

from __future__ import annotations

import pytest

from app.outcomes.koos_jr import (
    ANSWER_LABELS,
    INTERVAL_SCORES,
    ITEMS,
    PANEL_LOINC,
    STEMS,
    KoosJrScore,
    is_meaningful,
    koos_jr_score,
)

# The published conversion table (../shared/research/koos-jr.md), written out again here
# so a typo in the module's table cannot pass by agreeing with itself.
PUBLISHED = {
    0: 100.000, 1: 91.975, 2: 84.600, 3: 79.914, 4: 76.332, 5: 73.342, 6: 70.704,
    7: 68.284, 8: 65.994, 9: 63.776, 10: 61.583, 11: 59.381, 12: 57.140, 13: 54.840,
    14: 52.465, 15: 50.012, 16: 47.487, 17: 44.905, 18: 42.281, 19: 39.625, 20: 36.931,
    21: 34.174, 22: 31.307, 23: 28.251, 24: 24.875, 25: 20.941, 26: 15.939, 27: 8.291,
    28: 0.000,
}  # fmt: skip


def answers_summing_to(raw: int) -> dict[str, int]:
    """Seven answers of 0-4 that add up to ``raw``, spread as a patient might answer."""
    values = [min(4, max(0, raw - 4 * n)) for n in range(7)]
    return {item.link_id: value for item, value in zip(ITEMS, values, strict=True)}


@pytest.mark.parametrize("raw", range(29))
def test_every_row_of_the_conversion_table(raw: int) -> None:
    assert koos_jr_score(answers_summing_to(raw)) == KoosJrScore(raw, PUBLISHED[raw])


def test_the_same_sum_scores_the_same_whichever_items_give_it() -> None:
    spread = {item.link_id: 1 for item in ITEMS}  # 7 x Mild
    lumped = answers_summing_to(7)  # 4 + 3 + 0 ...
    assert koos_jr_score(spread) == koos_jr_score(lumped) == KoosJrScore(7, 68.284)


def test_an_incomplete_koos_jr_has_no_score_not_0_or_100() -> None:
    for missing in ITEMS:
        answers: dict[str, int | None] = {item.link_id: 0 for item in ITEMS}
        answers[missing.link_id] = None
        assert koos_jr_score(answers) is None
    assert koos_jr_score({}) is None


@pytest.mark.parametrize("bad", [5, -1, True])
def test_an_answer_outside_none_to_extreme_is_refused(bad: object) -> None:
    answers: dict = {item.link_id: 0 for item in ITEMS}
    answers[ITEMS[3].link_id] = bad
    with pytest.raises(ValueError, match="0 \\(None\\) to 4"):
        koos_jr_score(answers)


def test_seven_items_with_their_loinc_codes_and_a_meaningful_change() -> None:
    assert [item.loinc for item in ITEMS] == [
        "82325-2", "82326-0", "82327-8", "82328-6", "82329-4", "82330-2", "82331-0",
    ]  # fmt: skip
    assert len(INTERVAL_SCORES) == 29
    before, after = KoosJrScore(16, 47.487), KoosJrScore(9, 63.776)
    assert after.change_since(before) == 16.289
    assert is_meaningful(after.change_since(before))  # 14 points by default
    assert not is_meaningful(after.change_since(before), threshold=20)


@pytest.mark.parametrize("name", ["knee-intake", "knee-follow-up"])
def test_both_questionnaires_ask_koos_jr_word_for_word_and_in_order(name: str) -> None:
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import LOINC_SYSTEM, load_questionnaire

    questionnaire = load_questionnaire(questionnaire_path(name))
    group = questionnaire.item_with_code(LOINC_SYSTEM, PANEL_LOINC)
    assert group is not None and group.type == "group"
    questions = [item for item in group.items if item.is_question]
    assert [(q.text, q.codes[0].code) for q in questions] == [
        (item.text, item.loinc) for item in ITEMS
    ]
    for question in questions:
        assert [(o.display, o.ordinal) for o in question.options] == [
            (label, float(n)) for n, label in enumerate(ANSWER_LABELS)
        ]
    # Each part's stem is shown, word for word, before its first item.
    stems = [item.text for item in group.items if item.type == "display"]
    assert stems == [STEMS["stiffness"], STEMS["pain"], STEMS["function"]]
