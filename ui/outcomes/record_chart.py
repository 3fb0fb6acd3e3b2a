"""What the record's outcome chart shows: KOOS JR above, pain below, over the dates of the
intake and the follow-ups, with each treatment marked, and in words for screen readers."""

from __future__ import annotations

import datetime as dt

from app.outcomes.outcome_history import OutcomeHistory
from app.outcomes.outcome_settings import OutcomeSettings
from ui.outcomes.time_chart import ChartData, Panel
from ui.translate import tr
from ui.workspace.labels import cell_source_labels, knee_labels, show_date

KOOS_COLOUR = "#1f5fa8"
PAIN_COLOUR = "#b4441b"


def _short(day: dt.date) -> str:
    return show_date(day.isoformat()).rsplit(" ", 1)[0]  # "2 Mar"


def _month_ticks(first: dt.date, last: dt.date) -> tuple[tuple[float, str], ...]:
    months: list[dt.date] = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, len(months) // 8 + (1 if len(months) % 8 else 0))
    shown = months[::step] or [first]
    return tuple((float(d.toordinal()), show_date(d.isoformat()).split(" ", 1)[1])
                 for d in shown)  # fmt: skip


def record_chart(history: OutcomeHistory, settings: OutcomeSettings) -> tuple[ChartData, str]:
    days = [p.on for p in history.points] + [t.on for t in history.treatments]
    first, last = min(days), max(days)
    margin = max(7, (last - first).days // 20)
    x_low = float((first - dt.timedelta(days=margin)).toordinal())
    x_high = float((last + dt.timedelta(days=margin)).toordinal())
    baseline = history.baseline
    koos_reference = None
    if baseline.koos_jr is not None and baseline.koos_jr + settings.koos_jr_points <= 100:
        koos_reference = (baseline.koos_jr + settings.koos_jr_points, tr("meaningful change"))
    pain_reference = None
    if baseline.pain_now is not None and baseline.pain_now - settings.pain_points >= 0:
        pain_reference = (float(baseline.pain_now - settings.pain_points),
                          tr("meaningful change"))  # fmt: skip
    knees, sources = knee_labels(), cell_source_labels()
    data = ChartData(
        x_low=x_low,
        x_high=x_high,
        x_ticks=_month_ticks(dt.date.fromordinal(int(x_low)), dt.date.fromordinal(int(x_high))),
        panels=(
            Panel(tr("KOOS JR (100 = no knee problems)"), 0, 100, (0, 25, 50, 75, 100),
                  KOOS_COLOUR, tuple((float(p.on.toordinal()), p.koos_jr)
                                     for p in history.points),
                  reference=koos_reference, missing_label=tr("incomplete")),
            Panel(tr("Pain now (0–10)"), 0, 10, (0, 5, 10), PAIN_COLOUR,
                  tuple((float(p.on.toordinal()),
                         None if p.pain_now is None else float(p.pain_now))
                        for p in history.points),
                  reference=pain_reference),
        ),
        markers=tuple(
            (float(t.on.toordinal()),
             tr("T{0} · {1} · {2} · {3}").format(
                 t.number, _short(t.on), knees.get(t.knee, t.knee),
                 sources.get(t.cell_source, t.cell_source)))
            for t in history.treatments
        ),
    )  # fmt: skip
    return data, change_text(history, settings)


def change_text(history: OutcomeHistory, settings: OutcomeSettings) -> str:
    """The change since the intake, in words: the line above the chart."""
    summary = history.summary(settings)
    baseline = history.baseline
    parts = []
    latest = history.latest_koos_jr()
    if baseline.koos_jr is None:
        parts.append(tr("KOOS JR at intake: incomplete (not all seven answered)"))
    elif latest is None or latest.koos_jr is None:
        parts.append(tr("KOOS JR {0:.1f} at intake; no follow-up score yet").format(
            baseline.koos_jr))  # fmt: skip
    else:
        parts.append(tr("KOOS JR {0:.1f} → {1:.1f} on {2} ({3:+.1f}{4})").format(
            baseline.koos_jr, latest.koos_jr, show_date(latest.on.isoformat()),
            summary.koos_jr or 0.0,
            tr(", meaningful") if summary.koos_jr_meaningful else ""))  # fmt: skip
    pain = history.latest_pain()
    if baseline.pain_now is not None and pain is not None and pain.pain_now is not None:
        parts.append(tr("pain {0} → {1} ({2:+d}{3})").format(
            baseline.pain_now, pain.pain_now, summary.pain or 0,
            tr(", meaningful") if summary.pain_meaningful else ""))  # fmt: skip
    return "; ".join(parts)
