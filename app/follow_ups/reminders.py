"""E-mail reminders for due follow-ups, through the clinic's own server, from an
outbox in the database: a server that is down loses nothing (the reminder waits and
is tried again, less often each time) and none is sent twice.

A reminder is queued once per follow-up and ladder step (the outbox's key), only when
an administrator has set the mail server, the patient gave an address and said e-mail
is OK, and staff have not recorded "no more e-mail reminders". Just before the message
itself goes, the outbox says "uncertain": if the connection then fails, the server
may have it, and it is left for staff to see rather than sent again. Sent, it is the
ladder step taken, by "e-mail reminders".

The message says only that the knee follow-up is due, and how to answer: nothing of
the patient's health, in the subject or the body, in the patient's language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from app.clinic.patient_words import load_words
from app.clinic.settings import clinic_phone
from app.follow_ups.ladder import read_ladder
from app.follow_ups.mail_server import MailServer, MaybeSent, NotSent, read_mail_server, send
from app.follow_ups.work_list import email_allowed_sql, put_step, todays_list
from app.records.change_refused import ChangeRefused
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

log = logging.getLogger(__name__)

SENDER_ACTOR = "e-mail reminders"  # who took the step, in the record and the trail
LEASE = dt.timedelta(minutes=15)  # a sender's hold on a reminder while it sends it
RETRY_AFTER = (dt.timedelta(minutes=5), dt.timedelta(minutes=15), dt.timedelta(hours=1),
               dt.timedelta(hours=3), dt.timedelta(hours=6))  # then every 6 hours  # fmt: skip
GIVE_UP_AFTER = dt.timedelta(days=3)  # then staff remind the patient another way
BATCH = 50  # at most this many a run: the rest wait for the next


@dataclass(frozen=True)
class RunCounts:
    queued: int = 0
    sent: int = 0
    waiting: int = 0  # tried, to be tried again
    failed: int = 0
    uncertain: int = 0


def load_wording(folder: Path, language: str | None) -> dict[str, Any]:
    return load_words(folder, "reminder", language)


def reminder_message(
    server: MailServer, clinic: str, phone: str, first_name: str, to: str,
    wording: dict[str, Any],
) -> EmailMessage:  # fmt: skip
    words = {"clinic": clinic, "first_name": first_name, "phone": phone}
    message = EmailMessage()
    message["From"] = server.sender
    message["To"] = to
    message["Subject"] = str(wording["subject"]).format(**words)
    message["Message-ID"] = make_msgid(domain=server.sender.rpartition("@")[2] or None)
    message["List-Unsubscribe"] = f"<mailto:{server.sender}?subject=unsubscribe>"
    message["Content-Language"] = str(wording.get("language", "en"))
    message.set_content(str(wording["body"]).format(**words))
    return message


class ReminderRun:
    """One pass: queue the reminders due today, then send those waiting. Each run is
    bounded (``BATCH`` messages, the server's timeout each)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        wording_folder: Path,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        today: Callable[[], dt.date] | None = None,
        context: ssl.SSLContext | None = None,
        timeout: float = 20.0,
    ) -> None:
        self._conn = conn
        self._wording = wording_folder
        self._clock = clock
        self._today = today or (lambda: clock().astimezone().date())
        self._context = context
        self._timeout = timeout

    def run(self) -> RunCounts:
        server = read_mail_server(self._conn)
        if server is None:
            return RunCounts()  # nothing is sent until an administrator sets it
        queued = self.queue_due()
        counts = self.send_waiting(server)
        return RunCounts(queued, counts.sent, counts.waiting, counts.failed, counts.uncertain)

    def queue_due(self) -> int:
        now = self._clock().isoformat(timespec="seconds")
        due = [item for item in todays_list(self._conn, read_ladder(self._conn), self._today())
               if item.next_kind == "reminder" and item.email_allowed]  # fmt: skip
        with write_transaction(self._conn):
            before = self._conn.total_changes
            self._conn.executemany(
                "INSERT OR IGNORE INTO reminder_outbox (follow_up_id, step, queued_at, state,"
                " next_try_at) VALUES (?, ?, ?, 'waiting', ?)",
                [(item.follow_up_id, item.position.step, now, now) for item in due],
            )
            return self._conn.total_changes - before

    def send_waiting(self, server: MailServer) -> RunCounts:
        from app.staff.accounts import StaffAccounts

        clinic = StaffAccounts(self._conn).clinic_name()
        phone = clinic_phone(self._conn)
        now = self._clock()
        waiting = self._conn.execute(
            "SELECT follow_up_id, step FROM reminder_outbox WHERE state = 'waiting'"
            " AND next_try_at <= ? ORDER BY next_try_at LIMIT ?",
            [now.isoformat(timespec="seconds"), BATCH],
        ).fetchall()
        tally = {"sent": 0, "waiting": 0, "failed": 0, "uncertain": 0}
        for follow_up_id, step in waiting:
            outcome = self._send_one(server, clinic, phone, int(follow_up_id), int(step))
            if outcome in tally:
                tally[outcome] += 1
        return RunCounts(0, **tally)

    def _send_one(
        self, server: MailServer, clinic: str, phone: str, follow_up_id: int, step: int
    ) -> str:
        key = [follow_up_id, step]
        recipient = self._still_due(follow_up_id, step)
        if recipient is None:  # answered, taken by staff, let go, or no longer allowed
            with write_transaction(self._conn):
                self._conn.execute(
                    "DELETE FROM reminder_outbox WHERE follow_up_id = ? AND step = ?", key
                )
            return "dropped"
        to, first_name, language = recipient
        now = self._clock()
        with write_transaction(self._conn):  # this sender's, for a while
            claimed = self._conn.execute(
                "UPDATE reminder_outbox SET attempts = attempts + 1, next_try_at = ?"
                " WHERE follow_up_id = ? AND step = ? AND state = 'waiting' AND next_try_at <= ?",
                [(now + LEASE).isoformat(timespec="seconds"), *key,
                 now.isoformat(timespec="seconds")],
            ).rowcount  # fmt: skip
        if not claimed:
            return "taken"  # another sender has it
        message = reminder_message(server, clinic, phone, first_name, to,
                                   load_wording(self._wording, language))  # fmt: skip

        def in_doubt() -> None:
            self._set(key, "uncertain", "maybe-sent")

        try:
            send(server, message, to, about_to_send=in_doubt, context=self._context,
                 timeout=self._timeout)  # fmt: skip
        except MaybeSent:
            log.warning("a reminder may have been sent: it is not sent again")
            return "uncertain"
        except NotSent as refused:
            return self._not_sent(key, refused)
        self._sent(follow_up_id, step)
        return "sent"

    def _still_due(self, follow_up_id: int, step: int) -> tuple[str, str, str | None] | None:
        allowed, params = email_allowed_sql()
        row = self._conn.execute(
            f"SELECT p.email, p.first_name, i.language FROM follow_up AS f"
            f" JOIN intake AS i ON i.id = f.intake_id JOIN patient AS p ON p.id = i.patient_id"
            f" WHERE f.id = ? AND f.done_at IS NULL AND {allowed}"
            f" AND NOT EXISTS (SELECT 1 FROM follow_up_response AS r WHERE r.follow_up_id = f.id)"
            f" AND NOT EXISTS (SELECT 1 FROM follow_up_step AS s WHERE s.follow_up_id = f.id"
            f"                 AND (s.step >= ? OR s.step = -1))",
            [follow_up_id, *params, step],
        ).fetchone()
        return (str(row[0]), str(row[1]), row[2]) if row else None

    def _set(self, key: list[int], state: str, problem: str | None) -> None:
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE reminder_outbox SET state = ?, problem = ? WHERE follow_up_id = ?"
                " AND step = ?",
                [state, problem, *key],
            )

    def _not_sent(self, key: list[int], refused: NotSent) -> str:
        now = self._clock()
        attempts, queued_at = self._conn.execute(
            "SELECT attempts, queued_at FROM reminder_outbox WHERE follow_up_id = ? AND step = ?",
            key,
        ).fetchone()
        if refused.for_good or now - dt.datetime.fromisoformat(queued_at) >= GIVE_UP_AFTER:
            self._set(key, "failed", refused.problem)
            return "failed"
        wait = RETRY_AFTER[min(int(attempts), len(RETRY_AFTER)) - 1]
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE reminder_outbox SET state = 'waiting', problem = ?, next_try_at = ?"
                " WHERE follow_up_id = ? AND step = ?",
                [refused.problem, (now + wait).isoformat(timespec="seconds"), *key],
            )
        return "waiting"

    def _sent(self, follow_up_id: int, step: int) -> None:
        at = self._clock().isoformat(timespec="seconds")
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE reminder_outbox SET state = 'sent', sent_at = ?, problem = NULL"
                " WHERE follow_up_id = ? AND step = ?",
                [at, follow_up_id, step],
            )
            # Staff may have logged this step themselves meanwhile: it stays theirs.
            with contextlib.suppress(ChangeRefused):
                put_step(self._conn, follow_up_id, step, "reminder", "email", "sent",
                         SENDER_ACTOR, at)  # fmt: skip
