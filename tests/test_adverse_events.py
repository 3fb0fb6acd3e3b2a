"""Safety at every follow-up, adjudicated (issue 25): a problem a patient reported is
rated by a clinician from the record (cause, CTCAE grade, outcome), stored and audited,
the answer marked reviewed; reception cannot; a rating that makes no sense is refused
with a message beside it; the grouped report counts the events per preparation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.clinic.settings import write_setting
from app.outcomes.adverse_events import Rating, rate_problems, reported_problems
from app.outcomes.grouped_report import MIN_GROUP_KEY, build_grouped_report
from app.outcomes.outcomes_report import ReportFilter
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import ChangeRefused, RecordBook, TreatmentEntry
from app.staff.audit_chain import verify_chain
from tests.follow_up_answers import intake_koos_raw
from tests.test_record_outcomes import enter_by_phone
from tests.workspace_desk import Desk
from ui.outcomes.adverse_event_dialog import AdverseEventDialog

TREATED = dt.date(2026, 10, 13)


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def treated(desk: Desk, first: str = "Ann", product: str = "bone-marrow") -> int:
    saved = desk.factory.submit(first, "Lee", knee=("left",), **intake_koos_raw((2,) * 7))
    details = {"product": (product,), "image-guidance": ("ultrasound",)}
    RecordBook(desk.conn, desk.questionnaire).add_treatment(
        saved.intake_id, TreatmentEntry(TREATED, "left", product, 1, "Dr Okafor",  # type: ignore[arg-type]
                                        details=details),
        "rita", propose_follow_ups(TREATED, 1, DEFAULT_INTERVALS),
    )  # fmt: skip
    return saved.intake_id


def choose(box: QComboBox, code: object) -> None:
    box.setCurrentIndex(box.findData(code))
    assert box.currentData() == code


def test_a_clinician_rates_a_reported_problem_and_it_is_reviewed(desk: Desk) -> None:
    intake_id = treated(desk)
    sam = desk.accounts.add(desk.admin, "sam", "Sam Ode", "clinician", "first password 1")
    view = desk.open(staff=sam).open_record(intake_id)
    enter_by_phone(desk, view, problems=("problem-fever", "problem-swelling"))
    assert view.outcomes.review.isVisible() and view.outcomes.rate.isEnabled()
    desk.click(view.outcomes, "rate-problems")
    dialog = view.findChild(AdverseEventDialog)
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.rows) == 2
    related, grade, outcome, note, issue = dialog.rows[0]  # in the questionnaire's order
    # Half a rating (an outcome alone) is said to be incomplete, not silently dropped.
    choose(dialog.rows[1][2], "recovered")
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible() and dialog.rows[1][4].isVisible()
    dialog.rows[1][2].setCurrentIndex(0)  # back to "Choose…": left for later
    # Grade 5 with "Recovered": refused beside the row, nothing stored.
    choose(related, "possible")
    choose(grade, 5)
    choose(outcome, "recovered")
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible() and issue.isVisible() and "Fatal" in issue.text()
    assert desk.rows("SELECT count(*) FROM adverse_event") == [(0,)]
    choose(grade, 2)  # fixed: the message goes as it is fixed
    assert not issue.isVisible()
    desk.qtbot.keyClicks(note, "Settled with rest")
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    assert desk.rows(
        "SELECT problem, relatedness, grade, outcome, note, rated_by,"
        " treatment_id IS NOT NULL FROM adverse_event"
    ) == [("problem-swelling", "possible", 2, "recovered", "Settled with rest", "sam", 1)]
    # One of two problems rated: the answer still waits for its review.
    assert desk.rows("SELECT reviewed_at IS NULL FROM follow_up_response") == [(1,)]

    desk.click(view.outcomes, "rate-problems")
    dialog = next(d for d in view.findChildren(AdverseEventDialog) if d.isVisible())
    assert dialog.rows[0][1].currentData() == 2  # the rating shows, to change
    second = dialog.rows[1]
    choose(second[0], "not-related")
    choose(second[1], 1)
    choose(second[2], "recovering")
    choose(dialog.rows[0][1], 3)  # and the first one rated again, more severe
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    assert desk.rows("SELECT reviewed_by FROM follow_up_response") == [("sam",)]
    assert not view.outcomes.review.isVisible()
    assert desk.rows("SELECT problem, grade FROM adverse_event ORDER BY id") == [
        ("problem-swelling", 3), ("problem-fever", 1)
    ]  # fmt: skip
    actions = desk.rows("SELECT action, detail FROM audit WHERE action LIKE 'adverse-%'"
                        " ORDER BY id")  # fmt: skip
    assert [a for a, _ in actions] == [
        "adverse-event-rated", "adverse-event-rerated", "adverse-event-rated"
    ]  # fmt: skip
    assert "grade 2 to 3" in actions[1][1]
    assert verify_chain(desk.conn).intact


def test_reception_cannot_rate_and_the_book_refuses_nonsense(desk: Desk) -> None:
    intake_id = treated(desk)
    other = treated(desk, "Bo")
    bo = desk.accounts.add(desk.admin, "bo", "Bo", "reception", "first password 1")
    view = desk.open(staff=bo).open_record(intake_id)
    enter_by_phone(desk, view, problems=("problem-fever",))
    assert view.outcomes.rate.isVisible() and not view.outcomes.rate.isEnabled()
    assert "clinician" in view.outcomes.rate.toolTip()
    (problem,) = reported_problems(desk.conn, intake_id)
    good = Rating(problem.response_id, "problem-fever", "probable", 2, "recovered")
    at = "2026-11-24T10:00:00+00:00"
    with pytest.raises(ChangeRefused, match="clinicians-only"):
        rate_problems(desk.conn, intake_id, [good], "bo", "reception", at)
    for bad, code in (
        (Rating(problem.response_id, "problem-fever", "maybe", 2, "recovered"), "relatedness"),
        (Rating(problem.response_id, "problem-fever", "probable", 7, "recovered"), "grade"),
        (Rating(problem.response_id, "problem-fever", "probable", 2, "fine"), "outcome"),
        (Rating(problem.response_id, "problem-redness", "probable", 2, "recovered"), "no-such"),
    ):
        with pytest.raises(ChangeRefused, match=code):
            rate_problems(desk.conn, intake_id, [bad], "sam", "clinician", at)
    with pytest.raises(ChangeRefused, match="no-such-problem"):  # another patient's answer
        rate_problems(desk.conn, other, [good], "sam", "clinician", at)
    assert desk.rows("SELECT count(*) FROM adverse_event") == [(0,)]


def test_the_grouped_report_counts_adverse_events_per_preparation(
    desk: Desk, knee_questionnaire
) -> None:
    """Five marrow patients (a fever rated possible grade 3, swelling rated not related)
    and five PRP patients (a flare rated probable grade 1, one reported not yet rated)."""
    from app.intake.form_check import FormChecker
    from app.outcomes import follow_up_questionnaire
    from app.outcomes.follow_up_desk import store_follow_up
    from tests.follow_up_answers import follow_up_raw

    check = FormChecker(follow_up_questionnaire(), today=lambda: dt.date(2026, 12, 1))
    ids = {f"{p}{n}": treated(desk, f"{p}{n}", product)
           for p, product in (("M", "bone-marrow"), ("P", "prp")) for n in range(5)}  # fmt: skip

    def answer(name: str, *problems: str) -> int:
        result = store_follow_up(
            desk.conn, check, ids[name], follow_up_raw((1,) * 7, pain_now=3, problems=problems),
            source="staff-phone", by="rita", answered_at="2026-11-24T10:00:00+00:00",
        )  # fmt: skip
        assert result.saved is not None
        return ids[name]

    at = "2026-11-25T10:00:00+00:00"
    for intake_id, ratings in (
        (answer("M0", "problem-fever"), [("problem-fever", "possible", 3, "recovered")]),
        (answer("M1", "problem-swelling"), [("problem-swelling", "not-related", 1, "recovered")]),
        (answer("P0", "problem-pain-flare"), [("problem-pain-flare", "probable", 1, "recovering")]),
        (answer("P1", "problem-fever"), []),
    ):
        (problem, *_rest) = reported_problems(desk.conn, intake_id)
        chosen = [Rating(problem.response_id, *r) for r in ratings]  # type: ignore[arg-type]
        rate_problems(desk.conn, intake_id, chosen, "sam", "clinician", at)
    write_setting(desk.conn, MIN_GROUP_KEY, 5)
    report = build_grouped_report(desk.conn, knee_questionnaire, ReportFilter(), "product")
    by_group = {g.group: g.adverse for g in report.groups}
    marrow, prp = by_group["bone-marrow"], by_group["prp"]
    assert marrow is not None and prp is not None
    assert (marrow.related, marrow.serious, marrow.rated, marrow.reported) == (1, 1, 2, 2)
    assert (prp.related, prp.serious, prp.rated, prp.reported) == (1, 0, 1, 2)
    every = report.everyone_adverse
    assert every is not None and (every.related, every.rated, every.reported) == (2, 3, 4)


def test_what_the_records_refuse_is_said_in_words() -> None:
    from ui.workspace.record_view import change_refused_message

    for code in ("treatment-details", "treatment-product", "no-such-problem",
                 "adverse-event-grade-5-is-fatal", "adverse-event-outcome"):  # fmt: skip
        said = change_refused_message(code)
        assert code not in said and "could not be made" not in said
