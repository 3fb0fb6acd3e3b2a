"""A record's outcomes, driven as reception and a clinician would: follow-up answers
entered by phone, a problem reported and reviewed, the tablet handed over, the chart."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import RecordBook, TreatmentEntry
from tests.follow_up_answers import fill_follow_up, intake_koos_raw
from tests.form_driver import FormDriver
from tests.workspace_desk import Desk
from ui.outcomes.follow_up_dialogs import FollowUpEntryDialog, HandOverDialog
from ui.workspace.labels import show_date

TREATED = dt.date(2026, 10, 13)  # 6 weeks: 24 November, today in these tests


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def treated_patient(desk: Desk) -> int:
    saved = desk.factory.submit("Ann", "Lee", knee=("left",), **intake_koos_raw((2,) * 7))
    RecordBook(desk.conn, desk.questionnaire).add_treatment(
        saved.intake_id, TreatmentEntry(TREATED, "left", "bone-marrow", 1, "Dr Okafor"),
        "rita", propose_follow_ups(TREATED, 1, DEFAULT_INTERVALS),
    )  # fmt: skip
    return saved.intake_id


def enter_by_phone(desk: Desk, view, **answers) -> FollowUpEntryDialog:
    view.tabs.setCurrentWidget(view.outcomes)
    desk.click(view.outcomes, "enter-follow-up")
    dialog = view.findChild(FollowUpEntryDialog)
    assert dialog is not None and dialog.isVisible()
    fill_follow_up(FormDriver(dialog.form, desk.qtbot), **answers)
    save = dialog.findChild(QPushButton, "follow-up-save")
    dialog.form.ensureWidgetVisible(save)
    desk.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    return dialog


def test_staff_enter_a_follow_up_by_phone_and_the_record_shows_the_change(desk: Desk) -> None:
    intake_id = treated_patient(desk)
    window = desk.open()
    view = window.open_record(intake_id)
    assert view.outcomes.change.text() == "KOOS JR 52.5 at intake; no follow-up score yet"

    dialog = enter_by_phone(desk, view, koos=(0, 1, 0, 1, 0, 1, 0), pain_now=2)
    assert not dialog.isVisible()
    [row] = desk.rows(
        "SELECT source, entered_by, koos_jr_score, pain_now, follow_up_id,"
        " (SELECT purpose FROM follow_up WHERE id = follow_up_id) FROM follow_up_response"
    )
    assert row == ("staff-phone", "Rita", 79.914, 2, row[4], "6 weeks after treatment 1")
    # On screen: the change since the intake, marked meaningful (+27.4 ≥ 14; pain 5 → 2).
    [(answered_at,)] = desk.rows("SELECT answered_at FROM follow_up_response")
    on = show_date(answered_at)  # stamped with the time it was entered
    assert view.outcomes.change.text() == (
        f"KOOS JR 52.5 → 79.9 on {on} (+27.4, meaningful); pain 5 → 2 (-3, meaningful)"
    )
    line = view.outcomes.responses.item(0).text()
    assert "6 weeks after treatment 1" in line and "By phone (Rita)" in line
    assert "KOOS JR 79.9" in line and "better" in line
    chart = view.outcomes.chart.data
    assert chart is not None
    koos, pain = chart.panels
    assert [y for _, y in koos.points] == [52.465, 79.914]
    assert [y for _, y in pain.points] == [5.0, 2.0]
    assert [label for _, label in chart.markers] == ["T1 · 13 Oct · Left · Bone marrow"]
    assert view.outcomes.chart.accessibleDescription() == view.outcomes.change.text()
    summary = view.summary()  # the printed one-page summary carries the scores too
    assert "At intake: 52.5" in summary and "<td>79.9</td><td>2</td>" in summary


def test_a_follow_up_with_a_missing_answer_is_kept_on_screen_and_not_stored(desk: Desk) -> None:
    intake_id = treated_patient(desk)
    view = desk.open().open_record(intake_id)
    view.tabs.setCurrentWidget(view.outcomes)
    desk.click(view.outcomes, "enter-follow-up")
    dialog = view.findChild(FollowUpEntryDialog)
    driver = FormDriver(dialog.form, desk.qtbot)
    driver.choose("pain-now", "4")
    desk.qtbot.mouseClick(dialog.findChild(QPushButton, "follow-up-save"),
                          Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Please" in dialog.form.issue_text("global-change")
    assert desk.rows("SELECT count(*) FROM follow_up_response") == [(0,)]
    assert dialog.form.raw_answers()["pain-now"] == "4"  # nothing entered is lost


def test_a_problem_reported_is_flagged_until_a_clinician_marks_it_reviewed(desk: Desk) -> None:
    intake_id = treated_patient(desk)
    window = desk.open()
    view = window.open_record(intake_id)
    enter_by_phone(desk, view, problems=("problem-fever",))
    assert view.outcomes.review.isVisible()
    assert "A fever" in view.outcomes.review_text.text()
    assert view.tabs.tabText(1) == "Outcomes ⚕"
    assert "Problem reported after treatment" in view.flags.text()
    window.model.reload()
    assert window.model.index(0, 7).data().startswith("⚕ Problem reported")

    desk.click(view.outcomes, "mark-reviewed")
    assert not view.outcomes.review.isVisible() and view.tabs.tabText(1) == "Outcomes"
    assert desk.rows("SELECT reviewed_by FROM follow_up_response") == [("Rita",)]
    assert desk.rows("SELECT clinical_review_needed FROM intake") == [(0,)]


def test_reception_hands_the_tablet_to_the_patient_for_their_due_follow_up(desk: Desk) -> None:
    intake_id = treated_patient(desk)
    view = desk.open().open_record(intake_id)
    view.tabs.setCurrentWidget(view.outcomes)
    desk.click(view.outcomes, "hand-over")
    dialog = view.findChild(HandOverDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.which.currentText().startswith("6 weeks after treatment 1")
    assert dialog.kiosk.currentText() == "Any kiosk of this clinic"
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    [row] = desk.rows("SELECT state, created_by, station_id, follow_up_id FROM kiosk_handover")
    due = desk.rows("SELECT id FROM follow_up WHERE due_on = '2026-11-24'")[0][0]
    assert row == ("waiting", "Rita", None, due)


def test_one_record_exports_as_fhir_from_the_record(desk: Desk) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    intake_id = treated_patient(desk)
    target = desk.exports / "ann.fhir.json"
    window = desk.open(choose_fhir_path=lambda _parent, _name: target)
    view = window.open_record(intake_id)
    enter_by_phone(desk, view)
    desk.click(view, "export-fhir")
    bundle = json.loads(target.read_text(encoding="utf-8"))
    get_fhir_model_class("Bundle").model_validate(bundle)
    kinds = sorted(e["resource"]["resourceType"] for e in bundle["entry"])
    assert kinds == ["Observation", "Observation", "Patient", "Procedure", "Questionnaire",
                     "Questionnaire", "QuestionnaireResponse", "QuestionnaireResponse"]  # fmt: skip
    assert target.stat().st_mode & 0o077 == 0
    assert desk.rows("SELECT action, intake_id FROM audit ORDER BY id DESC LIMIT 1") == [
        ("export-fhir", intake_id)
    ]


def test_only_a_clinician_marks_a_reported_problem_reviewed(desk: Desk) -> None:
    """Reception sees the problem and the button, which says why it is not theirs; the
    records refuse a receptionist's review whatever the screen does."""
    from app.records.clinic_records import LocalClinicRecords
    from app.records.record_book import ChangeRefused

    intake_id = treated_patient(desk)
    bo = desk.accounts.add(desk.admin, "bo", "Bo", "reception", "first password 1")
    view = desk.open(staff=bo).open_record(intake_id)
    enter_by_phone(desk, view, problems=("problem-fever",))
    button = view.outcomes.mark_reviewed
    assert view.outcomes.review.isVisible() and not button.isEnabled()
    assert "clinician" in button.toolTip()
    records = LocalClinicRecords(desk.conn, desk.questionnaire)
    with pytest.raises(ChangeRefused, match="clinicians-only"):
        records.mark_reviewed(intake_id, "bo", "reception")
    assert desk.rows("SELECT clinical_review_needed FROM intake") == [(1,)]
    records.mark_reviewed(intake_id, "sam", "clinician")
    assert desk.rows("SELECT reviewed_by FROM follow_up_response") == [("sam",)]
