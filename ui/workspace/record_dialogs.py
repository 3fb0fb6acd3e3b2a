"""Small dialogs on a record: a treatment (with proposed follow-ups), a contact, a
correction. Each checks its input and says what is missing next to the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.intake.answers import AnswerValue
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Item, Questionnaire
from app.records.follow_up_plan import Interval, ProposedFollowUp, propose_follow_ups
from app.records.record_book import NOT_A_CANDIDATE, ContactEntry, TreatmentEntry
from app.records.record_detail import Entry
from ui.dialog_parts import SavingDialog, issue_label, ok_cancel, scrolling_page
from ui.form.question_row import AnswerInput
from ui.form.questionnaire_form import make_input
from ui.issue_messages import issue_message
from ui.time_words import purpose_words
from ui.window_fit import place
from ui.workspace.labels import (
    channel_labels,
    knee_labels,
    outcome_labels,
    show_date,
    staff_treatment_questionnaire,
    status_labels,
    tr,
)
from ui.workspace.treatment_details_form import TreatmentDetailsForm


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def combo(name: str, labels: dict[str, str], current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code, label in labels.items():
        box.addItem(label, code)
    if current in labels:
        box.setCurrentIndex(list(labels).index(current))
    return box


DEFAULT_PRODUCT = "bone-marrow"
# Three columns (the visit, the preparation, the injection) with every question in view
# on a 1920 × 1080 screen; smaller screens scroll the questions, never the buttons.
PREFERRED_SIZE = QSize(1320, 860)


class TreatmentDialog(SavingDialog):
    """A treatment, what was given (the treatment questionnaire: product, processing,
    guidance…), and the follow-up dates the clinic's intervals propose for it."""

    def __init__(
        self,
        knee: str | None,
        next_number: int,
        intervals: tuple[Interval, ...],
        today: dt.date,
        parent: QWidget | None = None,
        *,
        questionnaire: Questionnaire | None = None,
        previous_product: str | None = None,
    ) -> None:
        """``previous_product``: the patient's last treatment's, chosen to start with (a
        series is usually of one preparation); a first treatment starts on bone marrow,
        as the treatment dialog always has (the clinic's usual; one click changes it)."""
        super().__init__(parent)
        self.setObjectName("treatment-dialog")
        self.setWindowTitle(tr("Record a treatment"))
        self._intervals = intervals
        self.treated_on = date_edit(today, "treated-on")
        self.knee = combo("treatment-knee", knee_labels(), knee)
        self.number = QSpinBox()
        self.number.setObjectName("treatment-number")
        self.number.setRange(1, 9)
        self.number.setValue(min(next_number, 9))
        self.clinician = QLineEdit()
        self.clinician.setObjectName("clinician")
        self.clinician_issue = issue_label("clinician-issue")
        self.details = TreatmentDetailsForm(questionnaire or staff_treatment_questionnaire(), self)
        self.details.choose_product(previous_product or DEFAULT_PRODUCT)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("treatment-notes")
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the buttons, as in a form
        form = QFormLayout()
        form.addRow(tr("Date"), self.treated_on)
        form.addRow(tr("Knee"), self.knee)
        form.addRow(tr("Treatment number (1–3 is usual)"), self.number)
        form.addRow(tr("Clinician"), self.clinician)
        form.addRow("", self.clinician_issue)
        self.follow_up_box = QWidget()
        self.follow_up_form = QFormLayout(self.follow_up_box)
        self.follow_up_form.setContentsMargins(0, 0, 0, 0)
        self._follow_ups: list[tuple[QCheckBox, QDateEdit, str]] = []
        heading = QLabel(tr("Follow-up dates (untick or change any)"))
        heading.setProperty("subsectionTitle", True)
        heading.setWordWrap(True)
        side_box = QWidget()
        side_box.setObjectName("treatment-side")
        # No wider than its rows need: the rest goes to what was given, whose two
        # columns then sit side by side on a PC (they stack where they cannot).
        side_box.setMaximumWidth(440)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(QLabel(tr("Notes")))
        side.addWidget(self.notes)
        side.addWidget(heading)
        side.addWidget(self.follow_up_box)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(side_box, 0)
        top.addWidget(self.details, 1)
        page = QWidget()
        page.setObjectName("treatment-page")
        page.setLayout(top)
        # Everything scrolls but the buttons: on a 1366 × 768 screen with large type
        # the questions may not all fit, and Save must stay in reach.
        self.scroll = scrolling_page(page, "treatment-scroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save treatment")))
        self.treated_on.dateChanged.connect(self._propose)
        self.number.valueChanged.connect(self._propose)
        self._propose()
        place(self, PREFERRED_SIZE)

    def _propose(self) -> None:
        while self.follow_up_form.rowCount():
            self.follow_up_form.removeRow(0)
        self._follow_ups = []
        proposals = propose_follow_ups(
            to_date(self.treated_on.date()), self.number.value(), self._intervals
        )
        for n, proposal in enumerate(proposals):
            tick = QCheckBox(purpose_words(proposal.purpose))
            tick.setObjectName(f"follow-up-{n}")
            tick.setChecked(True)
            when = date_edit(proposal.due_on, f"follow-up-date-{n}")
            tick.toggled.connect(when.setEnabled)
            self.follow_up_form.addRow(tick, when)
            self._follow_ups.append((tick, when, proposal.purpose))

    def accept(self) -> None:
        clinician_missing = not self.clinician.text().strip()
        self.clinician_issue.setText(tr("Enter the clinician who gave the treatment."))
        self.clinician_issue.setVisible(clinician_missing)
        details_ok = self.details.check()  # every problem shown at once, not one a press
        if clinician_missing:
            self.clinician.setFocus()
        if clinician_missing or not details_ok:
            return
        self.finish()

    def entry(self) -> TreatmentEntry:
        return TreatmentEntry(
            treated_on=to_date(self.treated_on.date()),
            knee=self.knee.currentData(),
            cell_source=self.details.product() or "other",  # type: ignore[arg-type]
            treatment_number=self.number.value(),
            clinician=self.clinician.text(),
            notes=self.notes.toPlainText(),
            details=self.details.raw_answers(),
        )

    def follow_ups(self) -> list[ProposedFollowUp]:
        return [
            ProposedFollowUp(to_date(when.date()), purpose)
            for tick, when, purpose in self._follow_ups
            if tick.isChecked()
        ]


@dataclass(frozen=True)
class OpenFollowUp:
    """The open follow-up a contact may deal with: the first one due."""

    follow_up_id: int
    due_on: dt.date
    purpose: str
    outcome_time_point: bool  # a treatment's: its answers are entered from the record


def first_open_follow_up(follow_ups: Iterable[Entry]) -> OpenFollowUp | None:
    """The earliest follow-up not yet done, from a record's follow-up rows."""
    for row in sorted(follow_ups, key=lambda f: (f["due_on"], f["id"])):
        if row["done_at"] is None:
            return OpenFollowUp(
                int(row["id"]), dt.date.fromisoformat(row["due_on"]),
                str(row["purpose"] or ""), row["treatment_id"] is not None,
            )  # fmt: skip
    return None


# What the record's status becomes when a new patient is reached (the rest stay).
AFTER_REACHING = {"new": "contacted"}
REACHED = frozenset({"reached", "replied"})


class ContactDialog(SavingDialog):
    """A call, text or email, and what it changed: the record's status and, when it
    dealt with the follow-up that was due, that follow-up done; all in one save."""

    def __init__(
        self,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        status: str | None = None,
        due: OpenFollowUp | None = None,
        patient: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact-dialog")
        self.setWindowTitle(tr("Log a contact") + (f" — {patient}" if patient else ""))
        self._status = status
        self.channel = combo("contact-channel", channel_labels())
        self.outcome = combo("contact-outcome", outcome_labels())
        self.note = QPlainTextEdit()
        self.note.setObjectName("contact-note")
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        # Statuses a contact may set; "not a candidate" needs a reason: the record sets it.
        choices = {k: v for k, v in status_labels().items() if k != NOT_A_CANDIDATE}
        self.new_status = combo("contact-status", choices, status)
        self.new_status.setAccessibleName(tr("Status after this contact"))
        self.new_status.setVisible(status is not None)
        self._due = due
        self.follow_up_done = QCheckBox()
        self.follow_up_done.setObjectName("contact-follow-up-done")
        if due is not None:
            self.follow_up_done.setText(
                tr("Mark the follow-up due {0} done: {1}").format(
                    show_date(due.due_on.isoformat()), purpose_words(due.purpose)
                )
            )
        self.follow_up_done.setVisible(due is not None)
        self.plan_next = QCheckBox(tr("Plan a next step on"))
        self.plan_next.setObjectName("contact-plan-next")
        self.next_on = date_edit(today + dt.timedelta(days=2), "contact-next-on")
        self.next_on.setEnabled(False)
        self.plan_next.toggled.connect(self.next_on.setEnabled)
        self.outcome.currentIndexChanged.connect(self._propose)
        form = QFormLayout(self)
        form.addRow(tr("How"), self.channel)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("Note"), self.note)
        if status is not None:
            form.addRow(tr("Status after this contact"), self.new_status)
        if due is not None:
            form.addRow(self.follow_up_done)
        form.addRow(self.plan_next, self.next_on)
        form.addRow(self.save_problem)
        form.addRow(ok_cancel(self, tr("Save contact")))
        self._propose()

    def _propose(self) -> None:
        """Reaching the patient proposes what usually follows: a new patient becomes
        "contacted", and a plain call-back that was due is done. An outcome time point
        is done when its answers are entered, so it is never ticked for them. Staff
        can change either before saving."""
        reached = self.outcome.currentData() in REACHED
        if self._status is not None:
            proposed = AFTER_REACHING.get(self._status, self._status) if reached else self._status
            index = self.new_status.findData(proposed)
            if index >= 0:
                self.new_status.setCurrentIndex(index)
        if self._due is not None:
            self.follow_up_done.setChecked(reached and not self._due.outcome_time_point)

    def accept(self) -> None:
        self.finish()

    def entry(self) -> ContactEntry:
        status = self.new_status.currentData() if self._status is not None else None
        done = self._due.follow_up_id if self._due and self.follow_up_done.isChecked() else None
        return ContactEntry(
            channel=self.channel.currentData(),
            outcome=self.outcome.currentData(),
            note=self.note.toPlainText(),
            next_action_on=to_date(self.next_on.date()) if self.plan_next.isChecked() else None,
            status=status if status != self._status else None,
            follow_up_done=done,
        )


class CorrectionDialog(SavingDialog):
    """Staff enter the corrected answer with the same input the patient used."""

    def __init__(
        self, item: Item, current: str, checker: FormChecker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correction-dialog")
        self.setWindowTitle(tr("Correct an answer"))
        self._item = item
        self._checker = checker
        self.values: tuple[AnswerValue, ...] = ()
        question = QLabel(item.text)
        question.setProperty("question", True)
        question.setWordWrap(True)
        was = QLabel(tr("Answer now: {0}").format(current))
        was.setObjectName("correction-current")
        was.setWordWrap(True)
        self.input = make_input(item, self)
        self.input_issue = issue_label("correction-issue")
        self.reason = QLineEdit()
        self.reason.setObjectName("correction-reason")
        self.reason.setAccessibleName(tr("Reason for the correction"))
        self.reason_issue = issue_label("correction-reason-issue")
        layout = QVBoxLayout(self)
        for widget in (question, was, self.input, self.input_issue):
            layout.addWidget(widget)
        layout.addWidget(QLabel(tr("Why is it corrected? (for example: patient phoned)")))
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_issue)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save correction")))

    def accept(self) -> None:
        answer_input: AnswerInput = self.input  # type: ignore[assignment]
        checked = self._checker.check_item(self._item.link_id, answer_input.raw_value())
        self.input_issue.setVisible(checked.issue is not None)
        if checked.issue is not None:
            self.input_issue.setText(issue_message(checked.issue))
            answer_input.focus_input()
            return
        if not self.reason.text().strip():
            self.reason_issue.setText(tr("Say why the answer is corrected."))
            self.reason_issue.show()
            self.reason.setFocus()
            return
        self.values = checked.values
        self.finish()
