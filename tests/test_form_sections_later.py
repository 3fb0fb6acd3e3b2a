"""The form makes its first section at once and the rest after its first frame (issue 15:
start-up waits for none of them), and anything that reads or puts back answers makes
what it needs first, so nothing is lost or missed for a section not made yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from app.clinic.resource_paths import questionnaire_path
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire, load_questionnaire
from ui.form.questionnaire_form import QuestionnaireForm


def clinic_form(qtbot, **kwargs) -> tuple[Questionnaire, QuestionnaireForm]:
    questionnaire = load_questionnaire(questionnaire_path())
    form = QuestionnaireForm(questionnaire, FormChecker(questionnaire), **kwargs)
    qtbot.addWidget(form)
    return questionnaire, form


def test_the_first_section_at_once_and_the_rest_after_the_first_frame(styled_qapp, qtbot) -> None:
    _, form = clinic_form(qtbot)
    assert form.findChild(QLineEdit, "first-name") is not None  # "About you": on screen
    assert form.findChild(QPushButton, "knee:left") is None  # "Your knee": not yet
    form.resize(900, 700)
    form.show()
    qtbot.waitUntil(form.fully_made, timeout=2000)
    knee = form.findChild(QPushButton, "knee:left")
    assert knee is not None and knee.isVisible()
    # In order, before the Submit button.
    layout_order = [form.findChild(QLineEdit, "first-name"), knee, form.submit_button]
    ys = [widget.mapTo(form.widget(), widget.rect().topLeft()).y() for widget in layout_order]
    assert ys == sorted(ys)


def test_reading_the_answers_makes_every_question_first(styled_qapp, qtbot) -> None:
    questionnaire, form = clinic_form(qtbot)
    every_question = {item.link_id for item in questionnaire.questions()}
    assert set(form.raw_answers()) == every_question
    assert form.fully_made()


def test_a_draft_for_a_later_section_makes_it_and_is_shown(styled_qapp, qtbot) -> None:
    _, form = clinic_form(qtbot, touch=True, made_at_once=0)  # as on the kiosk
    assert form.findChild(QLineEdit, "first-name") is None
    form.set_raw_answers({"knee": ("left",)})
    knee = form.findChild(QPushButton, "knee:left")
    assert knee is not None and knee.isChecked()
    assert form.raw_answers()["knee"] == ("left",)


def test_blank_answers_make_nothing_ahead_of_time(styled_qapp, qtbot) -> None:
    # A patient who chooses a language on the kiosk's welcome page has answered nothing:
    # their answers, carried over, must not make that language's whole form at once.
    _, form = clinic_form(qtbot, touch=True, made_at_once=0)
    form.set_raw_answers({"knee": (), "first-name": "", "email": None})
    assert form.findChild(QPushButton, "knee:left") is None
    form.show_section(1)  # a page turn makes the sections up to it
    assert form.findChild(QPushButton, "knee:left") is not None
    assert form.section_title(1) == "Your knee"
    assert not form.findChild(QLineEdit, "first-name").isVisibleTo(form)  # not this page


def pc_form_window(qtbot, folder, width: int, height: int):  # type: ignore[no-untyped-def]
    """The patient form's main window as the app makes it, not shown yet."""
    from ui.main import build_application

    window = build_application(folder, open_storage_later=True).window
    qtbot.addWidget(window)
    window.resize(width, height)
    return window, window.intake.form


def test_the_column_keeps_its_width_as_the_later_sections_come(
    styled_qapp, qtbot, tmp_path
) -> None:
    # Found by looking at the first frame on a 1920-px PC: the column was as wide as
    # its widest question, so it widened a moment later when the later sections came.
    from ui.first_frame import after_first_frame

    window, form = pc_form_window(qtbot, tmp_path, 1920, 1080)
    at_first_frame: list[int] = []
    after_first_frame(
        window, lambda: at_first_frame.append(form.findChild(QLineEdit, "first-name").width())
    )
    window.show()
    qtbot.waitUntil(lambda: bool(at_first_frame) and form.fully_made(), timeout=2000)
    qtbot.wait(50)  # the layout settled
    assert at_first_frame == [form.findChild(QLineEdit, "first-name").width()]


def test_the_questions_above_never_move_while_the_later_sections_come(
    styled_qapp, qtbot, tmp_path
) -> None:
    # Found in a screenshot taken while the sections were coming: just after a section
    # was made, "About you" was squeezed into the page's old height until the scroll
    # area caught up a turn later, and a frame drawn then would have shown it so.
    window, form = pc_form_window(qtbot, tmp_path, 1280, 800)
    phone = form.findChild(QLineEdit, "phone")
    where: list[int] = []
    # Right after each section is made, before the event loop does anything else: what
    # a frame drawn at that moment would show.
    form._maker.timeout.connect(  # the form's own section maker
        lambda: where.append(phone.mapTo(form.widget(), phone.rect().topLeft()).y())
    )
    window.show()
    qtbot.waitUntil(form.fully_made, timeout=2000)
    qtbot.wait(50)
    settled = phone.mapTo(form.widget(), phone.rect().topLeft()).y()
    assert len(where) == len(form.questionnaire.items) - 1  # every later section
    assert set(where) == {settled}
