"""Words for patients in their language, from the JSON files in resources/ (the
clinic's results, e-mail reminders, letters, a patient's copy): one file per language,
``<name>.<language>.json``, English where a language has none; and a day in words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

FALLBACK = "en"


class WordsMissing(Exception):
    """Neither the language's file nor the English one can be read."""


def load_words(folder: Path, name: str, language: str | None) -> dict[str, Any]:
    path = folder / f"{name}.{language or FALLBACK}.json"
    if not path.exists():
        path = folder / f"{name}.{FALLBACK}.json"
    try:
        words = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WordsMissing(f"cannot read {path.name}") from exc
    if not isinstance(words, dict):
        raise WordsMissing(f"{path.name} is not an object")
    return words


def spoken_date(day: dt.date, words: dict[str, Any]) -> str:
    """ "4 December 2026", "4 de diciembre de 2026": the file's ``date`` and ``months``."""
    month = words["months"][day.month - 1]
    return str(words["date"]).format(day=day.day, month=month, year=day.year)
