"""Follow-up answers on a real database: scored, matched to the due follow-up, flagged
for a clinician, audited, and kept as given."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clinic.settings import write_setting
from app.intake.form_check import FormChecker
from app.outcomes.follow_up_desk import LocalFollowUpDesk, store_follow_up
from app.outcomes.follow_up_matching import DueFollowUp, nearest_follow_up
from app.outcomes.follow_up_responses import FollowUpResponses
from app.outcomes.kiosk_handover import KioskHandovers
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import ChangeRefused, RecordBook, TreatmentEntry
from app.records.record_detail import load_record
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.intake_factory import IntakeFactory

TREATED = dt.date(2026, 3, 2)


@pytest.fixture
def clinic(knee_questionnaire, tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, int, Path]]:
    """One treated patient (KOOS JR all 'Moderate' at intake) and their follow-ups."""
    path = tmp_path / "k.db"
    factory = IntakeFactory(knee_questionnaire, path)
    saved = factory.submit("Ann", "Lee", **intake_koos_raw((2, 2, 2, 2, 2, 2, 2)))
    factory.close()
    conn = open_database(path)
    RecordBook(conn, knee_questionnaire).add_treatment(
        saved.intake_id,
        TreatmentEntry(TREATED, "left", "bone-marrow", 1, "Dr Okafor"),
        "rita",
        propose_follow_ups(TREATED, 1, DEFAULT_INTERVALS),
    )
    yield conn, saved.intake_id, path
    conn.close()


def checker(questionnaire) -> FormChecker:
    return FormChecker(questionnaire, today=lambda: dt.date(2026, 11, 24))


def follow_ups(conn: sqlite3.Connection, intake_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, due_on, done_by FROM follow_up WHERE intake_id = ? ORDER BY due_on",
        [intake_id],
    ).fetchall()


def test_the_intake_stores_koos_jr_only_when_all_seven_are_answered(
    knee_questionnaire, tmp_path: Path
) -> None:
    factory = IntakeFactory(knee_questionnaire, tmp_path / "k.db")
    full = factory.submit("Ann", "Lee", **intake_koos_raw((2, 2, 2, 2, 2, 2, 2)))
    six = intake_koos_raw((1, 1, 1, 1, 1, 1, 1))
    del six["koos-jr-7"]
    partial = factory.submit("Bea", "Ray", **six)
    factory.close()
    with contextlib.closing(open_database(tmp_path / "k.db")) as conn:
        rows = dict(
            (row[0], row[1:])
            for row in conn.execute("SELECT id, koos_jr_raw, koos_jr_score FROM intake")
        )
    assert rows[full.intake_id] == (14, 52.465)
    assert rows[partial.intake_id] == (None, None)  # incomplete: no score, never 0 or 100


def test_a_correction_to_a_koos_item_rescores_the_intake(clinic, knee_questionnaire) -> None:
    conn, intake_id, _ = clinic
    from app.intake.answers import AnswerValue

    RecordBook(conn, knee_questionnaire).correct_answer(
        intake_id, "koos-jr-1", (AnswerValue("valueCoding", "extreme", "Extreme"),),
        "Patient misread the question", "rita",
    )  # fmt: skip
    assert conn.execute(
        "SELECT koos_jr_raw, koos_jr_score FROM intake WHERE id = ?", [intake_id]
    ).fetchone() == (16, 47.487)


def test_answers_are_matched_to_the_nearest_due_follow_up_within_the_window() -> None:
    due = [DueFollowUp(1, dt.date(2026, 4, 13)), DueFollowUp(2, dt.date(2026, 6, 2))]
    assert nearest_follow_up(dt.date(2026, 4, 20), due, 21) == 1  # a week late
    assert nearest_follow_up(dt.date(2026, 5, 25), due, 21) == 2  # a week early
    assert nearest_follow_up(dt.date(2026, 5, 8), due, 21) is None  # between: unscheduled
    assert nearest_follow_up(dt.date(2026, 5, 8), due, 30) == 1  # the clinic's wider window
    tie = [DueFollowUp(7, dt.date(2026, 1, 10)), DueFollowUp(3, dt.date(2026, 1, 20))]
    assert nearest_follow_up(dt.date(2026, 1, 15), tie, 21) == 7  # a tie goes to the earlier


def test_follow_up_answers_are_scored_matched_and_tick_the_follow_up(
    clinic, follow_up_questionnaire
) -> None:
    conn, intake_id, _ = clinic
    six_weeks = follow_ups(conn, intake_id)[0]
    assert six_weeks[1] == "2026-04-13"
    result = store_follow_up(
        conn, checker(follow_up_questionnaire), intake_id,
        follow_up_raw((1, 1, 1, 0, 0, 1, 1)), source="staff-phone", by="rita",
        answered_at="2026-04-16T09:30:00+00:00",
    )  # fmt: skip
    assert result.saved is not None and result.saved.follow_up_id == six_weeks[0]
    row = conn.execute(
        "SELECT koos_jr_raw, koos_jr_score, pain_now, pain_worst_week, global_change,"
        " satisfaction, needs_review, source, entered_by FROM follow_up_response"
    ).fetchone()
    assert row == (5, 73.342, 3, 5, 2, "satisfied", 0, "staff-phone", "rita")
    assert follow_ups(conn, intake_id)[0][2] == "rita"  # ticked done by who entered it
    assert conn.execute(
        "SELECT follow_ups_answered, clinical_review_needed FROM intake WHERE id = ?",
        [intake_id],
    ).fetchone() == (1, 0)
    actions = [r[0] for r in conn.execute(
        "SELECT action FROM audit WHERE intake_id = ? ORDER BY id", [intake_id])]  # fmt: skip
    assert actions[-2:] == ["follow-up-answered", "follow-up-done"]


def test_answers_outside_every_window_are_kept_as_unscheduled(
    clinic, follow_up_questionnaire
) -> None:
    """Early, the window only (the 6 weeks are due on 13 April, the window is 21 days);
    late, until the clinic's ladder lets a follow-up go (42 days: issue 26)."""
    conn, intake_id, _ = clinic
    for answered_at, matched in (("2026-03-20", None), ("2026-05-08", 0)):
        result = store_follow_up(
            conn, checker(follow_up_questionnaire), intake_id, follow_up_raw(),
            source="staff-paper", by="rita", answered_at=f"{answered_at}T09:30:00+00:00",
        )  # fmt: skip
        assert result.saved is not None
        expected = None if matched is None else follow_ups(conn, intake_id)[matched][0]
        assert result.saved.follow_up_id == expected, answered_at
    assert all(done_by is None for _, _, done_by in follow_ups(conn, intake_id)[1:])


def test_a_problem_reported_flags_the_record_until_a_clinician_reviews_it(
    clinic, follow_up_questionnaire
) -> None:
    conn, intake_id, _ = clinic
    result = store_follow_up(
        conn, checker(follow_up_questionnaire), intake_id,
        follow_up_raw(problems=("problem-fever", "problem-other")), source="kiosk",
        by="kiosk", answered_at="2026-04-13T09:30:00+00:00",
    )  # fmt: skip
    assert result.saved is not None and result.saved.needs_review
    (problems,) = conn.execute("SELECT problems FROM follow_up_response").fetchone()
    assert json.loads(problems) == ["problem-fever", "problem-other"]
    flag = "SELECT clinical_review_needed FROM intake WHERE id = ?"
    assert conn.execute(flag, [intake_id]).fetchone() == (1,)
    reviewed = FollowUpResponses(conn, follow_up_questionnaire).mark_reviewed(
        intake_id, "dr.okafor", "2026-04-13T11:00:00+00:00"
    )
    assert reviewed == 1
    assert conn.execute(flag, [intake_id]).fetchone() == (0,)
    last = conn.execute("SELECT actor, action FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("dr.okafor", "clinical-review-done")


def test_answers_are_kept_as_given_and_a_resend_stores_nothing_new(
    clinic, follow_up_questionnaire
) -> None:
    conn, intake_id, _ = clinic
    for _ in range(2):
        result = store_follow_up(
            conn, checker(follow_up_questionnaire), intake_id, follow_up_raw(),
            source="kiosk", by="kiosk", answered_at="2026-04-13T09:30:00+00:00", uid="u-1",
        )  # fmt: skip
    assert result.saved is not None and result.saved.already_stored
    assert conn.execute("SELECT count(*) FROM follow_up_response").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError, match="kept as given"):
        conn.execute("UPDATE follow_up_response SET koos_jr_score = 100")


def test_an_incomplete_follow_up_is_named_and_nothing_is_stored(
    clinic, follow_up_questionnaire
) -> None:
    conn, intake_id, _ = clinic
    raw = follow_up_raw()
    del raw["global-change"]
    result = store_follow_up(
        conn, checker(follow_up_questionnaire), intake_id, raw, source="kiosk", by="kiosk",
        answered_at="2026-04-13T09:30:00+00:00",
    )  # fmt: skip
    assert list(result.issues) == ["global-change"] and result.saved is None
    assert conn.execute("SELECT count(*) FROM follow_up_response").fetchone() == (0,)


def test_a_kiosk_takes_a_handover_once_and_for_its_own_station_only(
    clinic, follow_up_questionnaire
) -> None:
    conn, intake_id, path = clinic
    now = [dt.datetime(2026, 4, 13, 9, 0, tzinfo=dt.UTC)]
    handovers = KioskHandovers(conn, clock=lambda: now[0])
    six_weeks = follow_ups(conn, intake_id)[0][0]
    conn.execute("INSERT INTO station (name, kind, credential_hash, paired_at, paired_by)"
                 " VALUES ('Tablet 2', 'kiosk', 'x', '2026-01-01', 'admin')")  # fmt: skip
    conn.commit()
    handovers.hand_over(intake_id, six_weeks, "rita", station_id=1)
    assert handovers.take_waiting(None) is None  # for Tablet 2, not this PC's kiosk
    taken = handovers.take_waiting(1)
    assert taken is not None and taken.first_name == "Ann"
    assert handovers.take_waiting(1) is None  # once
    with pytest.raises(ChangeRefused):
        handovers.hand_over(intake_id, 9999, "rita")

    handovers.hand_over(intake_id, six_weeks, "rita")
    now[0] += dt.timedelta(minutes=16)
    assert handovers.take_waiting(None) is None  # expired: nobody is greeted as Ann later

    now[0] = dt.datetime(2026, 4, 13, 10, 0, tzinfo=dt.UTC)
    handovers.hand_over(intake_id, six_weeks, "rita")
    desk = LocalFollowUpDesk(checker(follow_up_questionnaire), path, clock=lambda: now[0])
    try:
        handover = desk.take_waiting()
        assert handover is not None
        result = desk.submit(handover, follow_up_raw())
    finally:
        desk.close()
    assert result.saved is not None and result.saved.follow_up_id == six_weeks
    assert conn.execute(
        "SELECT state FROM kiosk_handover WHERE id = ?", [handover.id]
    ).fetchone() == ("answered",)
    detail = load_record(conn, intake_id)
    assert [r["entered_by"] for r in detail.follow_up_responses] == ["kiosk"]


def test_the_clinics_window_decides_what_counts_as_late(clinic, follow_up_questionnaire) -> None:
    conn, intake_id, _ = clinic
    write_setting(conn, "follow_up_window_days", 30)  # the clinic allows a month either side
    result = store_follow_up(
        conn, checker(follow_up_questionnaire), intake_id, follow_up_raw(),
        source="staff-paper", by="rita", answered_at="2026-05-08T09:30:00+00:00",
    )  # fmt: skip
    assert result.saved is not None
    assert result.saved.follow_up_id == follow_ups(conn, intake_id)[0][0]  # 25 days late
