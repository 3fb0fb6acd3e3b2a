"""Staff enter a patient's intake themselves (by phone, from paper, at the desk): it is
stored as entered by them, with the consent as the patient gave it, never as a signature,
and the list finds it by its source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from tests.form_driver import FormDriver
from tests.workspace_desk import Desk
from ui.workspace.new_intake_dialog import NewIntakeDialog


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def save(desk: Desk, dialog: NewIntakeDialog) -> None:
    button = dialog.findChild(QPushButton, "new-intake-save")
    dialog.form.ensureWidgetVisible(button)
    desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_reception_enters_an_intake_from_the_paper_form(desk: Desk) -> None:
    window = desk.open()
    desk.click(window, "new-intake")
    dialog = window.findChild(NewIntakeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.source.setCurrentIndex(dialog.source.findData("staff-paper"))
    assert "signed the consent on the paper form" in dialog.agreed.text()
    FormDriver(dialog.form, desk.qtbot).fill_valid_intake(first="Olu", last="Bello")
    save(desk, dialog)  # the consent is not ticked yet: said beside it, nothing stored
    assert dialog.isVisible() and dialog.consent_issue.isVisible()
    assert desk.rows("SELECT count(*) FROM intake") == [(0,)]
    desk.qtbot.mouseClick(dialog.agreed, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    save(desk, dialog)
    assert not dialog.isVisible()
    [intake] = desk.rows("SELECT id, source, entered_by FROM intake")
    assert intake[1:] == ("staff-paper", "Rita")
    assert desk.rows("SELECT given, recorded_by FROM consent_recorded") == [("on-paper", "Rita")]
    assert desk.rows("SELECT count(*) FROM consent") == [(0,)]  # never a signature
    assert desk.rows("SELECT actor, action, detail FROM audit WHERE intake_id = ?",
                     (intake[0],)) == [("Rita", "intake-entered", "staff-paper")]  # fmt: skip
    assert desk.names() == ["Bello, Olu"]  # in the list at once
    window.filters.source.setCurrentIndex(window.filters.source.findData("kiosk"))
    assert desk.names() == []
    window.filters.source.setCurrentIndex(window.filters.source.findData("staff"))
    assert desk.names() == ["Bello, Olu"]
    view = window.open_record(intake[0])
    assert "Entered by Rita (from a paper form)" in view.contact.text()


def test_a_staff_intake_with_a_missing_answer_keeps_everything_on_screen(desk: Desk) -> None:
    window = desk.open()
    desk.click(window, "new-intake")
    dialog = window.findChild(NewIntakeDialog)
    driver = FormDriver(dialog.form, desk.qtbot)
    driver.type("first-name", "Olu")
    desk.qtbot.mouseClick(dialog.agreed, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    save(desk, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Please" in dialog.form.issue_text("last-name")
    assert driver.text("first-name") == "Olu"
    assert desk.rows("SELECT count(*) FROM intake") == [(0,)]
