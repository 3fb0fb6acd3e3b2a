"""Today's follow-ups (issue 26): who is due or overdue, the step of the clinic's
ladder each is at, and one click to take it: a call's result, a reminder given another
way, the letter printed or saved, the answers entered by phone, or the time point let
go. Each step is logged with who took it and how (app/follow_ups/work_list.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.follow_ups.follow_up_list import FollowUpList
from app.follow_ups.ladder import DEFAULT_LADDER, Ladder
from app.follow_ups.work_list import WorkItem
from ui.dialog_parts import issue_label, lead_label
from ui.flow_layout import FlowLayout
from ui.time_words import purpose_words
from ui.translate import tr
from ui.window_fit import place
from ui.workspace.labels import show_date

PREFERRED_SIZE = QSize(1280, 720)
COLUMNS = ("patient", "phone", "time-point", "due", "now", "so-far")


def kind_labels() -> dict[str, str]:
    return {"reminder": tr("Reminder"), "call": tr("Call"), "letter": tr("Letter"),
            "let-go": tr("Let go")}  # fmt: skip


def result_labels() -> dict[str, str]:
    return {"sent": tr("sent"), "reached": tr("reached"), "left-message": tr("left a message"),
            "no-answer": tr("no answer"), "wrong-number": tr("wrong number"),
            "printed": tr("printed"), "let-go": tr("let go")}  # fmt: skip


def way_labels() -> dict[str, str]:
    return {"email": tr("by e-mail"), "text": tr("by text"), "phone": tr("by phone"),
            "post": tr("by post"), "in-person": tr("in person")}  # fmt: skip


def reminder_state_text(state: tuple[str, str | None] | None) -> str:
    if state is None:
        return ""
    return {
        "waiting": tr("e-mail waiting: the server did not take it yet, it is tried again"),
        "sent": tr("e-mail sent"),
        "failed": tr("e-mail not sent: remind them another way"),
        "uncertain": tr("e-mail may have gone: the server stopped answering as it took it"),
    }.get(state[0], state[0])


@dataclass(frozen=True)
class WorkDesk:
    """What the list may do; a problem comes back as the words to show."""

    items: Callable[[], FollowUpList | str]
    take: Callable[[WorkItem, str, str, str], str | None]  # (item, kind, way, result)
    let_go: Callable[[WorkItem, str], str | None]  # (item, why)
    enter_answers: Callable[[WorkItem], object]
    open_record: Callable[[WorkItem], object]
    save_letters: Callable[[list[WorkItem]], str | None]  # a PDF; None when saved
    print_letters: Callable[[list[WorkItem]], str | None]
    today: dt.date


class WorkListDialog(QDialog):
    def __init__(self, desk: WorkDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work-list-dialog")
        self.setWindowTitle(tr("Follow-ups today"))
        self._desk = desk
        self.items: list[WorkItem] = []
        self.ladder: Ladder = DEFAULT_LADDER
        self.summary = lead_label("")
        self.summary.setObjectName("work-list-summary")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("work-list")
        self.table.setHorizontalHeaderLabels([
            tr("Patient"), tr("Phone"), tr("Follow-up"), tr("Due"), tr("To do now"),
            tr("Done so far"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            mode = (QHeaderView.ResizeMode.Stretch if COLUMNS[column] in ("now", "so-far")
                    else QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._show_actions)
        self.table.doubleClicked.connect(lambda _index: self._act(desk.open_record))
        self.problem = issue_label("work-list-problem")
        self.actions = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("step-reached", tr("Reached"), lambda: self._take("call", "phone", "reached")),
            ("step-left-message", tr("Left a message"),
             lambda: self._take("call", "phone", "left-message")),
            ("step-no-answer", tr("No answer"), lambda: self._take("call", "phone", "no-answer")),
            ("step-wrong-number", tr("Wrong number"),
             lambda: self._take("call", "phone", "wrong-number")),
            ("step-text-sent", tr("Reminded by text"),
             lambda: self._take("reminder", "text", "sent")),
            ("step-phoned", tr("Reminded by phone"),
             lambda: self._take("reminder", "phone", "reached")),
            ("step-letter", tr("Print the letter…"), self._print_letter),
            ("step-letter-pdf", tr("Save the letter as PDF…"), self._save_letter),
            ("enter-answers", tr("Enter the answers…"), lambda: self._act(desk.enter_answers)),
            ("open-record", tr("Open record"), lambda: self._act(desk.open_record)),
            ("let-go", tr("Let this follow-up go"), self._let_go),
        ):  # fmt: skip
            if name == "let-go":
                self.let_go_reason = QLineEdit()
                self.let_go_reason.setObjectName("let-go-reason")
                self.let_go_reason.setPlaceholderText(tr("Why let it go (for the record)"))
                self.let_go_reason.setMinimumWidth(260)
                self.actions.addWidget(self.let_go_reason)
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.actions.addWidget(button)
            self.buttons[name] = button
        all_letters = QPushButton(tr("Today's letters as one PDF…"))
        all_letters.setObjectName("all-letters-pdf")
        all_letters.clicked.connect(self._save_all_letters)
        close = QPushButton(tr("Close"))
        close.setObjectName("work-list-close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(all_letters)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("work-list-selected")
        self.selected_label.setWordWrap(True)
        layout.addWidget(self.selected_label)
        layout.addLayout(self.actions)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.refresh()
        place(self, PREFERRED_SIZE)

    # --- the list -----------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        read = self._desk.items()
        found: list[WorkItem] = []
        if isinstance(read, str):
            self._say(read)
        else:
            found, self.ladder = list(read.items), read.ladder
        self.items = found
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            cells = (item.name, item.phone or "—", purpose_words(item.purpose),
                     show_date(item.due_on.isoformat()), self._now_text(item),
                     self._so_far_text(item))  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        to_do = sum(item.position.step is not None for item in found)
        letters = sum(item.next_kind == "letter" for item in found)
        self.summary.setText(
            tr("{0} follow-ups due or overdue; {1} with a step to take today, {2} of them a "
               "letter. The ladder: {3}; let go after {4} days.").format(
                len(found), to_do, letters, self._ladder_text(), self.ladder.let_go_after)
        )  # fmt: skip
        kept = chosen.follow_up_id if chosen else None
        again = next((n for n, item in enumerate(found) if item.follow_up_id == kept),
                     0 if found else -1)  # fmt: skip
        if again >= 0:
            self.table.selectRow(again)
        self._show_actions()

    def _ladder_text(self) -> str:
        kinds = kind_labels()
        return ", ".join(tr("{0} on day {1}").format(kinds[s.kind].lower(), s.day)
                         for s in self.ladder.steps)  # fmt: skip

    def _now_text(self, item: WorkItem) -> str:
        if item.position.step is None or item.next_kind is None:
            return tr("Nothing today: waiting for the next step or the answers")
        number = sum(1 for s in self.ladder.steps[: item.position.step + 1]
                     if s.kind == item.next_kind)  # fmt: skip
        text = tr("{0} {1}, due since {2}").format(
            kind_labels()[item.next_kind], number,
            show_date((item.position.due_since or item.due_on).isoformat()))  # fmt: skip
        if item.next_kind == "reminder" and item.email_allowed and item.reminder is None:
            text += " · " + tr("by e-mail, soon")
        state = reminder_state_text(item.reminder)
        return f"{text} · {state}" if state else text

    def _so_far_text(self, item: WorkItem) -> str:
        kinds, results, ways = kind_labels(), result_labels(), way_labels()
        done = []
        for s in item.taken:
            how = " ".join(w for w in (kinds.get(s.kind, s.kind), ways.get(s.way or "", ""),
                                       results.get(s.result, s.result)) if w)  # fmt: skip
            done.append(f"{how} ({show_date(s.done_at[:10])}, {s.done_by})")
        return "; ".join(done) or "—"

    def current(self) -> WorkItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def select(self, follow_up_id: int) -> None:
        for row, item in enumerate(self.items):
            if item.follow_up_id == follow_up_id:
                self.table.selectRow(row)

    def _show_actions(self) -> None:
        item = self.current()
        kind = item.next_kind if item and item.position.step is not None else None
        shown = {
            "call": {"step-reached", "step-left-message", "step-no-answer", "step-wrong-number"},
            "reminder": {"step-text-sent", "step-phoned"},
            "letter": {"step-letter", "step-letter-pdf"},
        }.get(kind or "", set()) | ({"enter-answers", "open-record", "let-go"} if item else set())
        for name, button in self.buttons.items():
            button.setVisible(name in shown)
        self.let_go_reason.setVisible(item is not None)
        self.selected_label.setText(f"{item.name}: {self._now_text(item)}" if item else
                                    tr("Nobody is due today."))  # fmt: skip

    # --- taking a step ------------------------------------------------------------------
    def _take(self, kind: str, way: str, result: str) -> None:
        item = self.current()
        if item is None:
            return
        self.problem.hide()
        problem = self._desk.take(item, kind, way, result)
        if problem is not None:
            self._say(problem)
        self.refresh()

    def _print_letter(self) -> None:
        self._letter(self._desk.print_letters)

    def _save_letter(self) -> None:
        self._letter(self._desk.save_letters)

    def _letter(self, output: Callable[[list[WorkItem]], str | None]) -> None:
        item = self.current()
        if item is None:
            return
        problem = output([item])
        if problem is not None:
            self._say(problem)
            return
        self._take("letter", "post", "printed")

    def _save_all_letters(self) -> None:
        letters = [item for item in self.items if item.next_kind == "letter"
                   and item.position.step is not None]  # fmt: skip
        if not letters:
            self._say(tr("No letter is due today."))
            return
        problem = self._desk.save_letters(letters)
        if problem is not None:
            self._say(problem)
            return
        for item in letters:
            self._desk.take(item, "letter", "post", "printed")
        self.refresh()

    def _let_go(self) -> None:
        item = self.current()
        if item is None:
            return
        why = self.let_go_reason.text().strip()
        if not why:
            self._say(tr("Say why it is let go: the patient is picked up at the next follow-up."))
            self.let_go_reason.setFocus()
            return
        problem = self._desk.let_go(item, why)
        if problem is not None:
            self._say(problem)
            return
        self.let_go_reason.clear()
        self.refresh()

    def _act(self, action: Callable[[WorkItem], object]) -> None:
        item = self.current()
        if item is not None:
            action(item)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.show()
