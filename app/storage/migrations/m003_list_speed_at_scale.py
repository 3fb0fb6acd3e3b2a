"""Released migration 003: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements

if TYPE_CHECKING:
    from sqlite_utils import Database


def m003_list_speed_at_scale(db: Database) -> None:
    """Indexes that let the records list answer every sort and short search quickly at
    100,000 records (docs/PERFORMANCE.md)."""
    _execute_statements(
        db,
        """
        -- A full index serves the overdue filter and both sorts; the partial one could
        -- not serve a sort, which has to place the intakes with no follow-up as well.
        DROP INDEX intake_next_follow_up;
        CREATE INDEX intake_next_follow_up ON intake (next_follow_up_on);
        CREATE INDEX intake_imaging_needed ON intake (imaging_needed);
        CREATE INDEX intake_screening_review ON intake (screening_review);
        CREATE INDEX patient_phone ON patient (phone);
        -- The workflow's order, exactly as app/records/records_list.py sorts by it.
        CREATE INDEX intake_status_rank ON intake (
            CASE status WHEN 'new' THEN 0 WHEN 'contacted' THEN 1
                WHEN 'consultation-booked' THEN 2 WHEN 'treatment' THEN 3
                WHEN 'follow-up' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END
        );
        """,
    )
    # One- and two-character prefix indexes: "s" or "20" typed in the search box reads
    # one list of patients instead of merging every term that starts that way. FTS5
    # takes the option only at creation, so the index is rebuilt under the same name;
    # sqlite-utils' triggers on patient refer to it by name and keep it in step as before.
    _execute_statements(
        db,
        """
        DROP TABLE patient_fts;
        CREATE VIRTUAL TABLE patient_fts USING FTS5 (
            "first_name", "last_name", "email", "phone_search",
            tokenize='unicode61 remove_diacritics 2',
            prefix='1 2',
            content=patient
        );
        INSERT INTO patient_fts (patient_fts) VALUES ('rebuild');
        -- The planner needs statistics to pick these indexes over reading every row;
        -- from now on they are refreshed as connections close (database.close_database).
        -- Only these two tables: statistics on FTS5's own tables, taken while they
        -- are small, make every later patient insert slower (quadratic in a bulk load).
        ANALYZE patient;
        ANALYZE intake;
        """,
    )
