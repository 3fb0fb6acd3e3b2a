"""A person fills the real intake through the widgets; the rows land in a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clinic.data_folder import database_path
from app.storage.driver import sqlite3
from tests.form_driver import FormDriver
from tests.sqlite_file import open_file
from ui.pc_form.building import Application
from ui.pc_form.main_window import ask_to_discard


def rows(db_file: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = open_file(db_file)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def answers_of(db_file: Path, intake_id: int) -> dict[str, list]:
    found: dict[str, list] = {}
    for row in rows(
        db_file,
        "SELECT link_id, value FROM answer WHERE intake_id = ? ORDER BY link_id, position",
        (intake_id,),
    ):
        found.setdefault(row["link_id"], []).append(row["value"])
    return found


def test_whole_form_is_stored_and_the_form_clears(
    built_app: Application, driver: FormDriver, data_dir: Path, qtbot
) -> None:
    driver.fill_valid_intake()
    with qtbot.waitSignal(built_app.window.intake.intakeSaved, timeout=5000):
        driver.submit()

    banner = built_app.window.intake.banner
    assert banner.isVisible() and banner.kind == "success"
    assert "saved" in banner.text.text()
    assert "Maria" not in banner.text.text()  # the next person must not see a name
    assert driver.text("first-name") == "" and driver.text("goal-activities") == ""
    assert not driver.form.is_shown("injury-description")  # conditional questions reset too

    db = database_path(data_dir)
    [patient] = rows(db, "SELECT * FROM patient")
    assert (patient["first_name"], patient["last_name"], patient["birth_date"]) == (
        "Maria",
        "Lopez",
        "1961-04-17",
    )
    assert patient["phone"] == "+12025550143"  # E.164, however it was typed
    assert patient["email"] == "maria.lopez@example.com"
    assert patient["contact_preference"] == "text"
    [intake] = rows(db, "SELECT * FROM intake")
    assert intake["patient_id"] == patient["id"]
    assert intake["questionnaire_url"] == built_app.service.questionnaire.url
    assert intake["questionnaire_version"] == "1.1.0"
    assert (intake["knee"], intake["pain_now"], intake["status"]) == ("left", 6, "new")
    assert intake["imaging_needed"] == 0 and intake["screening_review"] == 0
    assert (intake["koos_jr_raw"], intake["koos_jr_score"]) == (13, 54.840)
    assert (intake["source"], intake["entered_by"]) == ("pc-form", None)
    assert intake["submitted_at"].endswith("+00:00")

    answers = answers_of(db, intake["id"])
    assert answers["symptoms"] == ["swelling", "stiffness", "night-pain"]
    assert answers["worse-with"] == ["stairs", "kneeling"]
    assert answers["contact-consent"] == ["phone", "text"]
    assert answers["diagnoses"] == ["osteoarthritis", "ligament-tear"]
    assert answers["injury-description"] == ["Twisted it skiing in 2023"]
    assert answers["pain-worst-week"] == [8]
    assert answers["imaging-xray"] == [1] and answers["imaging-mri"] == [0]
    assert answers["imaging-xray-where"] == ["City Radiology"]
    assert answers["imaging-xray-report"] == ["bring"]
    assert answers["cortisone-last"] == ["3-6-months"]
    assert answers["health-pregnancy"] == [0]
    assert answers["goal-activities"] == ["Hiking with my grandchildren"]
    assert answers["surgery-hope"] == ["yes"]
    assert "imaging-mri-when" not in answers  # hidden questions are not stored
    expected = (
        {item.link_id for item in built_app.service.questionnaire.questions()}
        - {
            f"imaging-{m}-{part}"
            for m in ("mri", "ct", "ultrasound")
            for part in ("when", "where", "report")
        }
        - {"diagnosis-other", "questions"}
    )
    assert set(answers) == expected


def test_no_imaging_and_a_screening_yes_set_the_flags(
    built_app: Application, driver: FormDriver, data_dir: Path
) -> None:
    driver.fill_valid_intake(any_imaging=False, screening_yes=True)
    driver.submit()
    [intake] = rows(database_path(data_dir), "SELECT imaging_needed, screening_review FROM intake")
    assert tuple(intake) == (1, 1)
    # A flag for the clinician, never a verdict for the patient.
    assert "screening" not in built_app.window.intake.banner.text.text().lower()


def test_a_returning_patient_is_suggested_to_staff_and_the_earlier_record_is_untouched(
    built_app: Application, driver: FormDriver, data_dir: Path
) -> None:
    driver.fill_valid_intake(first="José", last="García-Pérez")
    driver.submit()
    driver.fill_valid_intake(first="jose", last="Garcia Perez")
    driver.widget("phone").clear()
    driver.type("phone", "415 555 0199")
    driver.submit()
    db = database_path(data_dir)
    patients = rows(db, "SELECT id, first_name, phone FROM patient ORDER BY id")
    # Each intake keeps the details given with it; the first patient's phone is as it was.
    assert [(p["first_name"], p["phone"]) for p in patients] == [
        ("José", "+12025550143"),
        ("jose", "+14155550199"),
    ]
    [match] = rows(db, "SELECT patient_id, candidate_id, decision FROM patient_match")
    assert (match["patient_id"], match["candidate_id"], match["decision"]) == (2, 1, None)
    driver.fill_valid_intake(first="José", last="García-Pérez", born=("1961", "04", "18"))
    driver.submit()
    assert len(rows(db, "SELECT id FROM patient")) == 3
    assert len(rows(db, "SELECT id FROM patient_match")) == 1  # another birthday: no match


def test_submitting_an_empty_form_names_every_missing_answer_and_stores_nothing(
    built_app: Application, driver: FormDriver, data_dir: Path
) -> None:
    driver.submit()
    assert driver.message("first-name") == "Please answer this question."
    assert driver.message("knee") == "Please answer this question."
    assert driver.message("health-smoking") == "Please answer this question."
    assert driver.message("email") == ""  # optional
    assert QApplication.focusWidget() is driver.widget("first-name")
    banner = built_app.window.intake.banner
    assert banner.kind == "problem" and "answers marked in red" in banner.text.text()
    assert rows(database_path(data_dir), "SELECT count(*) FROM intake")[0][0] == 0


def test_focus_goes_to_the_first_problem_and_nothing_typed_is_lost(
    built_app: Application, driver: FormDriver, data_dir: Path
) -> None:
    driver.fill_valid_intake()
    driver.widget("phone").clear()
    driver.type("phone", "555 12")
    driver.widget("email").clear()
    driver.type("email", "maria@")
    driver.submit()
    assert QApplication.focusWidget() is driver.widget("phone")
    assert "phone number" in driver.message("phone")
    assert "email address" in driver.message("email")
    assert driver.text("phone") == "555 12" and driver.text("email") == "maria@"
    assert driver.text("first-name") == "Maria"
    assert rows(database_path(data_dir), "SELECT count(*) FROM intake")[0][0] == 0

    driver.widget("phone").clear()
    driver.type("phone", "202-555-0143")
    driver.widget("email").clear()
    driver.type("email", "maria@example.com")
    driver.submit()
    assert rows(database_path(data_dir), "SELECT count(*) FROM intake")[0][0] == 1


def test_a_bad_value_is_explained_when_the_field_is_left(driver: FormDriver) -> None:
    driver.type("phone", "12")
    assert "phone number" in driver.message("phone")
    driver.type("first-name", "")  # tabbing past an empty required field is not an error yet
    assert driver.message("first-name") == ""


def test_the_message_goes_away_as_soon_as_the_answer_is_fixed(driver: FormDriver, qtbot) -> None:
    driver.type("email", "maria@")
    assert driver.message("email") != ""
    field = driver.widget("email")
    field.setFocus()
    qtbot.keyClicks(field, "example.com")
    assert driver.message("email") == ""


def test_date_of_birth_checks(driver: FormDriver) -> None:
    driver.type_date("birth-date", "2999", "01", "01")
    assert driver.message("birth-date") == "Your date of birth cannot be in the future."
    for box in ("day", "month", "year"):
        driver.widget(f"birth-date:{box}").clear()
    driver.type_date("birth-date", "1880", "06", "01")
    assert "more than 120 years ago" in driver.message("birth-date")
    for box in ("day", "month", "year"):
        driver.widget(f"birth-date:{box}").clear()
    driver.type_date("birth-date", "1990", "02", "30")
    assert "does not exist" in driver.message("birth-date")


def test_undo_after_submit_does_not_bring_back_the_last_patients_answers(
    built_app: Application, driver: FormDriver, qtbot
) -> None:
    driver.fill_valid_intake()
    driver.submit()
    assert built_app.window.intake.banner.kind == "success"
    for link_id in (
        "first-name",
        "phone",
        "birth-date:year",
        "injury-description",
        "goal-activities",
    ):
        field = driver.widget(link_id)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert driver.text("first-name") == "" and driver.text("phone") == ""
    assert driver.text("birth-date:year") == "" and driver.text("goal-activities") == ""


def answer_the_close_dialog(qtbot, button_text: str) -> list[str]:
    """Once the modal box is up, click the button a person would read and press."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "no question was asked"
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    asked: list[str] = []
    QTimer.singleShot(0, click)
    return asked


def test_closing_over_unsubmitted_answers_asks_first(
    built_app: Application, driver: FormDriver, qtbot
) -> None:
    window = built_app.window
    window._confirm_discard = ask_to_discard  # the real dialog, not the teardown shortcut
    assert window.close()  # nothing entered: closes without asking
    window.show()
    driver.type("phone", "555")  # half-typed and invalid, but still someone's work
    asked = answer_the_close_dialog(qtbot, "Keep filling in")
    assert not window.close() and window.isVisible()
    assert asked == ["The answers on screen have not been submitted."]
    assert driver.text("phone") == "555"
    asked = answer_the_close_dialog(qtbot, "Close and lose the answers")
    assert window.close() and asked and not window.isVisible()


def test_the_pc_form_asks_for_the_same_consent_as_the_kiosk_and_stores_it(
    built_app: Application, driver: FormDriver, data_dir: Path, qtbot
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QPushButton

    driver.fill_valid_intake()
    driver.press_submit()
    dialog = driver.consent_dialog()
    assert dialog is not None  # nothing is sent before the consent
    db = database_path(data_dir)
    assert rows(db, "SELECT count(*) FROM intake")[0][0] == 0
    send = dialog.findChild(QPushButton, "dialog-ok")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    # Both problems at once, each just beneath what fixes it; each goes when fixed.
    assert "I have read this and I agree" in dialog.agree_issue.text()
    assert "sign in the box" in dialog.signature_issue.text()
    assert dialog.agree_issue.y() == dialog.agree.geometry().bottom() + 1 + (
        dialog.layout().spacing()
    )
    assert dialog.signature_issue.y() > dialog.typed_name.geometry().bottom()
    assert not dialog.issue.isVisible()  # the general message is for sending's problems
    qtbot.mouseClick(dialog.agree, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.agree_issue.isVisible() and dialog.signature_issue.isVisible()
    qtbot.keyClicks(dialog.typed_name, ".")  # a dot is not a name
    assert not dialog.signature_issue.isVisible()  # typing: the message waits for Send
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert driver.consent_problem() == "Please sign in the box, or type your full name below it."
    # Signed with the mouse in the box.
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x, y in ((120, 30), (220, 90), (320, 40), (420, 80)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(460, 70))
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert driver.consent_dialog() is None
    [consent] = rows(db, "SELECT consent_version, signed_as, signature FROM consent")
    assert consent["consent_version"] and consent["signed_as"] == "drawn"
    assert consent["signature"].startswith("[[[")
    # The next patient types their name where they cannot draw.
    driver.fill_valid_intake(first="Ana", last="Ruiz")
    driver.submit(typed_name="Ana Ruiz")
    typed = rows(db, "SELECT signed_as, signature FROM consent ORDER BY intake_id")[1]
    assert typed["signed_as"] == "typed" and "Ana Ruiz" in typed["signature"]
