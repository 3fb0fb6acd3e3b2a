"""The records list against a real database: search, filters, sort and paging in SQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.records.records_list import Column, RecordFilter, RecordsList, SortOrder
from app.storage.database import open_database
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


def found(conn, text: str) -> list[str]:
    records = RecordsList(conn, today=lambda: TODAY)
    return sorted(names(records.page(RecordFilter(search=text), SortOrder(), 0, 100)))


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


def test_the_search_index_follows_a_returning_patients_new_number(factory, conn) -> None:
    factory.submit("Ann", "Lee", phone="202 555 0143")
    factory.submit("Ann", "Lee", phone="415 555 0199")  # same person, new phone
    assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == 1
    assert found(conn, "415 555 0199") == ["Ann Lee", "Ann Lee"]  # both intakes
    assert found(conn, "202 555 0143") == []


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
