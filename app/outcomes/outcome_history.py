"""One patient's outcomes over time: the intake and each follow-up's KOOS JR score and
pain, beside the treatments, and the change since the intake."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.outcomes.outcome_settings import OutcomeSettings
from app.records.record_detail import RecordDetail
from app.system.clock import local_today


@dataclass(frozen=True)
class OutcomePoint:
    on: dt.date
    koos_jr: float | None  # None: not all seven answered (shown as incomplete)
    pain_now: int | None
    source: str  # "intake", "kiosk", "staff-phone", "staff-paper" or "staff-desk"
    scheduled: bool  # matched to a due follow-up (the intake counts as scheduled)
    needs_review: bool = False


@dataclass(frozen=True)
class TreatmentMark:
    on: dt.date
    number: int
    knee: str
    cell_source: str


@dataclass(frozen=True)
class OutcomeHistory:
    points: tuple[OutcomePoint, ...]  # the intake first, then follow-ups by date
    treatments: tuple[TreatmentMark, ...]

    @property
    def baseline(self) -> OutcomePoint:
        return self.points[0]

    def latest_koos_jr(self) -> OutcomePoint | None:
        return next((p for p in reversed(self.points[1:]) if p.koos_jr is not None), None)

    def latest_pain(self) -> OutcomePoint | None:
        return next((p for p in reversed(self.points[1:]) if p.pain_now is not None), None)

    def koos_jr_change(self) -> float | None:
        """Points gained since the intake (positive: better); None without both scores."""
        latest = self.latest_koos_jr()
        if latest is None or latest.koos_jr is None or self.baseline.koos_jr is None:
            return None
        return round(latest.koos_jr - self.baseline.koos_jr, 3)

    def pain_change(self) -> int | None:
        """Pain now minus pain at the intake (negative: less pain)."""
        latest = self.latest_pain()
        if latest is None or latest.pain_now is None or self.baseline.pain_now is None:
            return None
        return latest.pain_now - self.baseline.pain_now

    def summary(self, settings: OutcomeSettings) -> ChangeSummary:
        koos, pain = self.koos_jr_change(), self.pain_change()
        return ChangeSummary(
            koos, settings.koos_jr_meaningful(koos), pain, settings.pain_meaningful(pain)
        )


@dataclass(frozen=True)
class ChangeSummary:
    koos_jr: float | None
    koos_jr_meaningful: bool
    pain: int | None
    pain_meaningful: bool


def _day(iso: str) -> dt.date | None:
    """The day of a stored time; None for one that is not a time (a row written by
    another program): the chart leaves that point out rather than not open."""
    try:
        return dt.datetime.fromisoformat(iso).date() if "T" in iso else dt.date.fromisoformat(iso)
    except ValueError:
        return None


def outcome_history(detail: RecordDetail) -> OutcomeHistory:
    intake = detail.intake
    later: list[OutcomePoint] = []
    for r in detail.follow_up_responses:
        day = _day(str(r["answered_at"]))
        if day is not None:
            later.append(OutcomePoint(
                day, r["koos_jr_score"], r["pain_now"], str(r["source"]),
                r["follow_up_id"] is not None, bool(r["needs_review"]) and not r["reviewed_at"],
            ))  # fmt: skip
    treatments: list[TreatmentMark] = []
    for t in detail.treatments:
        day = _day(str(t["treated_on"]))
        if day is not None:
            treatments.append(TreatmentMark(
                day, int(t["treatment_number"]), str(t["knee"]), str(t["cell_source"])
            ))  # fmt: skip
    # The intake is the baseline, so it stays: an unreadable date takes the earliest
    # date the record does have, or today.
    known = [p.on for p in later] + [t.on for t in treatments]
    day = _day(str(intake["submitted_at"])) or (min(known) if known else local_today())
    baseline = OutcomePoint(day, intake.get("koos_jr_score"), intake["pain_now"], "intake", True)
    return OutcomeHistory((baseline, *later), tuple(treatments))
