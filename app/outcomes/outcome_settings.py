"""The clinic's outcome settings: what change counts as meaningful, and how early or
late a follow-up's answers still count for it.

Defaults and their sources (docs/OUTCOMES.md): 14 KOOS JR points, the anchor-based
minimal clinically important difference the American Joint Replacement Registry used
(JBJS 2026, doi 10.2106/JBJS.25.00952); 2 points on the 0-10 pain scale, the commonly
quoted MCID of the numeric pain rating scale (Farrar et al., Pain 2001). Both come from
other treatments than knee injections, so a clinic may set its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.clinic.settings import put_setting, read_setting
from app.outcomes.follow_up_matching import DEFAULT_WINDOW_DAYS, FOLLOW_UP_WINDOW_KEY, WINDOW_RANGE
from app.outcomes.koos_jr import DEFAULT_MEANINGFUL_CHANGE
from app.storage.driver import sqlite3

KOOS_THRESHOLD_KEY = "meaningful_koos_jr_change"
PAIN_THRESHOLD_KEY = "meaningful_pain_change"
DEFAULT_PAIN_CHANGE = 2
KOOS_THRESHOLD_RANGE = (1, 50)
PAIN_THRESHOLD_RANGE = (1, 10)


@dataclass(frozen=True)
class OutcomeSettings:
    koos_jr_points: int = int(DEFAULT_MEANINGFUL_CHANGE)  # a gain this large is meaningful
    pain_points: int = DEFAULT_PAIN_CHANGE  # a fall this large is meaningful
    window_days: int = DEFAULT_WINDOW_DAYS

    def koos_jr_meaningful(self, change: float | None) -> bool:
        return change is not None and change >= self.koos_jr_points

    def pain_meaningful(self, change: int | None) -> bool:
        """``change`` is later minus earlier: a fall in pain is negative."""
        return change is not None and -change >= self.pain_points


def _within(value: object, bounds: tuple[int, int], default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]:
        return value
    return default


def read_outcome_settings(conn: sqlite3.Connection) -> OutcomeSettings:
    defaults = OutcomeSettings()
    return OutcomeSettings(
        _within(read_setting(conn, KOOS_THRESHOLD_KEY), KOOS_THRESHOLD_RANGE,
                defaults.koos_jr_points),
        _within(read_setting(conn, PAIN_THRESHOLD_KEY), PAIN_THRESHOLD_RANGE,
                defaults.pain_points),
        _within(read_setting(conn, FOLLOW_UP_WINDOW_KEY), WINDOW_RANGE, defaults.window_days),
    )  # fmt: skip


def put_outcome_settings(conn: sqlite3.Connection, settings: OutcomeSettings) -> None:
    """Part of the caller's write transaction."""
    put_setting(conn, KOOS_THRESHOLD_KEY, settings.koos_jr_points)
    put_setting(conn, PAIN_THRESHOLD_KEY, settings.pain_points)
    put_setting(conn, FOLLOW_UP_WINDOW_KEY, settings.window_days)
