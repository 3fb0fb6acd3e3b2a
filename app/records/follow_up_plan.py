"""Follow-up dates after a treatment, from the clinic's intervals (a setting).

The article describes results assessed over the weeks and months after treatment; the
default plan checks in at 6 weeks, then 3, 6 and 12 months. Staff accept or change the
proposed dates before they are stored.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Unit = Literal["weeks", "months"]
FOLLOW_UP_INTERVALS_KEY = "follow_up_intervals"
_INTERVAL = re.compile(r"^\s*(\d{1,3})\s*(w|weeks?|m|months?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Interval:
    count: int
    unit: Unit

    def after(self, day: dt.date) -> dt.date:
        if self.unit == "weeks":
            return day + dt.timedelta(weeks=self.count)
        month_index = day.month - 1 + self.count
        year, month = day.year + month_index // 12, month_index % 12 + 1
        return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

    def label(self) -> str:
        unit = self.unit if self.count != 1 else self.unit[:-1]
        return f"{self.count} {unit}"


DEFAULT_INTERVALS = (
    Interval(6, "weeks"),
    Interval(3, "months"),
    Interval(6, "months"),
    Interval(12, "months"),
)


@dataclass(frozen=True)
class ProposedFollowUp:
    due_on: dt.date
    purpose: str


def propose_follow_ups(
    treated_on: dt.date, treatment_number: int, intervals: tuple[Interval, ...]
) -> list[ProposedFollowUp]:
    """One follow-up per interval after the treatment date, in date order."""
    return sorted(
        (
            ProposedFollowUp(
                interval.after(treated_on),
                f"{interval.label()} after treatment {treatment_number}",
            )
            for interval in intervals
        ),
        key=lambda proposal: proposal.due_on,
    )


def parse_intervals(text: str) -> tuple[Interval, ...]:
    """'6 weeks, 3 months, 6m' → intervals; ValueError names the part it cannot read."""
    intervals: list[Interval] = []
    for part in text.split(","):
        match = _INTERVAL.match(part)
        if not match or int(match.group(1)) == 0:
            raise ValueError(part.strip())
        unit: Unit = "weeks" if match.group(2).lower().startswith("w") else "months"
        intervals.append(Interval(int(match.group(1)), unit))
    return tuple(intervals)


def intervals_as_data(intervals: tuple[Interval, ...]) -> list[dict[str, object]]:
    """As stored in the clinic's settings."""
    return [{"count": i.count, "unit": i.unit} for i in intervals]


def intervals_from_data(raw: object) -> tuple[Interval, ...]:
    """The stored setting; anything missing or unreadable falls back to the defaults."""
    try:
        parsed = tuple(Interval(int(i["count"]), i["unit"]) for i in raw)  # type: ignore[attr-defined]
    except (ValueError, TypeError, KeyError):
        return DEFAULT_INTERVALS
    if not parsed or any(i.unit not in ("weeks", "months") or i.count < 1 for i in parsed):
        return DEFAULT_INTERVALS
    return parsed
