"""The records list against a real database: search, filters, sort and paging in SQL."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.intake.form_check import FormChecker
from app.outcomes.follow_up_desk import store_follow_up
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.patient_matches import MatchAlreadyDecided, PatientMatches
from app.records.record_book import RecordBook, TreatmentEntry
from app.records.records_list import Column, RecordFilter, RecordsList, SortOrder
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.follow_up_answers import follow_up_raw
from tests.intake_factory import IntakeFactory

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "knee-intake.db"


@pytest.fixture
def factory(knee_questionnaire, db_path: Path) -> Iterator[IntakeFactory]:
    made = IntakeFactory(knee_questionnaire, db_path)
    yield made
    made.close()


@pytest.fixture
def conn(factory: IntakeFactory, db_path: Path) -> Iterator[sqlite3.Connection]:
    factory.service.open()
    connection = open_database(db_path)
    yield connection
    connection.close()


def names(rows) -> list[str]:
    return [f"{row.first_name} {row.last_name}" for row in rows]


def found(conn, text: str, *, match_review: bool = False) -> list[str]:
    records = RecordsList(conn, today=lambda: TODAY)
    record_filter = RecordFilter(search=text, match_review=match_review)
    return sorted(names(records.page(record_filter, SortOrder(), 0, 100)))


def test_a_phone_number_matches_however_it_is_typed(factory, conn) -> None:
    factory.submit("Ann", "Lee", phone="(202) 555-0143")
    factory.submit("Bob", "Ray", phone="312-555-0187")
    for typed in (
        "202 555 0143",
        "(202) 555-0143",
        "+1 202 555 0143",
        "1-202-555-0143",
        "2025550143",
        "555-0143",
        "0143",
        "202.555",
    ):
        assert found(conn, typed) == ["Ann Lee"], typed
    assert found(conn, "555") == ["Ann Lee", "Bob Ray"]
    assert found(conn, "999 999") == []


def test_names_and_email_match_from_their_start_ignoring_case_and_accents(factory, conn) -> None:
    factory.submit("Zoë", "Müller", email="zoe.m@example.org")
    factory.submit("José", "García-López", phone="312-555-0187")
    factory.submit("Ann", "Lee", phone="415-555-0101", email="ann@example.com")
    assert found(conn, "zoe") == ["Zoë Müller"]
    assert found(conn, "MULL") == ["Zoë Müller"]
    assert found(conn, "garcia") == ["José García-López"]
    assert found(conn, "lopez jo") == ["José García-López"]
    assert found(conn, "zoe.m@ex") == ["Zoë Müller"]
    assert found(conn, "example") == ["Ann Lee", "Zoë Müller"]
    assert found(conn, 'an"n') == []  # a quote in the box is text, not FTS syntax
    assert found(conn, " - ") == ["Ann Lee", "José García-López", "Zoë Müller"]  # no words


def test_a_birth_date_finds_the_patient_however_it_is_written(factory, conn) -> None:
    factory.submit("Maria", "García", born=("1952", "3", "12"), phone="202 555 0143")
    factory.submit("Tom", "Day", born=("1952", "12", "3"), phone="312 555 0187")
    factory.submit("Ann", "Lee", born=("1960", "5", "17"), phone="415 555 0101")
    for typed in ("1952-03-12", "12 Mar 1952", "12 march 1952", "12 de marzo de 1952"):
        assert found(conn, typed) == ["Maria García"], typed
    # Day and month both 12 or less: either way round (the list shows each birth date).
    for typed in ("12/03/1952", "3/12/1952", "12.3.1952", "03-12-1952"):
        assert found(conn, typed) == ["Maria García", "Tom Day"], typed
    assert found(conn, "17/5/1960") == ["Ann Lee"]  # only one reading is a date
    assert found(conn, "5/17/1960") == ["Ann Lee"]
    assert found(conn, "garcia 12/03/1952") == ["Maria García"]  # with the name
    assert found(conn, "lee 12/03/1952") == []
    assert found(conn, "31/02/1952") == []  # no such day: searched as digits, found nothing
    assert found(conn, "17/5/2099") == []  # not born yet: not a birth date
    assert found(conn, "555-0143") == ["Maria García"]  # a phone is still a phone


def test_the_search_index_follows_a_returning_patients_new_number(factory, conn) -> None:
    factory.submit("Ann", "Lee", phone="202 555 0143")
    factory.submit("Ann", "Lee", phone="415 555 0199")  # same person, new phone
    # Until staff decide, each intake is found by the number given with it.
    assert found(conn, "415 555 0199") == ["Ann Lee"]
    assert found(conn, "202 555 0143") == ["Ann Lee"]
    assert found(conn, "", match_review=True) == ["Ann Lee", "Ann Lee"]
    [match] = PatientMatches(conn).pending()
    assert PatientMatches(conn).decide(match.id, "same", by="rita") == match.earlier.id
    assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == 1
    assert found(conn, "415 555 0199") == ["Ann Lee", "Ann Lee"]  # both intakes
    assert found(conn, "202 555 0143") == []
    assert found(conn, "", match_review=True) == []


def test_staff_keep_apart_two_people_with_one_name_and_birthday(factory, conn) -> None:
    first = factory.submit("Kamala", "Raj", phone="202 555 0143")
    second = factory.submit("Kamala", "Raj", phone="415 555 0199")  # her twin cousin
    [match] = PatientMatches(conn).pending()
    PatientMatches(conn).decide(match.id, "different", by="rita")
    assert PatientMatches(conn).pending() == []
    phones = dict(conn.execute("SELECT id, phone FROM patient").fetchall())
    assert phones == {first.patient_id: "+12025550143", second.patient_id: "+14155550199"}
    with pytest.raises(MatchAlreadyDecided):
        PatientMatches(conn).decide(match.id, "same", by="rita")
    actions = [a for (a,) in conn.execute("SELECT action FROM audit ORDER BY id")]
    assert actions == ["patient-kept-apart"]


def test_flag_status_follow_up_and_date_filters(factory, conn) -> None:
    day = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
    factory.submit("Ann", "Imaged", imaging_xray=True, at=day)
    factory.submit("Bob", "Screen", health_diabetes=True, at=day + dt.timedelta(days=10))
    late = factory.submit("Cy", "Late", at=day + dt.timedelta(days=20))
    soon = factory.submit("Di", "Soon", at=day + dt.timedelta(days=21))
    conn.execute("UPDATE intake SET status = 'contacted' WHERE id = ?", [late.intake_id])
    for saved, due in ((late, "2026-11-20"), (soon, "2026-11-27")):
        conn.execute(
            "INSERT INTO follow_up (intake_id, due_on, purpose, created_by, created_at)"
            " VALUES (?, ?, 'call', 'test', 'now')",
            [saved.intake_id, due],
        )
    conn.commit()
    records = RecordsList(conn, today=lambda: TODAY)

    def matching(**kwargs) -> list[str]:
        record_filter = RecordFilter(**kwargs)
        rows = records.page(record_filter, SortOrder(Column.NAME, False), 0, 100)
        assert records.count(record_filter) == len(rows)
        return names(rows)

    assert matching(imaging_needed=False) == ["Ann Imaged"]
    assert matching(imaging_needed=True) == ["Cy Late", "Bob Screen", "Di Soon"]
    assert matching(screening_review=True) == ["Bob Screen"]
    assert matching(statuses=frozenset({"contacted"})) == ["Cy Late"]
    assert matching(statuses=frozenset({"new", "closed"})) == [
        "Ann Imaged",
        "Bob Screen",
        "Di Soon",
    ]
    assert matching(follow_up="overdue") == ["Cy Late"]
    assert matching(follow_up="due-this-week") == ["Di Soon"]
    assert matching(follow_up="none-planned") == ["Ann Imaged", "Bob Screen"]
    assert matching(submitted_from=dt.date(2026, 11, 11)) == ["Cy Late", "Bob Screen", "Di Soon"]
    assert matching(submitted_from=dt.date(2026, 11, 11), submitted_to=dt.date(2026, 11, 21)) == [
        "Cy Late",
        "Bob Screen",
    ]
    assert matching(search="late", follow_up="overdue") == ["Cy Late"]
    assert matching(search="soon", follow_up="overdue") == []
    conn.execute(
        "INSERT INTO follow_up (intake_id, due_on, purpose, created_by, created_at)"
        " VALUES (?, ?, 'call', 'test', 'now')",
        [factory.submit("Ed", "Today", at=day).intake_id, TODAY.isoformat()],
    )
    conn.commit()
    assert matching(follow_up="due-now") == ["Cy Late", "Ed Today"]  # today's calls too
    assert matching(follow_up="overdue") == ["Cy Late"]


def test_every_column_sorts_in_sql_both_ways_and_pages_never_overlap(factory, conn) -> None:
    start = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    for n in range(23):
        factory.submit(
            f"P{n:02d}",
            ["Young", "Adams", "Moss"][n % 3],
            born=(str(1940 + n), "3", "4"),
            phone=f"202 555 01{n:02d}",
            pain_now=str(n % 11),
            at=start + dt.timedelta(days=n),
        )
    records = RecordsList(conn, today=lambda: TODAY)
    everything = RecordFilter()
    for column in Column:
        for descending in (False, True):
            order = SortOrder(column, descending)
            whole = records.page(everything, order, 0, 1000)
            paged = [
                row
                for offset in range(0, 23, 5)
                for row in records.page(everything, order, offset, 5)
            ]
            assert [r.intake_id for r in paged] == [r.intake_id for r in whole]
            assert len({r.intake_id for r in whole}) == 23
    by_age = records.page(everything, SortOrder(Column.AGE, False), 0, 3)
    assert [row.age_on(TODAY) for row in by_age] == [64, 65, 66]
    by_pain = records.page(everything, SortOrder(Column.PAIN_NOW, True), 0, 3)
    assert [row.pain_now for row in by_pain] == [10, 10, 9]
    by_name = records.page(everything, SortOrder(Column.NAME, False), 0, 1)
    assert by_name[0].last_name == "Adams"


def test_age_and_follow_up_state_are_worked_out_for_today() -> None:
    from app.records.records_list import RecordRow

    row = RecordRow(1, 1, "2026-01-01T00:00:00+00:00", "Lee", "Ann", "1960-11-25", None, None,
                    None, None, True, False, "new", "2026-11-23", False)  # fmt: skip
    assert row.age_on(TODAY) == 65  # 66 tomorrow
    assert row.follow_up_state(TODAY) == "overdue"
    assert row.follow_up_state(dt.date(2026, 11, 23)) == "due"
    assert row.follow_up_state(dt.date(2026, 11, 10)) == "planned"


def test_a_first_version_database_is_upgraded_and_its_patients_are_searchable(
    tmp_path: Path,
) -> None:
    from sqlite_utils import Database

    from app.storage.schema import migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations().apply(old, stop_before="m002_reception_workspace")
    old.execute(
        "INSERT INTO patient (first_name, last_name, birth_date, match_key, phone,"
        " created_at, updated_at) VALUES ('Ann', 'Lee', '1960-01-02', 'k', '+12025550143',"
        " 't', 't')"
    )
    old.conn.commit()
    old.close()
    conn = open_database(path)
    try:
        hits = conn.execute(
            "SELECT rowid FROM patient_fts WHERE patient_fts MATCH ?", ['phone_search : "5550143"*']
        ).fetchall()
        assert hits == [(1,)]
    finally:
        conn.close()


@pytest.fixture
def demo_conn(knee_questionnaire, db_path: Path) -> Iterator[sqlite3.Connection]:
    """600 demo records with treatments and follow-ups, and planner statistics."""
    from app.records.demo_data import add_demo_records

    connection = open_database(db_path)
    now = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
    add_demo_records(connection, knee_questionnaire, 600, now=now)
    yield connection
    connection.close()


def test_an_index_serves_every_sort_both_ways(demo_conn) -> None:
    """At 100,000 records a sort of every row takes 100-200 ms; an index takes ~2 ms
    (docs/PERFORMANCE.md). A full sort shows in the plan as a temp B-tree for the whole
    ORDER BY; the intake id that breaks ties within one patient may be sorted apart."""
    records = RecordsList(demo_conn, today=lambda: TODAY)
    for column in Column:
        for descending in (False, True):
            plan = records.page_plan(RecordFilter(), SortOrder(column, descending), 0, 200)
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (column, descending, plan)
            assert any("USING INDEX" in step for step in plan), (column, descending, plan)


def test_blanks_sort_last_both_ways(demo_conn) -> None:
    records = RecordsList(demo_conn, today=lambda: TODAY)
    everything = RecordFilter()
    for descending in (False, True):
        rows = records.page(everything, SortOrder(Column.NEXT_FOLLOW_UP, descending), 0, 1000)
        dates = [row.next_follow_up_on for row in rows]
        planned = [date for date in dates if date is not None]
        assert 0 < len(planned) < len(dates)
        assert dates == planned + [None] * (len(dates) - len(planned))
        assert planned == sorted(planned, reverse=descending)


def test_a_broad_search_reads_in_list_order_and_finds_the_same_rows(demo_conn) -> None:
    """A search matching many patients filters the list as read in its order; a narrow
    one starts from its matches. Both must give the same rows, page after page."""
    records = RecordsList(demo_conn, today=lambda: TODAY)
    broad, narrow = RecordFilter(search="a"), RecordFilter(search="Garcí")
    order = SortOrder(Column.NAME, False)
    # The first step drives the query: reading patients by name, or looking them up
    # one by one from the search's matches.
    assert records.page_plan(broad, order, 0, 10)[0] == "SCAN p USING INDEX patient_name"
    assert records.page_plan(narrow, order, 0, 10)[0].startswith("SEARCH ")
    # A page of 1000 makes the same search "narrow": the two ways must agree.
    whole = [row.intake_id for row in records.page(broad, order, 0, 1000)]
    paged = [
        row.intake_id
        for offset in range(0, 600, 10)
        for row in records.page(broad, order, offset, 10)
    ]
    assert paged == whole
    assert records.page_plan(broad, order, 0, 1000)[0].startswith("SEARCH ")
    assert 100 < len(whole) < 600


def test_demo_records_have_treatments_spaced_weeks_apart_and_follow_ups(demo_conn) -> None:
    treated = demo_conn.execute(
        "SELECT i.status, count(t.id), min(t.treated_on) >= date(i.submitted_at)"
        " FROM intake AS i JOIN treatment AS t ON t.intake_id = i.id GROUP BY i.id"
    ).fetchall()
    assert treated and {status for status, _, _ in treated} <= {"treatment", "follow-up", "closed"}
    assert all(1 <= count <= 3 and after for _, count, after in treated)
    gaps = demo_conn.execute(
        "SELECT julianday(b.treated_on) - julianday(a.treated_on) FROM treatment AS a"
        " JOIN treatment AS b ON b.intake_id = a.intake_id"
        " AND b.treatment_number = a.treatment_number + 1"
    ).fetchall()
    assert gaps and all(28 <= days <= 56 for (days,) in gaps)
    pending_when_closed = demo_conn.execute(
        "SELECT count(*) FROM follow_up JOIN intake ON intake.id = follow_up.intake_id"
        " WHERE intake.status = 'closed' AND follow_up.done_at IS NULL"
    ).fetchone()[0]
    assert pending_when_closed == 0
    overdue = RecordsList(demo_conn, today=lambda: TODAY).count(RecordFilter(follow_up="overdue"))
    assert overdue > 0


def test_the_list_finds_answered_follow_ups_due_ones_and_problems_reported(
    knee_questionnaire, follow_up_questionnaire, tmp_path
) -> None:
    factory = IntakeFactory(knee_questionnaire, tmp_path / "k.db")
    names = ("Ann", "Bo", "Cy", "Dee")
    ids = {name: factory.submit(name, "Lee").intake_id for name in names}
    factory.close()
    with contextlib.closing(open_database(tmp_path / "k.db")) as conn:
        book = RecordBook(conn, knee_questionnaire)
        treated = dt.date(2026, 9, 1)  # 6 weeks: 13 October, due by 24 November
        for name in ("Ann", "Bo", "Cy"):
            book.add_treatment(
                ids[name], TreatmentEntry(treated, "left", "fat", 1, "Dr Okafor"), "rita",
                propose_follow_ups(treated, 1, DEFAULT_INTERVALS),
            )  # fmt: skip
        check = FormChecker(follow_up_questionnaire)
        store_follow_up(conn, check, ids["Ann"], follow_up_raw(), source="kiosk", by="kiosk",
                        answered_at="2026-10-13T10:00:00+00:00")  # fmt: skip
        store_follow_up(conn, check, ids["Bo"], follow_up_raw(problems=("problem-fever",)),
                        source="staff-phone", by="rita",
                        answered_at="2026-10-14T10:00:00+00:00")  # fmt: skip
        listing = RecordsList(conn, today=lambda: dt.date(2026, 11, 24))

        def found(**kwargs) -> set[str]:
            rows = listing.page(RecordFilter(**kwargs), SortOrder(), 0, 50)
            return {row.first_name for row in rows}

        assert found(answers="answered") == {"Ann", "Bo"}
        assert found(answers="not-answered") == {"Cy"}  # Dee has no treatment: nothing due
        assert found(clinical_review=True) == {"Bo"}
        [bo] = listing.page(RecordFilter(clinical_review=True), SortOrder(), 0, 50)
        assert bo.clinical_review


def test_demo_records_have_follow_up_answers_that_mean_something(demo_conn) -> None:
    """Some improve, some do not, some never answer; a few report a problem."""
    answered, treated = demo_conn.execute(
        "SELECT count(DISTINCT r.intake_id), (SELECT count(DISTINCT intake_id) FROM treatment)"
        " FROM follow_up_response AS r"
    ).fetchone()
    assert 0 < answered < treated
    changes = [row[0] for row in demo_conn.execute(
        "SELECT r.koos_jr_score - i.koos_jr_score FROM follow_up_response AS r"
        " JOIN intake AS i ON i.id = r.intake_id WHERE i.koos_jr_score IS NOT NULL"
    )]  # fmt: skip
    assert any(c >= 14 for c in changes) and any(c < 0 for c in changes)
    unmatched = demo_conn.execute(
        "SELECT count(*) FROM follow_up_response AS r JOIN follow_up AS f"
        " ON f.id = r.follow_up_id WHERE f.done_at IS NULL OR f.intake_id <> r.intake_id"
    ).fetchone()[0]
    assert unmatched == 0  # every answer ticks its own follow-up done
