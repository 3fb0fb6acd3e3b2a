"""The record's Outcomes tab: the change since the intake in words, a chart of KOOS JR and
pain over time with the treatments marked, each follow-up's answers, and what staff do
next (enter answers, hand the tablet over, mark a reported problem reviewed)."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.outcomes import follow_up_questionnaire
from app.outcomes.follow_up_responses import answers_from_json
from app.outcomes.outcome_history import outcome_history
from app.outcomes.outcome_settings import OutcomeSettings
from app.records.intake_report import section_answers_html
from app.records.record_detail import RecordDetail
from ui.dialog_parts import wrapping_list
from ui.named_button import named_button
from ui.outcomes.follow_up_dialogs import FollowUpChoice, source_labels
from ui.outcomes.record_chart import record_chart
from ui.outcomes.time_chart import TimeChart
from ui.plain_text import plain_label
from ui.report_words import staff_report_words
from ui.time_words import purpose_words
from ui.translate import tr
from ui.workspace.labels import in_staff_language, show_date


def change_labels() -> dict[int, str]:
    """The global rating of change, as staff read it in the list of answers."""
    return {-3: tr("much worse"), -2: tr("worse"), -1: tr("a little worse"),
            0: tr("about the same"), 1: tr("a little better"), 2: tr("better"),
            3: tr("much better")}  # fmt: skip


def open_follow_ups(detail: RecordDetail) -> list[FollowUpChoice]:
    """A treatment's follow-ups nobody has answered yet, soonest first."""
    return [
        (
            int(f["id"]),
            tr("{0} · due {1}").format(purpose_words(f["purpose"]), show_date(f["due_on"])),
        )
        for f in detail.follow_ups
        if f["treatment_id"] is not None and f["done_at"] is None
    ]


class RecordOutcomes(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record-outcomes")
        self.change = plain_label()
        self.change.setObjectName("outcome-change")
        self.change.setWordWrap(True)
        self.review = QFrame()
        self.review.setObjectName("outcome-review")
        self.review.setProperty("notice", True)
        review_layout = QHBoxLayout(self.review)
        self.review_text = plain_label()
        self.review_text.setObjectName("outcome-review-text")
        self.review_text.setWordWrap(True)
        self.mark_reviewed = named_button(tr("Mark reviewed"), "mark-reviewed")
        review_layout.addWidget(self.review_text, 1)
        review_layout.addWidget(self.mark_reviewed)
        self.review.hide()
        self.chart = TimeChart()
        self.chart.setObjectName("outcome-chart")
        self.responses = wrapping_list("outcome-responses", tr("Follow-up answers"))
        self.responses.currentItemChanged.connect(self._show_answers)
        self.answers = QTextBrowser()
        self.answers.setObjectName("outcome-answers")
        self.enter = named_button(tr("Enter follow-up answers…"), "enter-follow-up")
        self.hand_over = named_button(tr("Hand the tablet to the patient…"), "hand-over")
        actions = QHBoxLayout()
        actions.addWidget(self.enter)
        actions.addWidget(self.hand_over)
        self.rate = named_button(tr("Rate the problems as adverse events…"), "rate-problems")
        self.rate.hide()  # until a follow-up reports a problem
        actions.addWidget(self.rate)
        actions.addStretch(1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.responses)
        lower.addWidget(self.answers)
        lower.setSizes([380, 520])  # the answers get the width: they are read
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(lower)
        # Room for two answered time points and their answers under the chart, on a
        # 768-px screen too (the chart stays readable at half the height).
        self.chart.setMinimumHeight(190)  # below it the chart has no room to draw
        lower.setMinimumHeight(100)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 200])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # As tall as the tab allows, never less than the chart and the list need (its
        # own size hint would make the tab scroll where everything fits).
        split.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        split.setMinimumHeight(
            self.chart.minimumHeight() + lower.minimumHeight() + split.handleWidth()
        )
        # In a vertical scroll area: on a short screen (a 1366×768 record with a possible
        # match above it) the tab scrolls down, rather than the chart being squeezed
        # into nothing or the record growing taller than the screen.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.change)
        layout.addWidget(self.review)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        area = QScrollArea()
        area.setObjectName("outcome-scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self._answers: list[str] = []

    def show_detail(self, detail: RecordDetail, settings: OutcomeSettings) -> None:
        history = outcome_history(detail)
        data, words = record_chart(history, settings)
        self.change.setText(words)
        self.chart.set_data(data, words)
        purposes = {f["id"]: purpose_words(f["purpose"]) for f in detail.follow_ups}
        sources, changes = source_labels(), change_labels()
        self.responses.clear()
        self._answers = []
        problems_open = []
        for r in reversed(detail.follow_up_responses):  # newest first
            score = r["koos_jr_score"]
            # When and which time point, then what was answered: two short lines.
            line = " · ".join(
                [show_date(r["answered_at"]),
                 purposes.get(r["follow_up_id"], tr("Unscheduled"))]
            ) + "\n" + " · ".join(
                [tr("KOOS JR {0}").format(f"{score:.1f}" if score is not None
                                          else tr("incomplete")),
                 tr("pain {0}").format("—" if r["pain_now"] is None else r["pain_now"]),
                 changes.get(r["global_change"], "—"),
                 f"{sources.get(r['source'], r['source'])} ({r['entered_by']})"]
            )  # fmt: skip
            if r["needs_review"] and not r["reviewed_at"]:
                line = "⚕ " + line
                problems_open.append(r)
            self.responses.addItem(QListWidgetItem(line))
            self._answers.append(r["answers"])
        if not detail.follow_up_responses:
            self.responses.addItem(tr("No follow-up answers yet"))
            self.responses.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            self.answers.clear()
        else:
            self.responses.setCurrentRow(0)
        self.review.setVisible(bool(problems_open))
        self.rate.setVisible(any(r["problems"] != "[]" for r in detail.follow_up_responses))
        if problems_open:
            questionnaire = in_staff_language(follow_up_questionnaire(), "knee-follow-up")
            codes = {code for r in problems_open for code in json.loads(r["problems"])}
            named = sorted(questionnaire.item(code).text for code in codes)
            self.review_text.setText(
                tr("⚕ Problem reported after treatment: {0}. A clinician should call the "
                   "patient, then mark it reviewed.").format("; ".join(named))
            )  # fmt: skip
        self.hand_over.setEnabled(True)

    def _show_answers(self, current: QListWidgetItem | None) -> None:
        row = self.responses.row(current) if current is not None else -1
        if not 0 <= row < len(self._answers):
            self.answers.clear()
            return
        questionnaire = in_staff_language(follow_up_questionnaire(), "knee-follow-up")
        answers = answers_from_json(self._answers[row])
        words = staff_report_words()
        self.answers.setHtml("".join(
            f"<h3>{escape(section.text)}</h3>{section_answers_html(section, answers, words)}"
            for section in questionnaire.items
        ))  # fmt: skip
