"""Sign-in, first-run set-up and password change: the staff's way in.

Each dialog says what is wrong beside the field and keeps what was typed, except a
password that did not work, which is cleared. Passwords never leave these widgets
except to be hashed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.staff.accounts import (
    MIN_PASSWORD_LENGTH,
    STAFF_DATA,
    AccountRefused,
    SignInOutcome,
    Staff,
    StaffAccounts,
)
from app.storage.errors import StorageError, translate_errors
from ui.dialog_parts import (
    FieldIssues,
    issue_label,
    lead_label,
    ok_cancel,
    password_edit,
    text_edit,
)
from ui.issue_messages import storage_message
from ui.translate import tr


def problem_text(problem: AccountRefused | StorageError) -> str:
    """What to say beside the fields: why the change was refused, or why it could not
    be stored (the database busy, the disk full), with what was typed kept."""
    if isinstance(problem, StorageError):
        return storage_message(problem.problem, problem.path)
    return refusal_message(problem.code)


def refusal_message(code: str) -> str:
    return {
        "clinic-name-required": tr("Enter the clinic's name."),
        "username-required": tr("Choose a user name."),
        "display-name-required": tr("Enter the person's name."),
        "username-taken": tr("That user name is taken. Choose another."),
        "password-too-short": tr("Use at least {0} characters. A short sentence is easy to "
                                 "remember.").format(MIN_PASSWORD_LENGTH),
        "password-is-username": tr("The password cannot be the user name."),
        "password-unchanged": tr("Choose a password different from the current one."),
        "current-password-wrong": tr("That is not your current password."),
        "passwords-differ": tr("The two passwords are not the same."),
        "administrators-only": tr("Only an administrator can do this."),
        "unknown-user": tr("There is no account with that user name."),
        "already-set-up": tr("This clinic is already set up. Sign in instead."),
        "cannot-deactivate-self": tr("You cannot deactivate your own account."),
    }.get(code, tr("That could not be saved."))  # fmt: skip


class SignInDialog(QDialog):
    """User name and password. ``staff`` is who signed in, once accepted."""

    def __init__(
        self,
        accounts: StaffAccounts,
        parent: QWidget | None = None,
        *,
        purpose: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign-in-dialog")
        clinic = accounts.clinic_name()
        self.setWindowTitle(tr("Sign in — {0}").format(clinic) if clinic else tr("Sign in"))
        self._accounts = accounts
        self.staff: Staff | None = None
        self.change: ChangePasswordDialog | None = None
        self.username = text_edit("sign-in-username")
        self.password = password_edit("sign-in-password")
        self.issue = issue_label("sign-in-issue")  # the account's or the database's
        self.field_issues = FieldIssues()
        layout = QVBoxLayout(self)
        if purpose:
            layout.addWidget(lead_label(purpose))
        form = QFormLayout()
        form.addRow(tr("User name"), self.field_issues.beneath(self.username))
        form.addRow(tr("Password"), self.field_issues.beneath(self.password))
        form.addRow("", self.issue)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, tr("Sign in")))
        self.username.setFocus()

    def accept(self) -> None:
        self.issue.hide()
        if not self.username.text().strip():
            self.field_issues.say(self.username, tr("Enter your user name."))
            return
        if not self.password.text():
            self.field_issues.say(self.password, tr("Enter your password."))
            return
        try:
            with translate_errors(STAFF_DATA):
                result = self._accounts.sign_in(self.username.text(), self.password.text())
        except StorageError as exc:
            self._say(problem_text(exc))  # nothing cleared: signing in again may work
            return
        self.password.clear()
        if result.outcome is SignInOutcome.SIGNED_IN and result.staff is not None:
            if result.staff.must_change_password:
                self._ask_for_own_password(result.staff)
                return
            self.staff = result.staff
            super().accept()
            return
        if result.outcome is SignInOutcome.LOCKED and result.locked_until is not None:
            until = result.locked_until.astimezone().strftime("%H:%M")
            self._say(
                tr("Too many wrong tries: this account is locked until {0}. An administrator "
                   "can reset the password.").format(until)
            )  # fmt: skip
        else:
            # Beside the password, whichever of the two is wrong (which is not said).
            self.field_issues.say(
                self.password, tr("That user name and password do not match. Try again.")
            )
            return
        self.password.setFocus()

    def _ask_for_own_password(self, staff: Staff) -> None:
        self.change = ChangePasswordDialog(
            self._accounts, staff, self, reason=tr("Choose your own password to go on.")
        )
        self.change.accepted.connect(self._changed)
        self.change.rejected.connect(lambda: self._say(tr("You need your own password to go on.")))
        self.change.open()

    def _changed(self) -> None:
        assert self.change is not None
        self.staff = self.change.staff
        super().accept()

    def _say(self, text: str) -> None:
        self.field_issues.say_apart(self.issue, text)


class SetUpDialog(QDialog):
    """First start: the clinic's name and the first administrator, or, on a tablet or
    PC of a clinic that has its main PC already, pairing with it.

    Signals: ``paired`` once this machine is paired (the caller starts it as a station).
    """

    paired = Signal()

    def __init__(
        self,
        accounts: StaffAccounts,
        parent: QWidget | None = None,
        *,
        pair_into: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._pair_into = pair_into
        self.setObjectName("set-up-dialog")
        self.setWindowTitle(tr("Set up Knee Intake"))
        self._accounts = accounts
        self.staff: Staff | None = None
        intro = lead_label(
            tr("Welcome. Enter your clinic's name and create the administrator account. "
               "The administrator adds the other staff.")
        )  # fmt: skip
        self.clinic = text_edit("set-up-clinic")
        self.display_name = text_edit("set-up-name")
        self.username = text_edit("set-up-username")
        self.password = password_edit("set-up-password")
        self.confirm = password_edit("set-up-confirm")
        self.issue = issue_label("set-up-issue")  # the database's problems
        self.field_issues = issues = FieldIssues()
        form = QFormLayout()
        form.addRow(tr("Clinic name"), issues.beneath(self.clinic))
        form.addRow(tr("Your name"), issues.beneath(self.display_name))
        form.addRow(tr("User name"), issues.beneath(self.username))
        form.addRow(tr("Password"), issues.beneath(self.password))
        form.addRow(tr("Password again"), issues.beneath(self.confirm))
        form.addRow("", self.issue)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, tr("Create the account")))
        if pair_into is not None:
            pair = QPushButton(tr("Pair with the clinic's main PC…"))
            pair.setToolTip(
                tr("For a tablet or PC of a clinic whose main PC already runs Knee Intake")
            )
            pair.setObjectName("set-up-pair")
            pair.clicked.connect(self._pair)
            layout.addWidget(pair)

    def _pair(self) -> None:
        from ui.station.pair_dialog import PairDialog

        assert self._pair_into is not None
        self.pairing = PairDialog(self._pair_into, self)
        self.pairing.accepted.connect(self._paired)
        self.pairing.open()

    def _paired(self) -> None:
        # Neither accepted (no administrator was made) nor rejected (nobody gave up).
        self.hide()
        self.paired.emit()

    def accept(self) -> None:
        if self.password.text() != self.confirm.text():
            self._refuse(refusal_message("passwords-differ"), self.confirm)
            return
        try:
            with translate_errors(STAFF_DATA):
                self.staff = self._accounts.set_up(
                    self.clinic.text(), self.username.text(), self.display_name.text(),
                    self.password.text(),
                )  # fmt: skip
        except StorageError as problem:
            self.field_issues.say_apart(self.issue, problem_text(problem))
            return
        except AccountRefused as problem:
            field = {
                "clinic-name-required": self.clinic,
                "display-name-required": self.display_name,
                "username-required": self.username,
                "username-taken": self.username,
            }.get(problem.code, self.password)
            self._refuse(problem_text(problem), field)
            return
        super().accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.issue.hide()
        self.field_issues.say(field, text)


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        accounts: StaffAccounts,
        staff: Staff,
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change-password-dialog")
        self.setWindowTitle(tr("Change password"))
        self._accounts = accounts
        self._staff = staff
        self.staff: Staff | None = None
        self.current = password_edit("current-password")
        self.new = password_edit("new-password")
        self.confirm = password_edit("confirm-password")
        self.issue = issue_label("change-password-issue")  # the database's problems
        self.field_issues = issues = FieldIssues()
        layout = QVBoxLayout(self)
        if reason:
            layout.addWidget(lead_label(reason))
        form = QFormLayout()
        form.addRow(tr("Current password"), issues.beneath(self.current))
        form.addRow(tr("New password"), issues.beneath(self.new))
        form.addRow(tr("New password again"), issues.beneath(self.confirm))
        form.addRow("", self.issue)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, tr("Change password")))

    def accept(self) -> None:
        if self.new.text() != self.confirm.text():
            self._refuse(refusal_message("passwords-differ"), self.confirm)
            return
        try:
            with translate_errors(STAFF_DATA):
                self.staff = self._accounts.change_password(
                    self._staff, self.current.text(), self.new.text()
                )
        except StorageError as problem:
            self.field_issues.say_apart(self.issue, problem_text(problem))
            return
        except AccountRefused as problem:
            wrong_current = problem.code == "current-password-wrong"
            self._refuse(problem_text(problem), self.current if wrong_current else self.new)
            return
        super().accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.issue.hide()
        self.field_issues.say(field, text)
