"""Released migration 014: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import EVENT_OUTCOMES, M014_AUDIT_ACTIONS, RELATEDNESS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m014_adverse_events(db: Database) -> None:
    """Issue 25: safety at every follow-up, adjudicated. Each problem a patient reported
    at a follow-up, rated by a clinician: related to the treatment or not (the WHO-UMC
    causality terms, shortened), its severity as a CTCAE grade (1 mild … 5 death), its
    outcome. Rated again, the row changes and the trail keeps both."""
    related = ", ".join(f"'{r}'" for r in RELATEDNESS)
    outcomes = ", ".join(f"'{o}'" for o in EVENT_OUTCOMES)
    _execute_statements(
        db,
        f"""
        CREATE TABLE adverse_event (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            response_id INTEGER NOT NULL REFERENCES follow_up_response (id) ON DELETE CASCADE,
            problem TEXT NOT NULL CHECK (length(problem) > 0),
            -- The treatment given last before the answer (NULL: none recorded by then).
            treatment_id INTEGER REFERENCES treatment (id) ON DELETE SET NULL,
            relatedness TEXT NOT NULL CHECK (relatedness IN ({related})),
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
            outcome TEXT NOT NULL CHECK (outcome IN ({outcomes})),
            note TEXT,
            rated_by TEXT NOT NULL,
            rated_at TEXT NOT NULL,
            UNIQUE (response_id, problem),
            CHECK ((grade = 5) = (outcome = 'fatal'))
        ) STRICT;
        CREATE INDEX adverse_event_intake ON adverse_event (intake_id, treatment_id);
        CREATE TRIGGER adverse_event_rated AFTER INSERT ON adverse_event BEGIN
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.rated_at, NEW.rated_by, 'adverse-event-rated', NEW.intake_id,
                NEW.problem || ': grade ' || NEW.grade || ', ' || NEW.relatedness
                || ', ' || NEW.outcome);
        END;
        CREATE TRIGGER adverse_event_rerated AFTER UPDATE ON adverse_event BEGIN
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.rated_at, NEW.rated_by, 'adverse-event-rerated', NEW.intake_id,
                NEW.problem || ': grade ' || OLD.grade || ' to ' || NEW.grade || ', '
                || NEW.relatedness || ', ' || NEW.outcome);
        END;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M014_AUDIT_ACTIONS]
    )
