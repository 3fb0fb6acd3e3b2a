"""The clinic's outcomes report: for treated patients, KOOS JR and pain at the intake
and at each follow-up time (the clinic's intervals after the first treatment), with the
median and spread, the share with a meaningful improvement, how many due follow-ups were
answered, and the problems patients reported.

A follow-up's answers count for a time point when they were given within the clinic's
window of it (days either side); a patient's answers nearest the time point are used.
Demo records are left out unless asked for.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.clinic_settings import read_setting
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.questionnaire import Questionnaire
from app.records.follow_up_plan import FOLLOW_UP_INTERVALS_KEY, Interval, intervals_from_data


@dataclass(frozen=True)
class ReportFilter:
    diagnosis: str | None = None  # an option code of the item with role "diagnosis"
    knee: str | None = None
    cell_source: str | None = None
    treatments_at_least: int | None = None
    treatments_at_most: int | None = None
    treated_from: dt.date | None = None  # the first treatment, both ends included
    treated_to: dt.date | None = None
    include_demo: bool = False


@dataclass(frozen=True)
class Spread:
    """Median and quartiles (inclusive method) of n values."""

    n: int
    median: float
    q1: float
    q3: float

    @staticmethod
    def of(values: list[float]) -> Spread | None:
        if not values:
            return None
        if len(values) == 1:
            return Spread(1, values[0], values[0], values[0])
        q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
        return Spread(len(values), round(median, 3), round(q1, 3), round(q3, 3))


@dataclass(frozen=True)
class TimePoint:
    label: str  # "Intake", or the interval: "6 weeks", "3 months", …
    koos_jr: Spread | None
    pain: Spread | None
    koos_jr_improved: tuple[int, int] = (0, 0)  # (meaningfully better, with both scores)
    pain_improved: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class OutcomesReport:
    patients: int  # treated patients that pass the filter
    time_points: tuple[TimePoint, ...]  # the intake first
    follow_ups_due: int  # follow-ups of treatments due by today
    follow_ups_answered: int  # of those, answered
    responses: int
    responses_with_problems: int
    settings: OutcomeSettings
    problems: dict[str, int] = field(default_factory=dict)  # by problem item's link id


def _where(report_filter: ReportFilter, diagnosis_link_id: str | None) -> tuple[str, list[object]]:
    clauses = ["1"]
    params: list[object] = []
    f = report_filter
    if not f.include_demo:
        clauses.append("p.is_demo = 0")
    if f.knee:
        clauses.append("i.knee = ?")
        params.append(f.knee)
    if f.treatments_at_least is not None:
        clauses.append("t.n >= ?")
        params.append(f.treatments_at_least)
    if f.treatments_at_most is not None:
        clauses.append("t.n <= ?")
        params.append(f.treatments_at_most)
    if f.treated_from is not None:
        clauses.append("t.first_on >= ?")
        params.append(f.treated_from.isoformat())
    if f.treated_to is not None:
        clauses.append("t.first_on <= ?")
        params.append(f.treated_to.isoformat())
    if f.cell_source:
        clauses.append(
            "EXISTS (SELECT 1 FROM treatment AS c WHERE c.intake_id = i.id AND c.cell_source = ?)"
        )
        params.append(f.cell_source)
    if f.diagnosis and diagnosis_link_id:
        # The latest staff correction of the answer wins over what was submitted.
        clauses.append(
            "CASE WHEN EXISTS (SELECT 1 FROM answer_correction AS k"
            "                  WHERE k.intake_id = i.id AND k.link_id = ?)"
            " THEN EXISTS (SELECT 1 FROM json_each((SELECT k.new_values FROM answer_correction"
            "              AS k WHERE k.intake_id = i.id AND k.link_id = ? ORDER BY k.id DESC"
            "              LIMIT 1)) WHERE json_extract(value, '$.value') = ?)"
            " ELSE EXISTS (SELECT 1 FROM answer AS a WHERE a.intake_id = i.id"
            "              AND a.link_id = ? AND a.value = ?) END"
        )
        params.extend([diagnosis_link_id, diagnosis_link_id, f.diagnosis,
                       diagnosis_link_id, f.diagnosis])  # fmt: skip
    return " AND ".join(clauses), params


_TREATED = (
    "WITH t AS (SELECT intake_id, min(treated_on) AS first_on, count(*) AS n"
    " FROM treatment GROUP BY intake_id)"
)
_FROM = " FROM t JOIN intake AS i ON i.id = t.intake_id JOIN patient AS p ON p.id = i.patient_id"


def build_report(
    conn: sqlite3.Connection,
    intake_questionnaire: Questionnaire,
    report_filter: ReportFilter,
    today: dt.date,
) -> OutcomesReport:
    settings = read_outcome_settings(conn)
    intervals = intervals_from_data(read_setting(conn, FOLLOW_UP_INTERVALS_KEY))
    diagnosis = intake_questionnaire.item_with_role("diagnosis")
    where, params = _where(report_filter, diagnosis.link_id if diagnosis else None)

    baseline: dict[int, tuple[float | None, int | None, dt.date]] = {}
    for intake_id, koos, pain, first_on in conn.execute(
        f"{_TREATED} SELECT i.id, i.koos_jr_score, i.pain_now, t.first_on{_FROM} WHERE {where}",
        params,
    ):
        baseline[intake_id] = (koos, pain, dt.date.fromisoformat(first_on))

    by_intake: dict[int, list[tuple[int, float | None, int | None]]] = defaultdict(list)
    problems: Counter[str] = Counter()
    responses = with_problems = 0
    for intake_id, answered_at, koos, pain, found in conn.execute(
        f"{_TREATED} SELECT r.intake_id, r.answered_at, r.koos_jr_score, r.pain_now,"
        f" r.problems{_FROM} JOIN follow_up_response AS r ON r.intake_id = i.id WHERE {where}",
        params,
    ):
        responses += 1
        by_intake[intake_id].append(
            (dt.date.fromisoformat(answered_at[:10]).toordinal(), koos, pain)
        )
        if found != "[]":
            with_problems += 1
            problems.update(json.loads(found))

    due, answered = conn.execute(
        f"{_TREATED} SELECT count(*), count(r.id){_FROM}"
        " JOIN follow_up AS f ON f.intake_id = i.id AND f.treatment_id IS NOT NULL"
        " LEFT JOIN follow_up_response AS r ON r.follow_up_id = f.id"
        f" WHERE f.due_on <= ? AND {where}",
        [today.isoformat(), *params],
    ).fetchone()

    points = [
        TimePoint(
            "Intake",
            Spread.of([b[0] for b in baseline.values() if b[0] is not None]),
            Spread.of([float(b[1]) for b in baseline.values() if b[1] is not None]),
        )
    ]
    points.extend(_time_point(interval, baseline, by_intake, settings) for interval in intervals)
    return OutcomesReport(
        patients=len(baseline),
        time_points=tuple(points),
        follow_ups_due=int(due),
        follow_ups_answered=int(answered),
        responses=responses,
        responses_with_problems=with_problems,
        problems=dict(problems),
        settings=settings,
    )


def _time_point(
    interval: Interval,
    baseline: dict[int, tuple[float | None, int | None, dt.date]],
    by_intake: dict[int, list[tuple[int, float | None, int | None]]],
    settings: OutcomeSettings,
) -> TimePoint:
    koos_values: list[float] = []
    pain_values: list[float] = []
    koos_better = koos_pairs = pain_better = pain_pairs = 0
    window = settings.window_days
    for intake_id, answers in by_intake.items():
        base_koos, base_pain, first_on = baseline[intake_id]
        target = interval.after(first_on).toordinal()
        near = [a for a in answers if abs(a[0] - target) <= window]
        if not near:
            continue
        _, koos, pain = min(near, key=lambda a: (abs(a[0] - target), a[0]))
        if koos is not None:
            koos_values.append(koos)
            if base_koos is not None:
                koos_pairs += 1
                koos_better += settings.koos_jr_meaningful(koos - base_koos)
        if pain is not None:
            pain_values.append(float(pain))
            if base_pain is not None:
                pain_pairs += 1
                pain_better += settings.pain_meaningful(pain - base_pain)
    return TimePoint(
        interval.label(),
        Spread.of(koos_values),
        Spread.of(pain_values),
        (koos_better, koos_pairs),
        (pain_better, pain_pairs),
    )
