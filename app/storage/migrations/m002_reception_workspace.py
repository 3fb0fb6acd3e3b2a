"""Released migration 002: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import STATUSES

if TYPE_CHECKING:
    from sqlite_utils import Database


def m002_reception_workspace(db: Database) -> None:
    """Search, follow-up, treatments, contact log, corrections and clinic settings."""
    statuses = ", ".join(f"'{status}'" for status in STATUSES)
    _execute_statements(
        db,
        f"""
        -- Every way the phone number can be typed, as digit tokens (see app/phone_search.py).
        ALTER TABLE patient ADD COLUMN phone_search TEXT NOT NULL DEFAULT '';
        -- The number as people write it locally, worked out once: lists and exports
        -- show it without parsing every number again.
        ALTER TABLE patient ADD COLUMN phone_display TEXT;
        ALTER TABLE patient ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0
            CHECK (is_demo IN (0, 1));
        CREATE INDEX patient_name ON patient (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
        CREATE INDEX patient_birth_date ON patient (birth_date);

        -- Kept in step with follow_up by the triggers below, so the list can sort on it.
        ALTER TABLE intake ADD COLUMN next_follow_up_on TEXT;
        CREATE INDEX intake_status ON intake (status, submitted_at);
        CREATE INDEX intake_next_follow_up ON intake (next_follow_up_on)
            WHERE next_follow_up_on IS NOT NULL;
        CREATE INDEX intake_pain_now ON intake (pain_now);
        CREATE INDEX intake_knee ON intake (knee);
        CREATE TRIGGER intake_status_is_known BEFORE UPDATE OF status ON intake
            WHEN NEW.status NOT IN ({statuses})
        BEGIN
            SELECT RAISE(ABORT, 'unknown intake status');
        END;

        -- What the patient submitted is never overwritten: staff store corrections.
        CREATE TRIGGER answer_is_never_updated BEFORE UPDATE ON answer
        BEGIN
            SELECT RAISE(ABORT, 'answers are kept as submitted; store a correction');
        END;

        CREATE TABLE answer_correction (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            link_id TEXT NOT NULL,
            -- JSON lists of {{"kind", "value", "display"}}: the values before and after.
            old_values TEXT NOT NULL CHECK (json_valid(old_values)),
            new_values TEXT NOT NULL CHECK (json_valid(new_values)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            corrected_by TEXT NOT NULL,
            corrected_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX answer_correction_intake ON answer_correction (intake_id, link_id, id);

        CREATE TABLE status_change (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL CHECK (to_status IN ({statuses})),
            reason TEXT,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            CHECK (to_status <> 'not-a-candidate' OR length(trim(coalesce(reason, ''))) > 0)
        ) STRICT;
        CREATE INDEX status_change_intake ON status_change (intake_id, id);

        CREATE TABLE treatment (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            treated_on TEXT NOT NULL CHECK (date(treated_on) IS treated_on),
            knee TEXT NOT NULL CHECK (knee IN ('left', 'right', 'both')),
            cell_source TEXT NOT NULL CHECK (cell_source IN ('bone-marrow', 'fat')),
            treatment_number INTEGER NOT NULL CHECK (treatment_number BETWEEN 1 AND 9),
            clinician TEXT NOT NULL CHECK (length(trim(clinician)) > 0),
            notes TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX treatment_intake ON treatment (intake_id, treated_on);

        CREATE TABLE contact_log (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('call', 'text', 'email')),
            outcome TEXT NOT NULL CHECK (outcome IN (
                'reached', 'left-message', 'no-answer', 'wrong-number', 'sent', 'replied')),
            note TEXT,
            next_action_on TEXT CHECK (next_action_on IS NULL
                OR date(next_action_on) IS next_action_on),
            contacted_by TEXT NOT NULL,
            contacted_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX contact_log_intake ON contact_log (intake_id, id);

        CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            due_on TEXT NOT NULL CHECK (date(due_on) IS due_on),
            purpose TEXT NOT NULL,
            treatment_id INTEGER REFERENCES treatment (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_log (id) ON DELETE CASCADE,
            done_at TEXT,
            done_by TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK ((done_at IS NULL) = (done_by IS NULL))
        ) STRICT;
        CREATE INDEX follow_up_intake ON follow_up (intake_id, due_on);

        CREATE TRIGGER follow_up_added AFTER INSERT ON follow_up BEGIN
            UPDATE intake SET next_follow_up_on = (
                SELECT min(due_on) FROM follow_up
                WHERE intake_id = NEW.intake_id AND done_at IS NULL
            ) WHERE id = NEW.intake_id;
        END;
        CREATE TRIGGER follow_up_changed AFTER UPDATE ON follow_up BEGIN
            UPDATE intake SET next_follow_up_on = (
                SELECT min(due_on) FROM follow_up
                WHERE intake_id = intake.id AND done_at IS NULL
            ) WHERE id IN (OLD.intake_id, NEW.intake_id);
        END;
        CREATE TRIGGER follow_up_removed AFTER DELETE ON follow_up BEGIN
            UPDATE intake SET next_follow_up_on = (
                SELECT min(due_on) FROM follow_up
                WHERE intake_id = OLD.intake_id AND done_at IS NULL
            ) WHERE id = OLD.intake_id;
        END;

        -- Clinic settings, e.g. the follow-up intervals; values are JSON.
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        ) STRICT;
        """,
    )
    from app.people.contact_formats import format_phone_for_display
    from app.people.phone_search import phone_search_terms

    with_phone = db.execute("SELECT id, phone FROM patient WHERE phone IS NOT NULL").fetchall()
    for patient_id, phone in with_phone:
        db.execute(
            "UPDATE patient SET phone_search = ?, phone_display = ? WHERE id = ?",
            [phone_search_terms(phone), format_phone_for_display(phone), patient_id],
        )
    # Name, email and every form of the phone number, kept in step by sqlite-utils' triggers.
    db.table("patient").enable_fts(
        ["first_name", "last_name", "email", "phone_search"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
