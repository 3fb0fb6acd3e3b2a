"""The database schema, only ever changed by adding a migration at the end of the list
(each released one is a file of its own in app/storage/migrations/, never edited).

Tables are STRICT and hand-written in SQL so every constraint is visible in the files. The
migrations run through sqlite-utils' ``Migrations``, which is built only when a database
actually needs migrating: sqlite-utils stays off the start-up path of an up-to-date
database (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.storage.driver import sqlite3
from app.storage.migrations.m001_patients_and_intakes import m001_patients_and_intakes
from app.storage.migrations.m002_reception_workspace import m002_reception_workspace
from app.storage.migrations.m003_list_speed_at_scale import m003_list_speed_at_scale
from app.storage.migrations.m004_staff_audit_and_kiosk import m004_staff_audit_and_kiosk
from app.storage.migrations.m005_defects_found_by_careless_and_hostile_use import (
    m005_defects_found_by_careless_and_hostile_use,
)
from app.storage.migrations.m006_stations_and_the_host import m006_stations_and_the_host
from app.storage.migrations.m007_outcomes import m007_outcomes
from app.storage.migrations.m008_intake_sources import m008_intake_sources
from app.storage.migrations.m009_encryption_and_backups import m009_encryption_and_backups
from app.storage.migrations.m010_languages import m010_languages
from app.storage.migrations.m011_staff_deactivated import m011_staff_deactivated
from app.storage.migrations.m012_time_taken import m012_time_taken
from app.storage.migrations.m013_treatment_details import m013_treatment_details
from app.storage.migrations.m014_adverse_events import m014_adverse_events
from app.storage.migrations.m015_article_and_results_shown import m015_article_and_results_shown
from app.storage.migrations.m016_outcomes_report_speed import m016_outcomes_report_speed
from app.storage.migrations.m017_follow_up_ladder import m017_follow_up_ladder
from app.storage.vocabulary import (
    AUDIT_ACTIONS,
    EVENT_OUTCOMES,
    FOLLOW_UP_SOURCES,
    INTAKE_SOURCES,
    LADDER_KINDS,
    RELATEDNESS,
    REMINDER_STATES,
    STAFF_SOURCES,
    STATUSES,
    STEP_RESULTS,
    STEP_WAYS,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# The values the CHECKs allow are part of the schema and still import from here, as they
# did before app/storage/vocabulary.py held them.
__all__ = [
    "AUDIT_ACTIONS", "EVENT_OUTCOMES", "FOLLOW_UP_SOURCES", "INTAKE_SOURCES", "LADDER_KINDS",
    "MIGRATIONS_IN_ORDER", "MIGRATION_NAMES", "RELATEDNESS", "REMINDER_STATES",
    "STAFF_SOURCES", "STATUSES", "STEP_RESULTS", "STEP_WAYS", "applied_migration_names",
    "migrations",
]  # fmt: skip

MIGRATION_SET = "knee_intake"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table


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
