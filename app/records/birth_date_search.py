"""Finding a patient by date of birth, typed in the records search box.

A receptionist on the phone hears "Maria, born the twelfth of March fifty-two" and types
"12/03/1952", "3/12/1952", "1952-03-12", "12.3.1952" or "12 Mar 1952", maybe after the
name ("garcia 12/03/1952"). Dates are taken out of the words; the rest is searched as
names, phone and email (app/people/phone_search.py). A date written with the day and month
both 12 or less reads either way round, so it finds both days: the list shows each
patient's birth date to tell them apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_WORDS = re.compile(
    r"(?<!\S)(\d{1,2})\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})(?!\S)", re.IGNORECASE
)
_EARLIEST_YEAR = 1900

# English and Spanish month names and their short forms (the app's languages).
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "enero"),
            ("february", "febrero"),
            ("march", "marzo"),
            ("april", "abril"),
            ("may", "mayo"),
            ("june", "junio"),
            ("july", "julio"),
            ("august", "agosto"),
            ("september", "septiembre", "setiembre"),
            ("october", "octubre"),
            ("november", "noviembre"),
            ("december", "diciembre"),
        ),
        start=1,
    )
    for name in names
}


@dataclass(frozen=True)
class SearchText:
    """What was typed, split into birth dates and the rest."""

    words: str
    birth_dates: tuple[dt.date, ...]


def split_birth_dates(text: str, today: dt.date) -> SearchText:
    """The birth dates in ``text`` (each a possible day, none in the future or before
    1900) and the words left over. A word that only looks like a date stays a word."""
    found: list[dt.date] = []

    def named(match: re.Match[str]) -> str:
        month = _month(match.group(2))
        day = _date(int(match.group(3)), month, int(match.group(1)), today) if month else None
        if day is None:
            return match.group(0)
        found.append(day)
        return " "

    rest = _WORDS.sub(named, text)
    words: list[str] = []
    for word in rest.split():
        days = _numeric_dates(word, today)
        if days:
            found.extend(days)
        else:
            words.append(word)
    return SearchText(" ".join(words), tuple(dict.fromkeys(found)))


def _numeric_dates(word: str, today: dt.date) -> list[dt.date]:
    if match := _ISO.match(word):
        year, month, day = (int(part) for part in match.groups())
        found = _date(year, month, day, today)
        return [found] if found else []
    if match := _NUMERIC.match(word):
        first, second, year = (int(part) for part in match.groups())
        readings = (_date(year, second, first, today), _date(year, first, second, today))
        return [day for day in dict.fromkeys(readings) if day is not None]
    return []


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    starts = {number for name, number in _MONTHS.items() if name.startswith(word)}
    return starts.pop() if len(word) >= 3 and len(starts) == 1 else None


def _date(year: int, month: int, day: int, today: dt.date) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if dt.date(_EARLIEST_YEAR, 1, 1) <= found <= today else None
