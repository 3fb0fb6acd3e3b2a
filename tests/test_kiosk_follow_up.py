"""A follow-up handed to the kiosk for one patient: greeted by first name, shown only
that follow-up, cleared when they walk away, and stored as the kiosk's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.intake.form_check import FormChecker
from app.outcomes import follow_up_questionnaire
from app.outcomes.follow_up_desk import LocalFollowUpDesk
from app.outcomes.kiosk_handover import KioskHandovers
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import RecordBook, TreatmentEntry
from tests.follow_up_answers import answer_every_section
from tests.form_driver import FormDriver
from tests.intake_factory import IntakeFactory
from tests.kiosk_tablet import Tablet

TREATED = dt.date(2026, 10, 13)


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


@pytest.fixture
def desk(tablet: Tablet) -> Iterator[LocalFollowUpDesk]:
    made = LocalFollowUpDesk(FormChecker(follow_up_questionnaire()), tablet.path)
    yield made
    made.close()


def hand_over(tablet: Tablet) -> int:
    """Ann Lee, treated, handed the tablet by reception for her 6-week follow-up."""
    factory = IntakeFactory(tablet.questionnaire, tablet.path)
    saved = factory.submit("Ann", "Lee", phone="202 555 0143")
    factory.close()
    RecordBook(tablet.conn, tablet.questionnaire).add_treatment(
        saved.intake_id, TreatmentEntry(TREATED, "left", "fat", 1, "Dr Okafor"), "rita",
        propose_follow_ups(TREATED, 1, DEFAULT_INTERVALS),
    )  # fmt: skip
    six_weeks = tablet.rows("SELECT min(id) FROM follow_up")[0][0]
    KioskHandovers(tablet.conn).hand_over(saved.intake_id, six_weeks, "rita")
    return six_weeks


def shown_text(kiosk) -> str:
    return " ".join(label.text() for label in kiosk.findChildren(QLabel) if label.isVisible())


def test_the_patient_is_greeted_answers_and_the_kiosk_returns_to_welcome(
    tablet: Tablet, desk: LocalFollowUpDesk
) -> None:
    six_weeks = hand_over(tablet)
    kiosk = tablet.kiosk(follow_ups=desk, handover_ms=20)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.greeting)
    assert kiosk.greeting.hello.text() == "Hello, Ann"
    # Nothing else of the record: not the surname, the phone, the date of birth.
    on_screen = shown_text(kiosk)
    assert "Lee" not in on_screen and "555" not in on_screen and "1960" not in on_screen

    tablet.tap(kiosk, "follow-up-start")
    assert kiosk.pages.currentWidget() is kiosk.follow_up
    assert kiosk.follow_up.step.text() == "Step 1 of 3: Your knee in the last week"
    tablet.tap(kiosk, "follow-up-next")  # KOOS JR may be skipped (then it has no score)
    assert kiosk.follow_up.step.text() == "Step 2 of 3: Your pain"
    tablet.tap(kiosk, "follow-up-next")  # the pain questions may not: stays, and says so
    assert kiosk.follow_up.issue.isVisible()
    assert kiosk.follow_up.step.text() == "Step 2 of 3: Your pain"
    tablet.tap(kiosk, "follow-up-back")
    answer_every_section(tablet.qtbot, kiosk)

    assert kiosk.pages.currentWidget() is kiosk.thank_you
    [row] = tablet.rows(
        "SELECT source, entered_by, follow_up_id, koos_jr_score, pain_now, global_change"
        " FROM follow_up_response"
    )
    assert row == ("kiosk", "kiosk", six_weeks, 68.284, 2, 3)  # seven "Mild": raw 7
    assert tablet.rows("SELECT state FROM kiosk_handover") == [("answered",)]
    assert not any(kiosk.follow_up_form.raw_answers().values())  # nothing left behind
    tablet.tap(kiosk, "thank-you-done")
    assert kiosk.pages.currentWidget() is kiosk.welcome
    assert kiosk.greeting.hello.text() == ""


def test_a_patient_who_walks_away_is_cleared_and_not_greeted_again(
    tablet: Tablet, desk: LocalFollowUpDesk
) -> None:
    hand_over(tablet)
    kiosk = tablet.kiosk(follow_ups=desk, handover_ms=20, idle_ms=150)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.greeting)
    tablet.tap(kiosk, "follow-up-start")
    FormDriver(kiosk.follow_up_form, tablet.qtbot).choose("koos-jr-1", "severe")
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.still_there)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.welcome, timeout=3000)
    assert tablet.rows("SELECT state FROM kiosk_handover") == [("timed-out",)]
    assert not any(kiosk.follow_up_form.raw_answers().values())
    assert kiosk.handover is None and "Ann" not in shown_text(kiosk)
    kiosk.check_for_handover()
    assert kiosk.pages.currentWidget() is kiosk.welcome  # the next person is not greeted
    assert tablet.rows("SELECT count(*) FROM follow_up_response") == [(0,)]


def test_a_kiosk_busy_with_a_patient_leaves_the_handover_waiting(
    tablet: Tablet, desk: LocalFollowUpDesk
) -> None:
    kiosk = tablet.kiosk(follow_ups=desk, handover_ms=60_000)
    tablet.tap(kiosk, "start-en")  # someone is filling in an intake
    hand_over(tablet)
    kiosk.check_for_handover()
    assert kiosk.pages.currentWidget() is kiosk.article
    assert tablet.rows("SELECT state FROM kiosk_handover") == [("waiting",)]


def test_not_me_hands_the_follow_up_back(tablet: Tablet, desk: LocalFollowUpDesk) -> None:
    hand_over(tablet)
    kiosk = tablet.kiosk(follow_ups=desk, handover_ms=20)
    tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.greeting)
    tablet.tap(kiosk, "follow-up-not-me")
    assert kiosk.pages.currentWidget() is kiosk.welcome
    assert tablet.rows("SELECT state FROM kiosk_handover") == [("cancelled",)]
