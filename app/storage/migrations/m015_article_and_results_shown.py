"""Released migration 015: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import M015_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m015_article_and_results_shown(db: Database) -> None:
    """Issue 25: the consent keeps which article, and which of the clinic's published
    results, the patient read before signing. Both versions resolve to their text here
    for good: the article under the digest of its words (kept the first time it is
    shown), the results as they were published (app/outcomes/clinic_results.py). NULL:
    signed before this, or on a station too old to say."""
    _execute_statements(
        db,
        """
        CREATE TABLE article_text (
            version TEXT PRIMARY KEY CHECK (length(version) > 0),
            language TEXT NOT NULL,
            markdown TEXT NOT NULL,
            first_shown_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE published_results (
            version TEXT PRIMARY KEY CHECK (length(version) > 0),
            computed_on TEXT NOT NULL,
            figures TEXT NOT NULL CHECK (json_valid(figures)),
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL CHECK (length(trim(published_by)) > 0)
        ) STRICT, WITHOUT ROWID;
        ALTER TABLE consent ADD COLUMN article_version TEXT
            CHECK (article_version IS NULL OR length(article_version) > 0);
        ALTER TABLE consent ADD COLUMN results_version TEXT
            CHECK (results_version IS NULL OR length(results_version) > 0);
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M015_AUDIT_ACTIONS]
    )
