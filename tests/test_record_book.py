"""Staff changes on a real database: each is its own row with who and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.intake.answers import AnswerValue
from app.records.follow_up_plan import (
    DEFAULT_INTERVALS,
    Interval,
    ProposedFollowUp,
    parse_intervals,
    propose_follow_ups,
)
from app.records.record_book import ChangeRefused, ContactEntry, RecordBook, TreatmentEntry
from app.records.record_detail import load_record
from app.records.records_list import RecordFilter, RecordsList, SortOrder
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.intake_factory import IntakeFactory

NOW = "2026-11-24T10:00:00+00:00"


@pytest.fixture
def setup(knee_questionnaire, tmp_path: Path) -> Iterator[tuple[IntakeFactory, sqlite3.Connection]]:
    path = tmp_path / "k.db"
    factory = IntakeFactory(knee_questionnaire, path)
    factory.service.open()
    conn = open_database(path)
    yield factory, conn
    conn.close()
    factory.close()


@pytest.fixture
def book(setup, knee_questionnaire) -> RecordBook:
    return RecordBook(setup[1], knee_questionnaire, now=lambda: NOW)


def test_follow_ups_are_proposed_at_the_clinics_intervals() -> None:
    proposals = propose_follow_ups(dt.date(2026, 1, 31), 2, DEFAULT_INTERVALS)
    assert [p.due_on for p in proposals] == [
        dt.date(2026, 3, 14),  # 6 weeks
        dt.date(2026, 4, 30),  # 3 months, clamped to the month's end
        dt.date(2026, 7, 31),
        dt.date(2027, 1, 31),
    ]
    assert proposals[0].purpose == "6 weeks after treatment 2"
    assert parse_intervals("2 weeks, 1 month,6m") == (
        Interval(2, "weeks"),
        Interval(1, "months"),
        Interval(6, "months"),
    )
    with pytest.raises(ValueError, match="soon"):
        parse_intervals("6 weeks, soon")


def test_status_changes_are_kept_with_who_when_and_a_reason_where_needed(setup, book) -> None:
    factory, conn = setup
    saved = factory.submit("Ann", "Lee")
    book.change_status(saved.intake_id, "contacted", "Rita")
    with pytest.raises(ChangeRefused):
        book.change_status(saved.intake_id, "not-a-candidate", "Rita", reason="  ")
    book.change_status(saved.intake_id, "not-a-candidate", "Dr Shah", reason="Knee replaced")
    record = load_record(conn, saved.intake_id)
    assert record.intake["status"] == "not-a-candidate"
    history = [
        (e["from_status"], e["to_status"], e["changed_by"], e["reason"])
        for e in record.status_changes
    ]
    assert history == [
        ("contacted", "not-a-candidate", "Dr Shah", "Knee replaced"),
        ("new", "contacted", "Rita", None),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE intake SET status = 'lost' WHERE id = ?", [saved.intake_id])


def test_a_treatment_with_its_accepted_follow_ups_shows_as_due_in_the_list(setup, book) -> None:
    factory, conn = setup
    saved = factory.submit("Ann", "Lee")
    treated = dt.date(2026, 10, 1)
    proposals = propose_follow_ups(treated, 1, book.follow_up_intervals())
    changed = [ProposedFollowUp(dt.date(2026, 11, 20), proposals[0].purpose), *proposals[1:]]
    entry = TreatmentEntry(treated, "left", "bone-marrow", 1, "Dr Shah", "Went well")
    book.add_treatment(saved.intake_id, entry, "Rita", changed)
    record = load_record(conn, saved.intake_id)
    assert [(t["knee"], t["cell_source"], t["clinician"]) for t in record.treatments] == [
        ("left", "bone-marrow", "Dr Shah")
    ]
    assert [f["due_on"] for f in record.follow_ups] == [
        "2026-11-20", "2027-01-01", "2027-04-01", "2027-10-01"
    ]  # fmt: skip
    records = RecordsList(conn, today=lambda: dt.date(2026, 11, 24))
    assert records.count(RecordFilter(follow_up="overdue")) == 1
    book.complete_follow_up(record.follow_ups[0]["id"], "Rita")
    assert records.count(RecordFilter(follow_up="overdue")) == 0
    (row,) = records.page(RecordFilter(), SortOrder(), 0, 10)
    assert row.next_follow_up_on == "2027-01-01"
    with pytest.raises(ChangeRefused):
        book.add_treatment(saved.intake_id, TreatmentEntry(treated, "left", "fat", 1, " "), "Rita")


def test_a_contact_with_a_next_action_date_plans_that_follow_up(setup, book) -> None:
    factory, conn = setup
    saved = factory.submit("Ann", "Lee")
    book.log_contact(
        saved.intake_id,
        ContactEntry("call", "left-message", "Voicemail", dt.date(2026, 11, 26)),
        "Rita",
    )
    record = load_record(conn, saved.intake_id)
    assert [
        (c["channel"], c["outcome"], c["note"], c["contacted_by"]) for c in record.contacts
    ] == [("call", "left-message", "Voicemail", "Rita")]
    assert [(f["due_on"], f["purpose"]) for f in record.follow_ups] == [
        ("2026-11-26", "Next step after call")
    ]


def test_a_correction_keeps_the_submitted_answer_and_updates_what_the_list_shows(
    setup, book
) -> None:
    factory, conn = setup
    saved = factory.submit("Ann", "Lee", pain_now="8", phone="202 555 0143")
    book.correct_answer(
        saved.intake_id, "pain-now", (AnswerValue("valueInteger", 5),), "Patient misread", "Rita"
    )
    book.correct_answer(
        saved.intake_id, "phone", (AnswerValue("valueString", "+14155550199"),), "New phone", "Rita"
    )
    record = load_record(conn, saved.intake_id)
    assert record.submitted_answers["pain-now"] == (AnswerValue("valueInteger", 8),)
    assert record.answers["pain-now"] == (AnswerValue("valueInteger", 5),)
    (first, second) = record.corrections
    assert second.old_values[0].value == "+12025550143"
    assert (first.link_id, first.old_values[0].value, first.new_values[0].value) == (
        "pain-now",
        8,
        5,
    )
    assert (first.corrected_by, first.corrected_at, first.reason) == (
        "Rita",
        NOW,
        "Patient misread",
    )
    assert record.intake["pain_now"] == 5 and record.patient["phone"] == "+14155550199"
    rows = RecordsList(conn).page(RecordFilter(search="415 555 0199"), SortOrder(), 0, 5)
    assert [row.intake_id for row in rows] == [saved.intake_id]
    with pytest.raises(sqlite3.IntegrityError):  # the patient's own answer cannot be edited
        conn.execute("UPDATE answer SET value = 1 WHERE link_id = 'pain-now'")
    with pytest.raises(ChangeRefused):
        book.correct_answer(saved.intake_id, "pain-now", (), "", "Rita")


def test_follow_up_intervals_are_a_clinic_setting(setup, book) -> None:
    assert book.follow_up_intervals() == DEFAULT_INTERVALS
    book.set_follow_up_intervals((Interval(4, "weeks"), Interval(6, "months")))
    assert book.follow_up_intervals() == (Interval(4, "weeks"), Interval(6, "months"))


def test_demo_follow_ups_belong_to_their_own_intakes_treatment(tmp_path: Path) -> None:
    """A demo intake whose first treatment would fall after today gets none, and no
    follow-up of another intake's treatment (it did, and crashed at 100,000 records)."""
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records

    conn = open_database(tmp_path / "demo.db")
    now = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    add_demo_records(conn, load_questionnaire(questionnaire_path()), 3000, now=now)
    mismatched = conn.execute(
        "SELECT count(*) FROM follow_up f JOIN treatment t ON t.id = f.treatment_id"
        " WHERE t.intake_id <> f.intake_id"
    ).fetchone()[0]
    future = conn.execute(
        "SELECT count(*) FROM treatment WHERE treated_on > ?", [now.date().isoformat()]
    ).fetchone()[0]
    assert (mismatched, future) == (0, 0)
    assert conn.execute("SELECT count(*) FROM treatment").fetchone()[0] > 1000
    conn.close()
