"""Released migration 012: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements

if TYPE_CHECKING:
    from sqlite_utils import Database


def m012_time_taken(db: Database) -> None:
    """Issue 28: how long a patient took, from choosing their language to signing, for
    the kiosk's welcome page ("most people finish in about 8 minutes"). NULL where it
    was not measured: a draft picked up again, an intake typed in by staff, or before."""
    _execute_statements(
        db,
        """
        ALTER TABLE intake ADD COLUMN seconds_taken INTEGER
            CHECK (seconds_taken IS NULL OR seconds_taken BETWEEN 1 AND 86400);
        CREATE INDEX intake_seconds_taken ON intake (source, id)
            WHERE seconds_taken IS NOT NULL;
        """,
    )
