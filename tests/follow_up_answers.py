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
