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
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.clinic.settings import read_setting
from app.follow_ups.response_rates import ResponseRate
from app.intake.questionnaire import Questionnaire
from app.outcomes.measure_wording import validated_koos_languages
from app.outcomes.outcome_settings import OutcomeSettings, read_outcome_settings
from app.records.current_answers import answer_is_params, answer_is_sql
from app.records.follow_up_plan import FOLLOW_UP_INTERVALS_KEY, intervals_from_data
from app.storage.driver import sqlite3


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
    # Of the first treatment (issue 25): a separation method's or image guidance's code.
    processing: str | None = None
    image_guidance: str | None = None


@dataclass(frozen=True)
class Spread:
    """Median and quartiles (inclusive method) of n values."""

    n: int
    median: float
    q1: float
    q3: float

    @staticmethod
    def of(values: list[float]) -> Spread | None:
        """Quartiles as ``statistics.quantiles(method="inclusive")`` gives them, from one
        sort (the report works out ten of these over up to 100,000 values)."""
        if not values:
            return None
        ordered = sorted(values)
        last = len(ordered) - 1

        def quartile(i: int) -> float:
            j, delta = divmod(i * last, 4)
            if delta == 0:
                return float(ordered[j])
            return (ordered[j] * (4 - delta) + ordered[j + 1] * delta) / 4

        return Spread(len(ordered), round(quartile(2), 3), round(quartile(1), 3),
                      round(quartile(3), 3))  # fmt: skip


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
    # KOOS JR scores in this report answered in a wording not validated, by language
    # (app/outcomes/measure_wording.py): the intake's and the follow-ups' together.
    unvalidated_koos: dict[str, int] = field(default_factory=dict)


def filter_clause(
    report_filter: ReportFilter, diagnosis_link_id: str | None
) -> tuple[str, list[object]]:
    """The filter as SQL on ``intake AS i``, and its values."""
    clauses = ["1"]
    params: list[object] = []
    f = report_filter
    if not f.include_demo:
        # The demo's few patients from their own index (schema m016): no patient's row
        # is read for a real clinic's report.
        clauses.append("i.patient_id NOT IN (SELECT id FROM patient WHERE is_demo = 1)")
    if f.knee:
        clauses.append("i.knee = ?")
        params.append(f.knee)
    if f.treatments_at_least is not None:
        clauses.append("i.treatments >= ?")
        params.append(f.treatments_at_least)
    if f.treatments_at_most is not None:
        clauses.append("i.treatments <= ?")
        params.append(f.treatments_at_most)
    if f.treated_from is not None:
        clauses.append("i.first_treated_on >= ?")
        params.append(f.treated_from.isoformat())
    if f.treated_to is not None:
        clauses.append("i.first_treated_on <= ?")
        params.append(f.treated_to.isoformat())
    if f.processing:
        clauses.append("i.first_processing = ?")
        params.append(f.processing)
    if f.image_guidance:
        clauses.append("i.first_image_guidance = ?")
        params.append(f.image_guidance)
    if f.cell_source:
        clauses.append(
            "EXISTS (SELECT 1 FROM treatment AS c WHERE c.intake_id = i.id AND c.cell_source = ?)"
        )
        params.append(f.cell_source)
    if f.diagnosis and diagnosis_link_id:
        # The latest staff correction of the answer wins over what was submitted.
        clauses.append(answer_is_sql("i.id"))
        params.extend(answer_is_params(diagnosis_link_id, f.diagnosis))
    return " AND ".join(clauses), params


# julianday() of a date minus this is Python's date.toordinal().
JULIAN_ORDINAL = 1721424.5
_FROM = " FROM intake AS i"


def build_response_rates(
    conn: sqlite3.Connection,
    intake_questionnaire: Questionnaire,
    report_filter: ReportFilter,
    today: dt.date,
) -> tuple[ResponseRate, ...]:
    """How the report's patients' follow-ups were answered (app/follow_ups/
    response_rates.py): asked for on its own, as it reads every follow-up due."""
    from app.follow_ups.ladder import read_ladder
    from app.follow_ups.response_rates import response_rates

    diagnosis = intake_questionnaire.item_with_role("diagnosis")
    where, params = filter_clause(report_filter, diagnosis.link_id if diagnosis else None)
    intervals = intervals_from_data(read_setting(conn, FOLLOW_UP_INTERVALS_KEY))
    return response_rates(
        conn, where, params, today, read_outcome_settings(conn).window_days,
        read_ladder(conn).let_go_after, tuple(interval.label() for interval in intervals),
    )  # fmt: skip


def build_report(
    conn: sqlite3.Connection,
    intake_questionnaire: Questionnaire,
    report_filter: ReportFilter,
    today: dt.date,
) -> OutcomesReport:
    settings = read_outcome_settings(conn)
    intervals = intervals_from_data(read_setting(conn, FOLLOW_UP_INTERVALS_KEY))
    diagnosis = intake_questionnaire.item_with_role("diagnosis")
    where, params = filter_clause(report_filter, diagnosis.link_id if diagnosis else None)

    # The treated patients that pass the filter, read in the table's order (most
    # intakes of a busy clinic are treated: a scan beats an index's scattered reads),
    # each with its time points' target days: (day ordinal, time point), nearest first,
    # worked out once per first-treatment date (a clinic treats on a few hundred days).
    targets: dict[str, list[tuple[int, int]]] = {}
    baseline: dict[int, tuple[float | None, int | None, list[tuple[int, int]]]] = {}
    for intake_id, koos, pain, first_on in conn.execute(
        f"SELECT i.id, i.koos_jr_score, i.pain_now, i.first_treated_on{_FROM}"
        f" WHERE +i.first_treated_on IS NOT NULL AND {where}",
        params,
    ):
        found = targets.get(first_on)
        if found is None:
            day = dt.date.fromisoformat(first_on)
            found = sorted((i.after(day).toordinal(), n) for n, i in enumerate(intervals))
            targets[first_on] = found
        baseline[intake_id] = (koos, pain, found)

    # Their treatments' follow-ups due by today, from a covering index (schema m007), for
    # every patient; the others are passed over. How many were answered is counted below.
    due = 0
    for intake_id, due_here in conn.execute(
        "SELECT intake_id, count(*) FROM follow_up"
        " WHERE treatment_id IS NOT NULL AND due_on <= ? GROUP BY intake_id",
        [today.isoformat()],
    ):
        if intake_id in baseline:
            due += due_here

    # One pass over the answers, in the order of their covering index (by patient, then
    # date): for each patient and time point, the answer nearest it within the window
    # (on a tie, the earlier: it came first). Answers of patients outside the filter are
    # passed over here, which is cheaper than joining the index scan to the filter.
    window = settings.window_days
    nearest: list[dict[int, tuple[int, float | None, int | None]]] = [{} for _ in intervals]
    responses = answered = 0
    due_by = today.isoformat()
    base_of = baseline.get
    for intake_id, answered_on, koos, pain, follow_up_due_on in conn.execute(
        "SELECT intake_id,"
        f" CAST(julianday(substr(answered_at, 1, 10)) - {JULIAN_ORDINAL} AS INTEGER),"
        " koos_jr_score, pain_now, follow_up_due_on FROM follow_up_response"
        " ORDER BY intake_id, answered_at"
    ):
        base = base_of(intake_id)
        if base is None:
            continue
        responses += 1
        if follow_up_due_on is not None and follow_up_due_on <= due_by:
            answered += 1  # a follow-up due by today, answered
        latest = answered_on + window
        for target, index in base[2]:
            if target > latest:
                break  # the targets ascend: the rest are further still
            distance = answered_on - target if answered_on >= target else target - answered_on
            if distance <= window:
                slot = nearest[index]
                held = slot.get(intake_id)
                if held is None or distance < held[0]:
                    slot[intake_id] = (distance, koos, pain)

    # The problems reported (a few in a hundred answers), from the same index.
    problems: Counter[str] = Counter()
    with_problems = 0
    for intake_id, found in conn.execute(
        "SELECT intake_id, problems FROM follow_up_response WHERE problems <> '[]'"
    ):
        if intake_id in baseline:
            with_problems += 1
            problems.update(json.loads(found))

    points = [
        TimePoint(
            "Intake",
            Spread.of([b[0] for b in baseline.values() if b[0] is not None]),
            Spread.of([float(b[1]) for b in baseline.values() if b[1] is not None]),
        )
    ]
    points.extend(
        _time_point(interval.label(), nearest[index], baseline, settings)
        for index, interval in enumerate(intervals)
    )
    return OutcomesReport(
        unvalidated_koos=_unvalidated_koos(conn, baseline),
        patients=len(baseline),
        time_points=tuple(points),
        follow_ups_due=due,
        follow_ups_answered=answered,
        responses=responses,
        responses_with_problems=with_problems,
        problems=dict(problems),
        settings=settings,
    )


def _unvalidated_koos(conn: sqlite3.Connection, patients: Mapping[int, object]) -> dict[str, int]:
    """Scores from each wording that is not validated, among ``patients`` (intake ids).
    The languages in use are read first from the indexes on language (few, and most
    clinics' only one is English), then only those rows."""
    validated = validated_koos_languages()
    found: Counter[str] = Counter()
    for table, key in (("intake", "id"), ("follow_up_response", "intake_id")):
        in_use = [lang for (lang,) in conn.execute(f"SELECT DISTINCT language FROM {table}")]
        for language in in_use:
            if language in validated:
                continue
            for (intake_id,) in conn.execute(
                f"SELECT {key} FROM {table} WHERE language = ? AND koos_jr_score IS NOT NULL",
                [language],
            ):
                if intake_id in patients:
                    found[language] += 1
    return dict(found)


def _time_point(
    label: str,
    chosen: dict[int, tuple[int, float | None, int | None]],
    baseline: dict[int, tuple[float | None, int | None, list[tuple[int, int]]]],
    settings: OutcomeSettings,
) -> TimePoint:
    """The figures of one time point from each patient's answer chosen for it."""
    koos_values: list[float] = []
    pain_values: list[float] = []
    koos_better = koos_pairs = pain_better = pain_pairs = 0
    # OutcomeSettings.koos_jr_meaningful / pain_meaningful, inlined: 100,000 patients.
    gain, fall = settings.koos_jr_points, settings.pain_points
    for intake_id, (_, koos, pain) in chosen.items():
        base_koos, base_pain, _ = baseline[intake_id]
        if koos is not None:
            koos_values.append(koos)
            if base_koos is not None:
                koos_pairs += 1
                koos_better += koos - base_koos >= gain
        if pain is not None:
            pain_values.append(pain)
            if base_pain is not None:
                pain_pairs += 1
                pain_better += base_pain - pain >= fall
    return TimePoint(
        label,
        Spread.of(koos_values),
        Spread.of(pain_values),
        (koos_better, koos_pairs),
        (pain_better, pain_pairs),
    )
