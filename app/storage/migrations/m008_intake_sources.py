"""Released migration 008: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import INTAKE_SOURCES, M008_AUDIT_ACTIONS, STAFF_SOURCES

if TYPE_CHECKING:
    from sqlite_utils import Database


def m008_intake_sources(db: Database) -> None:
    """Issue 16: where an intake came from, who entered it, and consent staff recorded."""
    sources = ", ".join(f"'{source}'" for source in INTAKE_SOURCES)
    staff_sources = ", ".join(f"'{source}'" for source in STAFF_SOURCES)
    _execute_statements(
        db,
        f"""
        -- NULL for intakes stored before this was recorded (not known for certain).
        ALTER TABLE intake ADD COLUMN source TEXT CHECK (source IN ({sources}));
        ALTER TABLE intake ADD COLUMN entered_by TEXT
            CHECK ((entered_by IS NOT NULL) = (coalesce(source, '') IN ({staff_sources})));
        UPDATE intake SET source = 'kiosk' WHERE station_id IN
            (SELECT id FROM station WHERE kind = 'kiosk');
        UPDATE intake SET source = 'pc-form' WHERE station_id IN
            (SELECT id FROM station WHERE kind = 'reception');
        CREATE INDEX intake_source ON intake (source, submitted_at);

        -- The patient's consent as staff recorded it (by phone, on paper, in person):
        -- an attestation by a named staff member, never a signature.
        CREATE TABLE consent_recorded (
            intake_id INTEGER PRIMARY KEY REFERENCES intake (id) ON DELETE CASCADE,
            consent_version TEXT NOT NULL,
            given TEXT NOT NULL CHECK (given IN ('by-phone', 'on-paper', 'in-person')),
            recorded_by TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
            recorded_at TEXT NOT NULL
        ) STRICT;

        CREATE TRIGGER intake_entered AFTER INSERT ON intake
            WHEN NEW.entered_by IS NOT NULL
        BEGIN
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.submitted_at, NEW.entered_by, 'intake-entered', NEW.id, NEW.source);
        END;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M008_AUDIT_ACTIONS]
    )
