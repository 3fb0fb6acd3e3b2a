"""How the follow-ups get answered (issue 26), per time point, so a clinic sees whether
its ladder works: of the follow-ups due by today, how many were answered, how many of
those late (after the clinic's window, so their scores do not count at the time point),
how many were let go (by staff, past the ladder's end, or marked done unanswered), how
many are still open, and which way the answers came: the tablet, by phone, from paper,
at the desk, or on the tablet or at the desk after an e-mail reminder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.storage.driver import sqlite3

WAYS = ("kiosk", "staff-phone", "staff-paper", "staff-desk", "email-then-visit")


@dataclass(frozen=True)
class ResponseRate:
    time_point: str  # "6 weeks", as the follow-ups' purposes name it
    due: int
    answered: int
    late: int  # of those answered, after the window
    let_go: int
    still_open: int
    by_way: tuple[int, ...]  # in the order of WAYS

    @property
    def share(self) -> float | None:
        return self.answered / self.due if self.due else None


def response_rates_sql(where: str) -> str:
    """Per follow-up's purpose; parameters (named): today and today's Julian day, the
    window, the ladder's let-go day count; the filter's (on ``intake AS i``) as :p0…

    The steps are few (a handful per follow-up chased): gathered once per follow-up,
    then each due follow-up is read once with its answer, if any."""
    emailed = (
        "(s.emailed_at IS NOT NULL AND (r.answered_at IS NULL OR s.emailed_at <= r.answered_at))"
    )
    let_go = ("(f.done_at IS NOT NULL OR :today_day - f.due_day > :let_go"
              " OR coalesce(s.let_go, 0))")  # fmt: skip
    late = "(julianday(substr(r.answered_at, 1, 10)) - 1721424.5 - f.due_day > :window)"
    return f"""
        WITH steps AS MATERIALIZED (
            SELECT follow_up_id, max(step = -1) AS let_go,
                   min(CASE WHEN way = 'email' AND result = 'sent' THEN done_at END)
                       AS emailed_at
            FROM follow_up_step GROUP BY follow_up_id
        ),
        due AS MATERIALIZED (
            SELECT f.id, f.purpose, f.done_at, julianday(f.due_on) - 1721424.5 AS due_day
            FROM follow_up AS f JOIN intake AS i ON i.id = f.intake_id
            WHERE f.treatment_id IS NOT NULL AND f.due_on <= :today AND {where}
        )
        SELECT f.purpose, count(*), count(r.id),
               coalesce(sum(r.id IS NOT NULL AND {late}), 0),
               coalesce(sum(r.id IS NULL AND {let_go}), 0),
               coalesce(sum(r.id IS NULL AND NOT {let_go}), 0),
               coalesce(sum(r.source = 'kiosk' AND NOT {emailed}), 0),
               coalesce(sum(r.source = 'staff-phone'), 0),
               coalesce(sum(r.source = 'staff-paper'), 0),
               coalesce(sum(r.source = 'staff-desk' AND NOT {emailed}), 0),
               coalesce(sum(r.source IN ('kiosk', 'staff-desk') AND {emailed}), 0)
        FROM due AS f
        -- Its own covering index (schema m017): the planner would take the unique one
        -- on follow_up_id and read every answer's row, three times slower.
        LEFT JOIN follow_up_response AS r INDEXED BY follow_up_response_answering
            ON r.follow_up_id = f.id
        LEFT JOIN steps AS s ON s.follow_up_id = f.id
        GROUP BY f.purpose
    """


def time_point_of(purpose: str) -> str:
    """ "6 weeks after treatment 1" is the 6 weeks' follow-up; a purpose of the clinic's
    own wording is its own time point."""
    head, found, _ = purpose.partition(" after ")
    return head if found else purpose


def response_rates(
    conn: sqlite3.Connection,
    where: str,
    params: list[object],
    today: dt.date,
    window_days: int,
    let_go_after: int,
    time_points: tuple[str, ...],
) -> tuple[ResponseRate, ...]:
    """In the order of ``time_points`` (the clinic's), then any other the follow-ups
    name (an interval the clinic no longer uses)."""
    named: dict[str, object] = {"today": today.isoformat(), "window": window_days,
                                "today_day": today.toordinal(), "let_go": let_go_after}  # fmt: skip
    named |= {f"p{n}": value for n, value in enumerate(params)}
    if where.count("?") != len(params):
        raise ValueError("the filter's parameters do not match its SQL")
    numbered = where
    for n in range(len(params)):
        numbered = numbered.replace("?", f":p{n}", 1)
    sums: dict[str, list[int]] = {}
    for purpose, *counts in conn.execute(response_rates_sql(numbered), named):
        point = time_point_of(str(purpose))
        held = sums.setdefault(point, [0] * len(counts))
        for n, count in enumerate(counts):
            held[n] += int(count)
    rates = {
        point: ResponseRate(point, c[0], c[1], c[2], c[3], c[4], tuple(c[5:]))
        for point, c in sums.items()
    }
    ordered = [rates.pop(point) for point in time_points if point in rates]
    return (*ordered, *sorted(rates.values(), key=lambda rate: rate.time_point))
