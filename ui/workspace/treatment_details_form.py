"""The treatment questionnaire's questions in the treatment dialog (issue 25): each of
its top-level groups ("The preparation", "The injection") a column, with
the form's own inputs (a click per choice), the ones that do not apply hidden, and each
problem under its question."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.intake.answers import RawAnswer, ValidationIssue
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Item, Questionnaire
from ui.flow_layout import FlowLayout
from ui.form.question_row import QuestionRow
from ui.form.questionnaire_form import make_input
from ui.issue_messages import issue_message


class TreatmentDetailsForm(QWidget):
    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("treatment-details")
        self.questionnaire = questionnaire
        self._checker = FormChecker(questionnaire)
        self.rows: dict[str, QuestionRow] = {}
        # Side by side where they fit; the second under the first where they do not (a
        # tablet, a longer language), rather than cut off at the window's edge.
        columns = FlowLayout(self, spacing=20, line_spacing=16)
        loose: list[Item] = [item for item in questionnaire.items if item.type != "group"]
        for group in [item for item in questionnaire.items if item.type == "group"]:
            columns.addWidget(self._column(group.text, group.items))
        if loose:  # a clinic's item added outside the groups
            columns.addWidget(self._column("", tuple(loose)))
        self._refresh()

    def _column(self, title: str, items: tuple[Item, ...]) -> QWidget:
        column = QFrame(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if title:
            heading = QLabel(title, column)
            heading.setProperty("subsectionTitle", True)
            layout.addWidget(heading)
        for item in items:
            self._add(item, column, layout)
        layout.addStretch(1)
        return column

    def _add(self, item: Item, parent: QWidget, layout: QVBoxLayout) -> None:
        if item.type == "group":
            for child in item.items:
                self._add(child, parent, layout)
            return
        if item.type == "display":
            hint = QLabel(item.text, parent)
            hint.setProperty("hint", True)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            return
        answer_input = make_input(item, parent, compact=True)
        if item.type in ("integer", "decimal"):
            answer_input.setProperty("number", True)  # a volume or a count: a few digits
        row = QuestionRow(item, answer_input, parent)
        row.setProperty("compact", True)
        self.rows[item.link_id] = row
        answer_input.edited.connect(lambda link_id=item.link_id: self._edited(link_id))  # type: ignore[attr-defined]
        layout.addWidget(row)

    def raw_answers(self) -> dict[str, RawAnswer]:
        """What is entered in the questions that apply (hidden ones are left out, as
        the stored record would drop them)."""
        return {
            link_id: row.input.raw_value()
            for link_id, row in self.rows.items()
            if not row.isHidden() and row.input.raw_value() not in (None, "", ())
        }

    def set_raw_answers(self, answers: Mapping[str, RawAnswer]) -> None:
        for link_id, raw in answers.items():
            row = self.rows.get(link_id)
            if row is not None:
                row.input.set_raw_value(raw)  # type: ignore[attr-defined]
        self._refresh()

    def choose_product(self, code: str) -> None:
        """Start with this product chosen (a code the questionnaire does not offer: none)."""
        item = self.questionnaire.item_with_role("product")
        if item is not None and item.option(code) is not None:
            self.set_raw_answers({item.link_id: (code,)})

    def product(self) -> str | None:
        item = self.questionnaire.item_with_role("product")
        raw = self.rows[item.link_id].input.raw_value() if item else None
        return raw[0] if isinstance(raw, tuple) and raw else None

    def check(self) -> bool:
        """Show each problem under its question; True when there is none."""
        issues: Mapping[str, ValidationIssue] = self._checker.check_form(self.raw_answers()).issues
        for link_id, row in self.rows.items():
            issue = issues.get(link_id)
            row.show_message(issue_message(issue) if issue else None)
        if issues:
            self.rows[next(iter(issues))].input.focus_input()
        return not issues

    def issue_text(self, link_id: str) -> str:
        return self.rows[link_id].message_text()

    def _edited(self, link_id: str) -> None:
        row = self.rows[link_id]
        if row.message_text():
            checked = self._checker.check_item(link_id, row.input.raw_value())
            row.show_message(issue_message(checked.issue) if checked.issue else None,
                             keep_place=True)  # fmt: skip
        self._refresh()

    def _refresh(self) -> None:
        shown = self._checker.enabled({k: r.input.raw_value() for k, r in self.rows.items()})
        for link_id, row in self.rows.items():
            row.setVisible(link_id in shown)
