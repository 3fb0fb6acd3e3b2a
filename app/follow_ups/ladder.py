"""The clinic's ladder for a due follow-up: what to do on which day after the due
date, and when to let it go and pick the patient up at the next time point.

Registries that keep their patients answering escalate in steps: two reminders, two
calls, a letter. The default here is that: a reminder on the due date, another 7 days
later, a call after 14 days, a second call after 21, a letter after 28, and the time
point let go after 42. The steps and their days are clinic settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from app.clinic.settings import read_setting
from app.storage.driver import sqlite3

LADDER_KEY = "follow_up_ladder"
StepKind = Literal["reminder", "call", "letter"]
STEP_KINDS: tuple[StepKind, ...] = ("reminder", "call", "letter")
MAX_STEPS = 10
MAX_DAYS = 365


@dataclass(frozen=True)
class LadderStep:
    kind: StepKind
    day: int  # days after the due date


@dataclass(frozen=True)
class Ladder:
    steps: tuple[LadderStep, ...]
    let_go_after: int  # days after the due date: then the time point is let go

    def to_data(self) -> dict[str, object]:
        return {"steps": [{"kind": s.kind, "day": s.day} for s in self.steps],
                "let_go_after": self.let_go_after}  # fmt: skip


DEFAULT_LADDER = Ladder(
    (LadderStep("reminder", 0), LadderStep("reminder", 7), LadderStep("call", 14),
     LadderStep("call", 21), LadderStep("letter", 28)),
    let_go_after=42,
)  # fmt: skip


def checked_ladder(steps: list[tuple[str, int]], let_go_after: int) -> Ladder:
    """The steps in day order; ValueError says what is wrong in words for staff."""
    if not steps:
        raise ValueError("The ladder needs at least one step.")
    if len(steps) > MAX_STEPS:
        raise ValueError(f"At most {MAX_STEPS} steps.")
    made = []
    for kind, day in steps:
        if kind not in STEP_KINDS:
            raise ValueError(f"“{kind}” is not a reminder, a call or a letter.")
        if not 0 <= day <= MAX_DAYS:
            raise ValueError(f"A step's day is between 0 and {MAX_DAYS}.")
        made.append(LadderStep(kind, day))
    made.sort(key=lambda step: step.day)
    if len({step.day for step in made}) != len(made):
        raise ValueError("Two steps fall on the same day.")
    if not made[-1].day < let_go_after <= MAX_DAYS:
        raise ValueError("The time point is let go after the last step.")
    return Ladder(tuple(made), let_go_after)


def ladder_from_data(data: object) -> Ladder:
    """The stored ladder, or the default where there is none or it cannot be read."""
    if not isinstance(data, dict):
        return DEFAULT_LADDER
    try:
        steps = [(str(s["kind"]), int(s["day"])) for s in data["steps"]]
        return checked_ladder(steps, int(data["let_go_after"]))
    except (KeyError, TypeError, ValueError):
        return DEFAULT_LADDER


def read_ladder(conn: sqlite3.Connection) -> Ladder:
    return ladder_from_data(read_setting(conn, LADDER_KEY))


@dataclass(frozen=True)
class Position:
    """Where a due follow-up stands on the ladder today."""

    step: int | None  # the step to take now (an index into the ladder); None: none due
    due_since: dt.date | None  # the day that step fell due
    let_go: bool  # past the ladder's end: picked up at the next time point


def position(ladder: Ladder, due_on: dt.date, today: dt.date, taken: Collection[int]) -> Position:
    """The latest step due by ``today`` and not taken yet. A step passed over while a
    later one fell due is not chased any more: the later one says more (a call, not a
    second reminder, after two weeks)."""
    days = (today - due_on).days
    if days > ladder.let_go_after or -1 in taken:
        return Position(None, None, let_go=True)
    due = [n for n, step in enumerate(ladder.steps) if step.day <= days]
    if not due or due[-1] in taken or (taken and max(taken) > due[-1]):
        return Position(None, None, let_go=False)
    step = due[-1]
    return Position(step, due_on + dt.timedelta(days=ladder.steps[step].day), let_go=False)
