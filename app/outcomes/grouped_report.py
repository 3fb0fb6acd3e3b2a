"""Which preparation helped whom (issue 25): the outcomes report's treated patients in
groups (by the product, separation method or image guidance of their first treatment,
or by how many treatments they had) and, for each group and time point, the share with
a meaningful change, with its count and a 95 % Wilson score interval.

A group smaller than the clinic's minimum (default 10 patients) gets no figure at all,
nor does a time point with fewer answers than that: a share of 3 is a story, not a
result, and a small group can point at one patient.

Worked out in one SQL statement (the nearest answer within the window of each time
point, as the ungrouped report chooses it in app/outcomes/outcomes_report.py), so only a
few dozen rows reach Python; its time at 100,000 patients is in docs/PERFORMANCE.md
(about 0.54 s: the goal of 0.3 s is not met yet).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Literal

from app.clinic_settings import read_setting
from app.outcomes.adverse_events import RELATED, SERIOUS_GRADE
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.outcomes.outcomes_report import JULIAN_ORDINAL, ReportFilter, filter_clause
from app.questionnaire import Questionnaire
from app.records.follow_up_plan import FOLLOW_UP_INTERVALS_KEY, Interval, intervals_from_data
from app.storage.driver import sqlite3

GroupBy = Literal["product", "processing", "image-guidance", "injections"]
GROUP_BYS: tuple[GroupBy, ...] = ("product", "processing", "image-guidance", "injections")
MIN_GROUP_KEY = "report_min_group_size"
DEFAULT_MIN_GROUP = 10
MIN_GROUP_RANGE = (5, 100)
Z_95 = 1.959963984540054  # the normal quantile of 0.975

# Of each patient's first treatment (kept on the intake, schema m013), or their count.
_GROUP_SQL: dict[GroupBy, str] = {
    "product": "i.first_product",
    "processing": "i.first_processing",
    "image-guidance": "i.first_image_guidance",
    "injections": "min(i.treatments, 3)",  # 1, 2, 3 or more
}


def target_day_sql(interval: Interval, first_on: str) -> str:
    """SQL for a time point's day (as ``date.toordinal()``) after the date in column
    ``first_on``: weeks are days; months keep the day of the month, or the month's last
    day where it is shorter (31 January + 1 month: 28 February), as Interval.after does
    (tests/test_grouped_report.py checks them on every day of four years); SQLite's own
    '+1 month' would say 3 March."""
    if interval.unit == "weeks":
        return f"CAST(julianday({first_on}) - {JULIAN_ORDINAL} AS INTEGER) + {7 * interval.count}"
    months = f"date({first_on}, '+{interval.count} months')"
    return (
        f"CAST(julianday(CASE WHEN strftime('%d', {months}) = strftime('%d', {first_on})"
        f" THEN {months} ELSE date({first_on}, 'start of month',"
        f" '+{interval.count + 1} months', '-1 day') END) - {JULIAN_ORDINAL} AS INTEGER)"
    )


def nearest_answers_sql(intervals: tuple[Interval, ...], base: str) -> str:
    """``base``: the patients (id, first_on, koos0, pain0, grp). Per group and time
    point: how many patients have both scores, and how many of those changed
    meaningfully, from each patient's answer nearest the time point within the window
    (on a tie, the earlier one). Parameters: the time points' indexes (JSON), the
    filter's values, the window, the KOOS JR and pain thresholds. Each group's size
    comes too, as time point -1.

    Each date is worked out once: the time points' days once per first-treatment date
    (a clinic treats on a few hundred days), each answer's day once, so what is compared
    for each answer and time point is integers."""
    days = ", ".join(f"{target_day_sql(interval, 'first_on')} AS day{n}"
                     for n, interval in enumerate(intervals))  # fmt: skip
    columns = ", ".join(f"t.day{n}" for n in range(len(intervals)))
    pick = " ".join(f"WHEN {n} THEN p.day{n}" for n in range(len(intervals)))
    related = ", ".join(f"'{r}'" for r in RELATED)
    serious = SERIOUS_GRADE
    return f"""
        WITH plan (point) AS (SELECT value FROM json_each(?)),
        target AS MATERIALIZED (
            SELECT first_on, {days} FROM (SELECT DISTINCT first_treated_on AS first_on
                                          FROM intake WHERE first_treated_on IS NOT NULL)
        ),
        base AS MATERIALIZED (
            SELECT b.*, {columns} FROM ({base}) AS b JOIN target AS t ON t.first_on = b.first_on
        ),
        pair AS MATERIALIZED (
            -- Each patient's answers, from the answers' covering index, each answer's
            -- day worked out once.
            SELECT b.*,
                   CAST(julianday(substr(r.answered_at, 1, 10)) - {JULIAN_ORDINAL} AS INTEGER)
                       AS day,
                   julianday(r.answered_at) - {JULIAN_ORDINAL} AS at,
                   r.koos_jr_score AS koos, r.pain_now AS pain
            FROM base AS b JOIN follow_up_response AS r ON r.intake_id = b.id
        ),
        near AS (
            SELECT p.id, p.grp, p.koos0, p.pain0, p.koos, p.pain, p.at, plan.point,
                   abs(p.day - CASE plan.point {pick} END) AS distance
            FROM pair AS p, plan
        ),
        chosen AS (
            -- The key: the distance in days, then when it was answered (the ordinal day
            -- is below 10 million); SQLite takes the bare columns from the min()'s row.
            SELECT grp, point, koos0, pain0, koos, pain, min(distance * 1e7 + at)
            FROM near WHERE distance <= ? GROUP BY id, point
        )
        SELECT grp, point,
               count(koos - koos0), coalesce(sum(koos - koos0 >= ?), 0),
               count(pain - pain0), coalesce(sum(pain0 - pain >= ?), 0)
        FROM chosen GROUP BY grp, point
        UNION ALL  -- and each group's size, as point -1
        SELECT grp, -1, count(*), 0, 0, 0 FROM base GROUP BY grp
        UNION ALL  -- its adverse events, as point -2: related, related and serious, rated
        SELECT b.grp, -2, count(*) FILTER (WHERE e.relatedness IN ({related})),
               count(*) FILTER (WHERE e.relatedness IN ({related}) AND e.grade >= {serious}),
               count(*), 0
        FROM adverse_event AS e JOIN base AS b ON b.id = e.intake_id GROUP BY b.grp
        UNION ALL  -- and the problems its patients reported, as point -3
        SELECT b.grp, -3, sum(json_array_length(r.problems)), 0, 0, 0
        FROM follow_up_response AS r JOIN base AS b ON b.id = r.intake_id
        WHERE r.problems <> '[]' GROUP BY b.grp
    """


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
class AdverseEventCounts:
    """A group's problems reported at follow-ups, and what clinicians rated them."""

    related: int  # possibly, probably or certainly caused by the treatment
    serious: int  # of those, CTCAE grade 3 or above
    rated: int
    reported: int


@dataclass(frozen=True)
class GroupRow:
    group: str | None  # a code ("bone-marrow", "ultrasound", "2"…); None: not recorded
    patients: int  # 0 where not shown
    shown: bool  # False: fewer patients than the minimum, so no figure at all
    koos_jr: tuple[Share | None, ...] = ()  # per follow-up time point
    pain: tuple[Share | None, ...] = ()
    adverse: AdverseEventCounts | None = None


@dataclass(frozen=True)
class GroupedReport:
    group_by: GroupBy
    time_points: tuple[str, ...]  # "6 weeks", "3 months", …
    groups: tuple[GroupRow, ...]  # the largest first; "not recorded" last
    min_group_size: int
    settings: OutcomeSettings
    everyone_adverse: AdverseEventCounts | None = None  # of all the groups together


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
    group = _GROUP_SQL[group_by]
    base = (
        f"SELECT i.id AS id, i.first_treated_on AS first_on, i.koos_jr_score AS koos0,"
        f" i.pain_now AS pain0, {group} AS grp"
        f" FROM intake AS i JOIN patient AS p ON p.id = i.patient_id"
        f" WHERE +i.first_treated_on IS NOT NULL AND {where}"
    )
    sizes: dict[object, int] = {}
    events: dict[object, tuple[int, int, int]] = {}
    reported: dict[object, int] = {}
    figures: dict[tuple[object, int], tuple[int, int, int, int]] = {}
    for grp, point, koos_n, koos_better, pain_n, pain_better in conn.execute(
        nearest_answers_sql(intervals, base),
        [json.dumps(list(range(len(intervals)))), *params, settings.window_days,
         settings.koos_jr_points, settings.pain_points],
    ):  # fmt: skip
        if point == -1:
            sizes[grp] = int(koos_n)
            continue
        if point == -2:
            events[grp] = (int(koos_n), int(koos_better), int(pain_n))
            continue
        if point == -3:
            reported[grp] = int(koos_n or 0)
            continue
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
            adverse=AdverseEventCounts(*events.get(grp, (0, 0, 0)), reported.get(grp, 0)),
        ))  # fmt: skip
    related, serious, rated = (sum(e[n] for e in events.values()) for n in range(3))
    everyone = AdverseEventCounts(related, serious, rated, sum(reported.values()))
    return GroupedReport(group_by, tuple(i.label() for i in intervals), tuple(rows), minimum,
                         settings, everyone)  # fmt: skip
