"""A database as an older version left it: the migrations up to one, and a patient with
an intake written the way that version wrote them (raw rows, no code of today's)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from app.storage.row_keys import register_audit_hash
from app.storage.schema import migrations


def older_database(path: Path, stop_before: str) -> Database:
    """Migrated up to ``stop_before``, with patient 1 (Ann Lee) and her intake 1."""
    db = Database(path)
    db.conn.execute("PRAGMA foreign_keys = ON")
    register_audit_hash(db.conn)  # a treatment writes a chained audit row (m005)
    migrations().apply(db, stop_before=stop_before)
    db.execute(
        "INSERT INTO patient (id, first_name, last_name, birth_date, match_key, created_at,"
        " updated_at) VALUES (1, 'Ann', 'Lee', '1960-01-01', 'k', '2026-01-01', '2026-01-01')"
    )
    db.execute(
        "INSERT INTO intake (id, patient_id, questionnaire_url, questionnaire_version, language,"
        " submitted_at, imaging_needed, screening_review) VALUES"
        " (1, 1, 'urn:q', '1.0.0', 'en', '2026-01-02T10:00:00+00:00', 0, 0)"
    )
    return db
