"""Which preparation helped whom (issue 25): the outcomes report's treated patients in
groups (by the product, separation method or image guidance of their first treatment,
or by how many treatments they had) and, for each group and time point, the share with
a meaningful change, with its count and a 95 % Wilson score interval.

A group smaller than the clinic's minimum (default 10 patients) gets no figure at all,
nor does a time point with fewer answers than that: a share of 3 is a story, not a
result, and a small group can point at one patient.

Worked out in SQL (the nearest answer within the window of each time point, as the
ungrouped report chooses it in app/outcomes/outcomes_report.py) in one pass over the
patients and their answers, so only a row per group reaches Python; its time at 100,000
patients is in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from app.clinic.settings import read_setting
from app.intake.questionnaire import Questionnaire
from app.outcomes.adverse_events import RELATED, SERIOUS_GRADE
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.outcomes.outcomes_report import JULIAN_ORDINAL, ReportFilter, filter_clause
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


# Each answer's place in the choice of the nearest, packed in one 64-bit integer so
# that min() per patient and time point picks it and carries its scores with it: the
# distance in days (doubled, plus one after the time point: on a tie the earlier
# wins), the second of its day (shifted by a day: an offset can move it past either
# midnight), then the KOOS JR score in thousandths and the pain, each plus one (0 is
# no answer). The scores are table values with three decimals, so they come back
# exactly; the largest key is about 1.3e16, under SQLite's 9.2e18.
_SECOND = 10**8  # below it: the score and the pain
_RANK = 10**6  # below it, within _SECOND: the second of the day


def _key_sql(point: int, window: int) -> str:
    off = f"(r.answered_day - i.day{point})"
    return (
        f"CASE WHEN abs({off}) <= {int(window)} THEN"
        f" ((abs({off}) * 2 + ({off} > 0)) * {_RANK}"
        f" + CAST((julianday(r.answered_at) - {JULIAN_ORDINAL} - r.answered_day) * 86400"
        f" AS INTEGER) + 86400) * {_SECOND}"
        f" + coalesce(CAST(round(r.koos_jr_score * 1000) AS INTEGER) + 1, 0) * 100"
        f" + coalesce(r.pain_now + 1, 0) END"
    )


def grouped_counts_sql(
    intervals: tuple[Interval, ...], group: str, where: str, settings: OutcomeSettings
) -> str:
    """One row per group: its size, the problems its patients reported, and for each
    time point how many have both KOOS JR scores and how many of those changed
    meaningfully, then the same for pain, from each patient's answer nearest the time
    point within the window (on a tie, the earlier one). Its parameters are the
    filter's; the settings (whole numbers) are written into it.

    One pass over the patients in the intake table's order with their answers from
    the answers' covering index, so the per-patient choice needs no sort; each time
    point's day is worked out once per first-treatment date (a clinic treats on a few
    hundred days), each answer's day is kept in the index (schema m016)."""
    days = ", ".join(f"{target_day_sql(interval, 'first_on')} AS day{n}"
                     for n, interval in enumerate(intervals))  # fmt: skip
    points = range(len(intervals))
    target_days = ", ".join(f"t.day{n}" for n in points)
    nearest = ", ".join(f"min({_key_sql(n, settings.window_days)}) AS k{n}" for n in points)
    koos_points, pain_points = int(settings.koos_jr_points) * 1000, int(settings.pain_points)
    unpacked = ", ".join(f"nullif(k{n} % {_SECOND} / 100, 0) - 1 AS koos_at{n},"
                         f" nullif(k{n} % 100, 0) - 1 AS pain_at{n}" for n in points)  # fmt: skip
    counted = ", ".join(f"count(koos_at{n} - koos_before),"
                        f" coalesce(sum(koos_at{n} - koos_before >= {koos_points}), 0),"
                        f" count(pain_at{n} - pain_before),"
                        f" coalesce(sum(pain_before - pain_at{n} >= {pain_points}), 0)"
                        for n in points)  # fmt: skip
    return f"""
        WITH target AS MATERIALIZED (
            SELECT first_on, {days} FROM (SELECT DISTINCT first_treated_on AS first_on
                                          FROM intake WHERE first_treated_on IS NOT NULL)
        ),
        patient_answers AS (
            SELECT grp, koos_before, pain_before, {nearest},
                   sum(CASE WHEN r.problems <> '[]' THEN json_array_length(r.problems) END)
                       AS problems
            FROM (SELECT i.*, {group} AS grp, CAST(round(i.koos_jr_score * 1000) AS INTEGER)
                         AS koos_before, i.pain_now AS pain_before, {target_days}
                  FROM intake AS i JOIN target AS t ON t.first_on = i.first_treated_on
                  WHERE +i.first_treated_on IS NOT NULL AND {where}) AS i
            LEFT JOIN follow_up_response AS r ON r.intake_id = i.id
            GROUP BY i.id
        )
        SELECT grp, count(*), coalesce(sum(problems), 0), {counted}
        FROM (SELECT grp, koos_before, pain_before, problems, {unpacked} FROM patient_answers)
        GROUP BY grp
    """


def adverse_events_sql(group: str, where: str) -> str:
    """Per group: the events rated possibly or more related, those of them serious,
    and how many were rated."""
    related = ", ".join(f"'{r}'" for r in RELATED)
    return f"""
        SELECT {group}, count(*) FILTER (WHERE e.relatedness IN ({related})),
               count(*) FILTER (WHERE e.relatedness IN ({related})
                                AND e.grade >= {SERIOUS_GRADE}),
               count(*)
        FROM adverse_event AS e JOIN intake AS i ON i.id = e.intake_id
        WHERE +i.first_treated_on IS NOT NULL AND {where} GROUP BY 1
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
    sizes: dict[object, int] = {}
    reported: dict[object, int] = {}
    figures: dict[tuple[object, int], tuple[int, int, int, int]] = {}
    rows_read = conn.execute(grouped_counts_sql(intervals, group, where, settings), params)
    for grp, patients, problems, *per_point in rows_read:
        sizes[grp], reported[grp] = int(patients), int(problems)
        for n in range(len(intervals)):
            koos_n, koos_better, pain_n, pain_better = per_point[4 * n : 4 * n + 4]
            figures[(grp, n)] = (int(koos_n), int(koos_better), int(pain_n), int(pain_better))
    events = {
        grp: (int(related), int(serious), int(rated))
        for grp, related, serious, rated in conn.execute(adverse_events_sql(group, where), params)
    }  # fmt: skip

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
