"""A person's age in whole years on a given day (the one formula every screen uses)."""

from __future__ import annotations

import datetime as dt


def age_on(birth_date: str, today: dt.date) -> int | None:
    """Age on ``today`` for an ISO birth date; None if the date cannot be read."""
    try:
        born = dt.date.fromisoformat(birth_date)
    except ValueError:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
