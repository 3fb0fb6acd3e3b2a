"""An intake staff enter for a patient: by phone, from the clinic's paper form, or at the
desk. The same questionnaire as the patients', with how it was given, and the consent as
the patient gave it to staff: recorded as such ("agreed by phone", by the staff member),
never as a signature."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.intake.answers import RawAnswer
from app.intake.consent import ConsentText
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.submit import SubmitResult
from ui.dialog_parts import issue_label
from ui.form.questionnaire_form import QuestionnaireForm
from ui.named_button import named_button
from ui.translate import tr
from ui.window_fit import place
from ui.workspace.paper_form_button import PaperFormButton

# How the consent was given, for each way of entering an intake.
CONSENT_GIVEN = {"staff-phone": "by-phone", "staff-paper": "on-paper", "staff-desk": "in-person"}
Store = Callable[[Mapping[str, RawAnswer], str, str], SubmitResult | str]


def source_labels() -> dict[str, str]:
    return {"staff-phone": tr("By phone"), "staff-paper": tr("From a paper form"),
            "staff-desk": tr("At the desk")}  # fmt: skip


def consent_given_labels() -> dict[str, str]:
    return {"by-phone": tr("The patient agreed by phone."),
            "on-paper": tr("The patient signed the consent on the paper form."),
            "in-person": tr("The patient agreed in person at the desk.")}  # fmt: skip


class NewIntakeDialog(QDialog):
    """``store(raw answers, source, how the consent was given)``: the result, or why it
    could not be stored (the dialog then stays open with everything entered)."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        consent: ConsentText,
        staff: str,
        store: Store,
        parent: QWidget | None = None,
        *,
        paper_form: PaperFormButton | None = None,
    ) -> None:
        """``paper_form``: the blank paper form's button (ui/workspace/paper_form_button),
        beside Cancel: a patient without a tablet fills the form in pen."""
        super().__init__(parent)
        self.setObjectName("new-intake")
        self.setWindowTitle(tr("New intake, entered by staff"))
        self._store = store
        self._staff = staff
        self.result_saved: SubmitResult | None = None
        self.source = QComboBox()
        self.source.setObjectName("new-intake-source")
        self.source.setAccessibleName(tr("How the answers were given"))
        for code, label in source_labels().items():
            self.source.addItem(label, code)
        self.consent_text = QTextBrowser()
        self.consent_text.setObjectName("new-intake-consent-text")
        self.consent_text.setHtml(
            f"<h3>{escape(consent.title)}</h3>"
            + "".join(f"<p>{escape(paragraph)}</p>" for paragraph in consent.paragraphs)
        )
        self.consent_text.setMaximumHeight(140)
        self.agreed = QCheckBox()
        self.agreed.setObjectName("new-intake-consent")
        self.consent_issue = issue_label("new-intake-consent-issue")
        self.source.currentIndexChanged.connect(self._explain)
        self.agreed.toggled.connect(self.consent_issue.hide)
        top = QFormLayout()
        top.addRow(tr("How the answers were given"), self.source)
        top.addRow(tr("Consent (version {0})").format(consent.version), self.consent_text)
        top.addRow("", self.agreed)
        top.addRow("", self.consent_issue)
        self.form = QuestionnaireForm(questionnaire, FormChecker(questionnaire), self)
        self.form.submit_button.setText(tr("Save intake"))
        self.form.submit_button.setObjectName("new-intake-save")
        self.form.submitRequested.connect(self.save)
        self.problem = issue_label("new-intake-problem")
        self.paper_note = QLabel()
        self.paper_note.setObjectName("blank-form-note")
        self.paper_note.setProperty("hint", True)
        self.paper_note.hide()
        bottom = QHBoxLayout()
        if paper_form is not None:
            bottom.addWidget(paper_form)
            bottom.addWidget(self.paper_note, 1)
            paper_form.saved.connect(self._paper_saved)
            paper_form.failed.connect(self._paper_failed)
        bottom.addStretch(1)
        bottom.addWidget(named_button(tr("Cancel"), "new-intake-cancel", self.reject))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)
        self._explain()
        place(self, QSize(1000, 860), remember_as="new-intake")

    def _paper_saved(self, path: Path) -> None:
        self.paper_note.setText(tr("Saved: {0}").format(path.name))
        self.paper_note.setToolTip(str(path))
        self.paper_note.show()

    def _paper_failed(self, text: str) -> None:
        self.paper_note.hide()
        self.problem.setText(text)
        self.problem.show()

    def _explain(self) -> None:
        given = CONSENT_GIVEN[self.source.currentData()]
        self.agreed.setText(
            tr("{0} Recorded by {1}; it is not a signature.").format(
                consent_given_labels()[given], self._staff)
        )  # fmt: skip

    def save(self) -> None:
        if not self.agreed.isChecked():
            self.consent_issue.setText(
                tr("Read the consent to the patient (or check their paper form) and tick "
                   "that they agreed. Without it the intake cannot be stored.")
            )  # fmt: skip
            self.consent_issue.show()
            self.agreed.setFocus()
            return
        source = self.source.currentData()
        outcome = self._store(self.form.raw_answers(), source, CONSENT_GIVEN[source])
        if isinstance(outcome, str):  # not stored: say why, keep everything entered
            self.problem.setText(outcome)
            self.problem.show()
            return
        if outcome.issues:
            self.problem.setText(tr("Please look at the answers marked in red."))
            self.problem.show()
            self.form.show_issues(outcome.issues)
            self.form.focus_question(next(iter(outcome.issues)))
            return
        self.result_saved = outcome
        self.accept()
