"""A clock tests set by hand: 24 November 2026, 09:00 UTC, until a test moves it."""

from __future__ import annotations

import datetime as dt


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now
