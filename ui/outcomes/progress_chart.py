"""The patient's "your progress" chart: the record's two panels (knee score, pain),
labelled in the patient's language from their words (app/records/progress_page.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.outcomes.outcome_history import OutcomeHistory
from ui.outcomes.record_chart import KOOS_COLOUR, PAIN_COLOUR
from ui.outcomes.time_chart import ChartData, Panel


def progress_chart(history: OutcomeHistory, words: dict[str, Any]) -> ChartData:
    days = [p.on for p in history.points] + [t.on for t in history.treatments]
    first, last = min(days), max(days)
    margin = max(7, (last - first).days // 20)
    low, high = first - dt.timedelta(days=margin), last + dt.timedelta(days=margin)
    months = []
    day = dt.date(low.year, low.month, 1)
    while day <= high:
        if day >= low:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, -(-len(months) // 8))
    ticks = tuple((float(d.toordinal()), f"{words['months'][d.month - 1][:3]} {d.year}")
                  for d in months[::step])  # fmt: skip
    return ChartData(
        x_low=float(low.toordinal()), x_high=float(high.toordinal()), x_ticks=ticks,
        panels=(
            Panel(str(words["progress_koos"]), 0, 100, (0, 25, 50, 75, 100), KOOS_COLOUR,
                  tuple((float(p.on.toordinal()), p.koos_jr) for p in history.points),
                  missing_label=str(words["progress_incomplete"])),
            Panel(str(words["progress_pain"]), 0, 10, (0, 5, 10), PAIN_COLOUR,
                  tuple((float(p.on.toordinal()),
                         None if p.pain_now is None else float(p.pain_now))
                        for p in history.points)),
        ),
        markers=tuple((float(t.on.toordinal()),
                       str(words["progress_treatment"]).format(number=t.number))
                      for t in history.treatments),
    )  # fmt: skip
