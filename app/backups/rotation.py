"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12
months that have one (grandfather-father-son), and always the newest of all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(taken: Iterable[dt.datetime], rotation: Rotation) -> set[dt.datetime]:
    newest_first = sorted(set(taken), reverse=True)
    keep = set(newest_first[:1])
    periods: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: t.isocalendar()[:2]),
        (rotation.monthly, lambda t: (t.year, t.month)),
    ]
    for count, period in periods:
        seen: set[Hashable] = set()
        for when in newest_first:
            if len(seen) == count:
                break
            if period(when) not in seen:
                seen.add(period(when))
                keep.add(when)
    return keep
