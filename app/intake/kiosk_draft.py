"""A kiosk's unfinished form, kept in the database so a crash does not lose it.

The draft holds the answers exactly as typed (even a half-typed date) and the page the
patient was on. It is deleted on submit and on timeout, and a draft older than the
kiosk's idle time is deleted instead of restored: the patient it belonged to has gone,
and the next one must never see it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.intake.answers import DateParts, OpenChoice, RawAnswer
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

KIOSK_DEVICE = "kiosk"


@dataclass(frozen=True)
class Draft:
    answers: dict[str, RawAnswer]
    page: int
    saved_at: dt.datetime
    language: str | None = None  # the patient's choice, when it was not the PC's


def raw_to_json(raw: RawAnswer) -> Any:
    match raw:
        case None:
            return None
        case bool():
            return {"bool": raw}
        case str():
            return {"text": raw}
        case DateParts():
            return {"date": [raw.year, raw.month, raw.day]}
        case OpenChoice():
            return {"codes": list(raw.codes), "other": raw.other}
        case tuple():
            return {"codes": list(raw)}
    raise TypeError(f"not a raw answer: {type(raw).__name__}")


def raw_from_json(stored: Any) -> RawAnswer:
    if not isinstance(stored, dict):
        return None
    if "bool" in stored:
        return bool(stored["bool"])
    if "text" in stored:
        return str(stored["text"])
    if "date" in stored:
        year, month, day = (str(part) for part in stored["date"])
        return DateParts(year=year, month=month, day=day)
    codes = tuple(str(code) for code in stored.get("codes", ()))
    if "other" in stored:
        return OpenChoice(codes, str(stored["other"]))
    return codes


class DraftStore:
    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        device: str = KIOSK_DEVICE,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._conn = conn
        self._device = device
        self._clock = clock

    def save(
        self, answers: Mapping[str, RawAnswer], page: int, language: str | None = None
    ) -> None:
        stored = {link_id: raw_to_json(raw) for link_id, raw in answers.items()}
        with write_transaction(self._conn):
            self._conn.execute(
                "INSERT INTO draft (device, answers, page, saved_at, language)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (device) DO UPDATE SET answers = excluded.answers,"
                " page = excluded.page, saved_at = excluded.saved_at,"
                " language = excluded.language",
                [self._device, json.dumps(stored), page, self._clock().isoformat(), language],
            )

    def restore(self, max_age: dt.timedelta) -> Draft | None:
        """The draft if it is younger than ``max_age``; an older one is deleted."""
        row = self._conn.execute(
            "SELECT answers, page, saved_at, language FROM draft WHERE device = ?",
            [self._device],
        ).fetchone()
        if row is None:
            return None
        saved_at = dt.datetime.fromisoformat(row[2])
        if self._clock() - saved_at > max_age:
            self.discard()
            return None
        answers = {link_id: raw_from_json(v) for link_id, v in json.loads(row[0]).items()}
        return Draft(answers=answers, page=int(row[1]), saved_at=saved_at, language=row[3])

    def discard(self) -> None:
        with write_transaction(self._conn):
            self._conn.execute("DELETE FROM draft WHERE device = ?", [self._device])
