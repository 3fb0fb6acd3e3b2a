"""Today's follow-ups as the records interface hands them out (on the main PC, or
through it to a reception PC): the list, the ladder it follows and the number the
letters give; and the changes staff make from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.clinic.settings import clinic_phone
from app.follow_ups.ladder import Ladder, read_ladder
from app.follow_ups.work_list import WorkItem, todays_list
from app.records.change_refused import ChangeRefused
from app.storage.driver import sqlite3
from app.storage.vocabulary import LADDER_KINDS, STEP_RESULTS, STEP_WAYS
from app.storage.write_transaction import write_transaction

MAX_NOTE = 500


@dataclass(frozen=True)
class FollowUpList:
    items: tuple[WorkItem, ...]
    ladder: Ladder
    clinic_phone: str  # for the letters


def follow_up_list(conn: sqlite3.Connection, today: dt.date) -> FollowUpList:
    ladder = read_ladder(conn)
    return FollowUpList(tuple(todays_list(conn, ladder, today)), ladder, clinic_phone(conn))


def checked_step(step: object, kind: object, way: object, result: object, note: object) -> None:
    """A step as a station may send it; ChangeRefused("malformed-step") otherwise."""
    if not (
        isinstance(step, int) and not isinstance(step, bool) and 0 <= step <= 20
        and kind in LADDER_KINDS and kind != "let-go" and way in STEP_WAYS
        and result in STEP_RESULTS and result != "let-go"
        and isinstance(note, str) and len(note) <= MAX_NOTE
    ):  # fmt: skip
        raise ChangeRefused("malformed-step")


def stop_email_reminders(conn: sqlite3.Connection, intake_id: int, by: str, at: str) -> None:
    """The patient asked for no more e-mail reminders (any reply, a call): recorded for
    the patient, audited; those waiting in the outbox are not sent."""
    from app.staff.audit_log import AuditLog

    with write_transaction(conn):
        row = conn.execute("SELECT patient_id FROM intake WHERE id = ?", [intake_id]).fetchone()
        if row is None:
            raise ChangeRefused("no-such-record")
        changed = conn.execute(
            "UPDATE patient SET email_reminders_stopped_at = ?, email_reminders_stopped_by = ?"
            " WHERE id = ? AND email_reminders_stopped_at IS NULL",
            [at, by, row[0]],
        ).rowcount
        conn.execute(
            "DELETE FROM reminder_outbox WHERE state = 'waiting' AND follow_up_id IN"
            " (SELECT f.id FROM follow_up AS f JOIN intake AS i ON i.id = f.intake_id"
            "  WHERE i.patient_id = ?)",
            [row[0]],
        )
        if changed:
            AuditLog(conn).put(by, "email-reminders-stopped", intake_id, None)
