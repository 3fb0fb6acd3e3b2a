"""The database schema, only ever changed by adding a migration at the end.

Tables are STRICT and hand-written in SQL so every constraint is visible here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("knee_intake")
# The names this version knows, so a database migrated by a newer version is refused
# rather than written with an older idea of the schema.
MIGRATION_NAMES: list[str] = []
MigrationFunction = Callable[[Database], None]


def migration(fn: MigrationFunction) -> MigrationFunction:
    MIGRATION_NAMES.append(fn.__name__)
    return MIGRATIONS()(fn)


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


@migration
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
