"""Released migration 016: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements

if TYPE_CHECKING:
    from sqlite_utils import Database


def m016_outcomes_report_speed(db: Database) -> None:
    """Issue 25: the report by preparation at 100,000 patients (docs/PERFORMANCE.md).
    Each answer's day (as ``date.toordinal()``, from the date it was answered on, in its
    own offset) kept in the answers' covering index, so the report reads it instead of
    working it out; and the demo's patients indexed apart, so leaving them out of a
    report reads a short list instead of every patient's row."""
    _execute_statements(
        db,
        """
        ALTER TABLE follow_up_response ADD COLUMN answered_day INTEGER
            GENERATED ALWAYS AS (CAST(julianday(substr(answered_at, 1, 10)) - 1721424.5
                                      AS INTEGER)) VIRTUAL;
        DROP INDEX follow_up_response_outcome;
        CREATE INDEX follow_up_response_outcome ON follow_up_response (
            intake_id, answered_at, koos_jr_score, pain_now, follow_up_due_on, problems,
            answered_day);
        CREATE INDEX patient_demo ON patient (id) WHERE is_demo = 1;
        """,
    )
