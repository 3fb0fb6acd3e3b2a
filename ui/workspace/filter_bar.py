"""Search box and filters above the records list; emits the filter they add up to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.records.records_list import FollowUpFilter, RecordFilter
from app.system.clock import local_today
from ui.flow_layout import FlowLayout
from ui.workspace.labels import status_labels, tr

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"
OPEN_STATUSES = frozenset({"new", "contacted", "consultation-booked", "treatment", "follow-up"})


class _OpenAtThisMonth(QObject):
    """A date filter set to "Any" holds its minimum date (2000), and its calendar would
    open there; it opens at this month instead, with nothing chosen until a click."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject) -> None:
        super().__init__(parent)
        self._today = today

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget)
        if shown and watched.selectedDate() <= NO_DATE:
            today = self._today()
            watched.setCurrentPage(today.year, today.month)
        return False


class FilterBar(QWidget):
    filterChanged = Signal()
    moveToList = Signal()  # Down arrow or Enter in the search box

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = local_today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filter-bar")
        self._calendar_opener = _OpenAtThisMonth(today, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("records-search")
        self.search.setPlaceholderText(tr("Name, phone, email or birth date  (Ctrl+F)"))
        self.search.setAccessibleName(tr("Search name, phone, email or birth date"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filterChanged)
        self.search.returnPressed.connect(self.moveToList)

        self.status = QComboBox(self)
        self.status.setObjectName("filter-status")
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem(tr("Any status"), None)
        self.status.addItem(tr("Open (not closed)"), OPEN_STATUSES)
        for code, label in status_labels().items():
            self.status.addItem(label, frozenset({code}))

        self.follow_up = QComboBox(self)
        self.follow_up.setObjectName("filter-follow-up")
        self.follow_up.setAccessibleName(tr("Follow-up"))
        for label, code in (
            (tr("Any follow-up"), "any"),
            (tr("Due today or overdue"), "due-now"),
            (tr("Overdue"), "overdue"),
            (tr("Due this week"), "due-this-week"),
            (tr("None planned"), "none-planned"),
        ):
            self.follow_up.addItem(label, code)

        self.answers = QComboBox(self)
        self.answers.setObjectName("filter-follow-up-answers")
        self.answers.setAccessibleName(tr("Follow-up answers"))
        for label, code in (
            (tr("Any follow-up answers"), "any"),
            (tr("Follow-up answered"), "answered"),
            (tr("Follow-up due, not answered"), "not-answered"),
        ):
            self.answers.addItem(label, code)
        self.source = QComboBox(self)
        self.source.setObjectName("filter-source")
        self.source.setAccessibleName(tr("Where the intake came from"))
        for label, code in (
            (tr("Any source"), None),
            (tr("Kiosk"), "kiosk"),
            (tr("PC form"), "pc-form"),
            (tr("Entered by staff"), "staff"),
            (tr("Staff: by phone"), "staff-phone"),
            (tr("Staff: from paper"), "staff-paper"),
            (tr("Staff: at the desk"), "staff-desk"),
        ):
            self.source.addItem(label, code)
        self.clinical_review = QCheckBox(tr("Problem reported"), self)
        self.clinical_review.setObjectName("filter-clinical-review")
        self.clinical_review.setToolTip(
            tr("Patients who reported a problem after treatment that no clinician has "
               "marked reviewed yet.")
        )  # fmt: skip
        self.imaging = QCheckBox(tr("Imaging needed"), self)
        self.imaging.setObjectName("filter-imaging-needed")
        self.screening = QCheckBox(tr("Screening review"), self)
        self.screening.setObjectName("filter-screening-review")
        # The review list: intakes whose patient may be an earlier one (issue 10).
        self.same_patient = QCheckBox(tr("Same patient?"), self)
        self.same_patient.setObjectName("filter-same-patient")
        self.same_patient.setToolTip(
            tr("Intakes whose name and birth date match an earlier patient: open one to "
               "confirm the same person or a different one.")
        )  # fmt: skip

        self.date_from = self._date_edit("filter-from", tr("Submitted from"))
        self.date_to = self._date_edit("filter-to", tr("Submitted to"))

        for combo in (self.status, self.follow_up, self.answers, self.source):
            combo.currentIndexChanged.connect(self.filterChanged)
        for box in (self.imaging, self.screening, self.same_patient, self.clinical_review):
            box.toggled.connect(self.filterChanged)

        # Two groups, each a row where there is room: the search with the choices beside
        # it, then the yes/no filters with the dates. On a narrower window each wraps
        # onto another line rather than cut a word or push the window off the screen.
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(320, hint + 24))  # its hint whole
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        choices = FlowLayout()
        for widget in (self.search, self.status, self.follow_up, self.answers, self.source):
            choices.addWidget(widget)
        filters = FlowLayout()
        for widget in (self.clinical_review, self.imaging, self.screening, self.same_patient):
            filters.addWidget(widget)
        filters.addWidget(self._dates())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(choices)
        layout.addLayout(filters)

    def _dates(self) -> QWidget:
        """ "Submitted [from] – [to]", kept together on one line."""
        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(12, 0, 0, 0)
        row.addWidget(QLabel(tr("Submitted"), dates))
        row.addWidget(self.date_from)
        row.addWidget(QLabel("–", dates))
        row.addWidget(self.date_to)
        return dates

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("Any"))
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(NO_DATE)
        edit.calendarWidget().installEventFilter(self._calendar_opener)
        # Typing a date fires on every digit; wait for a pause before re-querying.
        settle = QTimer(edit)
        settle.setSingleShot(True)
        settle.setInterval(300)
        settle.timeout.connect(self.filterChanged)
        edit.dateChanged.connect(settle.start)
        return edit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.moveToList.emit()
            return
        super().keyPressEvent(event)

    def record_filter(self) -> RecordFilter:
        statuses = self.status.currentData()
        follow_up: FollowUpFilter = self.follow_up.currentData()
        return RecordFilter(
            search=self.search.text(),
            statuses=statuses or frozenset(),
            imaging_needed=True if self.imaging.isChecked() else None,
            screening_review=True if self.screening.isChecked() else None,
            match_review=self.same_patient.isChecked(),
            follow_up=follow_up,
            answers=self.answers.currentData(),
            clinical_review=self.clinical_review.isChecked(),
            source=self.source.currentData(),
            submitted_from=_day(self.date_from.date()),
            submitted_to=_day(self.date_to.date()),
        )


def _day(date: QDate) -> dt.date | None:
    if date <= NO_DATE:
        return None
    return dt.date(date.year(), date.month(), date.day())
