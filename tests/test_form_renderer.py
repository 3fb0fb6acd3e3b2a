"""The renderer works from any questionnaire, not only the clinic's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.intake.answers import DateParts, OpenChoice
from app.intake.form_check import FormChecker
from app.intake.questionnaire import parse_questionnaire
from tests.form_driver import FormDriver
from tests.small_questionnaire import small_questionnaire
from ui.form.choice_buttons import ChoiceButtons, OpenChoiceButtons, YesNoButtons
from ui.form.date_answer import DateAnswer
from ui.form.questionnaire_form import QuestionnaireForm


@pytest.fixture
def form(styled_qapp, qtbot) -> QuestionnaireForm:
    questionnaire = parse_questionnaire(small_questionnaire())
    form = QuestionnaireForm(questionnaire, FormChecker(questionnaire))
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.fixture
def drive(form: QuestionnaireForm, qtbot) -> FormDriver:
    return FormDriver(form, qtbot)


@pytest.mark.parametrize(
    ("link_id", "widget_type"),
    [
        ("name", QLineEdit),
        ("story", QPlainTextEdit),
        ("count", QLineEdit),
        ("weight", QLineEdit),
        ("day", DateAnswer),
        ("ok", YesNoButtons),
        ("colour", ChoiceButtons),
        ("pets", ChoiceButtons),
        ("fruit", OpenChoiceButtons),
    ],
)
def test_each_item_type_gets_its_widget_named_by_link_id(form, link_id, widget_type) -> None:
    widget = form.findChild(QWidget, link_id)
    assert isinstance(widget, widget_type)
    assert widget.accessibleName() == form.row(link_id).item.text


def test_choice_buttons_are_named_link_id_colon_code(form) -> None:
    names = {b.objectName() for b in form.findChild(QWidget, "pets").findChildren(QPushButton)}
    assert names == {"pets:cat", "pets:dog", "pets:eel"}
    assert form.findChild(QPushButton, "ok:yes").text() == "Yes"


def test_required_marker_and_sections(form) -> None:
    assert "*" in form.row("name").label.text()
    assert "*" not in form.row("story").label.text()
    assert form.findChild(QWidget, "s1:group").isVisible()
    assert form.findChild(QWidget, "note:display").text() == "Read this first."
    assert form.findChild(QPushButton, "submit") is not None


def test_typed_answers_come_back_raw(form, drive) -> None:
    drive.type("name", "Ann")
    drive.type("story", "Long story")
    drive.type("count", "3")
    drive.type_date("day", "2024", "02", "29")
    drive.choose("ok", "no")
    drive.choose("pets", "cat", "eel")
    drive.choose("colour", "red", "blue")  # the second choice replaces the first
    drive.choose("fruit", "apple")
    drive.type("fruit:other", "Quince")
    raw = form.raw_answers()
    assert raw["name"] == "Ann" and raw["story"] == "Long story" and raw["count"] == "3"
    assert raw["day"] == DateParts("2024", "02", "29")
    assert raw["ok"] is False
    assert raw["pets"] == ("cat", "eel")
    assert raw["colour"] == ("blue",)
    assert raw["fruit"] == OpenChoice(("apple",), "Quince")
    assert drive.widget("colour:blue").text().startswith("\N{CHECK MARK}")


def test_clicking_a_chosen_single_answer_again_clears_it(form, drive) -> None:
    drive.choose("ok", "yes", "yes")
    assert form.raw_answers()["ok"] is None


def test_enable_when_equals_on_boolean_and_coding(form, drive) -> None:
    assert not form.is_shown("why-not") and not form.is_shown("dog-name")
    drive.choose("ok", "no")
    assert form.is_shown("why-not")
    drive.choose("ok", "yes")
    assert not form.is_shown("why-not")
    drive.choose("pets", "dog")
    assert form.is_shown("dog-name")
    drive.choose("pets", "dog")  # unticked again
    assert not form.is_shown("dog-name")


def test_enable_when_not_equal_greater_than_and_exists(form, drive) -> None:
    assert form.is_shown("not-red")  # no answer is "not red"
    drive.choose("colour", "red")
    assert not form.is_shown("not-red")
    assert not form.is_shown("many")
    drive.type("count", "11")
    assert form.is_shown("many")
    assert not form.is_shown("named")
    drive.type("name", "A")
    assert form.is_shown("named")


def test_enable_behavior_any_and_a_conditional_group(form, drive) -> None:
    assert not form.is_shown("either")
    drive.choose("pets", "eel")
    assert form.is_shown("either")
    assert not form.is_shown("blue-group") and not form.is_shown("blue-what")
    drive.choose("colour", "blue")
    assert form.is_shown("blue-group") and form.is_shown("blue-what")


def test_hidden_answers_are_not_checked_or_kept(form, drive) -> None:
    drive.choose("ok", "no")
    drive.type("why-not", "Because")
    drive.choose("ok", "yes")
    checker = FormChecker(parse_questionnaire(small_questionnaire()))
    result = checker.check_form(form.raw_answers())
    assert "why-not" not in result.answers
    assert result.issues.keys() == {"name"}


def test_number_range_message(form, drive) -> None:
    drive.type("count", "25")
    assert drive.message("count") == "Please enter a number from 1 to 20."
    drive.widget("count").clear()
    drive.type("count", "two")
    assert drive.message("count") == "Please enter a whole number, for example 5."
    assert drive.text("count") == "two"
