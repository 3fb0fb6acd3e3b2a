"""A station's outbox: signed intakes (and follow-up answers) kept until the host
confirms it has them.

Each intake is written here, in the station's own owner-only file, *before* the patient
is thanked, with the id it got when it was signed. The sender offers the oldest first;
the host stores an id once (a retry after a lost reply finds it stored), and only its
confirmation deletes the station's copy, so a tablet keeps no patient's answers after
they have arrived. When the host cannot be reached, each intake waits longer before
its next try (2 s doubling to 5 minutes), and every loop is bounded in count.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.intake.answers import RawAnswer
from app.intake.consent import SignedConsent
from app.network.wire import answers_to_wire, consent_to_wire
from app.storage.connect import connect_encrypted
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now
from app.system.private_files import create_owner_only, make_private_folder

OUTBOX_FILE = "outbox.db"
FIRST_RETRY_SECONDS = 2
LONGEST_WAIT_SECONDS = 300
SEND_AT_MOST = 50  # per call of deliver(): the rest on the next
FOLLOW_UP_KIND = "follow-up"  # an entry's "kind"; an intake has none


# Append only, as for the clinic's database (app/storage/schema.py).
_OUTBOX_MIGRATIONS = (
    """CREATE TABLE outbox (
        uid TEXT PRIMARY KEY,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT NOT NULL,
        refused TEXT  -- the host's answer when it would not store it as it is
    ) STRICT""",
)


@dataclass(frozen=True)
class Delivery:
    sent: int  # confirmed by the host and deleted here
    waiting: int  # still here
    host_reached: bool


class Outbox:
    def __init__(self, folder: Path, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        make_private_folder(folder)
        path = folder / OUTBOX_FILE
        create_owner_only(path)
        self._conn = connect_encrypted(path, timeout=5)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")  # the patient is thanked after this
        self._migrate()
        self._clock = clock

    def _migrate(self) -> None:
        """The outbox file's own schema, versioned by PRAGMA user_version and applied
        under the write lock: the kiosk and its sending thread may open a new file at
        the same moment, and the second waits for the first instead of failing."""
        with write_transaction(self._conn):
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            for number, step in enumerate(_OUTBOX_MIGRATIONS[version:], start=version + 1):
                self._conn.execute(step)
                self._conn.execute(f"PRAGMA user_version = {number}")

    def put(
        self,
        answers: Mapping[str, RawAnswer],
        consent: SignedConsent,
        *,
        seconds_taken: int | None = None,
    ) -> str:
        """Keep one signed intake; returns its id. Raises sqlite3.Error if it could not
        be kept (the patient must then be told it was not sent)."""
        uid = str(uuid.uuid4())
        now = self._now()
        payload: dict[str, Any] = {
            "uid": uid,
            "signed_at": consent.signed_at,
            "answers": answers_to_wire(answers),
            "consent": consent_to_wire(consent),
        }
        if seconds_taken is not None:  # (a host before issue 28 ignores it)
            payload["seconds_taken"] = seconds_taken
        with write_transaction(self._conn):
            self._conn.execute(
                "INSERT INTO outbox (uid, payload, queued_at, next_try_at) VALUES (?, ?, ?, ?)",
                [uid, json.dumps(payload, ensure_ascii=False), now, now],
            )
        return uid

    def put_follow_up(
        self,
        handover_id: int,
        answers: Mapping[str, RawAnswer],
        answered_at: str,
        *,
        language: str | None = None,
    ) -> str:
        """Keep one patient's follow-up answers (a kiosk handed to them); returns its id."""
        uid = str(uuid.uuid4())
        now = self._now()
        payload = {
            "kind": FOLLOW_UP_KIND,
            "uid": uid,
            "handover_id": handover_id,
            "answered_at": answered_at,
            "answers": answers_to_wire(answers),
            "language": language,
        }
        with write_transaction(self._conn):
            self._conn.execute(
                "INSERT INTO outbox (uid, payload, queued_at, next_try_at) VALUES (?, ?, ?, ?)",
                [uid, json.dumps(payload, ensure_ascii=False), now, now],
            )
        return uid

    def waiting(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def uids(self) -> list[str]:
        return [uid for (uid,) in self._conn.execute("SELECT uid FROM outbox ORDER BY queued_at")]

    def deliver(self, send: Callable[[dict[str, Any]], int | None]) -> Delivery:
        """Offer the due intakes, oldest first. ``send`` returns the host's status
        code, or None when the host could not be reached (then the rest wait too)."""
        due = self._conn.execute(
            "SELECT uid, payload, attempts FROM outbox WHERE next_try_at <= ? AND refused IS NULL"
            " ORDER BY queued_at LIMIT ?",
            [self._now(), SEND_AT_MOST],
        ).fetchall()
        sent = 0
        reached = True
        for uid, payload, attempts in due:
            status = send(json.loads(payload))
            if status in (200, 201):  # stored now, or stored by an earlier try
                with write_transaction(self._conn):
                    self._conn.execute("DELETE FROM outbox WHERE uid = ?", [uid])
                sent += 1
                continue
            if status is not None and _final_refusal(status):
                # The host will never take it as it is: kept for staff, not sent again.
                reason = "answers-refused" if status == 422 else f"refused-{status}"
                with write_transaction(self._conn):
                    self._conn.execute("UPDATE outbox SET refused = ? WHERE uid = ?", [reason, uid])
                continue
            self._later(uid, attempts + 1)
            if status is None:
                reached = False
                break
        return Delivery(sent, self.waiting(), reached)

    def _later(self, uid: str, attempts: int) -> None:
        wait = min(LONGEST_WAIT_SECONDS, FIRST_RETRY_SECONDS * 2 ** min(attempts - 1, 16))
        next_try = (self._clock() + dt.timedelta(seconds=wait)).isoformat(timespec="microseconds")
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE outbox SET attempts = ?, next_try_at = ? WHERE uid = ?",
                [attempts, next_try, uid],
            )

    def retry_now(self) -> None:
        """Staff asked to send now (or the host came back): every wait ends."""
        with write_transaction(self._conn):
            self._conn.execute("UPDATE outbox SET next_try_at = ?", [self._now()])

    def close(self) -> None:
        self._conn.close()

    def _now(self) -> str:
        return self._clock().isoformat(timespec="microseconds")


def _final_refusal(status: int) -> bool:
    """A 4xx says the request itself is wrong, so sending it again cannot help; but a
    credential refused (401, 403: until the tablet is paired again), a route an older
    main PC does not have yet (404), a timeout (408) or too many requests (429) may
    pass later. A 5xx is the host's trouble: retried."""
    return 400 <= status < 500 and status not in (401, 403, 404, 408, 429)
