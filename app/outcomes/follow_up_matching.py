"""Which due follow-up an answered questionnaire belongs to.

Patients answer early or late. An answer is matched to the nearest follow-up of a
treatment that is still unanswered, if it falls within the clinic's window (days either
side of the due date), or, late, until the clinic's ladder lets the follow-up go;
otherwise it is kept as unscheduled. Follow-ups that are only a
reminder to call back (after a contact) are never matched: they measure nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

FOLLOW_UP_WINDOW_KEY = "follow_up_window_days"
DEFAULT_WINDOW_DAYS = 21
WINDOW_RANGE = (1, 90)


@dataclass(frozen=True)
class DueFollowUp:
    id: int
    due_on: dt.date


def nearest_follow_up(
    answered_on: dt.date,
    candidates: Iterable[DueFollowUp],
    window_days: int,
    late_days: int = 0,
) -> int | None:
    """The id of the nearest candidate within the window; on a tie, the earlier one.
    Late, an answer counts until ``late_days`` after the due date if that is longer
    (the clinic's ladder chases a follow-up that long: issue 26); early, the window
    only."""
    best: tuple[int, dt.date, int] | None = None
    for candidate in candidates:
        distance = abs((answered_on - candidate.due_on).days)
        late = answered_on > candidate.due_on
        if distance > (max(window_days, late_days) if late else window_days):
            continue
        key = (distance, candidate.due_on, candidate.id)
        if best is None or key < best:
            best = key
    return best[2] if best else None
