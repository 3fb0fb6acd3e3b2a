"""How long an intake takes, measured: the kiosk's welcome page says "most people finish
in about 8 minutes" from this clinic's own recent kiosk intakes, not from a guess.

A kiosk times each patient from choosing their language to signing (the clock is the
app's, app/system/clock.py); the host stores it with the intake (m012). The estimate is the
median of the latest ``RECENT`` measured kiosk intakes, given once there are at least
``AT_LEAST`` of them: a median, so one patient who went for coffee does not move it.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from statistics import median

RECENT = 50
AT_LEAST = 5
LONGEST_SECONDS = 4 * 60 * 60  # longer is a kiosk left open, not a patient's time


def seconds_between(started: dt.datetime | None, signed: dt.datetime) -> int | None:
    """Whole seconds from ``started`` to ``signed``; None if not measured or not sane
    (a clock set back, or a kiosk left open for hours)."""
    if started is None:
        return None
    seconds = math.ceil((signed - started).total_seconds())
    return seconds if 1 <= seconds <= LONGEST_SECONDS else None


def seconds_from_wire(value: object) -> int | None:
    """A station's measurement as sent, or None if it is missing or not a sane one: an
    odd value costs the estimate one intake, never the intake itself."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= LONGEST_SECONDS else None


def typical_minutes(conn: sqlite3.Connection, source: str = "kiosk") -> int | None:
    """The median time of the latest measured intakes from ``source``, in whole minutes
    (at least 1, rounded to the nearest); None while fewer than AT_LEAST were timed."""
    rows = conn.execute(
        "SELECT seconds_taken FROM intake WHERE source = ? AND seconds_taken IS NOT NULL"
        " ORDER BY id DESC LIMIT ?",
        [source, RECENT],
    ).fetchall()
    if len(rows) < AT_LEAST:
        return None
    return max(1, math.floor(median(int(r[0]) for r in rows) / 60 + 0.5))


def minutes_from_wire(value: object) -> int | None:
    """The host's estimate as a tablet reads it (None: not measured yet, or odd)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= LONGEST_SECONDS // 60 else None
