"""Two dialogs on a record's follow-ups: staff enter the patient's answers (by phone,
from a paper form, at the desk), or hand a kiosk to the patient to answer themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.intake.answers import RawAnswer
from app.intake.form_check import FormChecker
from app.outcomes import follow_up_questionnaire
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.kiosk_handover import HANDOVER_MINUTES
from ui.dialog_parts import SavingDialog, issue_label, ok_cancel
from ui.form.questionnaire_form import QuestionnaireForm
from ui.translate import tr
from ui.window_fit import place

FollowUpChoice = tuple[int | None, str]  # a follow-up's id (None: by the date) and label


def source_labels() -> dict[str, str]:
    return {
        "staff-phone": tr("By phone"),
        "staff-paper": tr("From a paper form"),
        "staff-desk": tr("At the desk"),
        "kiosk": tr("On the tablet"),
    }


def _follow_up_combo(name: str, choices: list[FollowUpChoice]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(tr("Which follow-up"))
    box.addItem(tr("The follow-up nearest today (or unscheduled)"), None)
    for follow_up_id, label in choices:
        box.addItem(label, follow_up_id)
    if choices:
        box.setCurrentIndex(1)  # the first due one
    return box


class FollowUpEntryDialog(QDialog):
    """The follow-up questionnaire for staff to fill in with the patient's answers.
    ``store`` keeps them and returns the result, or a message when it could not (then
    the dialog stays open with everything typed)."""

    def __init__(
        self,
        patient_name: str,
        staff: str,
        choices: list[FollowUpChoice],
        store: Callable[[dict[str, RawAnswer], str, int | None], FollowUpResult | str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("follow-up-entry")
        self.setWindowTitle(tr("Follow-up answers for {0}").format(patient_name))
        self._store = store
        questionnaire = follow_up_questionnaire()
        self.source = QComboBox()
        self.source.setObjectName("follow-up-source")
        self.source.setAccessibleName(tr("How the patient answered"))
        for code, label in source_labels().items():
            if code != "kiosk":
                self.source.addItem(label, code)
        self.which = _follow_up_combo("follow-up-which", choices)
        note = QLabel(
            tr("Read each question to the patient as written and enter their answer. The "
               "answers are recorded as entered by {0}.").format(staff)
        )  # fmt: skip
        note.setWordWrap(True)
        note.setProperty("hint", True)
        self.form = QuestionnaireForm(questionnaire, FormChecker(questionnaire), self)
        self.form.submit_button.setText(tr("Save follow-up answers"))
        self.form.submit_button.setObjectName("follow-up-save")
        self.form.submitRequested.connect(self._save)
        self.problem = issue_label("follow-up-problem")
        top = QFormLayout()
        top.addRow(tr("How the patient answered"), self.source)
        top.addRow(tr("For the follow-up"), self.which)
        cancel = QPushButton(tr("Cancel"))
        cancel.setObjectName("follow-up-cancel")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        layout.addLayout(bottom)
        place(self, QSize(980, 820))

    def _save(self) -> None:
        outcome = self._store(
            self.form.raw_answers(), self.source.currentData(), self.which.currentData()
        )
        if isinstance(outcome, str):  # not stored: say why, keep everything typed
            self.problem.setText(outcome)
            self.problem.show()
            return
        if outcome.issues:
            self.problem.setText(tr("Please look at the questions marked in red."))
            self.problem.show()
            self.form.show_issues(outcome.issues)
            self.form.focus_question(next(iter(outcome.issues)))
            return
        self.accept()


class HandOverDialog(SavingDialog):
    """Hand a kiosk to the patient for one follow-up: the kiosk greets them by first
    name at its welcome page and shows only that follow-up's questions."""

    def __init__(
        self,
        first_name: str,
        choices: list[FollowUpChoice],
        kiosks: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hand-over-dialog")
        self.setWindowTitle(tr("Hand the tablet to {0}").format(first_name))
        self.which = _follow_up_combo("hand-over-which", choices)
        self.kiosk = QComboBox()
        self.kiosk.setObjectName("hand-over-kiosk")
        self.kiosk.setAccessibleName(tr("Which tablet"))
        self.kiosk.addItem(tr("Any kiosk of this clinic"), None)
        for station_id, name in kiosks:
            self.kiosk.addItem(name, station_id)
        explain = QLabel(
            tr("The kiosk greets {0} by first name on its welcome page and shows only these "
               "follow-up questions, nothing else of the record. If nobody starts within "
               "{1} minutes, the kiosk forgets it.").format(first_name, HANDOVER_MINUTES)
        )  # fmt: skip
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("For the follow-up"), self.which)
        form.addRow(tr("On"), self.kiosk)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Hand over")))

    def accept(self) -> None:
        self.finish()
