"""The records list as SQL: filters, search and sort run in SQLite, a page at a time.

Nothing here holds more than one page of rows; the table model asks for the next page
as the view scrolls. Every sort ends on the intake id, so pages never overlap or skip.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from app.people.person_age import age_on
from app.people.phone_search import search_expression
from app.records.birth_date_search import split_birth_dates
from app.storage.driver import sqlite3
from app.system.clock import local_today

FollowUpFilter = Literal["any", "due-now", "overdue", "due-this-week", "none-planned"]
AnswersFilter = Literal["any", "answered", "not-answered"]
DUE_SOON_DAYS = 7


class Column(enum.IntEnum):
    """The list's columns, in display order."""

    SUBMITTED = 0
    NAME = 1
    AGE = 2
    PHONE = 3
    KNEE = 4
    PAIN_NOW = 5
    IMAGING_NEEDED = 6
    SCREENING_REVIEW = 7
    STATUS = 8
    NEXT_FOLLOW_UP = 9


# The workflow's order; the same expression is indexed (schema m003,
# intake_status_rank), and tests check that the index serves this sort.
_STATUS_RANK = (
    "CASE i.status WHEN 'new' THEN 0 WHEN 'contacted' THEN 1 WHEN 'consultation-booked' THEN 2"
    " WHEN 'treatment' THEN 3 WHEN 'follow-up' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END"
)

# Each column's ORDER BY, ascending and descending; an index serves every one (schema
# m003, checked by the tests). Blanks sort last both ways: NULLS LAST is SQLite's default
# for DESC, and for ASC it reads the index's non-blank part, then its blanks.
# Age ascends as the birth date descends.
_SORT_SQL: dict[Column, tuple[str, str]] = {
    Column.SUBMITTED: ("i.submitted_at ASC", "i.submitted_at DESC"),
    Column.NAME: (
        "p.last_name COLLATE NOCASE ASC, p.first_name COLLATE NOCASE ASC",
        "p.last_name COLLATE NOCASE DESC, p.first_name COLLATE NOCASE DESC",
    ),
    Column.AGE: ("p.birth_date DESC", "p.birth_date ASC"),
    Column.PHONE: ("p.phone ASC NULLS LAST", "p.phone DESC"),
    Column.KNEE: ("i.knee ASC NULLS LAST", "i.knee DESC"),
    Column.PAIN_NOW: ("i.pain_now ASC NULLS LAST", "i.pain_now DESC"),
    Column.IMAGING_NEEDED: ("i.imaging_needed ASC", "i.imaging_needed DESC"),
    Column.SCREENING_REVIEW: ("i.screening_review ASC", "i.screening_review DESC"),
    Column.STATUS: (_STATUS_RANK + " ASC", _STATUS_RANK + " DESC"),
    Column.NEXT_FOLLOW_UP: ("i.next_follow_up_on ASC NULLS LAST", "i.next_follow_up_on DESC"),
}
_INTAKES_FIRST = " FROM intake AS i JOIN patient AS p ON p.id = i.patient_id"

_SELECT = """
SELECT i.id, i.patient_id, i.submitted_at, p.last_name, p.first_name, p.birth_date,
       coalesce(p.phone_display, p.phone), p.email, i.knee, i.pain_now, i.imaging_needed,
       i.screening_review, i.status, i.next_follow_up_on, p.is_demo, i.clinical_review_needed"""


def _spreadsheet_safe(column: str) -> str:
    """SQL for a text column a spreadsheet will not run as a formula."""
    return (
        f"CASE WHEN substr({column}, 1, 1) IN ('=', '+', '-', '@', char(9), char(13))"
        f" THEN '''' || {column} ELSE coalesce({column}, '') END"
    )


# The export's columns, formatted by SQLite itself so rows go straight from the cursor
# to the CSV writer (docs/PERFORMANCE.md): local times, ISO dates, yes/no flags.
_EXPORT_SELECT = f"""
SELECT strftime('%Y-%m-%d %H:%M', i.submitted_at, 'localtime'),
       {_spreadsheet_safe("p.last_name")}, {_spreadsheet_safe("p.first_name")}, p.birth_date,
       CAST(strftime('%Y', :today) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)
         - (strftime('%m-%d', :today) < strftime('%m-%d', p.birth_date)),
       {_spreadsheet_safe("coalesce(p.phone_display, p.phone)")}, {_spreadsheet_safe("p.email")},
       coalesce(i.knee, ''), coalesce(i.pain_now, ''),
       CASE i.imaging_needed WHEN 1 THEN 'yes' ELSE 'no' END,
       CASE i.screening_review WHEN 1 THEN 'yes' ELSE 'no' END,
       i.status, coalesce(i.next_follow_up_on, ''),
       CASE p.is_demo WHEN 1 THEN 'yes' ELSE 'no' END, i.id"""


@dataclass(frozen=True)
class RecordFilter:
    """What the receptionist narrowed the list to. Empty means everything."""

    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    imaging_needed: bool | None = None
    screening_review: bool | None = None
    follow_up: FollowUpFilter = "any"
    submitted_from: dt.date | None = None  # local dates, both ends included
    submitted_to: dt.date | None = None
    match_review: bool = False  # only patients suggested as an earlier one, undecided
    # Follow-up questionnaires: "answered" at least once; "not-answered": a follow-up of
    # a treatment is due (today or earlier) and nobody has answered it.
    answers: AnswersFilter = "any"
    clinical_review: bool = False  # a problem reported after treatment, not yet reviewed
    source: str | None = None  # an intake source, or "staff" for any staff-entered one


@dataclass(frozen=True)
class SortOrder:
    column: Column = Column.SUBMITTED
    descending: bool = True


@dataclass(frozen=True)
class RecordRow:
    """One intake in the list, with its patient."""

    intake_id: int
    patient_id: int
    submitted_at: str  # ISO 8601, UTC
    last_name: str
    first_name: str
    birth_date: str
    phone: str | None  # as people write it locally
    email: str | None
    knee: str | None
    pain_now: int | None
    imaging_needed: bool
    screening_review: bool
    status: str
    next_follow_up_on: str | None
    is_demo: bool
    clinical_review: bool = False  # a problem reported after treatment, not yet reviewed

    def age_on(self, today: dt.date) -> int | None:
        return age_on(self.birth_date, today)

    def follow_up_state(self, today: dt.date) -> Literal["overdue", "due", "planned", "none"]:
        if self.next_follow_up_on is None:
            return "none"
        due = dt.date.fromisoformat(self.next_follow_up_on)
        if due < today:
            return "overdue"
        if due < today + dt.timedelta(days=DUE_SOON_DAYS):
            return "due"
        return "planned"


def _row(raw: tuple[object, ...]) -> RecordRow:
    (intake_id, patient_id, submitted, last, first, born, phone, email, knee, pain,
     imaging, screening, status, follow_up, demo, review) = raw  # fmt: skip
    return RecordRow(
        intake_id=int(intake_id),  # type: ignore[call-overload]
        patient_id=int(patient_id),  # type: ignore[call-overload]
        submitted_at=str(submitted),
        last_name=str(last),
        first_name=str(first),
        birth_date=str(born),
        phone=phone if isinstance(phone, str) else None,
        email=email if isinstance(email, str) else None,
        knee=knee if isinstance(knee, str) else None,
        pain_now=pain if isinstance(pain, int) else None,
        imaging_needed=bool(imaging),
        screening_review=bool(screening),
        status=str(status),
        next_follow_up_on=follow_up if isinstance(follow_up, str) else None,
        is_demo=bool(demo),
        clinical_review=bool(review),
    )


def _numbered(where: str) -> str:
    """'?' placeholders as :p0, :p1, ... so they mix with the export's named :today."""
    parts = where.split("?")
    return "".join(part + (f":p{n}" if n < len(parts) - 1 else "") for n, part in enumerate(parts))


def local_day_start_utc(day: dt.date) -> str:
    """Local midnight at the start of ``day`` as the stored UTC timestamp text."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="seconds")


class RecordsList:
    """Queries over intakes and their patients on one open connection."""

    def __init__(
        self, conn: sqlite3.Connection, *, today: Callable[[], dt.date] = local_today
    ) -> None:
        self._conn = conn
        self._today = today  # asked each time: a list left open overnight moves on a day

    @property
    def today(self) -> dt.date:
        return self._today()

    def _search_is_broad(self, expression: str, page_size: int) -> bool:
        """Whether a search matches so many patients that reading the list in its sort
        order and keeping the matches beats collecting every match and sorting them.

        In sort order a page of matches is found after about page × patients / matches
        rows; collecting reads every match. FTS5 counts the matches in a millisecond or
        two (prefix indexes, schema m003), so the choice costs next to nothing.
        """
        matches = int(
            self._conn.execute(
                "SELECT count(*) FROM patient_fts WHERE patient_fts MATCH ?", [expression]
            ).fetchone()[0]
        )
        patients = int(self._conn.execute("SELECT coalesce(max(id), 0) FROM patient").fetchone()[0])
        return matches * matches > page_size * patients

    def _where(
        self, record_filter: RecordFilter, *, page_size: int | None = None
    ) -> tuple[str, list[object]]:
        """The WHERE clause; with ``page_size`` a broad search filters rows read in the
        list's order instead of driving the query (see _search_is_broad)."""
        clauses: list[str] = []
        params: list[object] = []
        today = self.today
        typed = split_birth_dates(record_filter.search, today)
        if typed.birth_dates:
            marks = ", ".join("?" for _ in typed.birth_dates)
            clauses.append(f"p.birth_date IN ({marks})")
            params.extend(day.isoformat() for day in typed.birth_dates)
        expression = search_expression(typed.words)
        if expression is not None:
            # A unary + keeps SQLite from driving the query with the IN list.
            broad = page_size is not None and self._search_is_broad(expression, page_size)
            clauses.append(
                ("+" if broad else "")
                + "p.id IN (SELECT rowid FROM patient_fts WHERE patient_fts MATCH ?)"
            )
            params.append(expression)
        if record_filter.statuses:
            marks = ", ".join("?" for _ in record_filter.statuses)
            clauses.append(f"i.status IN ({marks})")
            params.extend(sorted(record_filter.statuses))
        if record_filter.imaging_needed is not None:
            clauses.append("i.imaging_needed = ?")
            params.append(int(record_filter.imaging_needed))
        if record_filter.screening_review is not None:
            clauses.append("i.screening_review = ?")
            params.append(int(record_filter.screening_review))
        if record_filter.match_review:
            clauses.append(
                "i.patient_id IN (SELECT patient_id FROM patient_match WHERE decision IS NULL"
                " UNION SELECT candidate_id FROM patient_match WHERE decision IS NULL)"
            )
        if record_filter.clinical_review:
            clauses.append("i.clinical_review_needed = 1")
        if record_filter.source == "staff":
            clauses.append("i.source IN ('staff-phone', 'staff-paper', 'staff-desk')")
        elif record_filter.source:
            clauses.append("i.source = ?")
            params.append(record_filter.source)
        match record_filter.answers:
            case "answered":
                clauses.append("i.follow_ups_answered > 0")
            case "not-answered":
                # The open follow-up that comes first is due: a cheap test (indexed)
                # before looking for one of a treatment's.
                clauses.append(
                    "i.next_follow_up_on <= ? AND EXISTS (SELECT 1 FROM follow_up AS f"
                    " WHERE f.intake_id = i.id AND f.treatment_id IS NOT NULL"
                    " AND f.done_at IS NULL AND f.due_on <= ?)"
                )
                params.extend([today.isoformat(), today.isoformat()])
        match record_filter.follow_up:
            case "due-now":  # the call list: due today, or overdue
                clauses.append("i.next_follow_up_on <= ?")
                params.append(today.isoformat())
            case "overdue":
                clauses.append("i.next_follow_up_on < ?")
                params.append(today.isoformat())
            case "due-this-week":
                clauses.append("i.next_follow_up_on BETWEEN ? AND ?")
                week_end = today + dt.timedelta(days=DUE_SOON_DAYS - 1)
                params.extend([today.isoformat(), week_end.isoformat()])
            case "none-planned":
                clauses.append("i.next_follow_up_on IS NULL")
        if record_filter.submitted_from is not None:
            clauses.append("i.submitted_at >= ?")
            params.append(local_day_start_utc(record_filter.submitted_from))
        if record_filter.submitted_to is not None:
            clauses.append("i.submitted_at < ?")
            params.append(local_day_start_utc(record_filter.submitted_to + dt.timedelta(days=1)))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    @staticmethod
    def from_and_order(where: str, order: SortOrder) -> str:
        """FROM, ``where`` and ORDER BY for a page or an export in ``order``."""
        ascending, descending = _SORT_SQL[order.column]
        order_by = (
            f" ORDER BY {descending}, i.id DESC"
            if order.descending
            else (f" ORDER BY {ascending}, i.id ASC")
        )
        return _INTAKES_FIRST + where + order_by

    def count(self, record_filter: RecordFilter, *, up_to: int | None = None) -> int:
        """How many rows match; with ``up_to``, counting stops there (a broad search
        need not count 40,000 rows to say "10,000+")."""
        where, params = self._where(record_filter)
        sql = "SELECT 1" + _INTAKES_FIRST + where
        if up_to is not None:
            sql += f" LIMIT {int(up_to)}"
        return int(self._conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])

    def page(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> list[RecordRow]:
        sql, params = self._page_query(record_filter, order, offset, limit)
        return [_row(raw) for raw in self._conn.execute(sql, params)]

    def page_plan(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> list[str]:
        """SQLite's plan for :meth:`page`, one step per line: the tests and the
        benchmark check that an index, not a sort of every row, serves each order."""
        sql, params = self._page_query(record_filter, order, offset, limit)
        return [str(step[3]) for step in self._conn.execute("EXPLAIN QUERY PLAN " + sql, params)]

    def _page_query(
        self, record_filter: RecordFilter, order: SortOrder, offset: int, limit: int
    ) -> tuple[str, list[object]]:
        where, params = self._where(record_filter, page_size=offset + limit)
        sql = _SELECT + self.from_and_order(where, order) + " LIMIT ? OFFSET ?"
        return sql, [*params, limit, offset]

    def export_rows(
        self, record_filter: RecordFilter, order: SortOrder
    ) -> Iterator[tuple[object, ...]]:
        """Every matching row as CSV-ready values (see csv_export.CSV_HEADER)."""
        where, params = self._where(record_filter)
        named = {f"p{n}": value for n, value in enumerate(params)}
        sql = _EXPORT_SELECT + self.from_and_order(_numbered(where), order)
        yield from self._conn.execute(sql, {"today": self.today.isoformat(), **named})

    def change_mark(self) -> tuple[int, ...]:
        """Changes whenever what the list shows may have changed, and not otherwise.

        Every such change adds a row somewhere: a new intake; a status change,
        treatment, follow-up done, contact, correction or patient decision (each writes
        an audit row, most by trigger); a follow-up planned. A kiosk saving its draft
        every few seconds adds none, so the list is not re-read for it (issue 10).
        Three index look-ups: cheap enough to ask on every change of the file."""
        row = self._conn.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM intake),"
            " (SELECT coalesce(max(id), 0) FROM audit),"
            " (SELECT coalesce(max(id), 0) FROM follow_up)"
        ).fetchone()
        return tuple(int(n) for n in row)

    def newest_intake_id(self) -> int:
        """Changes when an intake arrives; the list uses it to notice new ones."""
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM intake").fetchone()[0])
