"""Released migration 010: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements

if TYPE_CHECKING:
    from sqlite_utils import Database


def m010_languages(db: Database) -> None:
    """Issue 14: the language a consent was signed in (its version names its wording;
    this names the language plainly). NULL for consents signed before: English then."""
    _execute_statements(
        db,
        """
        ALTER TABLE consent ADD COLUMN language TEXT
            CHECK (language IS NULL OR language GLOB '[a-z][a-z]*');
        CREATE INDEX intake_language ON intake (language, submitted_at);
        -- A draft comes back in the language the patient chose (NULL: the PC's).
        ALTER TABLE draft ADD COLUMN language TEXT;
        -- The outcomes report counts KOOS JR scores by the wording they were answered in.
        CREATE INDEX follow_up_response_language ON follow_up_response (language);
        """,
    )
