"""Small dialogs on a record: a treatment (with proposed follow-ups), a contact, a
correction. Each checks its input and says what is missing next to the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.answers import AnswerValue
from app.form_check import FormChecker
from app.questionnaire import Item
from app.records.follow_up_plan import Interval, ProposedFollowUp, propose_follow_ups
from app.records.record_book import ContactEntry, TreatmentEntry
from ui.dialog_parts import SavingDialog, issue_label, ok_cancel
from ui.form.question_row import AnswerInput
from ui.form.questionnaire_form import make_input
from ui.issue_messages import issue_message
from ui.workspace.labels import cell_source_labels, channel_labels, knee_labels, outcome_labels, tr


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


class TreatmentDialog(SavingDialog):
    """A treatment and the follow-up dates the clinic's intervals propose for it."""

    def __init__(
        self,
        knee: str | None,
        next_number: int,
        intervals: tuple[Interval, ...],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("treatment-dialog")
        self.setWindowTitle(tr("Record a treatment"))
        self._intervals = intervals
        self.treated_on = date_edit(today, "treated-on")
        self.knee = combo("treatment-knee", knee_labels(), knee)
        self.cell_source = combo("cell-source", cell_source_labels())
        self.number = QSpinBox()
        self.number.setObjectName("treatment-number")
        self.number.setRange(1, 9)
        self.number.setValue(min(next_number, 9))
        self.clinician = QLineEdit()
        self.clinician.setObjectName("clinician")
        self.clinician_issue = issue_label("clinician-issue")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("treatment-notes")
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(tr("Date"), self.treated_on)
        form.addRow(tr("Knee"), self.knee)
        form.addRow(tr("Cell source"), self.cell_source)
        form.addRow(tr("Treatment number (1–3 is usual)"), self.number)
        form.addRow(tr("Clinician"), self.clinician)
        form.addRow("", self.clinician_issue)
        form.addRow(tr("Notes"), self.notes)
        self.follow_up_box = QWidget()
        self.follow_up_form = QFormLayout(self.follow_up_box)
        self._follow_ups: list[tuple[QCheckBox, QDateEdit, str]] = []
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        heading = QLabel(tr("Follow-up dates (untick or change any)"))
        heading.setProperty("subsectionTitle", True)
        layout.addWidget(heading)
        layout.addWidget(self.follow_up_box)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save treatment")))
        self.treated_on.dateChanged.connect(self._propose)
        self.number.valueChanged.connect(self._propose)
        self._propose()

    def _propose(self) -> None:
        while self.follow_up_form.rowCount():
            self.follow_up_form.removeRow(0)
        self._follow_ups = []
        proposals = propose_follow_ups(
            to_date(self.treated_on.date()), self.number.value(), self._intervals
        )
        for n, proposal in enumerate(proposals):
            tick = QCheckBox(proposal.purpose)
            tick.setObjectName(f"follow-up-{n}")
            tick.setChecked(True)
            when = date_edit(proposal.due_on, f"follow-up-date-{n}")
            tick.toggled.connect(when.setEnabled)
            self.follow_up_form.addRow(tick, when)
            self._follow_ups.append((tick, when, proposal.purpose))

    def accept(self) -> None:
        if not self.clinician.text().strip():
            self.clinician_issue.setText(tr("Enter the clinician who gave the treatment."))
            self.clinician_issue.show()
            self.clinician.setFocus()
            return
        self.finish()

    def entry(self) -> TreatmentEntry:
        return TreatmentEntry(
            treated_on=to_date(self.treated_on.date()),
            knee=self.knee.currentData(),
            cell_source=self.cell_source.currentData(),
            treatment_number=self.number.value(),
            clinician=self.clinician.text(),
            notes=self.notes.toPlainText(),
        )

    def follow_ups(self) -> list[ProposedFollowUp]:
        return [
            ProposedFollowUp(to_date(when.date()), purpose)
            for tick, when, purpose in self._follow_ups
            if tick.isChecked()
        ]


class ContactDialog(SavingDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-dialog")
        self.setWindowTitle(tr("Log a contact"))
        self.channel = combo("contact-channel", channel_labels())
        self.outcome = combo("contact-outcome", outcome_labels())
        self.note = QPlainTextEdit()
        self.note.setObjectName("contact-note")
        self.note.setFixedHeight(80)
        self.plan_next = QCheckBox(tr("Plan a next step on"))
        self.plan_next.setObjectName("contact-plan-next")
        self.next_on = date_edit(today + dt.timedelta(days=2), "contact-next-on")
        self.next_on.setEnabled(False)
        self.plan_next.toggled.connect(self.next_on.setEnabled)
        form = QFormLayout(self)
        form.addRow(tr("How"), self.channel)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("Note"), self.note)
        form.addRow(self.plan_next, self.next_on)
        form.addRow(self.save_problem)
        form.addRow(ok_cancel(self, tr("Save contact")))

    def accept(self) -> None:
        self.finish()

    def entry(self) -> ContactEntry:
        return ContactEntry(
            channel=self.channel.currentData(),
            outcome=self.outcome.currentData(),
            note=self.note.toPlainText(),
            next_action_on=to_date(self.next_on.date()) if self.plan_next.isChecked() else None,
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
