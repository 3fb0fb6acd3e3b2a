"""Outcomes on the wire between a reception PC and the main PC: the report's filter and
figures, the outcome settings, and the result of storing follow-up answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from app.follow_ups.response_rates import ResponseRate
from app.intake.answers import ValidationIssue
from app.outcomes.adverse_events import Rating, ReportedProblem
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.follow_up_responses import SavedFollowUp
from app.outcomes.grouped_report import (
    GROUP_BYS,
    AdverseEventCounts,
    GroupedReport,
    GroupRow,
    Share,
)
from app.outcomes.outcome_settings import OutcomeSettings
from app.outcomes.outcomes_report import OutcomesReport, ReportFilter, Spread, TimePoint

Json = dict[str, Any]


def report_filter_to_json(f: ReportFilter) -> Json:
    data = dataclasses.asdict(f)
    for key in ("treated_from", "treated_to"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def report_filter_from_json(data: Json) -> ReportFilter:
    def day(value: object) -> dt.date | None:
        return dt.date.fromisoformat(str(value)) if value else None

    def number(value: object) -> int | None:
        return None if value is None else int(str(value))

    def text(value: object) -> str | None:
        return None if value is None else str(value)

    return ReportFilter(
        diagnosis=text(data.get("diagnosis")),
        knee=text(data.get("knee")),
        cell_source=text(data.get("cell_source")),
        treatments_at_least=number(data.get("treatments_at_least")),
        treatments_at_most=number(data.get("treatments_at_most")),
        treated_from=day(data.get("treated_from")),
        treated_to=day(data.get("treated_to")),
        include_demo=bool(data.get("include_demo", False)),
        processing=text(data.get("processing")),
        image_guidance=text(data.get("image_guidance")),
    )


def report_to_json(report: OutcomesReport) -> Json:
    return dataclasses.asdict(report)


def report_from_json(data: Json) -> OutcomesReport:
    def spread(value: Json | None) -> Spread | None:
        return Spread(**value) if value else None

    return OutcomesReport(
        patients=int(data["patients"]),
        time_points=tuple(
            TimePoint(
                str(p["label"]),
                spread(p["koos_jr"]),
                spread(p["pain"]),
                (int(p["koos_jr_improved"][0]), int(p["koos_jr_improved"][1])),
                (int(p["pain_improved"][0]), int(p["pain_improved"][1])),
            )
            for p in data["time_points"]
        ),
        follow_ups_due=int(data["follow_ups_due"]),
        follow_ups_answered=int(data["follow_ups_answered"]),
        responses=int(data["responses"]),
        responses_with_problems=int(data["responses_with_problems"]),
        settings=settings_from_json(data["settings"]),
        problems={str(k): int(v) for k, v in data["problems"].items()},
        unvalidated_koos={str(k): int(v) for k, v in data.get("unvalidated_koos", {}).items()},
    )


def rates_to_json(rates: tuple[ResponseRate, ...]) -> Json:
    return {"rates": [dataclasses.asdict(rate) for rate in rates]}


def rates_from_json(data: Json) -> tuple[ResponseRate, ...]:
    return tuple(
        ResponseRate(str(r["time_point"]), int(r["due"]), int(r["answered"]), int(r["late"]),
                     int(r["let_go"]), int(r["still_open"]), tuple(int(w) for w in r["by_way"]))
        for r in data["rates"]
    )  # fmt: skip


def grouped_to_json(report: GroupedReport) -> Json:
    return dataclasses.asdict(report)


def grouped_from_json(data: Json) -> GroupedReport:
    def share(value: Json | None) -> Share | None:
        if value is None:
            return None
        return Share(int(value["better"]), int(value["answered"]), float(value["low"]),
                     float(value["high"]))  # fmt: skip

    group_by = str(data["group_by"])
    if group_by not in GROUP_BYS:
        raise ValueError("group_by")
    return GroupedReport(
        group_by=group_by,
        time_points=tuple(str(label) for label in data["time_points"]),
        groups=tuple(
            GroupRow(
                None if g["group"] is None else str(g["group"]),
                int(g["patients"]),
                bool(g["shown"]),
                tuple(share(s) for s in g["koos_jr"]),
                tuple(share(s) for s in g["pain"]),
                AdverseEventCounts(**g["adverse"]) if g.get("adverse") else None,
            )
            for g in data["groups"]
        ),
        min_group_size=int(data["min_group_size"]),
        settings=settings_from_json(data["settings"]),
        everyone_adverse=AdverseEventCounts(**data["everyone_adverse"])
        if data.get("everyone_adverse")
        else None,
    )


def rating_to_json(rating: Rating) -> Json:
    return dataclasses.asdict(rating)


def rating_from_json(data: Json) -> Rating:
    """What a station sends: checked again where it is stored (check_rating)."""
    grade = data["grade"]
    if not isinstance(grade, int) or isinstance(grade, bool):
        raise ValueError("grade")
    return Rating(int(data["response_id"]), str(data["problem"]), str(data["relatedness"]),
                  grade, str(data["outcome"]), str(data.get("note") or "")[:500])  # fmt: skip


def problem_to_json(problem: ReportedProblem) -> Json:
    return dataclasses.asdict(problem)


def problem_from_json(data: Json) -> ReportedProblem:
    rated = data.get("rating")
    rating = None
    if rated:
        rating = Rating(int(rated["response_id"]), str(rated["problem"]),
                        str(rated["relatedness"]), int(rated["grade"]), str(rated["outcome"]),
                        str(rated.get("note") or ""), str(rated.get("rated_by") or ""),
                        str(rated.get("rated_at") or ""))  # fmt: skip
    return ReportedProblem(int(data["response_id"]), str(data["answered_at"]),
                           str(data["problem"]), rating)  # fmt: skip


def settings_to_json(settings: OutcomeSettings) -> Json:
    return dataclasses.asdict(settings)


def settings_from_json(data: Json) -> OutcomeSettings:
    return OutcomeSettings(
        int(data["koos_jr_points"]), int(data["pain_points"]), int(data["window_days"])
    )


def follow_up_result_to_json(result: FollowUpResult) -> Json:
    return {
        "issues": {
            link_id: {"code": issue.code, "params": dict(issue.params)}
            for link_id, issue in result.issues.items()
        },
        "saved": dataclasses.asdict(result.saved) if result.saved else None,
    }


def follow_up_result_from_json(data: Json) -> FollowUpResult:
    saved = data.get("saved")
    return FollowUpResult(
        issues={
            str(k): ValidationIssue(v["code"], dict(v.get("params", {})))
            for k, v in data.get("issues", {}).items()
        },
        saved=SavedFollowUp(**saved) if saved else None,
    )
