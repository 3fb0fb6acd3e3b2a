"""knee-intake-admin's follow-up commands: today's list (who is due, at which step of
the ladder), and one run of the e-mail reminders (for a scheduled task on a main PC
where the app is not always open)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.clinic.resource_paths import resources_dir
from app.follow_ups.ladder import read_ladder
from app.follow_ups.work_list import todays_list
from app.storage.database import close_database, open_database
from app.storage.driver import sqlite3
from app.system.clock import local_today

FOLLOW_UP_COMMANDS = ("follow-ups", "send-reminders")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "follow-ups", help="today's follow-ups: who is due, and the ladder's step for each"
    )
    listing.add_argument("--due", choices=("today",), default="today",
                         help="due or overdue by today, not let go (the default)")  # fmt: skip
    listing.add_argument("--on", metavar="YYYY-MM-DD", type=dt.date.fromisoformat,
                         help="as if today were this day")  # fmt: skip
    commands.add_parser("send-reminders", help="queue and send the e-mail reminders due now, once")


def run(args: argparse.Namespace, path: Path) -> int:
    conn = open_database(path)
    try:
        if args.command == "follow-ups":
            return print_list(conn, args.on or local_today())
        from app.follow_ups.reminders import ReminderRun

        counts = ReminderRun(conn, resources_dir() / "reminders").run()
        print(f"queued {counts.queued}, sent {counts.sent}, to try again {counts.waiting},"
              f" failed {counts.failed}, may have gone {counts.uncertain}")  # fmt: skip
        return 0
    finally:
        close_database(conn)


def print_list(conn: sqlite3.Connection, today: dt.date) -> int:
    items = todays_list(conn, read_ladder(conn), today)
    out = sys.stdout
    out.write("due\tnow\tsince\tpatient\tphone\tfollow-up\n")
    for item in items:
        step = item.position.step
        now = (f"{item.next_kind} {step + 1}" if step is not None and item.next_kind
               else "waiting")  # fmt: skip
        since = item.position.due_since.isoformat() if item.position.due_since else ""
        out.write(f"{item.due_on.isoformat()}\t{now}\t{since}\t{item.name}\t{item.phone or ''}"
                  f"\t{item.purpose}\n")  # fmt: skip
    to_do = sum(item.position.step is not None for item in items)
    print(f"{len(items)} due or overdue on {today.isoformat()}, {to_do} with a step to take",
          file=sys.stderr)  # fmt: skip
    return 0
