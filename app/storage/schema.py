"""The database schema, only ever changed by adding a migration at the end of the list.

Tables are STRICT and hand-written in SQL so every constraint is visible here. The
migrations run through sqlite-utils' ``Migrations``, which is built only when a database
actually needs migrating: sqlite-utils stays off the start-up path of an up-to-date
database (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "knee_intake"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table


def _execute_statements(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the transaction
    # sqlite-utils wraps each migration in.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement at the end of a migration")


def m001_patients_and_intakes(db: Database) -> None:
    _execute_statements(
        db,
        """
        CREATE TABLE patient (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            -- Case- and accent-folded name plus birth date: how a returning patient is found.
            match_key TEXT NOT NULL,
            sex TEXT,
            phone TEXT,
            email TEXT,
            contact_preference TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX patient_match_key ON patient (match_key);

        CREATE TABLE intake (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id),
            questionnaire_url TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            language TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            knee TEXT,
            pain_now INTEGER CHECK (pain_now BETWEEN 0 AND 10),
            imaging_needed INTEGER NOT NULL CHECK (imaging_needed IN (0, 1)),
            screening_review INTEGER NOT NULL CHECK (screening_review IN (0, 1)),
            status TEXT NOT NULL DEFAULT 'new'
        ) STRICT;
        CREATE INDEX intake_patient ON intake (patient_id);
        CREATE INDEX intake_submitted_at ON intake (submitted_at);

        -- One row per answer value, named after FHIR's value[x]; a repeating
        -- question has one row per value, in the order given.
        CREATE TABLE answer (
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            link_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            value_kind TEXT NOT NULL CHECK (value_kind IN (
                'valueString', 'valueInteger', 'valueDecimal',
                'valueDate', 'valueBoolean', 'valueCoding')),
            value ANY NOT NULL,
            display TEXT,
            PRIMARY KEY (intake_id, link_id, position)
        ) STRICT, WITHOUT ROWID;
        """,
    )


# In the order they run. Append only: a released migration is never edited.
MIGRATIONS_IN_ORDER: tuple[Callable[[Database], None], ...] = (m001_patients_and_intakes,)
MIGRATION_NAMES: tuple[str, ...] = tuple(m.__name__ for m in MIGRATIONS_IN_ORDER)


def migrations() -> Migrations:
    """The sqlite-utils migration set for this schema."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for migration in MIGRATIONS_IN_ORDER:
        migration_set(name=migration.__name__)(migration)
    return migration_set


def applied_migration_names(conn: sqlite3.Connection) -> list[str]:
    """The names sqlite-utils recorded as applied (read with plain SQL: it is cheap)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]
