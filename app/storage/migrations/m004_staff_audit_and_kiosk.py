"""Released migration 004: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import M004_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m004_staff_audit_and_kiosk(db: Database) -> None:
    """Staff accounts, the append-only audit trail, signed consent and kiosk drafts."""
    roles = "'reception', 'clinician', 'administrator'"
    actions = ", ".join(f"'{action}'" for action in M004_AUDIT_ACTIONS)
    _execute_statements(
        db,
        f"""
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(trim(username)) > 0 AND username = trim(username)),
            display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
            role TEXT NOT NULL CHECK (role IN ({roles})),
            -- argon2id, as argon2-cffi encodes it (algorithm, cost, salt, hash); never clear.
            password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
            must_change_password INTEGER NOT NULL DEFAULT 0
                CHECK (must_change_password IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL
        ) STRICT;

        -- Who did what, when, to which record: never the patient's data itself.
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ({actions})),
            intake_id INTEGER,
            detail TEXT
        ) STRICT;
        CREATE INDEX audit_at ON audit (at);
        CREATE INDEX audit_intake ON audit (intake_id, at);
        CREATE TRIGGER audit_rows_are_never_updated BEFORE UPDATE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_rows_are_never_deleted BEFORE DELETE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;

        -- Changes audit themselves, in the same transaction as the change.
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

        -- The consent the patient signed on the tablet: which text, when, and the
        -- signature as the strokes drawn (JSON, coordinates 0-1 of the pad).
        CREATE TABLE consent (
            intake_id INTEGER PRIMARY KEY REFERENCES intake (id) ON DELETE CASCADE,
            consent_version TEXT NOT NULL CHECK (length(consent_version) > 0),
            signed_at TEXT NOT NULL,
            signature TEXT NOT NULL CHECK (json_valid(signature))
        ) STRICT;

        -- A kiosk's unfinished form, so a crash does not lose it; deleted on submit,
        -- on timeout, and when found older than the kiosk's idle time.
        CREATE TABLE draft (
            device TEXT PRIMARY KEY,
            answers TEXT NOT NULL CHECK (json_valid(answers)),
            page INTEGER NOT NULL,
            saved_at TEXT NOT NULL
        ) STRICT;
        """,
    )
