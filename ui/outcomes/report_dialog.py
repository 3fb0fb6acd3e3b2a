"""The clinic's outcomes report (app/outcomes/outcomes_report.py) on screen: filters,
the figures at each time point, a chart, the problems reported; printed, saved as PDF
and as CSV. Demo records are left out unless ticked."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.follow_ups.response_rates import ResponseRate
from app.intake.questionnaire import Questionnaire
from app.outcomes import follow_up_questionnaire
from app.outcomes.grouped_report import GroupedReport
from app.outcomes.outcomes_report import OutcomesReport, ReportFilter, Spread, TimePoint
from app.records.clinic_records import ClinicRecords
from app.storage.errors import StorageError, translate_errors
from app.system.private_files import open_owner_only
from ui.dialog_parts import issue_label
from ui.issue_messages import cannot_save_message, storage_message
from ui.named_button import add_buttons, named_button
from ui.outcomes.grouped_table import (
    GroupedTable,
    group_by_labels,
    grouped_csv_rows,
    grouped_html,
    treatment_option_labels,
)
from ui.outcomes.report_chart import report_chart, time_point_label
from ui.outcomes.response_table import (
    ResponseTable,
    response_csv_rows,
    response_html,
)
from ui.outcomes.time_chart import TimeChart
from ui.printing import html_document, print_document, write_pdf
from ui.save_location import ask_save_path
from ui.translate import tr
from ui.window_fit import place
from ui.workspace.labels import cell_source_labels, in_staff_language, knee_labels, show_date

ReportPathChooser = Callable[[QWidget, str, str], Path | None]  # suggested name, pdf/csv
NO_DATE = QDate(2000, 1, 1)


def ask_path(parent: QWidget, suggested: str, kind: str) -> Path | None:
    pattern = "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)"
    return ask_save_path(parent, tr("Save the outcomes report"), suggested, pattern)


def _spread(spread: Spread | None, digits: int = 1) -> str:
    if spread is None:
        return "—"
    return f"{spread.median:.{digits}f} ({spread.q1:.{digits}f}–{spread.q3:.{digits}f})"


def _share(counts: tuple[int, int]) -> str:
    better, both = counts
    if both == 0:
        return "—"
    return tr("{0} of {1} ({2:.0f} %)").format(better, both, 100 * better / both)


def table_headers() -> list[str]:
    return [tr("Time point"), tr("KOOS JR: n"), tr("Median (quartiles)"),
            tr("Better *"), tr("Pain: n"), tr("Median (quartiles)"),
            tr("Less pain *")]  # fmt: skip


def table_cells(point: TimePoint, baseline: bool) -> list[str]:
    return [
        time_point_label(point.label),
        str(point.koos_jr.n if point.koos_jr else 0),
        _spread(point.koos_jr),
        "" if baseline else _share(point.koos_jr_improved),
        str(point.pain.n if point.pain else 0),
        _spread(point.pain),
        "" if baseline else _share(point.pain_improved),
    ]


class OutcomesReportDialog(QDialog):
    def __init__(
        self,
        records: ClinicRecords,
        questionnaire: Questionnaire,
        clinic_name: str,
        *,
        today: dt.date,
        choose_path: ReportPathChooser = ask_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes-report")
        self.setWindowTitle(tr("Outcomes report"))
        self._records = records
        self._clinic = clinic_name
        self._today = today
        self._choose_path = choose_path
        self.report: OutcomesReport | None = None

        self.diagnosis = QComboBox()
        self.diagnosis.setObjectName("report-diagnosis")
        self.diagnosis.addItem(tr("Any diagnosis"), None)
        item = in_staff_language(questionnaire, "knee-intake").item_with_role("diagnosis")
        for option in item.options if item else ():
            self.diagnosis.addItem(option.display, option.code)
        self.knee = self._combo("report-knee", tr("Any knee"), knee_labels())
        self.cell_source = self._combo("report-cell-source", tr("Any cell source"),
                                       cell_source_labels())  # fmt: skip
        self.processing = self._combo("report-processing", tr("Any separation method"),
                                      treatment_option_labels("processing"))  # fmt: skip
        self.guidance = self._combo("report-guidance", tr("Any image guidance"),
                                    treatment_option_labels("image-guidance"))  # fmt: skip
        self.treatments = QComboBox()
        self.treatments.setObjectName("report-treatments")
        for label, bounds in ((tr("Any number of treatments"), (None, None)),
                              (tr("1 treatment"), (1, 1)), (tr("2 treatments"), (2, 2)),
                              (tr("3 or more treatments"), (3, None))):  # fmt: skip
            self.treatments.addItem(label, bounds)
        self.treated_from = self._date("report-from")
        self.treated_to = self._date("report-to")
        self.group_by = QComboBox()
        self.group_by.setObjectName("report-group-by")
        self.group_by.addItem(tr("No grouping"), None)
        for code, label in group_by_labels().items():
            self.group_by.addItem(label, code)
        self.include_demo = QCheckBox(tr("Include demo records"))
        self.include_demo.setObjectName("report-include-demo")
        filters = QGridLayout()
        for column, widget in enumerate((self.diagnosis, self.knee, self.cell_source,
                                         self.treatments)):  # fmt: skip
            filters.addWidget(widget, 0, column)
        filters.addWidget(self.processing, 1, 0)
        filters.addWidget(self.guidance, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(tr("First treatment")))
        dates.addWidget(self.treated_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.treated_to)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 2, 1, 2)
        groups = QHBoxLayout()
        groups.addWidget(self.group_by)
        groups.addSpacing(24)
        groups.addWidget(self.include_demo)
        # How the follow-ups were answered (issue 26): in the chart's place when asked.
        self.show_response = QCheckBox(tr("Show how the follow-ups were answered"))
        self.show_response.setObjectName("report-show-response")
        groups.addSpacing(24)
        groups.addWidget(self.show_response)
        groups.addStretch(1)
        filters.addLayout(groups, 2, 0, 1, 4)
        for box in (self.diagnosis, self.knee, self.cell_source, self.treatments,
                    self.processing, self.guidance, self.group_by):  # fmt: skip
            box.currentIndexChanged.connect(self.refresh)
            # As wide as the grid gives, not as the longest choice: a long diagnosis or
            # a longer language would push the dialog past a small screen (its list
            # still shows every choice whole).
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        for edit in (self.treated_from, self.treated_to):
            edit.dateChanged.connect(self.refresh)
        self.include_demo.toggled.connect(self.refresh)
        self.show_response.toggled.connect(self.refresh)
        self.rates: tuple[ResponseRate, ...] = ()
        self.response = ResponseTable()
        self.response.hide()

        self.summary = QLabel()
        self.summary.setObjectName("report-summary")
        self.summary.setWordWrap(True)
        # Never taller than its words: the room the groups' table leaves stays below it.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.problem = issue_label("report-problem")
        self.table = QTableWidget(0, len(table_headers()))
        self.table.setObjectName("report-table")
        self.table.setHorizontalHeaderLabels(table_headers())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setObjectName("report-problems")
        self.problems.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("report-notes")
        self.notes.setWordWrap(True)
        self.notes.setProperty("hint", True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.groups = GroupedTable()
        self.groups.hide()
        self.grouped: GroupedReport | None = None
        self.chart = TimeChart()
        self.chart.setObjectName("report-chart")
        buttons = QHBoxLayout()
        add_buttons(buttons, ((tr("Print…"), "report-print", self.print_report),
                              (tr("Save as PDF…"), "report-pdf", self.save_pdf),
                              (tr("Save as CSV…"), "report-csv", self.save_csv)))  # fmt: skip
        buttons.addStretch(1)
        buttons.addWidget(named_button(tr("Close"), "report-close", self.reject))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.response, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        layout.addStretch(0)  # what a full groups' table leaves, above the buttons
        layout.addLayout(buttons)
        place(self, QSize(1200, 860), remember_as="outcomes-report")
        self.refresh()

    def _combo(self, name: str, anything: str, labels: dict[str, str]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(anything, None)
        for code, label in labels.items():
            box.addItem(label, code)
        return box

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("Any"))
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(NO_DATE)
        return edit

    def report_filter(self) -> ReportFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            date = edit.date()
            return None if date <= NO_DATE else dt.date(date.year(), date.month(), date.day())

        at_least, at_most = self.treatments.currentData()
        return ReportFilter(
            diagnosis=self.diagnosis.currentData(),
            knee=self.knee.currentData(),
            cell_source=self.cell_source.currentData(),
            treatments_at_least=at_least,
            treatments_at_most=at_most,
            treated_from=day(self.treated_from),
            treated_to=day(self.treated_to),
            include_demo=self.include_demo.isChecked(),
            processing=self.processing.currentData(),
            image_guidance=self.guidance.currentData(),
        )

    def refresh(self) -> None:
        group_by = self.group_by.currentData()
        try:
            with translate_errors("records"):
                report = self._records.outcomes_report(self.report_filter())
                grouped = (self._records.grouped_outcomes(self.report_filter(), group_by)
                           if group_by else None)  # fmt: skip
                # Only when asked for: it reads every follow-up due (docs/PERFORMANCE.md).
                self.rates = (self._records.response_rates(self.report_filter())
                              if self.show_response.isChecked() else ())  # fmt: skip
        except StorageError as exc:
            self.problem.setText(storage_message(exc.problem, exc.path))
            self.problem.show()
            return
        self.problem.hide()
        self.report = report
        self.grouped = grouped
        # The groups' table, its first row everyone, takes the place of the table and
        # the chart of everyone on screen (a printed page has all three), so the dialog
        # still fits a 1366 × 768 screen with its groups in view. Hidden before it is
        # shown: both at once, for a moment, would grow the dialog past the screen.
        if grouped is None:
            self.groups.hide()
        answers = self.show_response.isChecked()
        self.table.setVisible(grouped is None)
        self.chart.setVisible(grouped is None and not answers)
        self.response.setVisible(grouped is None and answers)
        self.response.show_rates(self.rates)
        self.problems.setVisible(grouped is None)  # the groups' last column counts them
        if grouped is not None:
            self.groups.show_report(grouped, report)
            self.groups.show()
        self.summary.setText(self.summary_text(report))
        self.table.setRowCount(len(report.time_points))
        for row, point in enumerate(report.time_points):
            for column, text in enumerate(table_cells(point, row == 0)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 4
        )
        data, words = report_chart(report)
        self.chart.set_data(data, words)
        self.problems.setText(self.problems_text(report))
        settings = report.settings
        self.notes.setText(
            tr("Time points count from each patient's first treatment; a follow-up counts "
               "for the time point nearest it within {0} days. * Meaningfully better: at "
               "least {1} KOOS JR points more, or pain at least {2} points lower, than at the "
               "intake (the clinic's settings), of the patients with both.").format(
                settings.window_days, settings.koos_jr_points, settings.pain_points)
            + self.wording_text(report) + self.groups_text(grouped)
        )  # fmt: skip

    def groups_text(self, grouped: GroupedReport | None) -> str:
        if grouped is None:
            return ""
        return " " + tr(
            "Groups follow each patient's first treatment. Each figure: the share "
            "meaningfully better, its 95 % interval (Wilson) in brackets, then how many "
            "of how many. A group of fewer than {0} patients, or a time point with fewer "
            "than {0} answers, shows no figure (the clinic's setting). † Adverse events: "
            "the problems reported at follow-ups as clinicians rated them; related: "
            "possibly, probably or certainly caused by the treatment; grade 3 or more: "
            "severe or worse (CTCAE)."
        ).format(grouped.min_group_size)

    def wording_text(self, report: OutcomesReport) -> str:
        """Which scores came from a KOOS JR wording that is not a validated one."""
        if not report.unvalidated_koos:
            return ""
        count = sum(report.unvalidated_koos.values())
        languages = ", ".join(
            f"{QLocale.languageToString(QLocale(code).language()) or code}: {n}"
            for code, n in sorted(report.unvalidated_koos.items())
        )
        return " " + tr(
            "{0} of the KOOS JR scores here were answered in a translation not yet "
            "validated ({1}); they are included, so compare them with care."
        ).format(count, languages)

    def summary_text(self, report: OutcomesReport) -> str:
        if report.patients == 0:
            hint = (
                ""
                if self.include_demo.isChecked()
                else tr(" Demo records are left out: tick “Include demo records” to see them.")
            )
            return tr("No treated patients match these filters.") + hint  # fmt: skip
        due, answered = report.follow_ups_due, report.follow_ups_answered
        share = f" ({100 * answered / due:.0f} %)" if due else ""
        return tr("{0} treated patients. {1} of {2} follow-ups due so far were answered{3}."
                  ).format(report.patients, answered, due, share)  # fmt: skip

    def problems_text(self, report: OutcomesReport) -> str:
        if not report.responses:
            return ""
        questionnaire = in_staff_language(follow_up_questionnaire(), "knee-follow-up")
        named = ", ".join(
            f"{questionnaire.item(code).text}: {count}"
            for code, count in sorted(report.problems.items(), key=lambda kv: -kv[1])
        )
        return tr("Problems reported in {0} of {1} follow-up answers{2}").format(
            report.responses_with_problems, report.responses, f" ({named})." if named else "."
        )

    # --- out of the app -----------------------------------------------------------------
    def html(self) -> str:
        assert self.report is not None
        f = self.report_filter()
        chosen = [text for text, on in (
            (self.diagnosis.currentText(), f.diagnosis), (self.knee.currentText(), f.knee),
            (self.cell_source.currentText(), f.cell_source),
            (self.treatments.currentText(), f.treatments_at_least),
            (self.processing.currentText(), f.processing),
            (self.guidance.currentText(), f.image_guidance),
            (tr("first treatment from {0}").format(show_date(f.treated_from.isoformat()))
             if f.treated_from else "", f.treated_from),
            (tr("to {0}").format(show_date(f.treated_to.isoformat()))
             if f.treated_to else "", f.treated_to),
            (tr("demo records included"), f.include_demo),
        ) if on]  # fmt: skip
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in table_cells(p, n == 0)) + "</tr>"
            for n, p in enumerate(self.report.time_points)
        )
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in table_headers())
        return (
            f"<h1>{escape(tr('Outcomes report'))}</h1>"
            f"<p>{escape(self._clinic)} · {escape(show_date(self._today.isoformat()))}"
            f" · {escape(', '.join(chosen) or tr('all treated patients'))}</p>"
            f"<p>{escape(self.summary.text())}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{rows}</table>"
            + (grouped_html(self.grouped, self.report) if self.grouped is not None else "")
            + "<p><img src='chart.png' width='640'></p>"
            + f"<p>{escape(self.problems.text())}</p>"
            + response_html(self.rates)
            + f"<p><small>{escape(self.notes.text())}</small></p>"
        )

    def _images(self) -> dict[str, QImage]:
        return {"chart.png": self.chart.image(1280, 680)}

    def save_pdf(self) -> Path | None:
        path = self._choose_path(self, f"outcomes-{self._today.isoformat()}.pdf", "pdf")
        if path is None:
            return None
        try:
            write_pdf(self.html(), path, self._images())
        except OSError:
            self.problem.setText(cannot_save_message(path))
            self.problem.show()
            return None
        return path

    def save_csv(self) -> Path | None:
        assert self.report is not None
        path = self._choose_path(self, f"outcomes-{self._today.isoformat()}.csv", "csv")
        if path is None:
            return None
        try:
            with open_owner_only(path, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                if self.grouped is not None:  # the groups' figures, as on screen
                    writer.writerows(grouped_csv_rows(self.grouped))
                    return path
                if self.show_response.isChecked():  # how they were answered, as on screen
                    writer.writerows(response_csv_rows(self.rates))
                    return path
                writer.writerow(["time_point", "koos_jr_n", "koos_jr_median", "koos_jr_q1",
                                 "koos_jr_q3", "koos_jr_meaningfully_better",
                                 "koos_jr_with_both_scores", "pain_n", "pain_median",
                                 "pain_q1", "pain_q3", "pain_meaningfully_lower",
                                 "pain_with_both_scores"])  # fmt: skip
                for point in self.report.time_points:
                    writer.writerow([point.label, *_numbers(point.koos_jr),
                                     *point.koos_jr_improved, *_numbers(point.pain),
                                     *point.pain_improved])  # fmt: skip
        except OSError:
            self.problem.setText(cannot_save_message(path))
            self.problem.show()
            return None
        return path

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Knee Intake outcomes report")
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        print_document(html_document(self.html(), self._images()), printer)


def _numbers(spread: Spread | None) -> list[object]:
    return [0, "", "", ""] if spread is None else [spread.n, spread.median, spread.q1, spread.q3]
