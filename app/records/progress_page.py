"""A one-page "your progress" for the patient (issue 26): their knee score and pain at
the intake and at each follow-up, in their language, with the change since before
treatment; the UI draws the chart (PROGRESS_CHART) from the same history."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from app.clinic.patient_words import spoken_date
from app.outcomes.outcome_history import OutcomeHistory
from app.records.patient_copy import STYLE

PROGRESS_CHART = "progress.png"


def _signed(value: float | None) -> str:
    """+16, -3, 0; "—" where there is no change to tell."""
    if value is None:
        return "—"
    whole = round(value)
    return f"{whole:+d}" if whole else "0"


def progress_html(
    history: OutcomeHistory, words: dict[str, Any], name: str, clinic: str, today: dt.date
) -> str:
    rows = []
    for n, point in enumerate(history.points):
        when = words["progress_before"] if n == 0 else spoken_date(point.on, words)
        koos = (f"{point.koos_jr:.0f}" if point.koos_jr is not None
                else words["progress_incomplete"])  # fmt: skip
        pain = "—" if point.pain_now is None else str(point.pain_now)
        rows.append(f"<tr><td>{escape(str(when))}</td><td>{escape(koos)}</td>"
                    f"<td>{escape(pain)}</td></tr>")  # fmt: skip
    head = (f"<tr><th align='left'>{escape(words['progress_date'])}</th>"
            f"<th align='left'>{escape(words['progress_koos'])}</th>"
            f"<th align='left'>{escape(words['progress_pain'])}</th></tr>")  # fmt: skip
    since = str(words["progress_since"]).format(
        koos=_signed(history.koos_jr_change()), pain=_signed(history.pain_change())
    )
    return "".join([
        STYLE,
        f"<h1>{escape(str(words['progress_heading']).format(name=name))}</h1>",
        f"<p>{escape(words['progress_intro'])}</p>",
        f"<p><img src='{PROGRESS_CHART}' width='620'></p>",
        f"<p><b>{escape(since)}</b></p>" if len(history.points) > 1 else "",
        f"<table width='100%' cellpadding='3'>{head}{''.join(rows)}</table>",
        "<p class='muted'><br>" + escape(str(words["progress_footer"]).format(
            date=spoken_date(today, words), clinic=clinic)) + "</p>",
    ])  # fmt: skip
