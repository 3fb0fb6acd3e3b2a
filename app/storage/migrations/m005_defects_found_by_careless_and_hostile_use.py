"""Released migration 005: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import M004_AUDIT_ACTIONS, M005_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


_RECORD_AUDIT_TRIGGERS = """
CREATE TRIGGER audit_status_change AFTER INSERT ON status_change BEGIN
    INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
        NEW.changed_at, NEW.changed_by, 'status-changed', NEW.intake_id,
        NEW.from_status || ' -> ' || NEW.to_status);
END;
CREATE TRIGGER audit_treatment AFTER INSERT ON treatment BEGIN
    INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
        NEW.recorded_at, NEW.recorded_by, 'treatment-added', NEW.intake_id,
        'treatment ' || NEW.treatment_number);
END;
CREATE TRIGGER audit_follow_up_done AFTER UPDATE OF done_at ON follow_up
    WHEN OLD.done_at IS NULL AND NEW.done_at IS NOT NULL
BEGIN
    INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
        NEW.done_at, NEW.done_by, 'follow-up-done', NEW.intake_id, NULL);
END;
CREATE TRIGGER audit_contact AFTER INSERT ON contact_log BEGIN
    INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
        NEW.contacted_at, NEW.contacted_by, 'contact-logged', NEW.intake_id,
        NEW.channel || ': ' || NEW.outcome);
END;
CREATE TRIGGER audit_correction AFTER INSERT ON answer_correction BEGIN
    INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
        NEW.corrected_at, NEW.corrected_by, 'answer-corrected', NEW.intake_id,
        'question ' || NEW.link_id);
END;
"""


def m005_defects_found_by_careless_and_hostile_use(db: Database) -> None:
    """Issue 10: a chained audit trail, match suggestions instead of silent merges,
    sign-in lock-out by name (known or not), and how consent was given."""
    from app.storage.row_keys import audit_row_hash, patient_match_key, sign_in_name_key

    # --- the audit trail, rebuilt with its hash chain -------------------------------
    # The record triggers insert into audit by name: dropped while it is rebuilt,
    # created again below exactly as m004 had them.
    for trigger in ("status_change", "treatment", "follow_up_done", "contact", "correction"):
        db.execute(f"DROP TRIGGER audit_{trigger}")
    _execute_statements(
        db,
        """
        CREATE TABLE audit_action (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
        CREATE TABLE audit_chained (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL REFERENCES audit_action (name),
            intake_id INTEGER,
            detail TEXT,
            -- SHA-256 over this row and prev_hash (app/staff/audit_chain.py), set by
            -- the trigger below as the row is inserted; never by the inserting code.
            prev_hash TEXT,
            row_hash TEXT
        ) STRICT;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)",
        [(a,) for a in M004_AUDIT_ACTIONS + M005_AUDIT_ACTIONS],
    )
    previous = ""
    for row_id, at, actor, action, intake_id, detail in db.execute(
        "SELECT id, at, actor, action, intake_id, detail FROM audit ORDER BY id"
    ).fetchall():
        row_hash = audit_row_hash(previous, row_id, at, actor, action, intake_id, detail)
        db.execute(
            "INSERT INTO audit_chained VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, at, actor, action, intake_id, detail, previous, row_hash],
        )
        previous = row_hash
    _execute_statements(
        db,
        """
        DROP TABLE audit;
        ALTER TABLE audit_chained RENAME TO audit;
        CREATE INDEX audit_at ON audit (at);
        CREATE INDEX audit_intake ON audit (intake_id, at);
        CREATE TRIGGER audit_row_is_chained AFTER INSERT ON audit BEGIN
            UPDATE audit SET
                prev_hash = coalesce((SELECT row_hash FROM audit
                                      WHERE id < NEW.id ORDER BY id DESC LIMIT 1), ''),
                row_hash = knee_audit_hash(
                    coalesce((SELECT row_hash FROM audit
                              WHERE id < NEW.id ORDER BY id DESC LIMIT 1), ''),
                    NEW.id, NEW.at, NEW.actor, NEW.action, NEW.intake_id, NEW.detail)
            WHERE id = NEW.id;
        END;
        -- The chaining update above is the only change a row ever takes.
        CREATE TRIGGER audit_rows_are_never_updated BEFORE UPDATE ON audit
            WHEN OLD.row_hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
                OR NEW.actor IS NOT OLD.actor OR NEW.action IS NOT OLD.action
                OR NEW.intake_id IS NOT OLD.intake_id OR NEW.detail IS NOT OLD.detail
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_rows_are_never_deleted BEFORE DELETE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        """
        + _RECORD_AUDIT_TRIGGERS,
    )

    # --- a returning patient is a suggestion staff confirm ---------------------------
    _execute_statements(
        db,
        """
        -- patient_id came with a newer intake and has the same folded name and birth
        -- date as candidate_id. Until staff decide, both records stay as they were.
        CREATE TABLE patient_match (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            found_at TEXT NOT NULL,
            decision TEXT CHECK (decision IN ('same', 'different')),
            decided_by TEXT,
            decided_at TEXT,
            CHECK ((decision IS NULL) = (decided_by IS NULL)),
            CHECK (patient_id <> candidate_id),
            UNIQUE (patient_id, candidate_id)
        ) STRICT;
        CREATE INDEX patient_match_pending ON patient_match (patient_id)
            WHERE decision IS NULL;
        CREATE INDEX patient_match_candidate ON patient_match (candidate_id);
        """,
    )
    # Keys folded the new way (marks of every script kept); patients already merged by
    # the old key stay one record.
    for patient_id, first, last, born in db.execute(
        "SELECT id, first_name, last_name, birth_date FROM patient"
    ).fetchall():
        db.execute(
            "UPDATE patient SET match_key = ? WHERE id = ?",
            [patient_match_key(first, last, born), patient_id],
        )

    # --- lock-out counted per name tried, known or not -------------------------------
    _execute_statements(
        db,
        """
        -- Keyed by the case-folded name typed, whether or not an account has it, so an
        -- unknown name locks exactly like a real one (app/staff/accounts.py).
        CREATE TABLE sign_in_guard (
            name_key TEXT PRIMARY KEY,
            failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
            locked_until TEXT
        ) STRICT, WITHOUT ROWID;
        """,
    )
    for username, failed, locked_until in db.execute(
        "SELECT username, failed_attempts, locked_until FROM staff"
        " WHERE failed_attempts > 0 OR locked_until IS NOT NULL"
    ).fetchall():
        db.execute(
            "INSERT INTO sign_in_guard VALUES (?, ?, ?)",
            [sign_in_name_key(username), failed, locked_until],
        )
    _execute_statements(
        db,
        """
        ALTER TABLE staff DROP COLUMN failed_attempts;
        ALTER TABLE staff DROP COLUMN locked_until;

        -- How the patient consented: signed with a finger or mouse ('drawn', the
        -- strokes in signature), or by typing their name where nothing can draw.
        ALTER TABLE consent ADD COLUMN signed_as TEXT NOT NULL DEFAULT 'drawn'
            CHECK (signed_as IN ('drawn', 'typed'));
        """,
    )
