"""The values the schema's CHECKs and lookup tables allow, and the audit trail's actions
by the migration that added them: the migrations insert them, the features check against
them."""

from __future__ import annotations

STATUSES = (
    "new",
    "contacted",
    "consultation-booked",
    "treatment",
    "follow-up",
    "closed",
    "not-a-candidate",
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

# Actions added since m004; from m005 on, the allowed actions are rows of audit_action,
# so a new one is an INSERT in a migration, not a rebuild of the trail.
M005_AUDIT_ACTIONS = ("patient-merged", "patient-kept-apart")

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
