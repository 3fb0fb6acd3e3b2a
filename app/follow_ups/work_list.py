"""Today's follow-ups: who is due or overdue, where each stands on the clinic's
ladder, and the steps taken so far; and taking a step (a reminder sent, a call's
result, a letter printed, letting the time point go), logged with who and how.

A follow-up leaves the list when it is answered (by any way), marked done, or let go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.follow_ups.ladder import Ladder, Position, StepKind, position
from app.records.change_refused import ChangeRefused
from app.records.current_answers import answer_is_params, answer_is_sql
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction

LET_GO = -1  # a step's place for "let go till the next time point"


@dataclass(frozen=True)
class TakenStep:
    step: int
    kind: str
    way: str | None
    result: str
    done_by: str
    done_at: str
    note: str | None = None


@dataclass(frozen=True)
class WorkItem:
    follow_up_id: int
    intake_id: int
    first_name: str
    last_name: str
    birth_date: str  # ISO
    phone: str | None
    email: str | None
    language: str | None  # the patient's, for a letter or an e-mail
    purpose: str  # "6 weeks after treatment 1"
    due_on: dt.date
    position: Position
    next_kind: StepKind | None  # what the step due now is
    taken: tuple[TakenStep, ...]
    email_allowed: bool  # an address, "e-mail is OK" at the intake, not stopped since
    # The e-mail reminder for the step due now, if one was queued: waiting (to be tried
    # again), sent, failed or uncertain (it may have gone), and why not.
    reminder: tuple[str, str | None] | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def days_since_due(self, today: dt.date) -> int:
        return (today - self.due_on).days


def email_allowed_sql() -> tuple[str, list[object]]:
    """Per intake ``i`` and patient ``p``: e-mail reminders may go."""
    return (
        f"(p.email IS NOT NULL AND p.email <> '' AND p.email_reminders_stopped_at IS NULL"
        f" AND {answer_is_sql('i.id')})",
        answer_is_params("contact-consent", "email"),
    )


def open_follow_ups_sql(allowed: str) -> str:
    """Open follow-ups of treatments due between two days (parameters: the email
    check's, then the first and the last day), unanswered."""
    return f"""
        SELECT f.id, f.intake_id, f.due_on, f.purpose, p.first_name, p.last_name,
               p.birth_date, coalesce(p.phone_display, p.phone), p.email, i.language,
               {allowed}
        FROM follow_up AS f JOIN intake AS i ON i.id = f.intake_id
        JOIN patient AS p ON p.id = i.patient_id
        WHERE f.done_at IS NULL AND f.treatment_id IS NOT NULL
          AND f.due_on BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM follow_up_response AS r WHERE r.follow_up_id = f.id)
        ORDER BY f.due_on, f.id
    """


def taken_steps(
    conn: sqlite3.Connection, follow_up_ids: Iterable[int]
) -> dict[int, list[TakenStep]]:
    ids = list(follow_up_ids)
    found: dict[int, list[TakenStep]] = {n: [] for n in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT follow_up_id, step, kind, way, result, done_by, done_at, note"
            f" FROM follow_up_step WHERE follow_up_id IN ({', '.join('?' * len(chunk))})"
            f" ORDER BY done_at, id",
            chunk,
        )
        for follow_up_id, *rest in rows:
            found[int(follow_up_id)].append(TakenStep(*rest))
    return found


def todays_list(conn: sqlite3.Connection, ladder: Ladder, today: dt.date) -> list[WorkItem]:
    """Every follow-up due by today and not let go, the step due now first: those with
    nothing to do today (a step taken, the next not due yet) come after."""
    allowed, allowed_params = email_allowed_sql()
    earliest = today - dt.timedelta(days=ladder.let_go_after)
    rows = conn.execute(
        open_follow_ups_sql(allowed), [*allowed_params, earliest.isoformat(), today.isoformat()]
    ).fetchall()
    steps = taken_steps(conn, (int(row[0]) for row in rows))
    reminders = {
        (int(f), int(n)): (str(state), problem)
        for f, n, state, problem in conn.execute(
            "SELECT follow_up_id, step, state, problem FROM reminder_outbox WHERE queued_at >= ?",
            [earliest.isoformat()],
        )
    }
    items = []
    for (follow_up_id, intake_id, due_on, purpose, first, last, born, phone, email, language,
         may_email) in rows:  # fmt: skip
        taken = steps[int(follow_up_id)]
        due = dt.date.fromisoformat(due_on)
        where = position(ladder, due, today, {s.step for s in taken})
        if where.let_go:
            continue
        items.append(WorkItem(
            int(follow_up_id), int(intake_id), str(first), str(last), str(born), phone, email,
            language,
            str(purpose), due, where,
            ladder.steps[where.step].kind if where.step is not None else None,
            tuple(taken), bool(may_email), reminders.get((int(follow_up_id), where.step or 0))
            if where.step is not None else None,
        ))  # fmt: skip
    items.sort(key=lambda item: (item.position.step is None, item.position.due_since or item.due_on,
                                 item.due_on))  # fmt: skip
    return items


CONTACT_CHANNELS = {"phone": "call", "text": "text", "email": "email"}


def take_step(
    conn: sqlite3.Connection,
    follow_up_id: int,
    step: int,
    kind: str,
    way: str | None,
    result: str,
    by: str,
    at: str,
    note: str | None = None,
) -> None:
    """Log a step, in its own transaction; ChangeRefused("step-already-taken") when it
    was (by a colleague, or by the e-mail sender, a moment ago). A call or a text is in
    the record's contact history too, from the same transaction."""
    with write_transaction(conn):
        put_step(conn, follow_up_id, step, kind, way, result, by, at, note)
        channel = CONTACT_CHANNELS.get(way or "")
        if channel is not None and kind != "let-go":
            conn.execute(
                "INSERT INTO contact_log (intake_id, channel, outcome, note, contacted_by,"
                " contacted_at) SELECT intake_id, ?, ?, ?, ?, ? FROM follow_up WHERE id = ?",
                [channel, result, note or f"{kind} {step + 1} of the follow-up ladder", by, at,
                 follow_up_id],
            )  # fmt: skip


def put_step(
    conn: sqlite3.Connection,
    follow_up_id: int,
    step: int,
    kind: str,
    way: str | None,
    result: str,
    by: str,
    at: str,
    note: str | None = None,
) -> None:
    """Log a step as part of the caller's transaction."""
    row = conn.execute("SELECT intake_id FROM follow_up WHERE id = ?", [follow_up_id]).fetchone()
    if row is None:
        raise ChangeRefused("follow-up-gone")
    try:
        conn.execute(
            "INSERT INTO follow_up_step (follow_up_id, intake_id, step, kind, way, result,"
            " note, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [follow_up_id, row[0], step, kind, way, result, note or None, by, at],
        )
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" in str(exc):
            raise ChangeRefused("step-already-taken") from None
        raise


def let_go(conn: sqlite3.Connection, follow_up_id: int, by: str, at: str, note: str = "") -> None:
    """Stop chasing this time point: the patient is picked up at the next."""
    take_step(conn, follow_up_id, LET_GO, "let-go", None, "let-go", by, at, note)
