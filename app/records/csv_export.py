"""The records list as CSV that opens correctly in Excel.

UTF-8 with a byte-order mark (Excel reads accents right only with it), dates as
``YYYY-MM-DD`` and times as ``YYYY-MM-DD HH:MM`` in local time, which Excel reads as
dates. Rows stream from the database cursor: memory stays flat at any size.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from app.records.records_list import RecordRow

CSV_HEADER = (
    "Submitted",
    "Last name",
    "First name",
    "Date of birth",
    "Age",
    "Phone",
    "Email",
    "Knee",
    "Pain now (0-10)",
    "Imaging needed",
    "Screening review",
    "Status",
    "Next follow-up",
    "Demo record",
    "Intake id",
)


def local_minutes(iso_utc: str) -> str:
    """A stored UTC timestamp as local 'YYYY-MM-DD HH:MM'."""
    moment = dt.datetime.fromisoformat(iso_utc).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a name typed as '=HYPERLINK(...)')."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def csv_rows(rows: Iterable[RecordRow], today: dt.date) -> Iterable[tuple[object, ...]]:
    for row in rows:
        age = row.age_on(today)
        yield (
            local_minutes(row.submitted_at),
            safe_text(row.last_name),
            safe_text(row.first_name),
            row.birth_date,
            "" if age is None else age,
            safe_text(row.phone or ""),
            safe_text(row.email or ""),
            row.knee or "",
            "" if row.pain_now is None else row.pain_now,
            _yes_no(row.imaging_needed),
            _yes_no(row.screening_review),
            row.status,
            row.next_follow_up_on or "",
            _yes_no(row.is_demo),
            row.intake_id,
        )


def write_csv(rows: Iterable[RecordRow], path: Path, today: dt.date) -> int:
    """Write the rows to ``path`` (replacing it only when complete); returns how many."""
    partial = path.with_name(path.name + ".part")
    count = 0
    with partial.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for values in csv_rows(rows, today):
            writer.writerow(values)
            count += 1
    partial.replace(path)
    return count
