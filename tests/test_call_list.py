"""The call list (issue 28): who is due today or overdue, longest waiting first, with the
due date in view on a 1280-px screen; a patient found by birth date; a call logged in
one click from the list, setting the status and marking the follow-up it dealt with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.records.record_book import RecordBook, TreatmentEntry
from app.records.records_list import Column
from tests.workspace_desk import TODAY, Desk
from ui.workspace.record_dialogs import ContactDialog


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def plan(desk: Desk, intake_id: int, due: dt.date, purpose: str = "Call back") -> None:
    desk.conn.execute(
        "INSERT INTO follow_up (intake_id, due_on, purpose, created_by, created_at)"
        " VALUES (?, ?, ?, 'Rita', '2026-11-01T09:00:00+00:00')",
        [intake_id, due.isoformat(), purpose],
    )
    desk.conn.commit()


def choose(qtbot, combo, text: str) -> None:
    """Type the start of an entry into a focused drop-down, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def call_dialog(desk: Desk, qtbot, row: int) -> ContactDialog:
    window = desk.window
    assert window is not None
    window.table.selectRow(row)
    desk.click(window, "log-call")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ContactDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.isVisible()
    return dialog


def closed(dialog: ContactDialog) -> bool:
    """Saved and gone (the dialog deletes itself as it closes)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_the_call_list_shows_who_is_due_longest_waiting_first_and_a_call_moves_them_on(
    desk: Desk, qtbot
) -> None:
    late = desk.factory.submit("Ann", "Late", phone="202 555 0143")
    today = desk.factory.submit("Bob", "Today", phone="312 555 0187")
    later = desk.factory.submit("Cy", "Later", phone="415 555 0101")
    desk.factory.submit("Di", "Nothing", phone="617 555 0199")
    plan(desk, today.intake_id, TODAY)
    plan(desk, late.intake_id, TODAY - dt.timedelta(days=4))
    plan(desk, later.intake_id, TODAY + dt.timedelta(days=16))
    desk.conn.execute("UPDATE intake SET status = 'contacted' WHERE id = ?", [today.intake_id])
    desk.conn.commit()
    window = desk.open()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)

    choose(qtbot, window.filters.follow_up, "Due today or overdue")
    assert desk.names() == ["Late, Ann", "Today, Bob"]  # the longest waiting first
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.NEXT_FOLLOW_UP
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    due = window.model.index(0, Column.NEXT_FOLLOW_UP).data()
    assert due == "Overdue · 20 Nov 2026"
    # Whole, in view, at 1280 px: the receptionist reads the date without scrolling.
    width = window.table.fontMetrics().horizontalAdvance(due)
    start = header.sectionViewportPosition(Column.NEXT_FOLLOW_UP)
    assert header.sectionSize(Column.NEXT_FOLLOW_UP) > width
    assert start + header.sectionSize(Column.NEXT_FOLLOW_UP) <= window.table.viewport().width()

    # Ann is reached: she becomes "contacted" and her call-back is done, in one save.
    dialog = call_dialog(desk, qtbot, 0)
    assert "Ann Late" in dialog.windowTitle()
    assert dialog.new_status.currentData() == "contacted"  # proposed, as she was new
    assert dialog.follow_up_done.isChecked()
    assert "20 Nov 2026" in dialog.follow_up_done.text()
    qtbot.keyClicks(dialog.note, "Booked a consultation")
    desk.click(dialog, "dialog-ok")
    qtbot.waitUntil(lambda: closed(dialog))
    assert desk.rows(
        "SELECT channel, outcome, note, contacted_by FROM contact_log WHERE intake_id = ?",
        (late.intake_id,),
    ) == [("call", "reached", "Booked a consultation", "Rita")]
    assert desk.rows("SELECT status FROM intake WHERE id = ?", (late.intake_id,)) == [
        ("contacted",)
    ]
    assert desk.rows(
        "SELECT from_status, to_status, changed_by FROM status_change WHERE intake_id = ?",
        (late.intake_id,),
    ) == [("new", "contacted", "Rita")]
    assert desk.rows("SELECT done_by FROM follow_up WHERE intake_id = ?", (late.intake_id,)) == [
        ("Rita",)
    ]
    assert desk.names() == ["Today, Bob"]  # off the call list

    # Bob does not answer: the status stays, his follow-up stays due, a retry is planned.
    dialog = call_dialog(desk, qtbot, 0)
    assert dialog.new_status.currentData() == "contacted"
    choose(qtbot, dialog.outcome, "No answer")
    assert not dialog.follow_up_done.isChecked()
    qtbot.mouseClick(dialog.plan_next, Qt.MouseButton.LeftButton)
    desk.click(dialog, "dialog-ok")
    qtbot.waitUntil(lambda: closed(dialog))
    assert desk.rows(
        "SELECT outcome, next_action_on FROM contact_log WHERE intake_id = ?", (today.intake_id,)
    ) == [("no-answer", "2026-11-26")]
    assert desk.rows(
        "SELECT count(*) FROM status_change WHERE intake_id = ?", (today.intake_id,)
    ) == [(0,)]
    assert desk.names() == ["Today, Bob"]
    assert window.table.currentIndex().row() == 0  # still selected: the next call is Ctrl+L

    # Ctrl+L from the list does the same as the button.
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ContactDialog))
    QApplication.activeModalWidget().reject()


def test_an_outcome_time_point_is_not_marked_done_by_a_call(desk: Desk, qtbot) -> None:
    saved = desk.factory.submit("Eve", "Treated")
    book = RecordBook(desk.conn, desk.questionnaire)
    treated = TODAY - dt.timedelta(days=45)
    book.add_treatment(
        saved.intake_id, TreatmentEntry(treated, "left", "bone-marrow", 1, "Dr Shah"), "Rita"
    )
    desk.conn.execute(
        "INSERT INTO follow_up (intake_id, treatment_id, due_on, purpose, created_by,"
        " created_at) SELECT intake_id, id, ?, '6-week check', 'Rita', 'now' FROM treatment",
        [(treated + dt.timedelta(weeks=6)).isoformat()],
    )
    desk.conn.commit()
    desk.open()
    dialog = call_dialog(desk, qtbot, 0)
    # Reached, but the 6-week answers are not in: it stays due until they are entered.
    assert dialog.outcome.currentData() == "reached"
    assert dialog.follow_up_done.isVisible() and not dialog.follow_up_done.isChecked()
    desk.click(dialog, "dialog-ok")
    qtbot.waitUntil(lambda: closed(dialog))
    assert desk.rows("SELECT done_at FROM follow_up") == [(None,)]
    assert desk.rows("SELECT outcome FROM contact_log") == [("reached",)]


def test_a_birth_date_typed_in_the_search_finds_the_patient(desk: Desk, qtbot) -> None:
    desk.factory.submit("Maria", "García", born=("1952", "3", "12"), phone="202 555 0143")
    desk.factory.submit("Ann", "Lee", born=("1960", "5", "17"), phone="415 555 0101")
    window = desk.open()
    desk.search("12 Mar 1952")
    qtbot.waitUntil(lambda: desk.names() == ["García, Maria"])
    tip = window.model.index(0, Column.AGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Born 12 Mar 1952"
    desk.search("17/05/1960")
    qtbot.waitUntil(lambda: desk.names() == ["Lee, Ann"])
    assert window.count.text() == "1 record"


def test_no_patient_chosen_says_so_beside_the_list(desk: Desk, qtbot) -> None:
    window = desk.open()
    desk.click(window, "log-call")
    assert window.problem.isVisible()
    assert window.problem.text() == "Choose a patient in the list first."
    assert window.findChild(ContactDialog) is None


def test_the_desks_frequent_actions_have_shortcuts(desk: Desk, qtbot) -> None:
    from ui.workspace.new_intake_dialog import NewIntakeDialog

    desk.factory.submit("Ann", "Lee")
    window = desk.open()
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.open_view is not None and window.open_view.isVisible())
    assert desk.rows("SELECT action FROM audit WHERE action = 'record-opened'") == [
        ("record-opened",)
    ]
    window.open_view.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewIntakeDialog))
    QApplication.activeModalWidget().reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (desk.exports / "list.csv").exists())
    assert "Lee" in (desk.exports / "list.csv").read_text(encoding="utf-8")
