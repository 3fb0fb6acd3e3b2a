"""The patients' kiosk, driven with a finger's clicks on a real database file.

Timers are injected in milliseconds: idle, the "still there?" count, the draft
autosave, the thank-you page and the staff gesture.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.clinic.resource_paths import resources_dir
from app.intake.consent import load_consent
from app.intake.form_check import FormChecker
from tests.intake_factory import complete_raw_answers
from tests.kiosk_tablet import PASSWORD, Tablet
from tests.plain_text_check import MARKUP_NAME, MARKUP_SURNAME, labels_showing
from ui.kiosk.kiosk_window import KioskWindow
from ui.staff.account_dialogs import ChangePasswordDialog, SignInDialog
from ui.staff.session import StaffSession
from ui.workspace.workspace_window import WorkspaceWindow


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def fill_first_section_by_hand(tablet: Tablet, kiosk: KioskWindow) -> None:
    tablet.type_into(kiosk.form, "first-name", "Ann")
    tablet.type_into(kiosk.form, "last-name", "Lee")


def answer_the_rest(kiosk: KioskWindow, questionnaire) -> None:
    """The remaining answers go in as a restored draft would put them."""
    raw = complete_raw_answers(questionnaire)
    raw.pop("first-name")
    raw.pop("last-name")
    kiosk.form.set_raw_answers(raw)


def test_a_patient_goes_from_welcome_to_sent_and_the_next_one_sees_nothing(
    tablet: Tablet, knee_questionnaire
) -> None:
    kiosk = tablet.kiosk(thank_you_ms=100)
    assert kiosk.pages.currentWidget() is kiosk.welcome
    tablet.tap(kiosk, "start-en")
    assert kiosk.pages.currentWidget() is kiosk.article
    tablet.tap(kiosk, "article-next")
    assert kiosk.questions.step.text() == "Step 1 of 8: About you"
    # Next on an empty section: stays, and says where to look.
    tablet.tap(kiosk, "questions-next")
    assert kiosk.questions.issue.isVisible()
    assert "Please" in kiosk.form.issue_text("first-name")
    assert kiosk.questions.step.text() == "Step 1 of 8: About you"
    fill_first_section_by_hand(tablet, kiosk)
    answer_the_rest(kiosk, knee_questionnaire)
    for step in range(2, 9):
        tablet.tap(kiosk, "questions-next")
        assert kiosk.questions.step.text().startswith(f"Step {step} of 8")
    tablet.tap(kiosk, "questions-next")  # "Check my answers"
    assert kiosk.pages.currentWidget() is kiosk.review
    assert "Ann" in kiosk.review.findChild(QLabel, "review-answers-0").text()
    tablet.tap(kiosk, "review-next")

    # Consent: both the tick and a real signature are needed, said beside them.
    tablet.tap(kiosk, "consent-send")
    assert "tick" in kiosk.consent.issue.text()
    tablet.qtbot.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    tablet.tap(kiosk, "consent-send")
    assert "sign" in kiosk.consent.issue.text()
    tablet.qtbot.mouseClick(kiosk.consent.pad, Qt.MouseButton.LeftButton)  # a tap is no signature
    tablet.tap(kiosk, "consent-send")
    assert kiosk.consent.issue.isVisible()
    tablet.sign(kiosk)
    tablet.tap(kiosk, "consent-send")
    assert kiosk.pages.currentWidget() is kiosk.thank_you

    assert tablet.rows("SELECT first_name, last_name FROM patient") == [("Ann", "Lee")]
    assert tablet.rows("SELECT source, entered_by FROM intake") == [("kiosk", None)]
    [(version, signed_at, signature)] = tablet.rows(
        "SELECT consent_version, signed_at, signature FROM consent"
    )
    assert version == load_consent(resources_dir() / "consent", "en").version
    assert signed_at == "2026-11-24T09:00:00+00:00"
    strokes = json.loads(signature)
    assert max(len(stroke) for stroke in strokes) >= 5  # the tap is kept too, as a dot
    assert all(0 <= x <= 1 and 0 <= y <= 1 for stroke in strokes for x, y in stroke)
    assert tablet.rows("SELECT count(*) FROM draft") == [(0,)]

    # The thank-you page goes back to welcome by itself, with nothing left behind.
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.welcome)
    raw = kiosk.form.raw_answers()
    assert raw["first-name"] == "" and raw["last-name"] == ""
    assert kiosk.consent.pad.strokes() == () and not kiosk.consent.agree.isChecked()
    review = [label.text() for label in kiosk.review.findChildren(QLabel)
              if label.objectName().startswith("review-answers")]  # fmt: skip
    assert review and all(text == "" for text in review)  # no answer's words are left


def test_nobody_there_clears_the_form_and_the_draft_and_returns_to_welcome(
    tablet: Tablet,
) -> None:
    kiosk = tablet.kiosk(idle_ms=150)
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    fill_first_section_by_hand(tablet, kiosk)
    tablet.tap(kiosk, "questions-next")  # a page change saves the draft
    assert tablet.rows("SELECT count(*) FROM draft") == [(1,)]
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.still_there)
    assert kiosk.still_there.count.text() in {"3", "2", "1"}
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.welcome)
    assert kiosk.form.raw_answers()["first-name"] == ""
    assert tablet.rows("SELECT count(*) FROM draft") == [(0,)]
    assert tablet.rows("SELECT actor, action FROM audit WHERE action LIKE 'kiosk%'") == [
        ("kiosk", "kiosk-timed-out")
    ]


def test_still_here_keeps_the_answers_and_the_page(tablet: Tablet) -> None:
    kiosk = tablet.kiosk(idle_ms=150, countdown_s=30, tick_ms=1000)
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    fill_first_section_by_hand(tablet, kiosk)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.still_there)
    tablet.tap(kiosk, "still-here")
    assert kiosk.pages.currentWidget() is kiosk.questions
    assert kiosk.form.raw_answers()["first-name"] == "Ann"


def test_escape_closing_and_alt_f4_do_not_leave_the_kiosk(tablet: Tablet) -> None:
    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    tablet.qtbot.keyClick(kiosk.article, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    kiosk.close()
    assert kiosk.isVisible() and kiosk.pages.currentWidget() is kiosk.article


def test_leaving_takes_a_staff_sign_in_a_wrong_one_is_refused_and_audited(
    tablet: Tablet,
) -> None:
    kiosk = tablet.kiosk()
    left: list[object] = []
    kiosk.exited.connect(left.append)
    # The discreet gesture: hold the clinic's name.
    tablet.qtbot.mousePress(kiosk.welcome.corner, Qt.MouseButton.LeftButton)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.staff_exit)
    tablet.qtbot.mouseRelease(kiosk.welcome.corner, Qt.MouseButton.LeftButton)
    tablet.type_into(kiosk, "exit-username", "maria")
    tablet.type_into(kiosk, "exit-password", "not the password")
    tablet.tap(kiosk, "exit-unlock")
    assert "do not match" in kiosk.staff_exit.issue.text()
    assert kiosk.isVisible() and left == []
    tablet.type_into(kiosk, "exit-password", PASSWORD)
    tablet.tap(kiosk, "exit-unlock")
    assert [staff.username for staff in left] == ["maria"]  # type: ignore[attr-defined]
    assert not kiosk.isVisible()
    assert tablet.rows("SELECT actor, action FROM audit WHERE action LIKE 'kiosk%'") == [
        ("kiosk", "kiosk-exit-failed"), ("maria", "kiosk-exit")
    ]  # fmt: skip


def test_the_staff_shortcut_and_five_wrong_passwords_lock_the_exit(tablet: Tablet) -> None:
    kiosk = tablet.kiosk()
    kiosk.windowHandle().requestActivate()  # shortcuts need the active window
    tablet.qtbot.waitUntil(kiosk.isActiveWindow)
    tablet.qtbot.keyClick(
        kiosk,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    assert kiosk.pages.currentWidget() is kiosk.staff_exit
    for _ in range(5):
        kiosk.staff_exit.username.setText("maria")
        tablet.type_into(kiosk, "exit-password", "wrong wrong wrong")
        tablet.tap(kiosk, "exit-unlock")
    tablet.type_into(kiosk, "exit-password", PASSWORD)
    tablet.tap(kiosk, "exit-unlock")
    assert "ask an administrator" in kiosk.staff_exit.issue.text()
    assert kiosk.isVisible()
    # Back to the patient screen, where it was.
    tablet.tap(kiosk, "exit-back")
    assert kiosk.pages.currentWidget() is kiosk.welcome


def test_a_draft_survives_a_crash_and_expires_after_the_idle_time(
    tablet: Tablet, knee_questionnaire
) -> None:
    kiosk = tablet.kiosk(idle_ms=120_000, draft_ms=50)
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    fill_first_section_by_hand(tablet, kiosk)
    answer_the_rest(kiosk, knee_questionnaire)
    tablet.tap(kiosk, "questions-next")
    tablet.tap(kiosk.form, "pain-now:7")  # autosaved within milliseconds here
    tablet.qtbot.waitUntil(lambda: '"7"' in str(tablet.rows("SELECT answers FROM draft")))

    # The tablet dies: a new app instance on its own connection to the same file.
    tablet.clock.now += dt.timedelta(seconds=90)
    second = tablet.kiosk(tablet.restart(), idle_ms=120_000)
    assert second.pages.currentWidget() is second.questions
    assert second.questions.step.text() == "Step 2 of 8: Your knee"
    assert second.form.raw_answers()["first-name"] == "Ann"
    assert second.form.raw_answers()["pain-now"] == "7"
    tablet.tap(second, "questions-back")
    tablet.tap(second, "questions-back")  # back past the first part: the article, loaded
    assert second.pages.currentWidget() is second.article
    assert "Stem cell therapy" in second.article_view.toPlainText()

    # After the idle window the draft is discarded: the next patient starts clean.
    second.shut_down()
    tablet.clock.now += dt.timedelta(seconds=200)
    third = tablet.kiosk(tablet.restart(), idle_ms=120_000)
    assert third.pages.currentWidget() is third.welcome
    assert third.form.raw_answers()["first-name"] == ""
    assert tablet.rows("SELECT count(*) FROM draft") == [(0,)]


def test_every_page_has_big_targets_and_type_at_1280_and_800_wide(
    tablet: Tablet, knee_questionnaire
) -> None:
    kiosk = tablet.kiosk()
    kiosk.form.set_raw_answers(complete_raw_answers(knee_questionnaire))
    pages = [
        lambda: kiosk.pages.setCurrentWidget(kiosk.welcome),
        lambda: kiosk._start("en"),
        *[lambda n=n: kiosk.go_to_section(n) for n in range(kiosk.form.section_count)],
        kiosk._show_review,
        lambda: kiosk.pages.setCurrentWidget(kiosk.consent),
        lambda: kiosk.pages.setCurrentWidget(kiosk.thank_you),
        kiosk.ask_for_staff,
    ]
    for width, height in ((1280, 800), (800, 1280)):
        kiosk.resize(width, height)
        for show in pages:
            show()
            QApplication.processEvents()
            page = kiosk.pages.currentWidget()
            assert page.width() <= width, page.objectName()  # nothing cut off at the side
            for widget in page.findChildren(QPushButton):
                if widget.isVisible():
                    assert widget.height() >= 48, widget.objectName()
                    assert QFontInfo(widget.font()).pointSize() >= 18, widget.objectName()
            for text in page.findChildren(QLabel):
                if text.isVisible() and text.text():
                    assert QFontInfo(text.font()).pointSize() >= 18, text.text()[:40]


def test_staff_hand_the_screen_to_the_kiosk_and_come_back_signed_in(
    tablet: Tablet, knee_questionnaire
) -> None:
    session = StaffSession(
        tablet.conn, knee_questionnaire, tablet.accounts,
        kiosk_factory=lambda: tablet.kiosk(), full_screen=False,
    )  # fmt: skip
    session.start()
    # The one this session showed (an earlier test's may not be deleted yet).
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()
    )
    dialog.username.setText("maria")
    dialog.password.setText(PASSWORD)
    tablet.tap(dialog, "dialog-ok")
    workspace = session.workspace
    assert isinstance(workspace, WorkspaceWindow)
    tablet.tap(workspace, "start-kiosk")
    kiosk = session.kiosk
    assert kiosk is not None and kiosk.isVisible()
    assert session.workspace is None  # signed out: the kiosk has no way to the records
    kiosk.ask_for_staff()
    tablet.type_into(kiosk, "exit-username", "maria")
    tablet.type_into(kiosk, "exit-password", PASSWORD)
    tablet.tap(kiosk, "exit-unlock")
    assert isinstance(session.workspace, WorkspaceWindow) and session.workspace.isVisible()
    session.finish()


def test_typed_markup_shows_as_typed_on_the_kiosk(tablet: Tablet) -> None:
    # The clinic's name is typed by an administrator, too.
    tablet.conn.execute("UPDATE setting SET value = json_quote('<b>Clinic</b>')"
                        " WHERE key = 'clinic_name'")  # fmt: skip
    tablet.conn.commit()
    kiosk = tablet.kiosk()
    assert labels_showing([kiosk], "<b>Clinic</b>")  # the welcome page's corner
    answers = complete_raw_answers(tablet.questionnaire)
    answers.update({"first-name": MARKUP_NAME, "last-name": MARKUP_SURNAME})
    kiosk.form.set_raw_answers(answers)
    kiosk.go_to_section(kiosk.form.section_count - 1)
    tablet.tap(kiosk, "questions-next")  # the last section's Next leads to the review
    review = kiosk.review
    assert kiosk.pages.currentWidget() is review
    texts = [label.text() for label in review.findChildren(QLabel)]
    assert any("&lt;b&gt;Lee&lt;/b&gt;" in text for text in texts)  # escaped rich text
    assert labels_showing([kiosk], MARKUP_SURNAME) == []  # nowhere raw as rich text


def test_leaving_the_kiosk_with_a_temporary_password_asks_for_a_new_one_first(
    tablet: Tablet, knee_questionnaire
) -> None:
    tablet.accounts.recover_access("maria", "temporary pass 1", actor="it")
    session = StaffSession(
        tablet.conn, knee_questionnaire, tablet.accounts,
        kiosk_factory=lambda: tablet.kiosk(), full_screen=False,
    )  # fmt: skip
    session.start(kiosk=True)
    kiosk = session.kiosk
    assert kiosk is not None
    kiosk.ask_for_staff()
    tablet.type_into(kiosk, "exit-username", "maria")
    tablet.type_into(kiosk, "exit-password", "temporary pass 1")
    tablet.tap(kiosk, "exit-unlock")
    assert session.workspace is None  # not before a password of their own
    change = session.dialog
    assert isinstance(change, ChangePasswordDialog) and change.isVisible()
    # Refusing to choose one leads back to the sign-in, not to the records.
    tablet.tap(change, "dialog-cancel")
    assert session.workspace is None and isinstance(session.dialog, SignInDialog)
    sign_in = session.dialog
    tablet.type_into(sign_in, "sign-in-username", "maria")
    tablet.type_into(sign_in, "sign-in-password", "temporary pass 1")
    tablet.tap(sign_in, "dialog-ok")
    change = sign_in.change
    assert change is not None
    tablet.type_into(change, "current-password", "temporary pass 1")
    tablet.type_into(change, "new-password", "my own password 2")
    tablet.type_into(change, "confirm-password", "my own password 2")
    tablet.tap(change, "dialog-ok")
    assert isinstance(session.workspace, WorkspaceWindow)
    assert tablet.rows("SELECT must_change_password FROM staff") == [(0,)]
    session.finish()


def test_the_welcome_page_offers_each_language_with_content_in_its_own_name(
    tmp_path: Path, styled_qapp
) -> None:
    from ui.language_choice import content_languages

    for code in ("en", "es", "de"):
        (tmp_path / code).mkdir()
    (tmp_path / "es" / "language-name.txt").write_text("Español\n", encoding="utf-8")
    assert content_languages(tmp_path) == {"de": "Deutsch", "en": "English", "es": "Español"}


def test_date_of_birth_comes_from_a_keypad_on_the_page_not_the_tablets_keyboard(
    tablet: Tablet,
) -> None:
    from app.intake.answers import DateParts
    from ui.form.keypad_date_answer import KeypadDateAnswer

    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    keypad = kiosk.form.findChild(KeypadDateAnswer)
    order = keypad.boxes.part_order()
    assert all(keypad.boxes.box(part).isReadOnly() for part in order)  # no keyboard pops up
    wanted = {"day": "15", "month": "02", "year": "1958"}
    for digit in "".join(wanted[part] for part in order):
        tablet.tap(keypad, f"birth-date:key-{digit}")
    assert kiosk.form.raw_answers()["birth-date"] == DateParts("1958", "02", "15")
    # Fix the day: touch its box, delete, type.
    tablet.qtbot.mouseClick(keypad.boxes.box("day"), Qt.MouseButton.LeftButton)
    tablet.tap(keypad, "birth-date:key-back")
    tablet.tap(keypad, "birth-date:key-back")
    tablet.tap(keypad, "birth-date:key-2")
    tablet.tap(keypad, "birth-date:key-7")
    assert kiosk.form.raw_answers()["birth-date"] == DateParts("1958", "02", "27")


def test_the_phone_number_comes_from_a_keypad_grouped_as_it_is_tapped(tablet: Tablet) -> None:
    from ui.form.keypad_phone_answer import KeypadPhoneAnswer

    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    keypad = kiosk.form.findChild(KeypadPhoneAnswer)
    assert keypad.box.isReadOnly()  # the tablet's own keyboard never opens over it
    for key in "2025550":
        tablet.tap(keypad, f"phone:key-{key}")
    assert keypad.box.text() == "202-5550"
    for key in "1493":
        tablet.tap(keypad, f"phone:key-{key}")
    tablet.tap(keypad, "phone:key-back")
    tablet.tap(keypad, "phone:key-plus")  # a + only starts a number: ignored here
    assert kiosk.form.raw_answers()["phone"] == "(202) 555-0149"
    assert kiosk.form.issue_text("phone") == ""
    for _ in range(10):
        tablet.tap(keypad, "phone:key-back")
    for key in ("plus", *"34612345678"):
        tablet.tap(keypad, f"phone:key-{key}")
    assert kiosk.form.raw_answers()["phone"] == "+34 612 34 56 78"
    checked = FormChecker(kiosk.form._questionnaire).check_item("phone", "+34 612 34 56 78")
    assert checked.issue is None and checked.values[0].value == "+34612345678"


def test_every_pain_scale_is_one_row_with_its_ends_words_beneath(tablet: Tablet) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    from ui.form.choice_buttons import ScaleButtons

    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    kiosk.go_to_section(kiosk.form.section_of("pain-now"))
    for width, height in ((1280, 800), (800, 1280)):  # landscape and portrait
        kiosk.resize(width, height)
        tablet.qtbot.waitUntil(lambda w=width: kiosk.width() == w)
        for link_id in ("pain-now", "pain-worst-week"):
            scale = kiosk.form.findChild(ScaleButtons, link_id)
            kiosk.form.focus_question(link_id)
            buttons = [scale.findChild(QPushButton, f"{link_id}:{n}") for n in range(11)]
            tops = {b.mapTo(kiosk, QPoint(0, 0)).y() for b in buttons}
            assert len(tops) == 1, (link_id, width)  # 0 to 10 on one row, never a grid
            lower = scale.findChild(QLabel, f"{link_id}:lower")
            upper = scale.findChild(QLabel, f"{link_id}:upper")
            assert (lower.text(), upper.text()) == (
                "0 = no pain", "10 = worst pain you can imagine"
            )  # fmt: skip
            assert lower.isVisible() and upper.isVisible()
            below = buttons[0].mapTo(scale, QPoint(0, buttons[0].height())).y()
            assert lower.y() >= below and upper.y() >= below  # beneath the numbers
            assert lower.x() == buttons[0].x()  # under 0
            assert upper.geometry().right() == buttons[10].geometry().right()  # under 10
            assert "How bad" in buttons[7].accessibleName()  # the question, for a reader


def test_a_cleared_kiosk_holds_no_widget_draft_or_signature_of_the_last_patient(
    tablet: Tablet, knee_questionnaire
) -> None:
    """Two patients in a row: after each, nothing on any page, in any widget, in the
    drafts or the signature pad says who they were, and the kiosk holds no more widgets
    than after the first (nothing of theirs left behind: issue 15)."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

    kiosk = tablet.kiosk(thank_you_ms=60_000)

    def traces(name: str) -> list[str]:
        found = []
        for widget in kiosk.findChildren(QWidget):
            texts = []
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
            found += [f"{widget.objectName()}: {t}" for t in texts if name in t]
        return found

    counts = []
    for first, phone in (("Zebulon", "202 555 0177"), ("Philippa", "415 555 0188")):
        tablet.tap(kiosk, "start-en")
        tablet.tap(kiosk, "article-next")
        raw = complete_raw_answers(knee_questionnaire)
        raw.update({"first-name": first, "last-name": "Quartermaine", "phone": phone})
        kiosk.form.set_raw_answers(raw)
        kiosk.go_to_section(kiosk.form.section_count - 1)
        tablet.tap(kiosk, "questions-next")
        assert traces(first)  # on the review page while they are there
        tablet.tap(kiosk, "review-next")
        tablet.qtbot.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        tablet.sign(kiosk)
        tablet.tap(kiosk, "consent-send")
        tablet.tap(kiosk, "thank-you-done")
        assert kiosk.pages.currentWidget() is kiosk.welcome
        assert traces(first) == [] and traces("Quartermaine") == [] and traces("555") == []
        assert kiosk.consent.pad.strokes() == ()
        assert tablet.rows("SELECT count(*) FROM draft") == [(0,)]
        counts.append(len(kiosk.findChildren(QWidget)))
    assert counts[1] == counts[0]  # the review's widgets of the first were freed
    assert tablet.rows("SELECT count(*) FROM intake") == [(2,)]


def test_a_kiosk_shut_down_at_once_leaves_no_key_guard_on_the_application(
    tablet: Tablet, qtbot
) -> None:
    from PySide6.QtWidgets import QDialog

    kiosk = tablet.kiosk()
    kiosk.shut_down()  # before its guard went in (at the first frame, or 2 s at most)
    qtbot.wait(2200)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # Escape reached the dialog: no kiosk swallowed it


def test_the_sections_message_goes_once_its_last_marked_answer_is_given(
    tablet: Tablet, knee_questionnaire
) -> None:
    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    raw = complete_raw_answers(knee_questionnaire)
    raw.pop("knee")
    kiosk.form.set_raw_answers(raw)
    tablet.tap(kiosk, "questions-next")  # "About you" is complete
    tablet.tap(kiosk, "questions-next")  # "Your knee" is not: which knee?
    assert kiosk.questions.issue.isVisible() and kiosk.form.issue_text("knee")
    tablet.tap(kiosk.form, "knee:left")
    assert kiosk.form.issue_text("knee") == ""
    assert not kiosk.questions.issue.isVisible()
