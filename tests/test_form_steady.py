"""The PC form as a patient meets its checks (issue 28): fixing an answer does not move
the page; the banner counts what is left and goes once nothing is; switching language
mid-form says the same in the new language at the same place; Tab goes from the
language to the questions to Submit, and leaves a note box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.intake_factory import complete_raw_answers


def screen_y(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).y()


def submit_without(built_app, driver, qtbot, *link_ids: str) -> dict:
    """Every answer but ``link_ids`` (far down the form), then Submit; the answers."""
    form = built_app.window.intake.form
    qtbot.waitUntil(form.fully_made)
    raw = complete_raw_answers(form.questionnaire)
    for link_id in link_ids:
        raw.pop(link_id)
    form.set_raw_answers(raw)
    driver.press_submit()
    return raw


def test_fixing_answers_keeps_them_in_place_and_the_banner_goes_when_all_are_fixed(
    built_app, driver, qtbot
) -> None:
    panel = built_app.window.intake
    form = panel.form
    submit_without(built_app, driver, qtbot, "replacement-recommended", "activity-level")
    assert panel.banner.isVisible()
    assert panel.banner.text.text() == "Please check the 2 answers marked in red below."
    assert form.issue_text("replacement-recommended")

    first = driver.widget("replacement-recommended:no")
    form.ensureWidgetVisible(first, 0, 200)
    before = screen_y(first)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert form.issue_text("replacement-recommended") == ""
    assert screen_y(first) == before  # its message went; its place stayed
    assert panel.banner.text.text() == "Please check the answer marked in red below."

    last = driver.widget("activity-level:light")
    form.ensureWidgetVisible(last, 0, 200)
    before = screen_y(last)
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    assert not panel.banner.isVisible()  # nothing left to check: the banner goes
    assert screen_y(last) == before  # ...and the form did not jump up in its place

    driver.press_submit()  # complete: the consent opens, the gaps close
    assert driver.consent_dialog() is not None


def test_switching_language_mid_form_translates_the_messages_and_keeps_the_place(
    built_app, driver, qtbot
) -> None:
    panel = built_app.window.intake
    form = panel.form
    raw = submit_without(built_app, driver, qtbot, "activity-level")
    assert form.issue_text("activity-level") == "Please answer this question."
    form.scroll_to_question("activity-level")
    assert form.top_question() == "activity-level"
    qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
    spanish = panel.form
    assert spanish is not form
    assert spanish.issue_text("activity-level") == "Responda a esta pregunta, por favor."
    assert panel.banner.text.text() == "Revise la respuesta marcada en rojo más abajo, por favor."
    assert spanish.top_question() == "activity-level"
    assert spanish.raw_answers()["first-name"] == raw["first-name"]


def test_tab_goes_language_then_questions_then_submit_last(built_app, driver, qtbot) -> None:
    window = built_app.window
    panel = window.intake
    qtbot.waitUntil(panel.form.fully_made)
    for language in ("en", "es"):  # and again on the form made in the other language
        if language == "es":
            qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
        form = panel.form
        last_answer = form.findChild(QWidget, "questions")
        last_answer.setFocus()
        qtbot.keyClick(last_answer, Qt.Key.Key_Tab)  # a note box: Tab leaves it
        assert last_answer.toPlainText() == ""
        assert QApplication.focusWidget() is form.findChild(QPushButton, "submit")
        order = []
        for _ in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget().objectName())
        assert order == ["content", "language-en", "language-es", "first-name"], language


def test_tab_leaves_every_note_box_in_the_staff_dialogs(styled_qapp, qtbot) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QPlainTextEdit

    from app.records.follow_up_plan import DEFAULT_INTERVALS
    from ui.workspace.record_dialogs import ContactDialog, TreatmentDialog

    today = dt.date(2026, 11, 24)
    for dialog in (TreatmentDialog("left", 1, DEFAULT_INTERVALS, today), ContactDialog(today)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        boxes = dialog.findChildren(QPlainTextEdit)
        assert boxes, dialog.objectName()
        for box in boxes:
            box.setFocus()
            qtbot.keyClicks(box, "Called twice")
            qtbot.keyClick(box, Qt.Key.Key_Tab)
            assert box.toPlainText() == "Called twice"  # no tab typed into the note
            assert QApplication.focusWidget() is not box, dialog.objectName()


def test_the_consents_tick_box_is_at_least_24_px(built_app, driver, qtbot) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    form = built_app.window.intake.form
    qtbot.waitUntil(form.fully_made)
    form.set_raw_answers(complete_raw_answers(form.questionnaire))
    driver.press_submit()
    dialog = driver.consent_dialog()
    option = QStyleOptionButton()
    option.initFrom(dialog.agree)
    box = dialog.agree.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxIndicator, option, dialog.agree
    )
    assert box.width() >= 24 and box.height() >= 24
