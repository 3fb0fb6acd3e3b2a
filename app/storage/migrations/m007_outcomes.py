"""Released migration 007: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.vocabulary import FOLLOW_UP_SOURCES, M007_AUDIT_ACTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database


def m007_outcomes(db: Database) -> None:
    """Issue 12: KOOS JR at intake, follow-up answers, and a kiosk handed to one patient."""
    sources = ", ".join(f"'{source}'" for source in FOLLOW_UP_SOURCES)
    _execute_statements(
        db,
        f"""
        -- KOOS JR at the intake (NULL: not all seven answered), kept in step with
        -- corrections like the other summary columns.
        ALTER TABLE intake ADD COLUMN koos_jr_raw INTEGER
            CHECK (koos_jr_raw BETWEEN 0 AND 28);
        ALTER TABLE intake ADD COLUMN koos_jr_score REAL
            CHECK (koos_jr_score BETWEEN 0 AND 100);
        -- Kept by the triggers below, so the list filters on them without a join.
        ALTER TABLE intake ADD COLUMN follow_ups_answered INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE intake ADD COLUMN clinical_review_needed INTEGER NOT NULL DEFAULT 0
            CHECK (clinical_review_needed IN (0, 1));
        CREATE INDEX intake_clinical_review ON intake (submitted_at)
            WHERE clinical_review_needed = 1;
        -- The first treatment's date and how many there were, kept by the triggers
        -- below: the outcomes report counts time from the first (docs/OUTCOMES.md).
        ALTER TABLE intake ADD COLUMN first_treated_on TEXT;
        ALTER TABLE intake ADD COLUMN treatments INTEGER NOT NULL DEFAULT 0;
        UPDATE intake SET
            first_treated_on = (SELECT min(treated_on) FROM treatment
                                WHERE treatment.intake_id = intake.id),
            treatments = (SELECT count(*) FROM treatment WHERE treatment.intake_id = intake.id);
        CREATE TRIGGER treatment_counted AFTER INSERT ON treatment BEGIN
            UPDATE intake SET
                first_treated_on = min(coalesce(first_treated_on, NEW.treated_on),
                                       NEW.treated_on),
                treatments = treatments + 1
            WHERE id = NEW.intake_id;
        END;
        CREATE TRIGGER treatment_recounted AFTER UPDATE OF treated_on, intake_id ON treatment
        BEGIN
            UPDATE intake SET
                first_treated_on = (SELECT min(treated_on) FROM treatment
                                    WHERE treatment.intake_id = intake.id),
                treatments = (SELECT count(*) FROM treatment
                              WHERE treatment.intake_id = intake.id)
            WHERE id IN (OLD.intake_id, NEW.intake_id);
        END;
        CREATE TRIGGER treatment_uncounted AFTER DELETE ON treatment BEGIN
            UPDATE intake SET
                first_treated_on = (SELECT min(treated_on) FROM treatment
                                    WHERE treatment.intake_id = intake.id),
                treatments = treatments - 1
            WHERE id = OLD.intake_id;
        END;

        -- A follow-up questionnaire answered: on the kiosk, or entered by staff.
        -- follow_up_id is the due follow-up it answers (NULL: unscheduled, outside
        -- every window). The answers are kept as given, as JSON by linkId; the
        -- summary columns are derived from them (app/outcomes/follow_up_summary.py).
        CREATE TABLE follow_up_response (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            follow_up_id INTEGER UNIQUE REFERENCES follow_up (id) ON DELETE SET NULL,
            -- That follow-up's due date, kept beside it for the outcomes report.
            follow_up_due_on TEXT CHECK ((follow_up_due_on IS NULL) = (follow_up_id IS NULL)),
            questionnaire_url TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            language TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ({sources})),
            entered_by TEXT NOT NULL,
            station_id INTEGER REFERENCES station (id),
            koos_jr_raw INTEGER CHECK (koos_jr_raw BETWEEN 0 AND 28),
            koos_jr_score REAL CHECK (koos_jr_score BETWEEN 0 AND 100),
            pain_now INTEGER CHECK (pain_now BETWEEN 0 AND 10),
            pain_worst_week INTEGER CHECK (pain_worst_week BETWEEN 0 AND 10),
            global_change INTEGER CHECK (global_change BETWEEN -3 AND 3),
            satisfaction TEXT,
            problems TEXT NOT NULL CHECK (json_valid(problems)),
            needs_review INTEGER NOT NULL CHECK (needs_review IN (0, 1)),
            answers TEXT NOT NULL CHECK (json_valid(answers)),
            reviewed_at TEXT,
            reviewed_by TEXT,
            CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL))
        ) STRICT;
        -- Covering what the record's chart, the list and the outcomes report read, so
        -- they never load the answers themselves (docs/PERFORMANCE.md).
        CREATE INDEX follow_up_response_outcome ON follow_up_response (
            intake_id, answered_at, koos_jr_score, pain_now, follow_up_due_on, problems);
        -- A treatment's follow-ups due by a day, for the report, without their rows.
        CREATE INDEX follow_up_of_treatment ON follow_up (intake_id, due_on, treatment_id);

        CREATE TRIGGER follow_up_response_added AFTER INSERT ON follow_up_response BEGIN
            UPDATE intake SET
                follow_ups_answered = follow_ups_answered + 1,
                clinical_review_needed = max(clinical_review_needed,
                                             NEW.needs_review AND NEW.reviewed_at IS NULL)
            WHERE id = NEW.intake_id;
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.answered_at, NEW.entered_by, 'follow-up-answered', NEW.intake_id,
                NEW.source);
        END;
        CREATE TRIGGER follow_up_response_reviewed AFTER UPDATE OF reviewed_at
            ON follow_up_response
            WHEN OLD.reviewed_at IS NULL AND NEW.reviewed_at IS NOT NULL
        BEGIN
            UPDATE intake SET clinical_review_needed = EXISTS (
                SELECT 1 FROM follow_up_response
                WHERE intake_id = NEW.intake_id AND needs_review = 1 AND reviewed_at IS NULL
            ) WHERE id = NEW.intake_id;
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.reviewed_at, NEW.reviewed_by, 'clinical-review-done', NEW.intake_id, NULL);
        END;
        CREATE TRIGGER follow_up_response_kept BEFORE UPDATE OF answers, koos_jr_score,
            problems, needs_review, intake_id, answered_at, source, entered_by
            ON follow_up_response
        BEGIN
            SELECT RAISE(ABORT, 'follow-up answers are kept as given');
        END;

        -- The kiosk handed to one patient for one follow-up (station_id NULL: any
        -- kiosk of this clinic). A waiting handover expires by itself.
        CREATE TABLE kiosk_handover (
            id INTEGER PRIMARY KEY,
            intake_id INTEGER NOT NULL REFERENCES intake (id) ON DELETE CASCADE,
            follow_up_id INTEGER REFERENCES follow_up (id) ON DELETE CASCADE,
            station_id INTEGER REFERENCES station (id),
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN (
                'waiting', 'taken', 'answered', 'cancelled', 'timed-out')),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            taken_at TEXT
        ) STRICT;
        CREATE INDEX kiosk_handover_waiting ON kiosk_handover (created_at)
            WHERE state = 'waiting';
        CREATE TRIGGER kiosk_handover_added AFTER INSERT ON kiosk_handover BEGIN
            INSERT INTO audit (at, actor, action, intake_id, detail) VALUES (
                NEW.created_at, NEW.created_by, 'kiosk-handed-over', NEW.intake_id,
                CASE WHEN NEW.station_id IS NULL THEN 'any kiosk'
                     ELSE 'station ' || NEW.station_id END);
        END;
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M007_AUDIT_ACTIONS]
    )
