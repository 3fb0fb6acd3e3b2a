"""Released migration 017: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import (
    LADDER_KINDS,
    M017_AUDIT_ACTIONS,
    REMINDER_STATES,
    STEP_RESULTS,
    STEP_WAYS,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def m017_follow_up_ladder(db: Database) -> None:
    """Issue 26: each step of the clinic's ladder for a due follow-up (a reminder, a
    call, a letter, or letting it go till the next), with who took it, how, and what
    came of it; the e-mail reminders waiting, sent or not, each once per step; and a
    patient's "no more e-mail reminders", as staff recorded it."""
    kinds, ways, results, states = (
        ", ".join(f"'{v}'" for v in values)
        for values in (LADDER_KINDS, STEP_WAYS, STEP_RESULTS, REMINDER_STATES)
    )
    _execute_statements(
        db,
        f"""
        CREATE TABLE follow_up_step (
            id INTEGER PRIMARY KEY,
            follow_up_id INTEGER NOT NULL REFERENCES follow_up (id) ON DELETE CASCADE,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            -- Its place in the clinic's ladder when it was taken (let go: -1).
            step INTEGER NOT NULL CHECK (step BETWEEN -1 AND 20),
            kind TEXT NOT NULL CHECK (kind IN ({kinds})),
            way TEXT CHECK (way IS NULL OR way IN ({ways})),
            result TEXT NOT NULL CHECK (result IN ({results})),
            note TEXT,
            done_by TEXT NOT NULL CHECK (length(trim(done_by)) > 0),
            done_at TEXT NOT NULL,
            UNIQUE (follow_up_id, step)
        ) STRICT;
        CREATE INDEX follow_up_step_intake ON follow_up_step (intake_id, follow_up_id);
        CREATE TRIGGER follow_up_step_taken AFTER INSERT ON follow_up_step BEGIN
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.done_at, NEW.done_by, 'follow-up-step', NEW.intake_id,
                NEW.kind || ' ' || (NEW.step + 1) || ': ' || coalesce(NEW.way || ', ', '')
                || NEW.result);
        END;

        CREATE TABLE reminder_outbox (
            follow_up_id INTEGER NOT NULL REFERENCES follow_up (id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            queued_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ({states})),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_try_at TEXT NOT NULL,
            problem TEXT,  -- what kind of failure: never an address or a name
            sent_at TEXT,
            PRIMARY KEY (follow_up_id, step)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX reminder_outbox_waiting ON reminder_outbox (next_try_at)
            WHERE state = 'waiting';
        -- Today's list: the open follow-ups of treatments, by due date.
        CREATE INDEX follow_up_open ON follow_up (due_on)
            WHERE done_at IS NULL AND treatment_id IS NOT NULL;
        -- The response rates: each follow-up's answer, when and how, without its row.
        CREATE INDEX follow_up_response_answering ON follow_up_response (
            follow_up_id, answered_at, source);

        ALTER TABLE patient ADD COLUMN email_reminders_stopped_at TEXT;
        ALTER TABLE patient ADD COLUMN email_reminders_stopped_by TEXT;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M017_AUDIT_ACTIONS]
    )
