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
    """Per time point; parameters: today, the window, the ladder's let-go day count,
    then the filter's (on ``intake AS i``)."""
    emailed = ("EXISTS (SELECT 1 FROM follow_up_step AS s WHERE s.follow_up_id = f.id"
               " AND s.way = 'email' AND s.result = 'sent'"
               " AND (r.answered_at IS NULL OR s.done_at <= r.answered_at))")  # fmt: skip
    late = "julianday(substr(r.answered_at, 1, 10)) - julianday(f.due_on) > :window"
    let_go = ("(f.done_at IS NOT NULL OR julianday(:today) - julianday(f.due_on) > :let_go"
              " OR EXISTS (SELECT 1 FROM follow_up_step AS s WHERE s.follow_up_id = f.id"
              " AND s.step = -1))")  # fmt: skip
    return f"""
        SELECT point, count(*), count(r.id),
               coalesce(sum(r.id IS NOT NULL AND {late}), 0),
               coalesce(sum(r.id IS NULL AND {let_go}), 0),
               coalesce(sum(r.id IS NULL AND NOT {let_go}), 0),
               coalesce(sum(r.source = 'kiosk' AND NOT {emailed}), 0),
               coalesce(sum(r.source = 'staff-phone'), 0),
               coalesce(sum(r.source = 'staff-paper'), 0),
               coalesce(sum(r.source = 'staff-desk' AND NOT {emailed}), 0),
               coalesce(sum(r.source IN ('kiosk', 'staff-desk') AND {emailed}), 0)
        FROM (SELECT f.*, CASE WHEN instr(f.purpose, ' after ') > 0
                               THEN substr(f.purpose, 1, instr(f.purpose, ' after ') - 1)
                               ELSE f.purpose END AS point
              FROM follow_up AS f JOIN intake AS i ON i.id = f.intake_id
              WHERE f.treatment_id IS NOT NULL AND f.due_on <= :today AND {where}) AS f
        LEFT JOIN follow_up_response AS r ON r.follow_up_id = f.id
        GROUP BY point
    """


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
                                "let_go": let_go_after}  # fmt: skip
    named |= {f"p{n}": value for n, value in enumerate(params)}
    if where.count("?") != len(params):
        raise ValueError("the filter's parameters do not match its SQL")
    numbered = where
    for n in range(len(params)):
        numbered = numbered.replace("?", f":p{n}", 1)
    rates = {
        str(point): ResponseRate(
            str(point),
            int(due),
            int(answered),
            int(late),
            int(let_go),
            int(still_open),
            tuple(int(w) for w in ways),
        )
        for point, due, answered, late, let_go, still_open, *ways in conn.execute(
            response_rates_sql(numbered), named
        )
    }
    ordered = [rates.pop(point) for point in time_points if point in rates]
    return (*ordered, *sorted(rates.values(), key=lambda rate: rate.time_point))
