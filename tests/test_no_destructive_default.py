"""Enter never does the irreversible thing: in the record with a possible earlier record
of the same patient ("Same person" merges them) and in Backups ("Change the key…"),
Enter pressed where staff happen to be leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.test_backups_on_screen import open_backups
from tests.workspace_desk import Desk


@pytest.fixture
def desk(qtbot, knee_questionnaire, tmp_path: Path):
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def defaults(window) -> list[str]:
    return [b.objectName() for b in window.findChildren(QPushButton) if b.isDefault()]


def test_enter_in_a_record_does_not_merge_two_patients(desk: Desk, qtbot) -> None:
    desk.factory.submit("Ann", "Lee", pain_now="3")
    second = desk.factory.submit("Ann", "Lee", pain_now="8")
    window = desk.open()
    view = window.open_record(second.intake_id)
    qtbot.waitExposed(view)
    assert view.findChild(QLabel, "record-match-text").isVisible()
    assert "match-same" not in defaults(view)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert desk.rows("SELECT count(*) FROM patient") == [(2,)]
    assert desk.rows("SELECT count(*) FROM audit WHERE action = 'patient-merged'") == [(0,)]
    # A button staff moved to (Tab) is what Enter presses.
    different = view.findChild(QPushButton, "match-different")
    different.setFocus()
    qtbot.keyClick(different, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.findChild(QLabel, "record-match-text").isVisible())
    assert desk.rows("SELECT count(*) FROM audit WHERE action = 'patient-kept-apart'") == [(1,)]


def test_enter_in_backups_does_not_start_a_key_change(desk: Desk, qtbot, tmp_path: Path) -> None:
    desk.factory.submit("Ann", "Lee")
    dialog = open_backups(desk, qtbot, tmp_path)
    assert "change-key" not in defaults(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.key_dialog is None
