"""The database schema, only ever changed by adding a migration at the end of the list.

Tables are STRICT and hand-written in SQL so every constraint is visible here. The
migrations run through sqlite-utils' ``Migrations``, which is built only when a database
actually needs migrating: sqlite-utils stays off the start-up path of an up-to-date
database (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.storage.driver import sqlite3

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "knee_intake"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table


def _execute_statements(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the transaction
    # sqlite-utils wraps each migration in.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement at the end of a migration")


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


STATUSES = (
    "new",
    "contacted",
    "consultation-booked",
    "treatment",
    "follow-up",
    "closed",
    "not-a-candidate",
)


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


def m003_list_speed_at_scale(db: Database) -> None:
    """Indexes that let the records list answer every sort and short search quickly at
    100,000 records (docs/PERFORMANCE.md)."""
    _execute_statements(
        db,
        """
        -- A full index serves the overdue filter and both sorts; the partial one could
        -- not serve a sort, which has to place the intakes with no follow-up as well.
        DROP INDEX intake_next_follow_up;
        CREATE INDEX intake_next_follow_up ON intake (next_follow_up_on);
        CREATE INDEX intake_imaging_needed ON intake (imaging_needed);
        CREATE INDEX intake_screening_review ON intake (screening_review);
        CREATE INDEX patient_phone ON patient (phone);
        -- The workflow's order, exactly as app/records/records_list.py sorts by it.
        CREATE INDEX intake_status_rank ON intake (
            CASE status WHEN 'new' THEN 0 WHEN 'contacted' THEN 1
                WHEN 'consultation-booked' THEN 2 WHEN 'treatment' THEN 3
                WHEN 'follow-up' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END
        );
        """,
    )
    # One- and two-character prefix indexes: "s" or "20" typed in the search box reads
    # one list of patients instead of merging every term that starts that way. FTS5
    # takes the option only at creation, so the index is rebuilt under the same name;
    # sqlite-utils' triggers on patient refer to it by name and keep it in step as before.
    _execute_statements(
        db,
        """
        DROP TABLE patient_fts;
        CREATE VIRTUAL TABLE patient_fts USING FTS5 (
            "first_name", "last_name", "email", "phone_search",
            tokenize='unicode61 remove_diacritics 2',
            prefix='1 2',
            content=patient
        );
        INSERT INTO patient_fts (patient_fts) VALUES ('rebuild');
        -- The planner needs statistics to pick these indexes over reading every row;
        -- from now on they are refreshed as connections close (database.close_database).
        -- Only these two tables: statistics on FTS5's own tables, taken while they
        -- are small, make every later patient insert slower (quadratic in a bulk load).
        ANALYZE patient;
        ANALYZE intake;
        """,
    )


M004_AUDIT_ACTIONS = (
    "sign-in",
    "sign-in-failed",
    "account-locked",
    "sign-out",
    "signed-out-idle",
    "password-changed",
    "password-reset",
    "staff-added",
    "clinic-set-up",
    "settings-changed",
    "record-opened",
    "status-changed",
    "treatment-added",
    "follow-up-done",
    "contact-logged",
    "answer-corrected",
    "export-csv",
    "export-pdf",
    "print",
    "kiosk-started",
    "kiosk-exit",
    "kiosk-exit-failed",
    "kiosk-timed-out",
    "audit-viewed",
)


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


# Actions added since m004; from m005 on, the allowed actions are rows of audit_action,
# so a new one is an INSERT in a migration, not a rebuild of the trail.
M005_AUDIT_ACTIONS = ("patient-merged", "patient-kept-apart")

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


M006_AUDIT_ACTIONS = (
    "intake-received",  # from a station: the actor names it
    "station-paired",
    "station-pairing-refused",
    "station-revoked",
    "pairing-code-issued",
)
M007_AUDIT_ACTIONS = (
    "follow-up-answered",  # the actor is who entered it: "kiosk" or the staff member
    "clinical-review-done",
    "kiosk-handed-over",
    "export-fhir",
    "outcomes-report",
)
M008_AUDIT_ACTIONS = ("intake-entered",)  # by staff, for a patient: the actor names them
# Issue 13: encryption at rest and backups. A restore is recorded in the restored file.
M009_AUDIT_ACTIONS = (
    "recovery-key-confirmed",
    "database-key-changed",
    "backup-folder-changed",
    "backup-restored",
)
# Issue 28: a staff account is deactivated (kept, with its trail), and back.
M011_AUDIT_ACTIONS = ("staff-deactivated", "staff-reactivated")
# Issue 25: a problem reported at a follow-up rated by a clinician as an adverse event.
M014_AUDIT_ACTIONS = ("adverse-event-rated", "adverse-event-rerated")
RELATEDNESS = ("not-related", "unlikely", "possible", "probable", "definite")
EVENT_OUTCOMES = ("recovered", "recovering", "not-recovered", "recovered-with-sequelae",
                  "fatal", "unknown")  # fmt: skip
# Issue 25: "Results at this clinic" shown beside the article, or no longer.
M015_AUDIT_ACTIONS = ("results-published", "results-withdrawn")
# Issue 26: follow-ups that get answered.
M017_AUDIT_ACTIONS = ("follow-up-step", "email-reminders-stopped", "mail-settings-changed")
LADDER_KINDS = ("reminder", "call", "letter", "let-go")
STEP_WAYS = ("email", "text", "phone", "post", "in-person")
STEP_RESULTS = ("sent", "reached", "left-message", "no-answer", "wrong-number", "printed",
                "let-go")  # fmt: skip
REMINDER_STATES = ("waiting", "sent", "uncertain", "failed")
# Every action the trail knows, whichever migration added it.
AUDIT_ACTIONS: tuple[str, ...] = (
    M004_AUDIT_ACTIONS
    + M005_AUDIT_ACTIONS
    + M006_AUDIT_ACTIONS
    + M007_AUDIT_ACTIONS
    + M008_AUDIT_ACTIONS
    + M009_AUDIT_ACTIONS
    + M011_AUDIT_ACTIONS
    + M014_AUDIT_ACTIONS
    + M015_AUDIT_ACTIONS
    + M017_AUDIT_ACTIONS
)
# Where an intake came from; staff-entered ones name the staff member too.
INTAKE_SOURCES = ("kiosk", "pc-form", "staff-phone", "staff-paper", "staff-desk")
STAFF_SOURCES = ("staff-phone", "staff-paper", "staff-desk")
FOLLOW_UP_SOURCES = ("kiosk", "staff-phone", "staff-paper", "staff-desk")


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


def m009_encryption_and_backups(db: Database) -> None:
    """Issue 13: the audit trail's actions for keys and backups. (The encryption itself
    is the file's, not the schema's: app/encryption.)"""
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M009_AUDIT_ACTIONS]
    )


def m010_languages(db: Database) -> None:
    """Issue 14: the language a consent was signed in (its version names its wording;
    this names the language plainly). NULL for consents signed before: English then."""
    _execute_statements(
        db,
        """
        ALTER TABLE consent ADD COLUMN language TEXT
            CHECK (language IS NULL OR language GLOB '[a-z][a-z]*');
        CREATE INDEX intake_language ON intake (language, submitted_at);
        -- A draft comes back in the language the patient chose (NULL: the PC's).
        ALTER TABLE draft ADD COLUMN language TEXT;
        -- The outcomes report counts KOOS JR scores by the wording they were answered in.
        CREATE INDEX follow_up_response_language ON follow_up_response (language);
        """,
    )


def m011_staff_deactivated(db: Database) -> None:
    """Issue 28: deactivating a staff account, and giving it back, are in the trail.
    (The account's ``active`` column is m004's.)"""
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M011_AUDIT_ACTIONS]
    )


def m012_time_taken(db: Database) -> None:
    """Issue 28: how long a patient took, from choosing their language to signing, for
    the kiosk's welcome page ("most people finish in about 8 minutes"). NULL where it
    was not measured: a draft picked up again, an intake typed in by staff, or before."""
    _execute_statements(
        db,
        """
        ALTER TABLE intake ADD COLUMN seconds_taken INTEGER
            CHECK (seconds_taken IS NULL OR seconds_taken BETWEEN 1 AND 86400);
        CREATE INDEX intake_seconds_taken ON intake (source, id)
            WHERE seconds_taken IS NOT NULL;
        """,
    )


def m013_treatment_details(db: Database) -> None:
    """Issue 25: each injection as clinical data. The treatment's product may now be
    platelet-rich plasma or another preparation besides bone marrow and fat; the rest of
    what was given is the treatment questionnaire's answers (app/records/
    treatment_record.py), with the two the outcomes report groups by copied to columns.
    NULL in all three: recorded before, "not recorded"."""
    _widen_check(
        db,
        "treatment",
        "CHECK (cell_source IN ('bone-marrow', 'fat'))",
        "CHECK (cell_source IN ('bone-marrow', 'fat', 'prp', 'other'))",
    )
    _execute_statements(
        db,
        """
        ALTER TABLE treatment ADD COLUMN details TEXT
            CHECK (details IS NULL OR json_valid(details));
        ALTER TABLE treatment ADD COLUMN processing TEXT;
        ALTER TABLE treatment ADD COLUMN image_guidance TEXT;
        -- The first treatment's product, processing and guidance, kept on the intake by
        -- the triggers below (as its date is, m007): the report groups patients by them
        -- without looking up each patient's first treatment (docs/PERFORMANCE.md).
        ALTER TABLE intake ADD COLUMN first_product TEXT;
        ALTER TABLE intake ADD COLUMN first_processing TEXT;
        ALTER TABLE intake ADD COLUMN first_image_guidance TEXT;
        """,
    )
    first = (
        "(SELECT t.{0} FROM treatment AS t WHERE t.intake_id = {1}"
        " ORDER BY t.treated_on, t.id LIMIT 1)"
    )

    def refresh(intake: str) -> str:
        return (
            f"UPDATE intake SET first_product = {first.format('cell_source', intake)},"
            f" first_processing = {first.format('processing', intake)},"
            f" first_image_guidance = {first.format('image_guidance', intake)}"
            f" WHERE id = {intake};"
        )

    _execute_statements(
        db,
        f"""
        {refresh("intake.id")}
        CREATE TRIGGER treatment_first_kept AFTER INSERT ON treatment BEGIN
            {refresh("NEW.intake_id")}
        END;
        CREATE TRIGGER treatment_first_rekept AFTER UPDATE OF treated_on, intake_id,
            cell_source, processing, image_guidance ON treatment BEGIN
            {refresh("NEW.intake_id")}
            {refresh("OLD.intake_id")}
        END;
        CREATE TRIGGER treatment_first_unkept AFTER DELETE ON treatment BEGIN
            {refresh("OLD.intake_id")}
        END;
        """,
    )


def _widen_check(db: Database, table: str, old: str, new: str) -> None:
    """Replace a CHECK constraint with one every stored row already meets, the way
    SQLite's documentation gives for removing or loosening a constraint without
    rebuilding the table (https://sqlite.org/lang_altertable.html, "Making Other Kinds
    Of Table Schema Changes"): rebuilding would cascade the deletes of a dropped table
    to its follow-ups, as foreign keys cannot be turned off inside the migration's
    transaction. Checked after: the old rows pass the new constraint, and the schema
    reads back whole."""
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if sql.count(old) != 1:
        raise ValueError(f"{table}: the constraint to widen is not in its schema")
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
            [sql.replace(old, new), table],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    problems = db.execute(f"PRAGMA integrity_check({table})").fetchall()
    if problems != [("ok",)]:
        raise ValueError(f"{table}: the schema did not read back after widening")


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


def m015_article_and_results_shown(db: Database) -> None:
    """Issue 25: the consent keeps which article, and which of the clinic's published
    results, the patient read before signing. Both versions resolve to their text here
    for good: the article under the digest of its words (kept the first time it is
    shown), the results as they were published (app/outcomes/clinic_results.py). NULL:
    signed before this, or on a station too old to say."""
    _execute_statements(
        db,
        """
        CREATE TABLE article_text (
            version TEXT PRIMARY KEY CHECK (length(version) > 0),
            language TEXT NOT NULL,
            markdown TEXT NOT NULL,
            first_shown_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE published_results (
            version TEXT PRIMARY KEY CHECK (length(version) > 0),
            computed_on TEXT NOT NULL,
            figures TEXT NOT NULL CHECK (json_valid(figures)),
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL CHECK (length(trim(published_by)) > 0)
        ) STRICT, WITHOUT ROWID;
        ALTER TABLE consent ADD COLUMN article_version TEXT
            CHECK (article_version IS NULL OR length(article_version) > 0);
        ALTER TABLE consent ADD COLUMN results_version TEXT
            CHECK (results_version IS NULL OR length(results_version) > 0);
        """,
    )
    db.conn.executemany(
        "INSERT INTO audit_action (name) VALUES (?)", [(a,) for a in M015_AUDIT_ACTIONS]
    )


def m016_outcomes_report_speed(db: Database) -> None:
    """Issue 25: the report by preparation at 100,000 patients (docs/PERFORMANCE.md).
    Each answer's day (as ``date.toordinal()``, from the date it was answered on, in its
    own offset) kept in the answers' covering index, so the report reads it instead of
    working it out; and the demo's patients indexed apart, so leaving them out of a
    report reads a short list instead of every patient's row."""
    _execute_statements(
        db,
        """
        ALTER TABLE follow_up_response ADD COLUMN answered_day INTEGER
            GENERATED ALWAYS AS (CAST(julianday(substr(answered_at, 1, 10)) - 1721424.5
                                      AS INTEGER)) VIRTUAL;
        DROP INDEX follow_up_response_outcome;
        CREATE INDEX follow_up_response_outcome ON follow_up_response (
            intake_id, answered_at, koos_jr_score, pain_now, follow_up_due_on, problems,
            answered_day);
        CREATE INDEX patient_demo ON patient (id) WHERE is_demo = 1;
        """,
    )


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


# In the order they run. Append only: a released migration is never edited.
MIGRATIONS_IN_ORDER: tuple[Callable[[Database], None], ...] = (
    m001_patients_and_intakes,
    m002_reception_workspace,
    m003_list_speed_at_scale,
    m004_staff_audit_and_kiosk,
    m005_defects_found_by_careless_and_hostile_use,
    m006_stations_and_the_host,
    m007_outcomes,
    m008_intake_sources,
    m009_encryption_and_backups,
    m010_languages,
    m011_staff_deactivated,
    m012_time_taken,
    m013_treatment_details,
    m014_adverse_events,
    m015_article_and_results_shown,
    m016_outcomes_report_speed,
    m017_follow_up_ladder,
)
MIGRATION_NAMES: tuple[str, ...] = tuple(m.__name__ for m in MIGRATIONS_IN_ORDER)


def migrations() -> Migrations:
    """The sqlite-utils migration set for this schema."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for migration in MIGRATIONS_IN_ORDER:
        migration_set(name=migration.__name__)(migration)
    return migration_set


def applied_migration_names(conn: sqlite3.Connection) -> list[str]:
    """The names sqlite-utils recorded as applied (read with plain SQL: it is cheap)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]
