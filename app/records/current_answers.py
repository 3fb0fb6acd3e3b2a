"""SQL for "is this the intake's answer now?": a staff correction of the answer, the
latest, wins over what was submitted (app/records/record_book.py keeps both)."""

from __future__ import annotations


def answer_is_sql(intake_id: str) -> str:
    """True where the intake (``intake_id``: its SQL) now answers the question with the
    value; its parameters: the link id, the link id, the value, the link id, the value
    (``answer_is_params`` gives them)."""
    return (
        f"CASE WHEN EXISTS (SELECT 1 FROM answer_correction AS k"
        f"                  WHERE k.intake_id = {intake_id} AND k.link_id = ?)"
        f" THEN EXISTS (SELECT 1 FROM json_each((SELECT k.new_values FROM answer_correction"
        f"              AS k WHERE k.intake_id = {intake_id} AND k.link_id = ? ORDER BY k.id"
        f"              DESC LIMIT 1)) WHERE json_extract(value, '$.value') = ?)"
        f" ELSE EXISTS (SELECT 1 FROM answer AS a WHERE a.intake_id = {intake_id}"
        f"              AND a.link_id = ? AND a.value = ?) END"
    )


def answer_is_params(link_id: str, value: str) -> list[object]:
    return [link_id, link_id, value, link_id, value]
