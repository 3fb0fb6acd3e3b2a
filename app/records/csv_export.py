"""The records list as CSV that opens correctly in Excel.

UTF-8 with a byte-order mark (Excel reads accents right only with it), dates as
``YYYY-MM-DD`` and times as ``YYYY-MM-DD HH:MM`` in local time, which Excel reads as
dates; text that starts like a formula gets a leading quote so it is never run.
SQLite formats the values (``RecordsList.export_rows``) and rows stream from its
cursor to the writer: memory stays flat at any size.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from app.system.private_files import open_owner_only

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


def write_csv(rows: Iterable[Sequence[object]], path: Path) -> int:
    """Write CSV-ready rows (``RecordsList.export_rows``) to ``path``, replacing it only
    when complete; returns how many rows were written."""
    partial = path.with_name(path.name + ".part")
    counted = _Counter(rows)
    try:
        with open_owner_only(partial, "w", encoding="utf-8-sig", newline="") as out:
            _write(counted, out)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)  # a failed export leaves no half file behind
    return counted.count


def write_csv_stream(rows: Iterable[Sequence[object]], out: IO[str]) -> int:
    """The same CSV to an open text stream (standard output); returns the row count."""
    counted = _Counter(rows)
    _write(counted, out)
    return counted.count


def _write(rows: Iterable[Sequence[object]], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)


class _Counter:
    """Counts rows as the writer pulls them, without a Python step per cell."""

    def __init__(self, rows: Iterable[Sequence[object]]) -> None:
        self._rows = iter(rows)
        self.count = 0

    def __iter__(self) -> Iterator[Sequence[object]]:
        return self

    def __next__(self) -> Sequence[object]:
        row = next(self._rows)
        self.count += 1
        return row
