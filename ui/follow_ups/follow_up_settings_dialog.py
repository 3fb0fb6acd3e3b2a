"""How the clinic follows up (issue 26): its ladder (steps and days), the phone number
patients are asked to call, and the clinic's own e-mail server for reminders (nothing
is sent until it is set). Saved together, in one transaction; a test message shows
the server works before patients depend on it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.follow_ups.ladder import MAX_DAYS, Ladder, checked_ladder
from app.follow_ups.mail_server import MailServer
from ui.dialog_parts import (
    SavingDialog,
    form_section,
    hint_label,
    issue_label,
    ok_cancel,
    page_size,
    scrolling_page,
    show_issue,
)
from ui.follow_ups.work_list_dialog import kind_labels
from ui.translate import tr
from ui.window_fit import place

_STEP = re.compile(r"\s*([^\W\d_]+)\s+(?:on\s+)?(?:day\s+)?(\d{1,3})\s*$", re.I)


def step_words() -> dict[str, str]:
    """Each step's word in the staff's language ("call", "llamada"): the ladder is
    shown and typed in those, and the English ones are always read too."""
    labels = kind_labels()
    return {kind: labels[kind].lower() for kind in ("reminder", "call", "letter")}


def ladder_text(ladder: Ladder) -> str:
    words = step_words()
    return ", ".join(f"{words[step.kind]} {step.day}" for step in ladder.steps)


def read_ladder_text(text: str, let_go_after: int) -> Ladder | str:
    """The ladder, or what to say beside the field."""
    known = {kind: kind for kind in ("reminder", "call", "letter")}
    known |= {word: kind for kind, word in step_words().items()}
    steps = []
    for part in text.split(","):
        match = _STEP.match(part)
        kind = known.get(match.group(1).lower()) if match else None
        if match is None or kind is None:
            return tr("“{0}” is not a step. Write a reminder, call or letter and its day, "
                      "e.g. call 14.").format(part.strip() or ",")  # fmt: skip
        steps.append((kind, int(match.group(2))))
    try:
        return checked_ladder(steps, let_go_after)
    except ValueError as exc:
        return {
            "Two steps fall on the same day.": tr("Two steps fall on the same day."),
            "The time point is let go after the last step.": tr(
                "Let it go after the last step's day."),
        }.get(str(exc), tr("At most 10 steps, each on a day from 0 to 365."))  # fmt: skip


@dataclass(frozen=True)
class FollowUpSettings:
    ladder: Ladder
    clinic_phone: str
    mail_server: MailServer | None


class FollowUpSettingsDialog(SavingDialog):
    def __init__(
        self,
        current: FollowUpSettings,
        send_test: Callable[[MailServer, str], str],
        parent: QWidget | None = None,
    ) -> None:
        """``send_test(server, address)``: the words to show after trying."""
        super().__init__(parent)
        self.setObjectName("follow-up-settings")
        self.setWindowTitle(tr("Following up"))
        self._send_test = send_test
        self.ladder_edit = QLineEdit(ladder_text(current.ladder))
        self.ladder_edit.setObjectName("follow-up-ladder")
        self.ladder_edit.setMinimumWidth(560)
        self.let_go = QSpinBox()
        self.let_go.setObjectName("follow-up-let-go")
        self.let_go.setRange(1, MAX_DAYS)
        self.let_go.setSuffix(tr(" days after it was due"))
        self.let_go.setValue(current.ladder.let_go_after)
        self.ladder_issue = issue_label("follow-up-ladder-issue")
        hint = hint_label(tr(
            "Each step and the day after the due date it falls on. Defaults: reminder 0, "
            "reminder 7, call 14, call 21, letter 28, let go after 42 (two reminders, two "
            "calls and a letter, as registries that keep their patients answering do)."
        ))  # fmt: skip
        self.phone = QLineEdit(current.clinic_phone)
        self.phone.setObjectName("clinic-phone")
        self.phone.setMaxLength(40)
        server = current.mail_server
        self.host = QLineEdit(server.host if server else "")
        self.host.setObjectName("mail-host")
        self.host.setPlaceholderText(tr("e.g. mail.riverside-clinic.example"))
        self.port = QSpinBox()
        self.port.setObjectName("mail-port")
        self.port.setRange(1, 65535)
        self.port.setValue(server.port if server else 587)
        self.security = QComboBox()
        self.security.setObjectName("mail-security")
        self.security.addItem(tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(tr("TLS from the start (usually port 465)"), "tls")
        self.security.setCurrentIndex(self.security.findData(server.security if server
                                                             else "starttls"))  # fmt: skip
        self.username = QLineEdit(server.username if server else "")
        self.username.setObjectName("mail-username")
        self.password = QLineEdit(server.password if server else "")
        self.password.setObjectName("mail-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = QLineEdit(server.sender if server else "")
        self.sender.setObjectName("mail-sender")
        self.mail_issue = issue_label("mail-issue")
        self.test_address = QLineEdit()
        self.test_address.setObjectName("mail-test-address")
        self.test_address.setPlaceholderText(tr("Your own address"))
        test = QPushButton(tr("Send a test message"))
        test.setObjectName("mail-test")
        test.clicked.connect(self.test)
        self.test_result = QLabel()
        self.test_result.setObjectName("mail-test-result")
        self.test_result.setWordWrap(True)
        testing = QHBoxLayout()
        testing.addWidget(self.test_address, 1)
        testing.addWidget(test)
        mail_hint = hint_label(tr(
            "Leave the server empty to send no e-mail. Reminders go only to patients who "
            "said e-mail is OK, and say only that their knee follow-up is due, with this "
            "phone number."
        ))  # fmt: skip
        form = form_section(QFormLayout(), tr("The ladder"))
        form.addRow(tr("Steps"), self.ladder_edit)
        form.addRow("", self.ladder_issue)
        form.addRow(tr("Let the follow-up go"), self.let_go)
        form.addRow("", hint)
        form_section(form, tr("Reminders"))
        form.addRow(tr("Patients call"), self.phone)
        form.addRow(tr("E-mail server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Security"), self.security)
        form.addRow(tr("Account"), self.username)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("From address"), self.sender)
        form.addRow("", self.mail_issue)
        form.addRow("", mail_hint)
        form.addRow(tr("Try it"), testing)
        form.addRow("", self.test_result)
        self.page_area = scrolling_page(form, "follow-up-settings-scroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save")))
        self.settings: FollowUpSettings | None = None
        place(self, page_size(self.page_area))

    def mail_server(self) -> MailServer | str | None:
        """The server typed, None where it is left empty, or what to say."""
        host = self.host.text().strip()
        if not host:
            return None
        sender = self.sender.text().strip()
        try:
            from email_validator import EmailNotValidError, validate_email

            validate_email(sender, check_deliverability=False)
        except EmailNotValidError:
            return tr("The From address is not an e-mail address.")
        return MailServer(host, self.port.value(), self.security.currentData(),
                          self.username.text().strip(), self.password.text(), sender)  # fmt: skip

    def test(self) -> None:
        server = self.mail_server()
        if not isinstance(server, MailServer):
            self.test_result.setText(server or tr("Enter the server first."))
            return
        address = self.test_address.text().strip()
        if "@" not in address:
            self.test_result.setText(tr("Enter the address to send the test to."))
            return
        self.test_result.setText(self._send_test(server, address))

    def accept(self) -> None:
        ladder = read_ladder_text(self.ladder_edit.text(), self.let_go.value())
        self.ladder_issue.setVisible(isinstance(ladder, str))
        if isinstance(ladder, str):
            show_issue(self.page_area, self.ladder_issue, ladder, self.ladder_edit)
            return
        server = self.mail_server()
        self.mail_issue.setVisible(isinstance(server, str))
        if isinstance(server, str):
            show_issue(self.page_area, self.mail_issue, server, self.sender)
            return
        self.settings = FollowUpSettings(ladder, self.phone.text().strip(), server)
        self.finish()


def ladder_summary(settings: FollowUpSettings) -> str:
    kinds = kind_labels()
    steps = ", ".join(f"{kinds[s.kind].lower()} {s.day}" for s in settings.ladder.steps)
    mail = tr("e-mail reminders on") if settings.mail_server else tr("no e-mail reminders")
    return tr("{0}; {1}: change…").format(steps, mail)
