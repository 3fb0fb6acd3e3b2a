"""Which preparation helped whom (issue 25): the outcomes report's treated patients in
groups (by the product, separation method or image guidance of their first treatment,
or by how many treatments they had) and, for each group and time point, the share with
a meaningful change, with its count and a 95 % Wilson score interval.

A group smaller than the clinic's minimum (default 10 patients) gets no figure at all,
nor does a time point with fewer answers than that: a share of 3 is a story, not a
result, and a small group can point at one patient.

Worked out in one SQL statement (the nearest answer within the window of each time
point, as the ungrouped report chooses it in app/outcomes/outcomes_report.py), so it
stays fast at 100,000 patients (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Literal

from app.clinic_settings import read_setting
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.outcomes.outcomes_report import JULIAN_ORDINAL, ReportFilter, filter_clause
from app.questionnaire import Questionnaire
from app.records.follow_up_plan import FOLLOW_UP_INTERVALS_KEY, intervals_from_data
from app.storage.driver import sqlite3

GroupBy = Literal["product", "processing", "image-guidance", "injections"]
GROUP_BYS: tuple[GroupBy, ...] = ("product", "processing", "image-guidance", "injections")
MIN_GROUP_KEY = "report_min_group_size"
DEFAULT_MIN_GROUP = 10
MIN_GROUP_RANGE = (5, 100)
Z_95 = 1.959963984540054  # the normal quantile of 0.975

# Of each patient's first treatment (by date, then as recorded), or the intake's count.
_FIRST = ("(SELECT t.{0} FROM treatment AS t WHERE t.intake_id = i.id"
          " ORDER BY t.treated_on, t.id LIMIT 1)")  # fmt: skip
_GROUP_SQL: dict[GroupBy, str] = {
    "product": _FIRST.format("cell_source"),
    "processing": _FIRST.format("processing"),
    "image-guidance": _FIRST.format("image_guidance"),
    "injections": "min(i.treatments, 3)",  # 1, 2, 3 or more
}


# A time point's day (as date.toordinal()) from the first treatment's date ``first_on``
# and the interval (``n``, ``unit``): weeks are days; months keep the day of the month,
# or the month's last day where it is shorter (31 January + 1 month: 28 February), as
# app/records/follow_up_plan.Interval.after does (tests/test_grouped_report.py checks the
# two agree on every day of four years). SQLite's own '+1 month' would say 3 March.
_MONTHS_ON = "date(first_on, '+' || n || ' months')"
TARGET_DAY_SQL = (
    "CAST(julianday(CASE WHEN unit = 'weeks' THEN date(first_on, '+' || (7 * n) || ' days')"
    f" WHEN strftime('%d', {_MONTHS_ON}) = strftime('%d', first_on) THEN {_MONTHS_ON}"
    " ELSE date(first_on, 'start of month', '+' || (n + 1) || ' months', '-1 day') END)"
    f" - {JULIAN_ORDINAL} AS INTEGER)"
)


@dataclass(frozen=True)
class Share:
    """``better`` of ``answered`` reached the meaningful change; ``low``–``high`` is the
    95 % Wilson score interval of the share. None of it when too few answered."""

    better: int
    answered: int
    low: float
    high: float

    @property
    def share(self) -> float:
        return self.better / self.answered


def wilson_interval(better: int, answered: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval (Wilson 1927; Newcombe 1998, method 3): unlike the
    normal approximation it stays within 0–1 and is sound for small counts and for
    shares near 0 or 1."""
    if answered <= 0 or not 0 <= better <= answered:
        raise ValueError("better must be between 0 and answered, answered above 0")
    p = better / answered
    z2 = z * z
    centre = p + z2 / (2 * answered)
    spread = z * math.sqrt(p * (1 - p) / answered + z2 / (4 * answered * answered))
    denominator = 1 + z2 / answered
    return max(0.0, (centre - spread) / denominator), min(1.0, (centre + spread) / denominator)


@dataclass(frozen=True)
class GroupRow:
    group: str | None  # a code ("bone-marrow", "ultrasound", "2"…); None: not recorded
    patients: int  # 0 where not shown
    shown: bool  # False: fewer patients than the minimum, so no figure at all
    koos_jr: tuple[Share | None, ...] = ()  # per follow-up time point
    pain: tuple[Share | None, ...] = ()


@dataclass(frozen=True)
class GroupedReport:
    group_by: GroupBy
    time_points: tuple[str, ...]  # "6 weeks", "3 months", …
    groups: tuple[GroupRow, ...]  # the largest first; "not recorded" last
    min_group_size: int
    settings: OutcomeSettings


def read_min_group_size(conn: sqlite3.Connection) -> int:
    value = read_setting(conn, MIN_GROUP_KEY)
    low, high = MIN_GROUP_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return DEFAULT_MIN_GROUP


def build_grouped_report(
    conn: sqlite3.Connection,
    intake_questionnaire: Questionnaire,
    report_filter: ReportFilter,
    group_by: GroupBy,
) -> GroupedReport:
    if group_by not in _GROUP_SQL:
        raise ValueError("unknown grouping")
    settings = read_outcome_settings(conn)
    minimum = read_min_group_size(conn)
    intervals = intervals_from_data(read_setting(conn, FOLLOW_UP_INTERVALS_KEY))
    diagnosis = intake_questionnaire.item_with_role("diagnosis")
    where, params = filter_clause(report_filter, diagnosis.link_id if diagnosis else None)
    # The time points as (index, count, unit), their days worked out in SQL for each
    # patient (TARGET_DAY_SQL), as the follow-up plan works them out in Python.
    plan = [[index, interval.count, interval.unit] for index, interval in enumerate(intervals)]
    group = _GROUP_SQL[group_by]
    base = (
        f"SELECT i.id AS id, i.koos_jr_score AS koos0, i.pain_now AS pain0,"
        f" i.first_treated_on AS first_on, {group} AS grp"
        f" FROM intake AS i JOIN patient AS p ON p.id = i.patient_id"
        f" WHERE +i.first_treated_on IS NOT NULL AND {where}"
    )
    sizes = {
        grp: n
        for grp, n in conn.execute(f"SELECT grp, count(*) FROM ({base}) GROUP BY grp", params)
    }
    answered_day = f"CAST(julianday(substr(r.answered_at, 1, 10)) - {JULIAN_ORDINAL} AS INTEGER)"
    figures: dict[tuple[object, int], tuple[int, int, int, int]] = {}
    for grp, point, koos_n, koos_better, pain_n, pain_better in conn.execute(
        f"""
        WITH plan (point, n, unit) AS (
            SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)
        ),
        base AS MATERIALIZED ({base}),
        goal AS MATERIALIZED (
            SELECT b.*, plan.point, {TARGET_DAY_SQL} AS day FROM base AS b, plan
        ),
        chosen AS (
            -- Each patient's answer nearest the time point; on a tie, the earlier one:
            -- the key is the distance in days, then when it was answered (SQLite takes
            -- a bare column from the row of the min()).
            SELECT g.grp, g.point, g.koos0, g.pain0, r.koos_jr_score AS koos,
                   r.pain_now AS pain,
                   min(abs({answered_day} - g.day) * 1e7
                       + julianday(r.answered_at) - {JULIAN_ORDINAL})
            FROM goal AS g
            JOIN follow_up_response AS r ON r.intake_id = g.id
            WHERE abs({answered_day} - g.day) <= ?
            GROUP BY g.id, g.point
        )
        SELECT grp, point,
               count(koos - koos0), coalesce(sum(koos - koos0 >= ?), 0),
               count(pain - pain0), coalesce(sum(pain0 - pain >= ?), 0)
        FROM chosen GROUP BY grp, point
        """,
        [json.dumps(plan), *params, settings.window_days, settings.koos_jr_points,
         settings.pain_points],
    ):  # fmt: skip
        figures[(grp, int(point))] = (int(koos_n), int(koos_better), int(pain_n),
                                      int(pain_better))  # fmt: skip

    def share(better: int, answered: int) -> Share | None:
        if answered < minimum:
            return None
        return Share(better, answered, *wilson_interval(better, answered))

    rows: list[GroupRow] = []
    for grp, patients in sorted(sizes.items(), key=lambda kv: (kv[0] is None, -kv[1])):
        code = None if grp is None else str(grp)
        if patients < minimum:
            rows.append(GroupRow(code, 0, shown=False))  # not even how many: never a figure
            continue
        counts = [figures.get((grp, n), (0, 0, 0, 0)) for n in range(len(intervals))]
        rows.append(GroupRow(
            code, patients, shown=True,
            koos_jr=tuple(share(c[1], c[0]) for c in counts),
            pain=tuple(share(c[3], c[2]) for c in counts),
        ))  # fmt: skip
    return GroupedReport(group_by, tuple(i.label() for i in intervals), tuple(rows), minimum,
                         settings)  # fmt: skip
