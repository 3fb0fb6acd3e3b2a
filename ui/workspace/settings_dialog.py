"""Clinic settings: the follow-up plan proposed after each treatment, and how long
staff and kiosk sessions may sit idle.

Staff write the intervals the way they say them ("6 weeks, 3 months, 6 months, 1 year"
is written "…, 12 months"); the dialog shows the dates they give for a treatment today
before anything is saved, and says beside the field what it cannot read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clinic.settings import (
    DEFAULT_KIOSK_IDLE_SECONDS,
    DEFAULT_STAFF_IDLE_MINUTES,
    KIOSK_IDLE_RANGE,
    STAFF_IDLE_RANGE,
)
from app.follow_ups.mail_server import MailServer
from app.outcomes.follow_up_matching import WINDOW_RANGE
from app.outcomes.grouped_report import DEFAULT_MIN_GROUP, MIN_GROUP_RANGE
from app.outcomes.outcome_settings import (
    KOOS_THRESHOLD_RANGE,
    PAIN_THRESHOLD_RANGE,
    OutcomeSettings,
)
from app.records.follow_up_plan import (
    DEFAULT_INTERVALS,
    Interval,
    parse_intervals,
    propose_follow_ups,
)
from app.records.treatment_record import shipped_required
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
from ui.follow_ups.follow_up_settings_dialog import (
    FollowUpSettings,
    FollowUpSettingsDialog,
    ladder_summary,
)
from ui.outcomes.clinic_results_dialog import ClinicResultsDialog, ResultsDesk
from ui.time_words import english_units, interval_words
from ui.window_fit import place
from ui.workspace.labels import show_date, staff_treatment_questionnaire, tr

MAX_INTERVALS = 12


@dataclass(frozen=True)
class FollowingUp:
    """The clinic's follow-up settings as they are now, and how to save them."""

    current: Callable[[], FollowUpSettings]
    save: Callable[[FollowUpSettings], str | None]
    send_test: Callable[[MailServer, str], str]


def intervals_text(intervals: tuple[Interval, ...]) -> str:
    return ", ".join(interval_words(interval) for interval in intervals)


def _read(text: str, today: dt.date) -> tuple[tuple[Interval, ...] | None, str]:
    """The intervals in date order without repeats, or None and what to say."""
    if not text.strip():
        return None, tr("Enter at least one interval, e.g. 6 weeks.")
    try:
        intervals = parse_intervals(english_units(text))
    except ValueError as exc:
        return None, tr(
            "“{0}” is not an interval. Write weeks or months, e.g. 6 weeks, 3 months."
        ).format(str(exc) or ",")
    unique = sorted(dict.fromkeys(intervals), key=lambda interval: interval.after(today))
    if len(unique) > MAX_INTERVALS:
        return None, tr("At most {0} follow-ups per treatment.").format(MAX_INTERVALS)
    return tuple(unique), ""


def _change_button(name: str) -> QPushButton:
    """A button that says what is set now and opens where it is changed: as wide as
    its words, not the whole row."""
    button = QPushButton()
    button.setObjectName(name)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class SettingsDialog(SavingDialog):
    def __init__(
        self,
        intervals: tuple[Interval, ...],
        today: dt.date,
        parent: QWidget | None = None,
        *,
        staff_idle_minutes: int = DEFAULT_STAFF_IDLE_MINUTES,
        kiosk_idle_seconds: int = DEFAULT_KIOSK_IDLE_SECONDS,
        outcomes: OutcomeSettings | None = None,
        min_group_size: int = DEFAULT_MIN_GROUP,
        treatment_required: frozenset[str] | None = None,
        results: ResultsDesk | None = None,
        following_up: FollowingUp | None = None,
    ) -> None:
        """``results``: to publish "Results at this clinic" beside the article (it acts
        at once, apart from the settings saved by this dialog)."""
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(tr("Clinic settings"))
        self._today = today
        self.intervals_edit = QLineEdit(intervals_text(intervals))
        self.intervals_edit.setObjectName("follow-up-intervals")
        self.intervals_edit.setMinimumWidth(420)
        self.intervals_issue = issue_label("follow-up-intervals-issue")
        hint = hint_label(tr("After each treatment, separated by commas, e.g. 6 weeks, 3 months."))
        self.preview = QLabel()
        self.preview.setObjectName("follow-up-preview")
        self.preview.setWordWrap(True)
        defaults = QPushButton(tr("Use the defaults"))
        defaults.setObjectName("follow-up-defaults")
        defaults.clicked.connect(
            lambda: self.intervals_edit.setText(intervals_text(DEFAULT_INTERVALS))
        )
        defaults.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form = form_section(QFormLayout(), tr("After each treatment"))
        calls = QHBoxLayout()
        calls.addWidget(self.intervals_edit, 1)
        calls.addWidget(defaults)
        form.addRow(tr("Follow-up calls"), calls)
        form.addRow("", hint)
        form.addRow("", self.intervals_issue)
        form.addRow(tr("For a treatment today"), self.preview)
        self.staff_idle = self._spin("staff-idle-minutes", STAFF_IDLE_RANGE,
                                     staff_idle_minutes, tr(" minutes"))  # fmt: skip
        self.kiosk_idle = self._spin("kiosk-idle-seconds", KIOSK_IDLE_RANGE,
                                     kiosk_idle_seconds, tr(" seconds"))  # fmt: skip
        self.kiosk_idle.setSingleStep(15)
        form_section(form, tr("When nobody is there"))
        form.addRow(tr("Sign staff out when idle for"), self.staff_idle)
        form.addRow(tr("Kiosk asks “Are you still there?” after"), self.kiosk_idle)
        outcomes = outcomes or OutcomeSettings()
        self.window_days = self._spin("follow-up-window-days", WINDOW_RANGE,
                                      outcomes.window_days, tr(" days"))  # fmt: skip
        self.koos_points = self._spin("meaningful-koos-jr", KOOS_THRESHOLD_RANGE,
                                      outcomes.koos_jr_points, tr(" points"))  # fmt: skip
        self.pain_points = self._spin("meaningful-pain", PAIN_THRESHOLD_RANGE,
                                      outcomes.pain_points, tr(" points"))  # fmt: skip
        form_section(form, tr("Outcomes"))
        form.addRow(tr("Answers count for a follow-up due within"), self.window_days)
        form.addRow(tr("A meaningful KOOS JR gain is at least"), self.koos_points)
        form.addRow(tr("A meaningful fall in pain (0–10) is at least"), self.pain_points)
        sources = hint_label(
            tr("Defaults: 21 days; 14 KOOS JR points (the American Joint Replacement "
               "Registry's minimal clinically important difference) and 2 pain points "
               "(Farrar et al., Pain 2001). Both come from studies of knee replacement "
               "and chronic pain, not of injections.")
        )  # fmt: skip
        form.addRow("", sources)
        # Issue 25: the report by preparation, and what a treatment's record must hold.
        self.min_group = self._spin("report-min-group-size", MIN_GROUP_RANGE, min_group_size,
                                    tr(" patients"))  # fmt: skip
        form.addRow(tr("The report shows no figure for fewer than"), self.min_group)
        self.treatment_required = set(
            shipped_required() if treatment_required is None else treatment_required
        )
        form_section(form, tr("Treatments, results and follow-ups"))
        self.required_button = _change_button("treatment-required")
        self.required_button.clicked.connect(self.choose_required)
        self._say_required()
        form.addRow(tr("A treatment's record must answer"), self.required_button)
        self._results = results
        if results is not None:
            self.results_button = _change_button("clinic-results")
            self.results_button.clicked.connect(self.open_results)
            self._say_results()
            form.addRow(tr("Beside the article"), self.results_button)
        self._following_up = following_up
        if following_up is not None:
            self.following_up_button = _change_button("following-up")
            self.following_up_button.clicked.connect(self.open_following_up)
            self.following_up_button.setText(ladder_summary(following_up.current()))
            form.addRow(tr("Following up"), self.following_up_button)
        self.page_area = scrolling_page(form, "settings-scroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.save_problem)
        layout.addWidget(ok_cancel(self, tr("Save settings")))
        self.intervals_edit.textChanged.connect(self._show_preview)
        self._show_preview()
        place(self, page_size(self.page_area))

    def _say_required(self) -> None:
        questionnaire = staff_treatment_questionnaire()
        # The questions always asked (one asked only after an answer, such as "Which
        # product?", is in the chooser, not in this summary).
        names = [i.text for i in questionnaire.questions() if not i.enable_when
                 and (i.link_id in self.treatment_required or i.role == "product")]  # fmt: skip
        self.required_button.setText(tr("{0}: change…").format(", ".join(names)))

    def choose_required(self) -> QDialog:
        """Which of the treatment questionnaire's questions must be answered: a tick each
        (the product always, as the treatment row cannot be without one)."""
        chooser = QDialog(self)
        chooser.setObjectName("treatment-required-dialog")
        chooser.setWindowTitle(tr("A treatment's record must answer"))
        grid = QGridLayout()
        ticks: dict[str, QCheckBox] = {}
        questions = list(staff_treatment_questionnaire().questions())
        for n, item in enumerate(questions):
            tick = QCheckBox(tr("{0} (when it is asked)").format(item.text) if item.enable_when
                             else item.text)  # fmt: skip
            tick.setObjectName(f"required-{item.link_id}")
            tick.setChecked(item.link_id in self.treatment_required or item.role == "product")
            tick.setEnabled(item.role != "product")
            grid.addWidget(tick, n % 8, n // 8)
            ticks[item.link_id] = tick
        hint = QLabel(tr("DOSES and MIBO ask for all of them; a clinic may start with fewer."))
        hint.setProperty("hint", True)
        layout = QVBoxLayout(chooser)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(ok_cancel(chooser, tr("Use these")))

        def chosen() -> None:
            self.treatment_required = {k for k, tick in ticks.items() if tick.isChecked()}
            self._say_required()

        chooser.accepted.connect(chosen)
        chooser.open()
        return chooser

    def _say_results(self) -> None:
        assert self._results is not None
        shown = self._results.shown()
        self.results_button.setText(
            tr("No results shown: set up…") if shown is None
            else tr("Results of {0} shown: change…").format(show_date(shown.computed_on))
        )  # fmt: skip

    def open_following_up(self) -> FollowUpSettingsDialog:
        """The ladder, the clinic's phone and its e-mail server: saved on their own."""
        assert self._following_up is not None
        desk = self._following_up
        dialog = FollowUpSettingsDialog(desk.current(), desk.send_test, self)
        dialog.save = lambda: desk.save(dialog.settings) if dialog.settings else None
        dialog.accepted.connect(
            lambda: self.following_up_button.setText(ladder_summary(desk.current()))
        )
        dialog.open()
        return dialog

    def open_results(self) -> ClinicResultsDialog:
        assert self._results is not None
        dialog = ClinicResultsDialog(self._results, self)
        dialog.finished.connect(self._say_results)
        dialog.open()
        return dialog

    def _spin(self, name: str, bounds: tuple[int, int], value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(*bounds)
        box.setSuffix(suffix)
        box.setValue(value)
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return box

    def outcome_settings(self) -> OutcomeSettings:
        return OutcomeSettings(
            self.koos_points.value(), self.pain_points.value(), self.window_days.value()
        )

    def _show_preview(self) -> None:
        intervals, _ = _read(self.intervals_edit.text(), self._today)
        if intervals is None:
            self.preview.setText("—")
            return
        dates = propose_follow_ups(self._today, 1, intervals)
        self.preview.setText(", ".join(show_date(p.due_on.isoformat()) for p in dates))

    def intervals(self) -> tuple[Interval, ...]:
        intervals, _ = _read(self.intervals_edit.text(), self._today)
        return intervals or DEFAULT_INTERVALS

    def accept(self) -> None:
        intervals, problem = _read(self.intervals_edit.text(), self._today)
        if intervals is None:
            show_issue(self.page_area, self.intervals_issue, problem, self.intervals_edit)
            return
        self.finish()
