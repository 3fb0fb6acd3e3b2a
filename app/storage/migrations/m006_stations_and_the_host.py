"""Released migration 006: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import M006_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m006_stations_and_the_host(db: Database) -> None:
    """Issue 11: intakes carry their own id; stations pair with the host."""
    _execute_statements(
        db,
        """
        -- The id an intake gets when it is signed, on whichever station: sending it
        -- again (a retry after a lost reply) finds it stored and stores nothing.
        ALTER TABLE intake ADD COLUMN uid TEXT;
        CREATE UNIQUE INDEX intake_uid ON intake (uid) WHERE uid IS NOT NULL;
        -- Which station it came through (NULL: this PC's own form or kiosk).
        ALTER TABLE intake ADD COLUMN station_id INTEGER REFERENCES station (id);

        -- Tablets and PCs paired with this host. The credential is stored as its
        -- SHA-256 only; revoked stations are kept, so the audit trail still names them.
        CREATE TABLE station (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'reception')),
            credential_hash TEXT NOT NULL UNIQUE,
            paired_at TEXT NOT NULL,
            paired_by TEXT NOT NULL,
            last_seen_at TEXT,
            waiting_intakes INTEGER NOT NULL DEFAULT 0 CHECK (waiting_intakes >= 0),
            revoked_at TEXT,
            revoked_by TEXT
        ) STRICT;

        -- One-time codes an administrator hands to a new station, valid for minutes.
        -- The host needs the code itself to check a station's proof (an HMAC keyed
        -- with it, app/network/pairing.py); a row is deleted when spent or expired.
        CREATE TABLE pairing_code (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'reception')),
            issued_by TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M006_AUDIT_ACTIONS]
    )
