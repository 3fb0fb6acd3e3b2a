"""The reception workspace: find any patient in a keystroke, see who to call, open a record.

Keyboard first: Ctrl+F searches, Down or Enter moves into the list, arrows move, Enter
opens the record. New intakes from the waiting room appear by themselves.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clinic.settings import (
    kiosk_idle_seconds,
    staff_idle_minutes,
)
from app.intake.answers import RawAnswer
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.submit import SubmitResult
from app.outcomes.grouped_report import read_min_group_size
from app.records.change_refused import ChangeRefused
from app.records.clinic_records import ClinicRecords, LocalClinicRecords
from app.records.csv_export import write_csv
from app.records.record_detail import RecordNotFound
from app.records.records_list import Column
from app.staff.accounts import Staff, StaffAccounts
from app.storage.database import take_loose_permissions_note
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, translate_errors
from app.system.clock import local_today
from ui.backups.workspace_duties import BackupDuties
from ui.dialog_parts import issue_label
from ui.flow_layout import FlowLayout
from ui.idle_watcher import IdleWatcher
from ui.issue_messages import cannot_save_message, storage_message
from ui.plain_text import plain_label
from ui.save_location import ask_save_path
from ui.staff.account_dialogs import ChangePasswordDialog
from ui.staff.admin_dialogs import AuditDialog, StaffDialog, role_labels
from ui.staff.idle_sign_out import WARNING_MS, IdleSignOut
from ui.window_fit import place
from ui.workspace.filter_bar import FilterBar
from ui.workspace.labels import tr
from ui.workspace.record_dialogs import ContactDialog, first_open_follow_up
from ui.workspace.record_view import (
    PathChooser,
    RecordView,
    ask_pdf_path,
    change_refused_message,
)
from ui.workspace.records_model import INTAKE_ID_ROLE, RecordsModel
from ui.workspace.settings_dialog import FollowingUp, SettingsDialog, intervals_text

if TYPE_CHECKING:
    from app.network.host_service import HostService
    from ui.follow_ups.work_list_dialog import WorkListDialog
    from ui.outcomes.clinic_results_dialog import ResultsDesk
    from ui.outcomes.report_dialog import OutcomesReportDialog, ReportPathChooser
    from ui.staff.stations_dialog import StationsDialog
    from ui.workspace.new_intake_dialog import NewIntakeDialog
    from ui.workspace.paper_form_button import PaperFormButton

log = logging.getLogger(__name__)

POLL_MS = 3000
# Beyond this the label says "More than 1,000 records": nobody reads that many, and
# counting 10,000 took 15 ms of each 50 ms keystroke at 100,000 records.
COUNT_UP_TO = 1_000
COLUMN_WIDTHS = {
    Column.SUBMITTED: 170,
    Column.NAME: 260,
    Column.AGE: 60,
    Column.PHONE: 160,
    Column.KNEE: 80,
    Column.PAIN_NOW: 90,
    Column.IMAGING_NEEDED: 130,
    Column.SCREENING_REVIEW: 130,
    Column.STATUS: 190,
}
# What each column must show whole, measured in the list's own font; a longer name
# is cut short with "…" (the record shows it all).
COLUMN_SAMPLES = {
    Column.SUBMITTED: "24 Nov 2026 05:46",
    Column.NAME: "García-López, Maria",
    Column.AGE: "100",
    Column.PHONE: "(555) 555-5555",
    Column.KNEE: "Right",
    Column.PAIN_NOW: "10",
    Column.IMAGING_NEEDED: "Has imaging",
    Column.SCREENING_REVIEW: "⚑ Review",
    Column.STATUS: "Consultation booked",
}
CELL_PADDING = 16
NAME_FLOOR = 150
FOLLOW_UP_SAMPLE = "Overdue · 16 Nov 2026"  # the last column takes what is left
# Follow-up filters that make a call list, shown by due date, the longest waiting first.
CALL_LISTS = frozenset({"due-now", "overdue"})
# On a window too narrow for every column, these step aside first (the record shows
# each of them): pain, knee, the submitted time, imaging, screening flags, age.
HIDDEN_FIRST = (
    Column.PAIN_NOW,
    Column.KNEE,
    Column.SUBMITTED,
    Column.IMAGING_NEEDED,
    Column.SCREENING_REVIEW,
    Column.AGE,
)


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(parent, tr("Export list to CSV"), suggested, "CSV (*.csv)")


class WorkspaceWindow(BackupDuties, QMainWindow):
    """The list and everything reached from it, for one signed-in staff member.

    Signals: ``signedOut(idle)`` when they sign out (or the idle time passes); the
    window has closed itself and everything it opened by then. ``kioskRequested``
    when they hand this screen to patients.
    """

    signedOut = Signal(bool)
    kioskRequested = Signal()

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        questionnaire: Questionnaire,
        checker: FormChecker,
        staff: Staff,
        accounts: StaffAccounts,
        *,
        today: Callable[[], dt.date] = local_today,
        poll_ms: int = POLL_MS,
        idle_ms: int | None = None,
        choose_csv_path: PathChooser = ask_csv_path,
        choose_pdf_path: PathChooser = ask_pdf_path,
        choose_fhir_path: PathChooser | None = None,
        choose_report_path: ReportPathChooser | None = None,
        choose_blank_pdf_path: PathChooser | None = None,
        host: HostService | None = None,
        clinic: ClinicRecords | None = None,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``conn`` is this PC's database; None on a reception PC whose records are on
        the main PC (``clinic``), where the administrators' tools stay on the main PC.
        ``data_dir`` is the main PC's data folder (its key, its backups)."""
        super().__init__(parent)
        self._data_dir = data_dir
        self.setObjectName("records-workspace")
        self._host = host
        self.setWindowTitle(tr("Knee Intake — Records"))
        self._conn = conn
        self._questionnaire = questionnaire
        self._checker = checker
        self.staff = staff
        self._staff = staff.username  # what the record's history and the audit trail name
        self._accounts = accounts
        self._today = today
        self._choose_csv_path = choose_csv_path
        self._choose_pdf_path = choose_pdf_path
        self._choose_report_path = choose_report_path
        self._choose_fhir_path = choose_fhir_path
        self._choose_blank_pdf_path = choose_blank_pdf_path
        if clinic is None:
            assert conn is not None
            clinic = LocalClinicRecords(conn, questionnaire, today=today)
        self.records: ClinicRecords = clinic
        self.model = RecordsModel(self.records)
        self.open_view: RecordView | None = None

        self.filters = FilterBar(today=today)
        self.table = QTableView()
        self.table.setObjectName("records-table")
        self.table.setAccessibleName(tr("Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.SUBMITTED, Qt.SortOrder.DescendingOrder)
        self._fit_columns()
        self.table.viewport().installEventFilter(self)
        self.table.setSortingEnabled(True)  # the model sorts in SQL
        self.table.activated.connect(self._open_index)

        self.count = QLabel()
        self.count.setObjectName("records-count")
        self.problem = issue_label("workspace-problem")
        export = QPushButton(tr("Export list to CSV…"))
        export.setObjectName("export-csv")
        export.setToolTip(tr("Save the list as it is filtered to a CSV file (Ctrl+E)"))
        export.clicked.connect(self.export_csv)
        open_button = QPushButton(tr("Open record"))
        open_button.setObjectName("open-record")
        open_button.setToolTip(tr("Open the selected patient's record (Enter or Ctrl+O)"))
        open_button.clicked.connect(self.open_current)
        report = QPushButton(tr("Outcomes report…"))
        report.setObjectName("outcomes-report")
        report.clicked.connect(self.show_outcomes)
        follow_ups = QPushButton(tr("Follow-ups today…"))
        follow_ups.setObjectName("follow-ups-today")
        follow_ups.setToolTip(tr("Who is due, and the next step of the clinic's ladder for "
                                 "each: reminders, calls, the letter (Ctrl+T)"))  # fmt: skip
        follow_ups.clicked.connect(self.show_follow_ups)
        self.log_call_button = QPushButton(tr("Log a call…"))
        self.log_call_button.setObjectName("log-call")
        self.log_call_button.setToolTip(
            tr("Log a call to the selected patient, and what it changed (Ctrl+L)")
        )
        self.log_call_button.clicked.connect(self.log_call)
        new_intake = QPushButton(tr("New intake…"))
        new_intake.setObjectName("new-intake")
        new_intake.setToolTip(
            tr("Enter a patient's intake: by phone, from paper, at the desk (Ctrl+N)")
        )
        new_intake.clicked.connect(self.new_intake)

        top = QHBoxLayout()
        top.addWidget(self.count)
        actions = FlowLayout(align_right=True)
        for button in (new_intake, follow_ups, report, open_button, self.log_call_button, export):
            actions.addWidget(button)
        top.addLayout(actions, 1)
        page = QWidget()
        page.setObjectName("workspace-page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._staff_bar())
        layout.addWidget(self.filters)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(page)
        place(self, QSize(1920, 1080), remember_as="workspace", maximise_below=QSize(1600, 900))

        # Ctrl+F everywhere (Qt maps it to Cmd+F on macOS).
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, self.log_call)
        QShortcut(QKeySequence("Ctrl+T"), self, self.show_follow_ups)
        # The desk's frequent actions from the keyboard, each named on its button's tip.
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_intake)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.filters.filterChanged.connect(self.apply_filter)
        self.filters.moveToList.connect(self._into_list)
        self.model.modelReset.connect(self._update_count)
        self._data_version = self._read_data_version()
        self._list_mark = self._change_mark()
        self.poll = QTimer(self)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self.check_for_changes)
        self.poll.start()
        self._update_count()
        self.filters.search.setFocus()
        default_idle = staff_idle_minutes(conn) if conn is not None else 10
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else default_idle * 60_000, self)
        # Tests give the idle time in milliseconds: the warning's minute shrinks with it.
        self.idle_sign_out = IdleSignOut(
            self, self.idle, lambda: self.sign_out(idle=True),
            WARNING_MS if idle_ms is None else min(WARNING_MS, idle_ms),
        )  # fmt: skip
        self.idle.start()
        self._signed_out = False
        self.handing_to_kiosk = False
        if staff.is_administrator and conn is not None:
            self._tell_about_loose_permissions()
            QTimer.singleShot(0, self._admin_duties)

    def _tell_about_loose_permissions(self) -> None:
        """Once, to an administrator: data files others can read that the app could
        not narrow (not their owner, or a read-only disk)."""
        try:
            noted = take_loose_permissions_note(self._conn)
        except sqlite3.Error:
            return
        if noted:
            self._show_problem(
                tr("Other users of this computer can read these files of patient data, and "
                   "Knee Intake could not change that: {0}. Ask your IT support to make them "
                   "readable by the account that runs Knee Intake only.").format(", ".join(noted))
            )  # fmt: skip

    def _staff_bar(self) -> QHBoxLayout:
        """Who is signed in, and their buttons: the administrators' rarer tools in one
        menu, so the row fits a 1024-px laptop; narrower still, the buttons wrap."""
        bar = QHBoxLayout()
        who = plain_label(
            tr("Signed in: {0} ({1})").format(
                self.staff.display_name, role_labels()[self.staff.role]
            )
        )
        who.setObjectName("signed-in-as")
        bar.addWidget(who, 1)
        buttons = FlowLayout(align_right=True)
        if self._conn:  # the kiosk runs on the PC that keeps the records (or a tablet)
            buttons.addWidget(self._button(tr("Start kiosk"), "start-kiosk", self._start_kiosk))
        if self.staff.is_administrator and self._conn is not None:  # on the main PC
            buttons.addWidget(self._administration_button())
        buttons.addWidget(
            self._button(tr("Change password…"), "change-password", self.change_password)
        )
        buttons.addWidget(self._button(tr("Sign out"), "sign-out", self.sign_out))
        bar.addLayout(buttons, 1)
        return bar

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _administration_button(self) -> QPushButton:
        """Staff, stations, the audit trail, settings and backups: each a menu entry."""
        entries: list[tuple[str, str, Callable[[], object]]] = [
            (tr("Staff…"), "staff-accounts", self.manage_staff),
            *([(tr("Stations…"), "stations", self.manage_stations)] if self._host else []),
            (tr("Audit trail…"), "audit-trail", self.show_audit),
            (tr("Clinic settings…"), "clinic-settings", self.edit_settings),
            *([(tr("Backups…"), "backups", self.manage_backups)] if self._data_dir else []),
        ]
        button = QPushButton(tr("Administration"))
        button.setObjectName("administration")
        button.setAccessibleName(tr("Administration: staff, settings, audit trail, backups"))
        menu = QMenu(button)
        menu.setObjectName("administration-menu")
        for text, name, slot in entries:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)
        button.setMenu(menu)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's own width changes without the window's too: a scroll bar appears
        # once there are more rows than fit.
        table = getattr(self, "table", None)  # None while the window is being taken down
        resized = event.type() == QEvent.Type.Resize
        if resized and table is not None and watched is table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The widths are for 1920 px; on a narrower screen each column gives up its
        slack above what it needs, alike, so every column (the next follow-up too) stays
        in view without scrolling sideways, and none is cut short before it must be.
        Narrower still, the name gives way down to a floor, then the columns the record
        shows anyway step aside one by one (HIDDEN_FIRST), never the name, phone, status
        or next follow-up: what a receptionist calling down the list needs."""
        header = self.table.horizontalHeader()
        cell, head = self.table.fontMetrics(), header.fontMetrics()

        def needs(column: int, sample: str) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return CELL_PADDING + max(
                cell.horizontalAdvance(sample), head.horizontalAdvance(title) + 12
            )

        minimums = {column: needs(column, sample) for column, sample in COLUMN_SAMPLES.items()}
        available = (self.table.viewport().width() or self.width()) - needs(
            Column.NEXT_FOLLOW_UP, FOLLOW_UP_SAMPLE
        )
        deficit = sum(minimums.values()) - available
        if deficit > 0:
            minimums[Column.NAME] -= min(deficit, minimums[Column.NAME] - NAME_FLOOR)
        hidden: set[Column] = set()
        for column in HIDDEN_FIRST:
            if sum(minimums.values()) <= available:
                break
            hidden.add(column)
            del minimums[column]
        for column in Column:
            header.setSectionHidden(column, column in hidden)
        least = sum(minimums.values())
        slack = sum(max(0, COLUMN_WIDTHS[c] - minimums[c]) for c in minimums) or 1
        share = min(1.0, max(0.0, (available - least) / slack))
        for column, minimum in minimums.items():
            width = COLUMN_WIDTHS[column]
            header.resizeSection(column, minimum + int(max(0, width - minimum) * share))

    # --- the signed-in person ---------------------------------------------------------
    def sign_out(self, idle: bool = False) -> None:
        """Close everything this person opened; the next person signs in afresh."""
        if self._signed_out:
            return
        self._signed_out = True
        self.idle.remove()
        try:
            self._accounts.sign_out(self.staff, idle=idle)
        except sqlite3.Error:
            log.warning("could not write the sign-out to the audit trail")
        self.close()
        self.signedOut.emit(idle)

    def _start_kiosk(self) -> None:
        self.handing_to_kiosk = True
        self._audit("kiosk-started")
        self.sign_out()
        self.kioskRequested.emit()

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self._accounts, self.staff, self)
        dialog.open()
        return dialog

    def manage_staff(self) -> StaffDialog:
        dialog = StaffDialog(self._accounts, self.staff, self)
        dialog.open()
        return dialog

    def manage_stations(self) -> StationsDialog:
        from ui.staff.stations_dialog import StationsDialog

        assert self._host is not None
        assert self._conn is not None
        dialog = StationsDialog(self._conn, self.staff, self._host, self)
        dialog.open()
        return dialog

    def show_audit(self) -> AuditDialog:
        self._audit("audit-viewed")
        dialog = AuditDialog(self._accounts.audit, self)
        dialog.open()
        return dialog

    def _audit(self, action: str, intake_id: int | None = None, detail: str | None = None) -> None:
        try:
            with translate_errors("audit"):
                self.records.note(self._staff, action, intake_id, detail)
        except StorageError:
            log.warning("could not write %s to the audit trail", action)

    # --- list ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def apply_filter(self) -> None:
        chosen = self.filters.record_filter()
        calls = chosen.follow_up in CALL_LISTS and (
            self.model.record_filter.follow_up != chosen.follow_up
        )
        self._guarded(lambda: self.model.set_filter(chosen))
        if calls:  # a call list: the longest waiting first
            self._guarded(
                lambda: self.table.sortByColumn(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
            )

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            with translate_errors("records"):
                action()
        except StorageError as exc:
            self._show_problem(storage_message(exc.problem, exc.path))
            return
        self.problem.hide()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _update_count(self) -> None:
        try:
            with translate_errors("records"):
                total = self.model.total(up_to=COUNT_UP_TO + 1)
        except StorageError:
            return
        if total > COUNT_UP_TO:
            self.count.setText(tr("More than {0} records").format(f"{COUNT_UP_TO:,}"))
        else:
            self.count.setText(
                tr("{0} records").format(f"{total:,}") if total != 1 else tr("1 record")
            )

    def _into_list(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _read_data_version(self) -> int:
        """Changes when another program commits to this PC's database (cheap to ask);
        a reception PC asks the main PC for the list's mark on every poll instead."""
        if self._conn is None:
            return -2
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return -1

    def check_for_changes(self) -> None:
        """Another program (the intake form, a tablet) committed: show the new rows,
        if what it changed is something the list shows (not a kiosk's draft)."""
        version = self._read_data_version()
        if version == self._data_version and self._conn is not None:
            return
        self._data_version = version
        mark = self._change_mark()
        if mark != self._list_mark:
            self._list_mark = mark
            self.refresh()

    def _change_mark(self) -> tuple[int, ...]:
        try:
            with translate_errors("records"):
                return self.records.change_mark()
        except StorageError:
            return ()

    def refresh(self) -> None:
        """Re-read the list, keeping the selected record selected."""
        selected = self.current_intake_id()
        self._guarded(self.model.reload)
        if selected is not None:
            row = self.model.row_of_intake(selected)
            if row is not None:
                self.table.selectRow(row)

    def current_intake_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(INTAKE_ID_ROLE) if index.isValid() else None

    def log_call(self) -> ContactDialog | None:
        """The call list's one click: log a call to the selected patient (and set the
        status, and the follow-up it dealt with done) without opening the record."""
        intake_id = self.current_intake_id()
        if intake_id is None:
            self._show_problem(tr("Choose a patient in the list first."))
            return None
        row = self.model.record_at(self.table.currentIndex().row())
        try:
            with translate_errors("records"):
                detail = self.records.load_record(intake_id)
        except StorageError as exc:
            self._show_problem(storage_message(exc.problem, exc.path))
            return None
        except RecordNotFound:
            self.refresh()
            return None
        dialog = ContactDialog(
            self._today(), self, status=detail.intake["status"],
            due=first_open_follow_up(detail.follow_ups),
            patient=f"{row.first_name} {row.last_name}",
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save = lambda: self._save_contact(intake_id, dialog, detail.revision)
        dialog.finished.connect(self.table.setFocus)
        dialog.open()
        return dialog

    def _save_contact(self, intake_id: int, dialog: ContactDialog, seen: int) -> str | None:
        try:
            with translate_errors("records"):
                self.records.log_contact(intake_id, dialog.entry(), self._staff, seen=seen)
        except StorageError as exc:
            return storage_message(exc.problem, exc.path)
        except ChangeRefused as refused:
            return change_refused_message(refused.code)
        self.refresh()
        row = self.model.row_of_intake(intake_id)
        if row is not None:  # still in the list (a call list drops who is done)
            self.table.selectRow(row)
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open records and dialogs go with the list: nothing is left for the next person.
        for dialog in self.findChildren(QDialog):
            dialog.close()
        self.poll.stop()
        self.idle.stop()
        super().closeEvent(event)

    # --- record -------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        self.open_record(index.data(INTAKE_ID_ROLE))

    def open_current(self) -> None:
        intake_id = self.current_intake_id()
        if intake_id is not None:
            self.open_record(intake_id)

    def open_record(self, intake_id: int) -> RecordView:
        view = RecordView(
            self.records,
            self._questionnaire,
            self._checker,
            self._staff,
            intake_id,
            today=self._today(),
            choose_pdf_path=self._choose_pdf_path,
            choose_fhir_path=self._choose_fhir_path,
            clinic=self._accounts.clinic_name(),
            staff_role=self.staff.role,
            parent=self,
        )
        view.changed.connect(self.refresh)
        view.finished.connect(self.table.setFocus)
        view.exported.connect(lambda action: self._audit(action, intake_id))
        self._audit("record-opened", intake_id)
        self.open_view = view
        view.open()
        return view

    # --- clinic settings ------------------------------------------------------------
    def edit_settings(self) -> SettingsDialog | None:
        try:
            with translate_errors("settings"):
                intervals = self.records.follow_up_intervals()
        except StorageError as exc:
            self._show_problem(storage_message(exc.problem, exc.path))
            return None
        assert self._conn is not None  # settings are changed on the main PC
        dialog = SettingsDialog(
            intervals, self._today(), self,
            staff_idle_minutes=staff_idle_minutes(self._conn),
            kiosk_idle_seconds=kiosk_idle_seconds(self._conn),
            outcomes=self.records.outcome_settings(),
            min_group_size=read_min_group_size(self._conn),
            treatment_required=self.records.treatment_required_items(),
            results=self._results_desk(self._conn),
            following_up=self._following_up(self._conn),
        )  # fmt: skip
        dialog.save = lambda: self._save_settings(dialog)
        dialog.open()
        return dialog

    def _following_up(self, conn: sqlite3.Connection) -> FollowingUp:
        """The ladder, the clinic's phone and its e-mail server (app/follow_ups)."""
        from ui.follow_ups.follow_up_settings import following_up

        return following_up(conn, self._staff, self._accounts.clinic_name())

    def _results_desk(self, conn: sqlite3.Connection) -> ResultsDesk:
        """ "Results at this clinic" beside the article: worked out from this PC's
        records, published or withdrawn at once (app/outcomes/clinic_results.py)."""
        from app.clinic.resource_paths import resources_dir
        from app.outcomes import clinic_results as results
        from app.system.clock import utc_now_text
        from ui.language_choice import content_languages
        from ui.outcomes.clinic_results_dialog import ResultsDesk

        points = results.clinic_time_points(conn)

        def act(action: Callable[[], object]) -> str | None:
            try:
                with translate_errors("settings"):
                    action()
            except StorageError as exc:
                return storage_message(exc.problem, exc.path)
            return None

        def work_out(point: int, include_demo: bool) -> results.ClinicResults | str:
            worked: list[results.ClinicResults] = []
            problem = act(lambda: worked.append(results.work_out_results(
                conn, self._questionnaire, point, self._today(), include_demo=include_demo
            )))  # fmt: skip
            return problem if problem is not None else worked[0]

        return ResultsDesk(
            time_points=points,
            default_point=results.default_time_point(points),
            min_group_size=read_min_group_size(conn),
            languages=content_languages(resources_dir() / "content"),
            work_out=work_out,
            shown=lambda: results.shown_results(conn),
            publish=lambda figures: act(
                lambda: results.publish_results(conn, figures, self._staff, utc_now_text())
            ),
            withdraw=lambda: act(lambda: results.withdraw_results(conn, self._staff)),
        )

    def _save_settings(self, dialog: SettingsDialog) -> str | None:
        """All the settings in one transaction; None, or why they could not be saved."""
        intervals = dialog.intervals()
        minutes, seconds = dialog.staff_idle.value(), dialog.kiosk_idle.value()
        outcomes = dialog.outcome_settings()
        try:
            with translate_errors("settings"):
                assert isinstance(self.records, LocalClinicRecords)
                self.records.book.save_clinic_settings(
                    intervals, minutes, seconds, outcomes,
                    min_group_size=dialog.min_group.value(),
                    treatment_required=frozenset(dialog.treatment_required),
                )  # fmt: skip
        except StorageError as exc:
            return storage_message(exc.problem, exc.path)
        self.idle.set_interval(minutes * 60_000)
        self._audit(
            "settings-changed",
            detail=f"follow-up {intervals_text(intervals)}; staff idle {minutes} min;"
            f" kiosk idle {seconds} s; window {outcomes.window_days} d; meaningful"
            f" {outcomes.koos_jr_points} KOOS JR / {outcomes.pain_points} pain;"
            f" smallest group {dialog.min_group.value()}; treatment record requires"
            f" {', '.join(sorted(dialog.treatment_required)) or 'the product'}",
        )
        return None

    def new_intake(self) -> NewIntakeDialog:
        """Staff enter a patient's intake; it is stored as entered by them, with how."""
        from app.clinic.resource_paths import resources_dir
        from app.intake.consent import load_consent
        from ui.workspace.new_intake_dialog import NewIntakeDialog

        def store(raw: Mapping[str, RawAnswer], source: str, given: str) -> SubmitResult | str:
            try:
                with translate_errors("records"):
                    return self.records.enter_intake(raw, source, self._staff, given)
            except StorageError as exc:
                return storage_message(exc.problem, exc.path)

        dialog = NewIntakeDialog(
            self._questionnaire, load_consent(resources_dir() / "consent", "en"),
            self._staff, store, self, paper_form=self._paper_form_button(),
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._entered(dialog))
        dialog.open()
        return dialog

    def _paper_form_button(self) -> PaperFormButton:
        from app.clinic.resource_paths import questionnaire_path, resources_dir
        from app.intake.patient_languages import PatientLanguages
        from ui.language_choice import content_languages
        from ui.workspace.paper_form_button import PaperFormButton

        languages = PatientLanguages.bundled(
            self._questionnaire, questionnaire_path(), resources_dir() / "consent",
            content_languages(resources_dir() / "content"),
        )  # fmt: skip
        if self._choose_blank_pdf_path is None:
            return PaperFormButton(languages, self._accounts.clinic_name())
        return PaperFormButton(
            languages, self._accounts.clinic_name(), choose_pdf_path=self._choose_blank_pdf_path
        )

    def _entered(self, dialog: NewIntakeDialog) -> None:
        self.refresh()
        saved = dialog.result_saved.saved if dialog.result_saved else None
        if saved is not None:
            self.count.setText(tr("The intake was saved (record {0}).").format(saved.intake_id))

    def today(self) -> dt.date:
        return self._today()

    def note(self, action: str, detail: str) -> None:
        """What staff did elsewhere (a follow-up letter printed), in the audit trail."""
        self._audit(action, detail=detail)

    def show_follow_ups(self) -> WorkListDialog:
        """Today's follow-ups (on a reception PC, the main PC's)."""
        from ui.follow_ups.work_desk import work_desk
        from ui.follow_ups.work_list_dialog import WorkListDialog

        desk = work_desk(self, self, self.records, self._accounts.clinic_name(),
                         self._choose_pdf_path)  # fmt: skip
        dialog = WorkListDialog(desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    def show_outcomes(self) -> OutcomesReportDialog:
        """The clinic's outcomes report; built when asked for, never at start-up."""
        from ui.outcomes.report_dialog import OutcomesReportDialog

        kwargs = {"choose_path": self._choose_report_path} if self._choose_report_path else {}
        dialog = OutcomesReportDialog(
            self.records, self._questionnaire, self._accounts.clinic_name(), today=self._today(),
            parent=self, **kwargs,
        )  # fmt: skip
        self._audit("outcomes-report")
        dialog.open()
        return dialog

    # --- out of the app -------------------------------------------------------------
    def export_csv(self) -> None:
        path = self._choose_csv_path(self, f"knee-intake-{self._today().isoformat()}.csv")
        if path is None:
            return
        model = self.model
        try:
            with translate_errors("records"):
                rows = self.records.export_rows(model.record_filter, model.sort_order)
                count = write_csv(rows, path)
        except StorageError as exc:
            if not isinstance(exc.__cause__, OSError):
                self._show_problem(storage_message(exc.problem, exc.path))
                return
            # The file's folder, not the database: say so, with where it was going.
            self._show_problem(cannot_save_message(path))
            return
        self.problem.hide()
        self._audit("export-csv", detail=f"{count} rows")
        self.count.setText(tr("Exported {0} records to {1}").format(f"{count:,}", path.name))
