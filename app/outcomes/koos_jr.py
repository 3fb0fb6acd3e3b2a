"""KOOS JR: the seven-item knee score, scored exactly by its published conversion table.

KOOS JR (Lyman et al., Hospital for Special Surgery) is "nonproprietary and free to use",
on the condition that it is not altered: the items, their order, the stems and the five
answer labels stay word for word (only layout may change). The wording below matches the
full KOOS items S6, P2, P3, P6, P9, A3 and A5, which KOOS JR is drawn from, and public
KOOS JR forms in use (checked 2026-11-24); HSS's own document was not reachable here.

Scoring: each answer is 0 (None) to 4 (Extreme); the seven are added (raw 0–28) and the
raw sum converted with the table below to an interval score from 0 (total disability)
to 100 (perfect knee health). The table matched four independent public implementations,
one checked against HSS's scoring instructions (../shared/research/koos-jr.md). There is
no official rule for missing answers, so a score exists only when all seven are answered:
an incomplete KOOS JR is shown as incomplete, never as 0 or 100.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from app.intake.answers import Answers
from app.intake.questionnaire import LOINC_SYSTEM, Questionnaire

PANEL_LOINC = "82324-5"
SCORE_LOINC = "82332-8"  # the interval score, 0-100

Part = Literal["stiffness", "pain", "function"]


@dataclass(frozen=True)
class KoosJrItem:
    link_id: str
    part: Part
    loinc: str
    text: str  # word for word: the terms of use forbid changes


STEMS: dict[Part, str] = {
    "stiffness": (
        "The following question concerns the amount of joint stiffness you have experienced "
        "during the last week in your knee. Stiffness is a sensation of restriction or "
        "slowness in the ease with which you move your knee joint."
    ),
    "pain": (
        "What amount of knee pain have you experienced the last week during the following "
        "activities?"
    ),
    "function": (
        "The following questions concern your physical function. By this we mean your ability "
        "to move around and to look after yourself. For each of the following activities "
        "please indicate the degree of difficulty you have experienced in the last week due "
        "to your knee."
    ),
}

ITEMS: tuple[KoosJrItem, ...] = (
    KoosJrItem("koos-jr-1", "stiffness", "82325-2",
               "How severe is your knee stiffness after first wakening in the morning?"),
    KoosJrItem("koos-jr-2", "pain", "82326-0", "Twisting/pivoting on your knee"),
    KoosJrItem("koos-jr-3", "pain", "82327-8", "Straightening knee fully"),
    KoosJrItem("koos-jr-4", "pain", "82328-6", "Going up or down stairs"),
    KoosJrItem("koos-jr-5", "pain", "82329-4", "Standing upright"),
    KoosJrItem("koos-jr-6", "function", "82330-2", "Rising from sitting"),
    KoosJrItem("koos-jr-7", "function", "82331-0", "Bending to floor/pick up an object"),
)  # fmt: skip

# Every item's five answers, scored 0 to 4.
ANSWER_LABELS = ("None", "Mild", "Moderate", "Severe", "Extreme")

# Raw sum 0..28 → interval score; index = raw sum.
INTERVAL_SCORES = (
    100.000, 91.975, 84.600, 79.914, 76.332, 73.342, 70.704, 68.284, 65.994, 63.776,
    61.583, 59.381, 57.140, 54.840, 52.465, 50.012, 47.487, 44.905, 42.281, 39.625,
    36.931, 34.174, 31.307, 28.251, 24.875, 20.941, 15.939, 8.291, 0.000,
)  # fmt: skip

# A change at least this large is marked meaningful unless the clinic sets its own:
# 14 points is the anchor-based minimal clinically important difference used by the
# American Joint Replacement Registry (JBJS 2026, doi 10.2106/JBJS.25.00952); CMS counts
# 20 as "substantial clinical benefit". Both come from knee replacement, not injections.
DEFAULT_MEANINGFUL_CHANGE = 14.0


@dataclass(frozen=True)
class KoosJrScore:
    raw: int  # 0-28, higher is worse
    interval: float  # 0-100, higher is better

    def change_since(self, earlier: KoosJrScore) -> float:
        """Points gained (positive: the knee is better)."""
        return round(self.interval - earlier.interval, 3)


def koos_jr_score(answers: Mapping[str, int | None]) -> KoosJrScore | None:
    """The score of seven answers (0-4, by link id), or None if any is missing."""
    values = [answers.get(item.link_id) for item in ITEMS]
    if any(value is None for value in values):
        return None
    raw = 0
    for value in values:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 4:
            raise ValueError("a KOOS JR answer is 0 (None) to 4 (Extreme)")
        raw += value
    return KoosJrScore(raw, INTERVAL_SCORES[raw])


def is_meaningful(change: float, threshold: float = DEFAULT_MEANINGFUL_CHANGE) -> bool:
    """Whether an improvement reaches the clinic's threshold (points, positive)."""
    return change >= threshold


def item_answers(questionnaire: Questionnaire, answers: Answers) -> dict[str, int | None]:
    """Each KOOS JR item's answer, 0-4, by our link id. The questionnaire's items are
    found by their LOINC code and scored by their options' ordinal values, so a
    questionnaire in another language (or with other link ids) scores the same."""
    found: dict[str, int | None] = {}
    for koos_item in ITEMS:
        item = questionnaire.item_with_code(LOINC_SYSTEM, koos_item.loinc)
        values = answers.get(item.link_id, ()) if item is not None else ()
        option = item.option(str(values[0].value)) if item is not None and values else None
        found[koos_item.link_id] = (
            int(option.ordinal) if option is not None and option.ordinal is not None else None
        )
    return found


def score_answers(questionnaire: Questionnaire, answers: Answers) -> KoosJrScore | None:
    """The KOOS JR score of a questionnaire's answers, or None unless all seven are given."""
    return koos_jr_score(item_answers(questionnaire, answers))
