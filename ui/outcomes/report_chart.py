"""What the outcomes report's chart shows: the median KOOS JR and pain at each time
point, with the quartiles as whiskers, and in words for screen readers."""

from __future__ import annotations

from app.outcomes.outcomes_report import OutcomesReport, Spread
from ui.outcomes.record_chart import KOOS_COLOUR, PAIN_COLOUR
from ui.outcomes.time_chart import ChartData, Panel
from ui.time_words import label_words
from ui.translate import tr


def time_point_label(label: str) -> str:
    return label_words(label)


def report_chart(report: OutcomesReport) -> tuple[ChartData, str]:
    points = report.time_points

    def series(pick: str) -> tuple[tuple[tuple[float, float | None], ...],
                                   tuple[tuple[float, float, float], ...]]:  # fmt: skip
        spreads: list[Spread | None] = [getattr(p, pick) for p in points]
        return (
            tuple((float(n), s.median if s else None) for n, s in enumerate(spreads)),
            tuple((float(n), s.q1, s.q3) for n, s in enumerate(spreads) if s),
        )

    koos_points, koos_spreads = series("koos_jr")
    pain_points, pain_spreads = series("pain")
    data = ChartData(
        x_low=-0.5,
        x_high=len(points) - 0.5,
        x_ticks=tuple((float(n), time_point_label(p.label)) for n, p in enumerate(points)),
        panels=(
            Panel(tr("KOOS JR, median and quartiles (100 = no knee problems)"), 0, 100,
                  (0, 25, 50, 75, 100), KOOS_COLOUR, koos_points, koos_spreads,
                  missing_label=tr("no answers")),
            Panel(tr("Pain now, median and quartiles (0–10)"), 0, 10, (0, 5, 10),
                  PAIN_COLOUR, pain_points, pain_spreads, missing_label=tr("no answers")),
        ),
    )  # fmt: skip
    words = "; ".join(
        tr("{0}: KOOS JR median {1} (n = {2})").format(
            time_point_label(p.label), f"{p.koos_jr.median:.1f}", p.koos_jr.n)
        for p in points if p.koos_jr
    )  # fmt: skip
    return data, words or tr("No scores yet")
