"""Time spans in the staff's language: the clinic's intervals ("6 weeks"), the outcomes
report's time points and the follow-ups' purposes ("6 weeks after treatment 1").

The core keeps them in English, as stored (a follow-up's purpose is a column; a time
point's label is the report's key): they are put in words here, when shown, and the
words staff type in settings are read back to English before the core parses them."""

from __future__ import annotations

import re

from app.records.follow_up_plan import Interval
from ui.translate import tr

_LABEL = re.compile(r"^(\d{1,3}) (weeks?|months?)$")
_PURPOSE = re.compile(r"^(\d{1,3} (?:weeks?|months?)) after treatment (\d{1,2})$")
_WORD = re.compile(r"[^\W\d_]+")


def unit_words() -> dict[str, str]:
    return {"week": tr("week"), "weeks": tr("weeks"), "month": tr("month"),
            "months": tr("months")}  # fmt: skip


def interval_words(interval: Interval) -> str:
    """``Interval(6, "weeks")`` → "6 weeks", "6 semanas"."""
    return label_words(interval.label())


def label_words(label: str) -> str:
    """A time point's label as the core makes it ("Intake", "6 weeks") in words; any
    other text as it is."""
    if label == "Intake":
        return tr("At intake")
    match = _LABEL.match(label)
    if match is None:
        return label
    return f"{match.group(1)} {unit_words()[match.group(2)]}"


def purpose_words(purpose: str) -> str:
    """A follow-up's purpose as stored ("6 weeks after treatment 1") in words; a purpose
    typed by staff as it is."""
    match = _PURPOSE.match(purpose)
    if match is None:
        return purpose
    return tr("{0} after treatment {1}").format(label_words(match.group(1)), match.group(2))


def english_units(text: str) -> str:
    """What staff typed ("6 semanas, 3 meses") with the unit words in English, as the
    core reads them ("6 weeks, 3 months"); English words pass through."""
    back = {words.lower(): unit for unit, words in unit_words().items()}
    return _WORD.sub(lambda m: back.get(m.group(0).lower(), m.group(0)), text)
