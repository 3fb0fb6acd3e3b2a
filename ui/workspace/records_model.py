"""The records list as a Qt table model: a page of rows at a time, sorted in SQL.

The model never holds more than the pages the view has scrolled through: Qt asks
``canFetchMore``/``fetchMore`` as the user scrolls, and a new filter or sort starts
again from the first page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.records.records_list import Column, RecordFilter, RecordRow, RecordsList, SortOrder
from ui.workspace.labels import knee_labels, show_date, show_time, status_labels, tr

PAGE_SIZE = 100  # three screens of rows; more are fetched as the list scrolls
INTAKE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

FLAG_COLOURS = {  # background, text: each flag also says itself in words
    "imaging": ("#fff1c2", "#5c4300"),
    "screening": ("#fde2e0", "#8c1d18"),
    "clinical": ("#b3261e", "#ffffff"),  # a problem after treatment: call the patient
    "overdue": ("#fde2e0", "#8c1d18"),
    "due": ("#fff1c2", "#5c4300"),
    "demo": ("#e6e9ef", "#3d4654"),
}

Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def headers() -> list[str]:
    return [
        tr("Submitted"),
        tr("Name"),
        tr("Age"),
        tr("Phone"),
        tr("Knee"),
        tr("Pain now"),
        tr("Imaging"),
        tr("Screening"),
        tr("Status"),
        tr("Next follow-up"),
    ]


@dataclass(frozen=True)
class ShownRow:
    """A row with its cells already turned into text (done once per page, not per paint)."""

    record: RecordRow
    cells: tuple[str, ...]
    flags: dict[int, str]


class RecordsModel(QAbstractTableModel):
    def __init__(self, records: RecordsList, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._records = records
        self._page_size = page_size
        # data() runs thousands of times a repaint: one brush per colour, made once.
        self._brushes = {
            flag: (QBrush(QColor(background)), QBrush(QColor(text)))
            for flag, (background, text) in FLAG_COLOURS.items()
        }
        self._filter = RecordFilter()
        self._order = SortOrder()
        self._rows: list[ShownRow] = []
        self._more = True
        self._fetching = False
        self._headers = headers()
        self._status = status_labels()
        self._knee = knee_labels()

    # --- what the view asks -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        # A view (or the model tester) may ask again while rows are being inserted;
        # a nested fetch would read the same page twice.
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        try:
            offset = len(self._rows)
            page = self._records.page(self._filter, self._order, offset, self._page_size)
            self._more = len(page) == self._page_size
            if page:
                today = self._records.today
                shown = [self._shown(row, today) for row in page]
                self.beginInsertRows(QModelIndex(), offset, offset + len(shown) - 1)
                self._rows.extend(shown)
                self.endInsertRows()
        finally:
            self._fetching = False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        shown = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown.cells[column]
        if role == INTAKE_ID_ROLE:
            return shown.record.intake_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.AGE):
            # Two patients of one name, or a search by birth date read both ways round.
            return tr("Born {0}").format(show_date(shown.record.birth_date))
        flag = shown.flags.get(column)
        if flag and role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[flag][0]
        if flag and role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[flag][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AGE, Column.PAIN_NOW):
            return RIGHT_ALIGNED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._order = SortOrder(Column(column), descending)
        self.reload()

    # --- what the workspace asks ---------------------------------------------------
    @property
    def record_filter(self) -> RecordFilter:
        return self._filter

    @property
    def sort_order(self) -> SortOrder:
        return self._order

    def set_filter(self, record_filter: RecordFilter) -> None:
        self._filter = record_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, sort or data change).

        The first page is read inside the reset, so no rows are inserted while a
        reset is still being announced.
        """
        page = self._records.page(self._filter, self._order, 0, self._page_size)
        today = self._records.today
        self._fetching = True  # listeners of the reset must not fetch mid-reset
        try:
            self.beginResetModel()
            self._rows = [self._shown(row, today) for row in page]
            self._more = len(page) == self._page_size
            self.endResetModel()
        finally:
            self._fetching = False

    def total(self, *, up_to: int | None = None) -> int:
        return self._records.count(self._filter, up_to=up_to)

    def record_at(self, row: int) -> RecordRow:
        return self._rows[row].record

    def row_of_intake(self, intake_id: int) -> int | None:
        for row, shown in enumerate(self._rows):
            if shown.record.intake_id == intake_id:
                return row
        return None

    def _shown(self, row: RecordRow, today: dt.date) -> ShownRow:
        flags: dict[int, str] = {}
        name = f"{row.last_name}, {row.first_name}"
        if row.is_demo:
            name += " " + tr("[DEMO]")
            flags[Column.NAME] = "demo"
        imaging = tr("⚠ Needed") if row.imaging_needed else tr("Has imaging")
        if row.imaging_needed:
            flags[Column.IMAGING_NEEDED] = "imaging"
        screening = tr("⚑ Review") if row.screening_review else tr("No flags")
        if row.screening_review:
            flags[Column.SCREENING_REVIEW] = "screening"
        if row.clinical_review:  # a problem after treatment: first in the cell, and red
            screening = tr("⚕ Problem reported") + (
                " · " + tr("⚑ Review") if row.screening_review else ""
            )
            flags[Column.SCREENING_REVIEW] = "clinical"
        state = row.follow_up_state(today)
        follow_up = show_date(row.next_follow_up_on)
        if state == "overdue":
            follow_up = tr("Overdue") + " · " + follow_up
            flags[Column.NEXT_FOLLOW_UP] = "overdue"
        elif state == "due":
            follow_up = tr("Due") + " · " + follow_up
            flags[Column.NEXT_FOLLOW_UP] = "due"
        age = row.age_on(today)
        cells = (
            show_time(row.submitted_at),
            name,
            "" if age is None else str(age),
            row.phone or "",
            self._knee.get(row.knee or "", row.knee or ""),
            "" if row.pain_now is None else str(row.pain_now),
            imaging,
            screening,
            self._status.get(row.status, row.status),
            follow_up,
        )
        return ShownRow(row, cells, flags)
