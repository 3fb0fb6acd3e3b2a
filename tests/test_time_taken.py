"""The kiosk's welcome page says how long this clinic's patients take, measured from
their own kiosk intakes (issue 28): each intake is timed from choosing a language to
signing, on the app's clock; the figure is a median, shown once five were timed; a
tablet sends its time with the intake and reads the host's figure with the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from app.intake.timing import minutes_from_wire, seconds_between, seconds_from_wire
from tests.fixed_clock import Clock
from tests.intake_factory import complete_raw_answers
from tests.kiosk_tablet import Tablet
from tests.test_host_checks_what_stations_send import Clinic, call
from ui.kiosk.kiosk_window import KioskWindow


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def welcome_words(kiosk: KioskWindow) -> str:
    lead = kiosk.welcome.findChild(QLabel, "welcome-lead")
    assert lead is not None and lead.isVisible()
    return lead.text()


def sign_and_send(tablet: Tablet, kiosk: KioskWindow, sections_left: int) -> None:
    """Next through the sections left, then review, tick, sign and send."""
    for _ in range(sections_left):
        tablet.tap(kiosk, "questions-next")
    tablet.tap(kiosk, "review-next")
    tablet.qtbot.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    tablet.sign(kiosk)
    tablet.tap(kiosk, "consent-send")
    assert kiosk.pages.currentWidget() is kiosk.thank_you


def one_patient(tablet: Tablet, kiosk: KioskWindow, minutes: float) -> None:
    """A patient who takes ``minutes`` from touching their language to signing."""
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    kiosk.form.set_raw_answers(complete_raw_answers(tablet.questionnaire))
    tablet.clock.now += dt.timedelta(minutes=minutes)
    sign_and_send(tablet, kiosk, kiosk.form.section_count)
    tablet.tap(kiosk, "thank-you-done")
    assert kiosk.pages.currentWidget() is kiosk.welcome


def test_the_welcome_page_gives_the_median_of_this_clinics_timed_kiosk_intakes(
    tablet: Tablet,
) -> None:
    kiosk = tablet.kiosk()
    # No intake timed yet: no figure rather than a guess.
    assert welcome_words(kiosk) == (
        "Please tell us about your knee before your visit. "
        "Your answers go to the clinic's staff only."
    )
    for minutes in (6, 9.5, 7, 40):  # one went for coffee
        one_patient(tablet, kiosk, minutes)
    assert "minute" not in welcome_words(kiosk)  # four are too few
    one_patient(tablet, kiosk, 8.2)
    assert tablet.rows("SELECT seconds_taken FROM intake ORDER BY id") == [
        (360,),
        (570,),
        (420,),
        (2400,),
        (492,),
    ]
    # The median of 6, 7, 8.2, 9.5 and 40 minutes is 8.2: "about 8 minutes".
    assert "Most people finish in about 8\u00a0minutes." in welcome_words(kiosk)


def test_an_intake_picked_up_from_a_draft_is_not_timed(tablet: Tablet) -> None:
    kiosk = tablet.kiosk()
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    kiosk.form.set_raw_answers(complete_raw_answers(tablet.questionnaire))
    tablet.tap(kiosk, "questions-next")  # the draft keeps the page
    kiosk.shut_down()  # the tablet restarts mid-form
    again = tablet.kiosk()
    assert again.pages.currentWidget() is again.questions
    tablet.clock.now += dt.timedelta(minutes=3)
    sign_and_send(tablet, again, again.form.section_count - 1)
    assert tablet.rows("SELECT source, seconds_taken FROM intake") == [("kiosk", None)]


def test_a_tablet_sends_its_time_and_reads_the_hosts_figure(tmp_path: Path, knee_questionnaire):
    clinic = Clinic(tmp_path, knee_questionnaire, Clock())
    try:
        for seconds in (300, 420, 480, 600, "ten minutes", True, 10**9):
            assert clinic.send({**clinic.intake(), "seconds_taken": seconds})[0] == 201
        # Odd values cost the figure one intake each, never the intake itself.
        assert clinic.rows("SELECT seconds_taken FROM intake ORDER BY id") == [
            (300,),
            (420,),
            (480,),
            (600,),
            (None,),
            (None,),
            (None,),
        ]
        status, form = call(clinic.app, "GET", "/v1/form", **clinic.bearer["kiosk"])
        assert status == 200 and form["settings"]["typical_intake_minutes"] is None  # 4 timed
        assert clinic.send({**clinic.intake(), "seconds_taken": 450})[0] == 201
        status, form = call(clinic.app, "GET", "/v1/form", **clinic.bearer["kiosk"])
        assert form["settings"]["typical_intake_minutes"] == 8  # median 450 s = 7.5 min
        assert minutes_from_wire(form["settings"]["typical_intake_minutes"]) == 8
    finally:
        clinic.close()


def test_only_sane_times_count() -> None:
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    assert seconds_between(start, start + dt.timedelta(seconds=61.2)) == 62
    assert seconds_between(None, start) is None
    assert seconds_between(start, start - dt.timedelta(minutes=1)) is None  # clock set back
    assert seconds_between(start, start + dt.timedelta(hours=5)) is None  # left open
    assert seconds_from_wire(False) is None and minutes_from_wire("8") is None


def test_a_spanish_welcome_page_keeps_its_title_on_one_line_and_the_figure_with_its_unit(
    tablet: Tablet,
) -> None:
    kiosk = tablet.kiosk(bilingual=True)
    for minutes in (8, 8, 8, 8, 8):
        one_patient(tablet, kiosk, minutes)
    kiosk.use_language("es")  # a clinic whose PCs are in Spanish
    kiosk.reset()
    kiosk.use_language("es")
    kiosk._show(kiosk.welcome)
    tablet.qtbot.wait(20)
    title = kiosk.welcome.findChild(QLabel, "welcome-title")
    assert title.text() == "Le damos la bienvenida"
    one_line = title.fontMetrics().boundingRect(title.text())
    assert title.width() >= one_line.width() and title.height() < 2 * one_line.height()
    assert "unos 8\u00a0minutos" in welcome_words(kiosk)
