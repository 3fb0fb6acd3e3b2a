"""An administrator publishes "Results at this clinic" beside the article, or stops
them (issue 25; app/outcomes/clinic_results.py): the figures are worked out as the
dialog opens, shown as patients will read them in each language, and go to patients
only when published."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clinic.resource_paths import resources_dir
from app.outcomes.clinic_results import ClinicResults, load_wording, results_markdown
from app.records.follow_up_plan import Interval
from ui.dialog_parts import issue_label, lead_label
from ui.time_words import interval_words
from ui.translate import tr
from ui.window_fit import place
from ui.workspace.labels import show_date

PREFERRED_SIZE = QSize(1100, 720)


@dataclass(frozen=True)
class ResultsDesk:
    """What the dialog may do; a problem comes back as the words to show."""

    time_points: tuple[Interval, ...]
    default_point: int
    min_group_size: int
    languages: dict[str, str]  # code -> the language's own name, in the patients' order
    work_out: Callable[[int, bool], ClinicResults | str]  # (time point, demo?) -> figures
    shown: Callable[[], ClinicResults | None]
    publish: Callable[[ClinicResults], str | None]
    withdraw: Callable[[], str | None]


class ClinicResultsDialog(QDialog):
    def __init__(self, desk: ResultsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic-results-dialog")
        self.setWindowTitle(tr("Results at this clinic"))
        self._desk = desk
        self.results: ClinicResults | None = None
        lead = lead_label(
            tr("Patients read these figures under the article, on the PC form, the kiosk "
               "and every tablet, from when you publish them until you stop them. They "
               "come from the clinic's own records: a preparation with fewer than {0} "
               "patients answering shows no figure. Each patient's consent keeps the "
               "version they saw.").format(desk.min_group_size)
        )  # fmt: skip
        self.time_point = QComboBox()
        self.time_point.setObjectName("results-time-point")
        for point in desk.time_points:
            self.time_point.addItem(
                tr("{0} after the first treatment").format(interval_words(point))
            )
        self.time_point.setCurrentIndex(desk.default_point)
        self.include_demo = QCheckBox(tr("Count the demo patients (for a demonstration only)"))
        self.include_demo.setObjectName("results-include-demo")
        choices = QHBoxLayout()
        choices.addWidget(QLabel(tr("Results at")))
        choices.addWidget(self.time_point)
        choices.addSpacing(24)
        choices.addWidget(self.include_demo)
        choices.addStretch(1)
        previews = QGridLayout()
        self.previews: dict[str, QTextBrowser] = {}
        for column, (code, name) in enumerate(desk.languages.items()):
            heading = QLabel(tr("As patients read it in {0}").format(name))
            heading.setProperty("hint", True)
            pane = QTextBrowser()
            pane.setObjectName(f"results-preview-{code}")
            pane.setOpenLinks(False)
            pane.document().setDocumentMargin(14)
            previews.addWidget(heading, 0, column)
            previews.addWidget(pane, 1, column)
            self.previews[code] = pane
        self.state = QLabel()
        self.state.setObjectName("results-state")
        self.state.setWordWrap(True)
        self.problem = issue_label("results-problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.withdraw_button = QPushButton(tr("Stop showing them"))
        self.withdraw_button.setObjectName("results-withdraw")
        self.publish_button = QPushButton(tr("Publish these figures"))
        self.publish_button.setObjectName("results-publish")
        self.publish_button.setDefault(True)
        close = QPushButton(tr("Close"))
        close.setObjectName("results-close")
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(lead)
        layout.addLayout(choices)
        layout.addLayout(previews, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.time_point.currentIndexChanged.connect(self.work_out)
        self.include_demo.toggled.connect(self.work_out)
        self.publish_button.clicked.connect(self.publish)
        self.withdraw_button.clicked.connect(self.withdraw)
        close.clicked.connect(self.reject)
        self.work_out()
        self._say_state()
        place(self, PREFERRED_SIZE)

    def work_out(self) -> None:
        self.problem.hide()
        worked = self._desk.work_out(self.time_point.currentIndex(), self.include_demo.isChecked())
        if isinstance(worked, str):
            self.results = None
            self._say(worked)
        else:
            self.results = worked if worked.figures else None
        for code, pane in self.previews.items():
            if self.results is None:
                pane.setPlainText(
                    tr("No preparation has {0} or more patients who answered at {1}: "
                       "there is nothing to show yet.").format(
                        self._desk.min_group_size, self.time_point.currentText())
                )  # fmt: skip
                continue
            wording = load_wording(resources_dir() / "results", code)
            pane.setMarkdown(results_markdown(self.results, wording))
        self.publish_button.setEnabled(self.results is not None)

    def _say_state(self) -> None:
        shown = self._desk.shown()
        self.withdraw_button.setEnabled(shown is not None)
        if shown is None:
            self.state.setText(tr("Patients see no results now."))
            return
        same = self.results is not None and shown.version == self.results.version
        self.state.setText(
            tr("Patients see the figures worked out on {0}, at {1}{2}.").format(
                show_date(shown.computed_on), interval_words(shown.time_point),
                tr(": the same as above") if same else "",
            )
        )  # fmt: skip

    def publish(self) -> None:
        if self.results is None:
            return
        problem = self._desk.publish(self.results)
        if problem is not None:
            self._say(problem)
            return
        self._say_state()

    def withdraw(self) -> None:
        problem = self._desk.withdraw()
        if problem is not None:
            self._say(problem)
            return
        self._say_state()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
