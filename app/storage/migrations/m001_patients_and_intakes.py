"""Released migration 001: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements

if TYPE_CHECKING:
    from sqlite_utils import Database


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
