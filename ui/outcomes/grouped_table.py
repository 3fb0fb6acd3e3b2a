"""The outcomes report by preparation on screen, on paper and in CSV (issue 25): a row
per group, a column per time point, each cell the share meaningfully better with its
count and 95 % interval; a group under the clinic's minimum says so instead of a figure."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.intake.questionnaire import Role
from app.outcomes.grouped_report import GroupBy, GroupedReport, GroupRow, Share, wilson_interval
from app.outcomes.outcomes_report import OutcomesReport
from ui.outcomes.report_chart import time_point_label
from ui.translate import tr
from ui.workspace.labels import cell_source_labels, staff_treatment_questionnaire

EVERYONE = "\x00everyone"  # the first row's own code: no group's code can be it


def group_by_labels() -> dict[GroupBy, str]:
    return {"product": tr("By product"), "processing": tr("By separation method"),
            "image-guidance": tr("By image guidance"),
            "injections": tr("By number of treatments")}  # fmt: skip


def group_label(group_by: GroupBy, code: str | None) -> str:
    if code is None:
        return tr("Not recorded")
    if group_by == "product":
        return cell_source_labels().get(code, code)
    if group_by == "injections":
        return {"1": tr("1 treatment"), "2": tr("2 treatments")}.get(code, tr("3 or more"))
    role = "processing" if group_by == "processing" else "image-guidance"
    return treatment_option_labels(role).get(code, code)


def treatment_option_labels(role: Role) -> dict[str, str]:
    """The choices of the treatment questionnaire's item with this role, in its words."""
    item = staff_treatment_questionnaire().item_with_role(role)
    return {o.code: o.display for o in item.options} if item else {}


def share_text(share: Share | None, minimum: int) -> str:
    """The share first (what a reader compares), its interval, then the count."""
    if share is None:
        return tr("fewer than {0} answered").format(minimum)
    return tr("{0:.0f} % ({1:.0f}–{2:.0f}) · {3}/{4}").format(
        100 * share.share, 100 * share.low, 100 * share.high, share.better, share.answered
    )


def everyone_row(report: GroupedReport, overall: OutcomesReport) -> GroupRow:
    """All the report's treated patients, as a group: the row the groups compare with."""
    minimum = report.min_group_size

    def share(counts: tuple[int, int]) -> Share | None:
        better, answered = counts
        if answered < minimum:
            return None
        return Share(better, answered, *wilson_interval(better, answered))

    points = overall.time_points[1:]  # after the intake
    return GroupRow(
        EVERYONE, overall.patients if overall.patients >= minimum else 0,
        overall.patients >= minimum,
        tuple(share(p.koos_jr_improved) for p in points),
        tuple(share(p.pain_improved) for p in points),
        report.everyone_adverse,
    )  # fmt: skip


def adverse_text(report: GroupedReport, row: GroupRow) -> str:
    counts = row.adverse
    if not row.shown or counts is None:
        return ""
    if counts.reported == 0:
        return tr("none reported")
    return tr("{0} related to the treatment, {1} of grade 3 or more · {2} of {3} rated").format(
        counts.related, counts.serious, counts.rated, counts.reported)  # fmt: skip


def group_name(report: GroupedReport, row: GroupRow) -> str:
    if row.group == EVERYONE:
        return tr("All treated patients")
    return group_label(report.group_by, row.group)


def measure_cells(report: GroupedReport, row: GroupRow) -> list[tuple[str, list[str]]]:
    """Per measure (KOOS JR, then pain): its name and a cell per time point."""
    minimum = report.min_group_size
    if not row.shown:
        return [(tr("KOOS JR"), [tr("too few to show") for _ in report.time_points]),
                (tr("Pain"), ["" for _ in report.time_points])]  # fmt: skip
    return [(tr("KOOS JR"), [share_text(k, minimum) for k in row.koos_jr]),
            (tr("Pain"), [share_text(p, minimum) for p in row.pain])]  # fmt: skip


def patients_text(report: GroupedReport, row: GroupRow) -> str:
    return str(row.patients) if row.shown else tr("fewer than {0}").format(report.min_group_size)


def headers(report: GroupedReport) -> list[str]:
    return [tr("Group"), tr("Patients"), tr("Better *"),
            *[time_point_label(t) for t in report.time_points]]  # fmt: skip


ROWS_PER_GROUP = 3
CELL_PADDING = 10
MIN_HEIGHT = 96


class GroupedTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("report-groups")
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_report(self, report: GroupedReport, overall: OutcomesReport) -> None:
        labels = headers(report)
        self.setColumnCount(len(labels))
        self.setHorizontalHeaderLabels(labels)
        groups = [everyone_row(report, overall), *report.groups]
        self.clearSpans()
        self.setRowCount(ROWS_PER_GROUP * len(groups))  # KOOS JR, pain, adverse events
        for n, group in enumerate(groups):
            top = ROWS_PER_GROUP * n
            self.setItem(top, 0, QTableWidgetItem(group_name(report, group)))
            self.setItem(top, 1, QTableWidgetItem(patients_text(report, group)))
            self.setSpan(top, 0, ROWS_PER_GROUP, 1)
            self.setSpan(top, 1, ROWS_PER_GROUP, 1)
            for offset, (measure, cells) in enumerate(measure_cells(report, group)):
                self.setItem(top + offset, 2, QTableWidgetItem(measure))
                for column, text in enumerate(cells, start=3):
                    self.setItem(top + offset, column, QTableWidgetItem(text))
            events = top + ROWS_PER_GROUP - 1
            self.setItem(events, 2, QTableWidgetItem(tr("Events †")))
            self.setItem(events, 3, QTableWidgetItem(adverse_text(report, group)))
            self.setSpan(events, 3, 1, len(report.time_points))
        # The width shared out among the time points (never a sideways scroll bar: a
        # figure wraps instead); the group, the patients and the measure as wide as
        # their words.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for fitted in (1, 2):
            header.setSectionResizeMode(fitted, QHeaderView.ResizeMode.ResizeToContents)
        # The group's name on one line: Qt sizes a column to its cells but not to one
        # that spans rows, so its width is measured here.
        widest = max(self.fontMetrics().horizontalAdvance(group_name(report, g))
                     for g in groups)  # fmt: skip
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(0, widest + 2 * CELL_PADDING)
        self.resizeRowsToContents()
        # In the chart's place, as tall as the rows need, or scrolled within it on a
        # short screen: the dialog itself never grows past the screen.
        self.setMinimumHeight(min(MIN_HEIGHT, self._rows_height()))
        self.setMaximumHeight(self._rows_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The rows' heights follow the columns' widths: a figure that wraps in a narrow
        window takes two lines, and one line again when there is room."""
        super().resizeEvent(event)
        self.resizeRowsToContents()
        self.setMaximumHeight(self._rows_height())

    def _rows_height(self) -> int:
        return (self.horizontalHeader().height()
                + sum(self.rowHeight(r) for r in range(self.rowCount())) + 4)  # fmt: skip


def grouped_html(report: GroupedReport, overall: OutcomesReport) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers(report))
    rows = ""
    for group in (everyone_row(report, overall), *report.groups):
        for n, (measure, cells) in enumerate(measure_cells(report, group)):
            lead = (f"<td rowspan='{ROWS_PER_GROUP}'>{escape(group_name(report, group))}</td>"
                    f"<td rowspan='{ROWS_PER_GROUP}'>{escape(patients_text(report, group))}</td>"
                    if n == 0 else "")  # fmt: skip
            figures = "".join(f"<td>{escape(c)}</td>" for c in cells)
            rows += f"<tr>{lead}<td>{escape(measure)}</td>{figures}</tr>"
        span = len(report.time_points)
        events = escape(adverse_text(report, group))
        label = escape(tr("Events †"))
        rows += f"<tr><td>{label}</td><td colspan='{span}'>{events}</td></tr>"
    return (
        f"<h2>{escape(group_by_labels()[report.group_by])}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{rows}</table>"
    )


def grouped_csv_rows(report: GroupedReport) -> list[list[object]]:
    """One row per group, time point and measure; a group or time point too small for
    a figure has its figures empty (never its count)."""
    rows: list[list[object]] = [["group_by", "group", "patients", "time_point", "measure",
                                 "meaningfully_better", "answered", "share", "ci95_low",
                                 "ci95_high", "adverse_related", "adverse_serious",
                                 "adverse_rated", "problems_reported"]]  # fmt: skip
    for group in report.groups:
        code = group.group if group.group is not None else "not-recorded"
        patients: object = group.patients if group.shown else ""
        for index, label in enumerate(report.time_points):
            for measure, shares in (("koos_jr", group.koos_jr), ("pain", group.pain)):
                share = shares[index] if group.shown else None
                figures: list[object] = (
                    [share.better, share.answered, round(share.share, 4), round(share.low, 4),
                     round(share.high, 4)] if share else ["", "", "", "", ""]
                )  # fmt: skip
                counts = group.adverse if group.shown else None
                events: list[object] = (
                    [counts.related, counts.serious, counts.rated, counts.reported]
                    if counts else ["", "", "", ""]
                )  # fmt: skip
                rows.append([report.group_by, code, patients, label, measure, *figures, *events])
    return rows
