"""For administrators: the staff list (add, reset a password) and the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.staff.accounts import STAFF_DATA, UNKNOWN_ACTOR, AccountRefused, Staff, StaffAccounts
from app.staff.audit_log import DEMO_STAFF, KIOSK_ACTOR, AuditEntry, AuditFilter, AuditLog
from app.storage.errors import StorageError, translate_errors
from app.storage.vocabulary import AUDIT_ACTIONS
from app.system.clock import local_today
from ui.dialog_parts import issue_label, password_edit, text_edit
from ui.named_button import named_button
from ui.staff.account_dialogs import problem_text, tr
from ui.window_fit import place
from ui.workspace.labels import show_time

AUDIT_ROWS_SHOWN = 1000
DEACTIVATED_ROLE = Qt.ItemDataRole.UserRole + 1


def role_labels() -> dict[str, str]:
    return {
        "reception": tr("Reception"),
        "clinician": tr("Clinician"),
        "administrator": tr("Administrator"),
    }


class StaffDialog(QDialog):
    """Who has an account; add one, or give someone a temporary password."""

    def __init__(
        self, accounts: StaffAccounts, admin: Staff, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staff-dialog")
        self.setWindowTitle(tr("Staff accounts"))
        self._accounts = accounts
        self._admin = admin
        self.people = QListWidget()
        self.people.setObjectName("staff-list")
        self.people.setMinimumHeight(180)

        self.display_name = text_edit("new-staff-name")
        self.username = text_edit("new-staff-username")
        self.role = QComboBox()
        self.role.setObjectName("new-staff-role")
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        self.first_password = password_edit("new-staff-password")
        self.add_issue = issue_label("add-staff-issue")
        add = QPushButton(tr("Add account"))
        add.setObjectName("add-staff")
        add.clicked.connect(self.add_staff)
        add_form = QFormLayout()
        add_form.addRow(tr("Name"), self.display_name)
        add_form.addRow(tr("User name"), self.username)
        add_form.addRow(tr("Role"), self.role)
        add_form.addRow(tr("First password"), self.first_password)
        add_form.addRow("", self.add_issue)
        add_form.addRow("", add)

        self.reset_password = password_edit("reset-password")
        self.reset_issue = issue_label("reset-issue")
        reset = QPushButton(tr("Set a temporary password"))
        reset.setObjectName("reset-staff-password")
        reset.clicked.connect(self.reset_selected)
        reset_form = QFormLayout()
        reset_form.addRow(tr("Temporary password for the selected person"), self.reset_password)
        reset_form.addRow("", self.reset_issue)
        reset_form.addRow("", reset)

        deactivate = named_button(
            tr("Deactivate the selected account"), "deactivate-staff", self.deactivate_selected
        )
        self.list_issue = issue_label("staff-list-issue")
        under_list = QHBoxLayout()
        under_list.addWidget(self.list_issue, 1)
        under_list.addWidget(deactivate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        layout.addLayout(under_list)
        hint = QLabel(tr("New accounts and reset passwords must be changed at first sign-in. "
                         "A deactivated account cannot sign in; it stays in the list and in "
                         "the audit trail, and a temporary password gives it back."))  # fmt: skip
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        columns = QHBoxLayout()
        columns.addLayout(add_form)
        columns.addSpacing(24)
        columns.addLayout(reset_form)
        layout.addLayout(columns)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._fill()

    def _fill(self) -> None:
        self.people.clear()
        labels = role_labels()
        for person in self._accounts.all_staff():
            item = QListWidgetItem(
                f"{person.display_name}  ·  {person.username}  ·  {labels[person.role]}"
            )
            item.setData(Qt.ItemDataRole.UserRole, person.username)
            self.people.addItem(item)
        for person in self._accounts.deactivated_staff():
            item = QListWidgetItem(
                tr("{0}  ·  {1}  ·  {2}  ·  deactivated").format(
                    person.display_name, person.username, labels[person.role]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, person.username)
            item.setData(DEACTIVATED_ROLE, True)
            item.setForeground(self.palette().placeholderText())
            self.people.addItem(item)

    def deactivate_selected(self) -> None:
        item = self.people.currentItem()
        if item is None or item.data(DEACTIVATED_ROLE):
            self.list_issue.setText(tr("Choose a person whose account is active first."))
            self.list_issue.show()
            return
        try:
            with translate_errors(STAFF_DATA):
                self._accounts.deactivate(self._admin, item.data(Qt.ItemDataRole.UserRole))
        except (AccountRefused, StorageError) as problem:
            self.list_issue.setText(problem_text(problem))
            self.list_issue.show()
            return
        self.list_issue.hide()
        self._fill()

    def add_staff(self) -> None:
        try:
            with translate_errors(STAFF_DATA):
                self._accounts.add(
                    self._admin, self.username.text(), self.display_name.text(),
                    self.role.currentData(), self.first_password.text(),
                )  # fmt: skip
        except (AccountRefused, StorageError) as problem:
            self.add_issue.setText(problem_text(problem))
            self.add_issue.show()
            return
        self.add_issue.hide()
        for edit in (self.display_name, self.username, self.first_password):
            edit.clear()
        self._fill()

    def reset_selected(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.reset_issue.setText(tr("Choose the person in the list first."))
            self.reset_issue.show()
            return
        deactivated = bool(item.data(DEACTIVATED_ROLE))
        change = self._accounts.reactivate if deactivated else self._accounts.reset_password
        try:
            with translate_errors(STAFF_DATA):
                change(self._admin, item.data(Qt.ItemDataRole.UserRole), self.reset_password.text())
        except (AccountRefused, StorageError) as problem:
            self.reset_issue.setText(problem_text(problem))
            self.reset_issue.show()
            return
        self.reset_password.clear()
        self.reset_issue.setText(
            tr("Active again: they choose their own password at the next sign-in.")
            if deactivated
            else tr("Done: they choose their own at the next sign-in.")
        )
        self.reset_issue.show()
        if deactivated:
            self._fill()


AUDIT_COLUMNS = ("When", "Who", "What", "Record", "Detail")


def action_labels() -> dict[str, str]:
    """The audit trail's actions in words; a code without words shows as itself."""
    return {
        "sign-in": tr("Signed in"),
        "sign-in-failed": tr("Sign-in refused"),
        "account-locked": tr("Account locked"),
        "sign-out": tr("Signed out"),
        "signed-out-idle": tr("Signed out (idle)"),
        "password-changed": tr("Password changed"),
        "password-reset": tr("Password reset"),
        "staff-added": tr("Staff account added"),
        "staff-deactivated": tr("Staff account deactivated"),
        "staff-reactivated": tr("Staff account reactivated"),
        "adverse-event-rated": tr("Adverse event rated"),
        "adverse-event-rerated": tr("Adverse event rated again"),
        "results-published": tr("Results at this clinic published"),
        "results-withdrawn": tr("Results at this clinic no longer shown"),
        "follow-up-step": tr("Follow-up step taken"),
        "email-reminders-stopped": tr("E-mail reminders stopped"),
        "mail-settings-changed": tr("E-mail server changed"),
        "clinic-set-up": tr("Clinic set up"),
        "settings-changed": tr("Settings changed"),
        "record-opened": tr("Record opened"),
        "status-changed": tr("Status changed"),
        "treatment-added": tr("Treatment recorded"),
        "follow-up-done": tr("Follow-up done"),
        "contact-logged": tr("Contact logged"),
        "answer-corrected": tr("Answer corrected"),
        "export-csv": tr("List exported (CSV)"),
        "export-pdf": tr("Summary saved (PDF)"),
        "print": tr("Summary printed"),
        "kiosk-started": tr("Kiosk started"),
        "kiosk-exit": tr("Kiosk left by staff"),
        "kiosk-exit-failed": tr("Kiosk exit refused"),
        "kiosk-timed-out": tr("Kiosk cleared (nobody there)"),
        "audit-viewed": tr("Audit trail viewed"),
        "patient-merged": tr("Confirmed as the same patient"),
        "patient-kept-apart": tr("Confirmed as different patients"),
        "intake-received": tr("Intake received from a station"),
        "station-paired": tr("Station paired"),
        "station-pairing-refused": tr("Station pairing refused"),
        "station-revoked": tr("Station revoked"),
        "pairing-code-issued": tr("Pairing code issued"),
        "follow-up-answered": tr("Follow-up answers stored"),
        "clinical-review-done": tr("Reported problems reviewed"),
        "kiosk-handed-over": tr("Kiosk handed to a patient"),
        "export-fhir": tr("Record exported (FHIR)"),
        "outcomes-report": tr("Outcomes report viewed"),
        "intake-entered": tr("Intake entered by staff"),
        "recovery-key-confirmed": tr("Recovery key written down"),
        "database-key-changed": tr("Database key changed"),
        "backup-folder-changed": tr("Backup folder changed"),
        "backup-restored": tr("Database restored from a backup"),
    }


Index = QModelIndex | QPersistentModelIndex


def actor_label(actor: str, names: dict[str, str]) -> str:
    """Who did it, as staff know them: "Rita Chen", "Rita Chen, at Desk 2", "Patient at
    a kiosk", "Tablet “Waiting room 1”"; the stored user name where no name is known."""
    staff, via, station = actor.partition(" via ")
    if via:
        return tr("{0}, at {1}").format(actor_label(staff, names), station)
    if actor in names:
        return names[actor]
    kind, colon, name = actor.partition(":")
    if colon and kind == "station":
        return tr("Station “{0}”").format(name)
    return {
        KIOSK_ACTOR: tr("Patient at a kiosk"),
        DEMO_STAFF: tr("Demo data"),
        UNKNOWN_ACTOR: tr("Unknown user name"),
        "(station)": tr("A device that is not paired"),
    }.get(actor, actor)


class AuditModel(QAbstractTableModel):
    def __init__(self, names: dict[str, str] | None = None) -> None:
        super().__init__()
        self._entries: list[AuditEntry] = []
        self._labels = action_labels()
        self._names = names or {}

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AUDIT_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(AUDIT_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return entry.actor  # the user name as stored, for IT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            show_time(entry.at),
            actor_label(entry.actor, self._names),
            self._labels.get(entry.action, entry.action),
            "" if entry.intake_id is None else str(entry.intake_id),
            entry.detail or "",
        )[index.column()]


class AuditDialog(QDialog):
    """The trail, newest first, filtered by who, what, record and day."""

    def __init__(self, log: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit-dialog")
        self.setWindowTitle(tr("Audit trail"))
        self._log = log
        self.who = QLineEdit()
        self.who.setObjectName("audit-who")
        self.who.setPlaceholderText(tr("Anyone: a name or user name"))
        self._names = log.staff_names()
        self.what = QComboBox()
        self.what.setObjectName("audit-what")
        self.what.addItem(tr("Any action"), "")
        labels = action_labels()
        for action in AUDIT_ACTIONS:
            self.what.addItem(labels.get(action, action), action)
        self.record = QLineEdit()
        self.record.setObjectName("audit-record")
        self.record.setPlaceholderText(tr("Any record"))
        self.record.setMaximumWidth(140)
        today = local_today()
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.since.setObjectName("audit-since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.record_issue = issue_label("audit-record-issue")
        filters = QHBoxLayout()
        for label, widget in (
            (tr("Who"), self.who),
            (tr("What"), self.what),
            (tr("Record no."), self.record),
            (tr("Since"), self.since),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        self.model = AuditModel(self._names)
        self.table = QTableView()
        self.table.setObjectName("audit-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.shown = QLabel()
        self.shown.setObjectName("audit-shown")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.record_issue)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        place(self, QSize(1100, 700))
        self.who.textChanged.connect(self.refresh)
        self.what.currentIndexChanged.connect(self.refresh)
        self.record.textChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.refresh()

    def _username_for(self, typed: str) -> str:
        """The user name of the staff member whose name was typed, or what was typed."""
        wanted = typed.strip().casefold()
        matches = [user for user, name in self._names.items() if name.casefold() == wanted]
        return matches[0] if len(matches) == 1 else typed

    def refresh(self) -> None:
        record_text = self.record.text().strip()
        if record_text and not record_text.isdigit():
            self.record_issue.setText(tr("A record number is digits only."))
            self.record_issue.show()
            return
        self.record_issue.hide()
        since = self.since.date()
        entries = self._log.entries(
            AuditFilter(
                actor=self._username_for(self.who.text()),
                action=self.what.currentData(),
                intake_id=int(record_text) if record_text else None,
                on_or_after=dt.date(since.year(), since.month(), since.day()),
            ),
            limit=AUDIT_ROWS_SHOWN,
        )
        self.model.set_entries(entries)
        if len(entries) >= AUDIT_ROWS_SHOWN:
            self.shown.setText(tr("The newest {0} shown: narrow the filters.").format(
                f"{AUDIT_ROWS_SHOWN:,}"))  # fmt: skip
        else:
            self.shown.setText(tr("{0} entries").format(len(entries)))
