"""Raw follow-up answers as the widgets hand them over, for tests."""

from __future__ import annotations

from app.answers import RawAnswer
from app.outcomes.koos_jr import ANSWER_LABELS, ITEMS


def follow_up_raw(
    koos: tuple[int, ...] | None = (1, 1, 1, 1, 1, 1, 1),
    *,
    pain_now: int = 3,
    pain_worst: int = 5,
    change: str = "better",
    problems: tuple[str, ...] = (),
    satisfaction: str = "satisfied",
) -> dict[str, RawAnswer]:
    """``koos``: each item's answer 0-4 (None: the items left out); ``problems``: the
    link ids answered yes (every other problem is answered no)."""
    raw: dict[str, RawAnswer] = {
        "pain-now": str(pain_now),
        "pain-worst-week": str(pain_worst),
        "global-change": (change,),
        "satisfaction": (satisfaction,),
    }
    for link_id in ("problem-swelling", "problem-redness", "problem-fever",
                    "problem-pain-flare", "problem-other"):  # fmt: skip
        raw[link_id] = link_id in problems
    if "problem-other" in problems:
        raw["problem-other-details"] = "Bruise where the cells were taken"
    if koos is not None:
        for item, value in zip(ITEMS, koos, strict=True):
            raw[item.link_id] = (ANSWER_LABELS[value].lower(),)
    return raw


def intake_koos_raw(koos: tuple[int, ...]) -> dict[str, RawAnswer]:
    return {item.link_id: (ANSWER_LABELS[v].lower(),) for item, v in zip(ITEMS, koos, strict=True)}


def fill_follow_up(
    driver,
    koos: tuple[int, ...] = (1, 1, 1, 1, 1, 1, 1),
    *,
    pain_now: int = 3,
    pain_worst: int = 5,
    change: str = "better",
    problems: tuple[str, ...] = (),
    satisfaction: str = "satisfied",
) -> None:
    """Answer the follow-up questionnaire through its widgets (a tests.form_driver
    FormDriver), as a patient on the tablet or staff on the phone would."""
    for item, value in zip(ITEMS, koos, strict=True):
        driver.choose(item.link_id, ANSWER_LABELS[value].lower())
    driver.choose("pain-now", str(pain_now))
    driver.choose("pain-worst-week", str(pain_worst))
    driver.choose("global-change", change)
    for link_id in ("problem-swelling", "problem-redness", "problem-fever",
                    "problem-pain-flare", "problem-other"):  # fmt: skip
        driver.choose(link_id, "yes" if link_id in problems else "no")
    driver.choose("satisfaction", satisfaction)
