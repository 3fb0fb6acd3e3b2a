"""Released migration 013: never edited (a change is a new migration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations.statements import execute_statements as _execute_statements
from app.storage.migrations.statements import widen_check as _widen_check

if TYPE_CHECKING:
    from sqlite_utils import Database


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
