"""A clinician rates each problem a patient reported at a follow-up as an adverse event
(issue 25; app/outcomes/adverse_events.py): related to the treatment?, a CTCAE grade,
its outcome and a note. A problem already rated shows its rating, to change it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.outcomes import follow_up_questionnaire
from app.outcomes.adverse_events import Rating, ReportedProblem
from ui.dialog_parts import SavingDialog, issue_label, ok_cancel
from ui.translate import tr
from ui.workspace.labels import show_date

NOTE_WIDTH = 220


def relatedness_labels() -> dict[str, str]:
    return {"not-related": tr("Not related"), "unlikely": tr("Unlikely"),
            "possible": tr("Possibly"), "probable": tr("Probably"),
            "definite": tr("Certainly")}  # fmt: skip


def grade_labels() -> dict[int, str]:
    """CTCAE's general grades (v5.0): what each means for any event."""
    return {1: tr("1 · Mild"), 2: tr("2 · Moderate"), 3: tr("3 · Severe"),
            4: tr("4 · Life-threatening"), 5: tr("5 · Death")}  # fmt: skip


def outcome_labels() -> dict[str, str]:
    return {"recovered": tr("Recovered"), "recovering": tr("Recovering"),
            "not-recovered": tr("Not recovered"),
            "recovered-with-sequelae": tr("Recovered with lasting effects"),
            "fatal": tr("Fatal"), "unknown": tr("Unknown")}  # fmt: skip


def _combo(name: str, labels: dict[object, str], current: object | None) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(tr("Choose…"), None)
    for code, label in labels.items():
        box.addItem(label, code)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


class AdverseEventDialog(SavingDialog):
    def __init__(self, problems: list[ReportedProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adverse-event-dialog")
        self.setWindowTitle(tr("Rate the problems reported"))
        self._problems = problems
        questionnaire = follow_up_questionnaire()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, heading in enumerate((tr("Reported"), tr("Caused by the treatment?"),
                                          tr("Severity (CTCAE grade)"), tr("Outcome"),
                                          tr("Note"))):  # fmt: skip
            label = QLabel(heading)
            label.setProperty("caption", True)
            grid.addWidget(label, 0, column)
        self.rows: list[tuple[QComboBox, QComboBox, QComboBox, QLineEdit, QLabel]] = []
        for n, problem in enumerate(problems):
            try:
                what = questionnaire.item(problem.problem).text
            except KeyError:
                what = problem.problem
            rated = problem.rating
            reported = QLabel(f"{show_date(problem.answered_at[:10])} · {what}")
            reported.setWordWrap(True)
            related = _combo(f"relatedness-{n}", relatedness_labels(),  # type: ignore[arg-type]
                             rated.relatedness if rated else None)  # fmt: skip
            grade = _combo(f"grade-{n}", grade_labels(), rated.grade if rated else None)  # type: ignore[arg-type]
            outcome = _combo(f"outcome-{n}", outcome_labels(),  # type: ignore[arg-type]
                             rated.outcome if rated else None)  # fmt: skip
            note = QLineEdit(rated.note if rated else "")
            note.setObjectName(f"event-note-{n}")
            note.setMinimumWidth(NOTE_WIDTH)
            issue = issue_label(f"event-issue-{n}")
            row = 1 + 2 * n
            for column, widget in enumerate((reported, related, grade, outcome, note)):
                grid.addWidget(widget, row, column)
            grid.addWidget(issue, row + 1, 1, 1, 4)
            self.rows.append((related, grade, outcome, note, issue))
            for box in (related, grade, outcome):
                box.currentIndexChanged.connect(lambda _i, k=n: self._edited(k))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(4, 3)
        lead = QLabel(tr("Rate each problem once you have spoken with the patient. A "
                         "problem rated is marked reviewed; a rating can be changed later, "
                         "and the trail keeps both."))  # fmt: skip
        lead.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save ratings")))

    def _edited(self, n: int) -> None:
        issue = self.rows[n][4]
        if issue.isVisible():
            issue.setVisible(bool(self._problem_with(n)))
            issue.setText(self._problem_with(n))

    def _untouched(self, n: int) -> bool:
        """Nothing chosen or written on the row: left for later, not half a rating (an
        outcome or a note alone is said to be incomplete, not dropped)."""
        related, grade, outcome, note, _issue = self.rows[n]
        chosen = (related.currentData(), grade.currentData(), outcome.currentData())
        return all(c is None for c in chosen) and not note.text().strip()

    def _problem_with(self, n: int) -> str:
        related, grade, outcome, _note, _issue = self.rows[n]
        if related.currentData() is None or grade.currentData() is None:
            return tr("Choose whether the treatment caused it and how severe it was.")
        if outcome.currentData() is None:
            return tr("Choose how it ended, or Unknown.")
        if (grade.currentData() == 5) != (outcome.currentData() == "fatal"):
            return tr(
                "Grade 5 means the patient died: its outcome is Fatal, and no other grade’s is."
            )
        return ""

    def ratings(self) -> list[Rating]:
        """The rows filled in; a row left untouched is not rated (yet)."""
        chosen = []
        for n, (problem, (related, grade, outcome, note, _issue)) in enumerate(
            zip(self._problems, self.rows, strict=True)
        ):
            if self._untouched(n):
                continue
            chosen.append(Rating(
                problem.response_id, problem.problem, related.currentData(),
                grade.currentData(), outcome.currentData(), note.text(),
            ))  # fmt: skip
        return chosen

    def accept(self) -> None:
        first_bad = None
        for n, row in enumerate(self.rows):
            problem = "" if self._untouched(n) else self._problem_with(n)
            row[4].setText(problem)
            row[4].setVisible(bool(problem))
            if problem and first_bad is None:
                first_bad = row[0]
        if first_bad is not None:
            first_bad.setFocus()
            return
        if not self.ratings():
            self.save_problem.setText(tr("Rate at least one problem, or Cancel."))
            self.save_problem.show()
            return
        self.finish()
