"""The main PC backs the database up by itself: once a day while a program of the app
runs, and when it closes.

A thread of its own, with its own connection, wakes every few minutes (bounded: it
stops when asked, and each wait is a timed one) and takes a backup once the last good
one is a day old. Every program on the main PC runs one; a claim in the database lets
only one back up at a time.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from app.backups.backup_run import back_up_clinic
from app.backups.backup_settings import (
    EVERY,
    claim_backup_turn,
    last_good_backup,
    release_backup_turn,
)
from app.storage.database import close_database, open_database
from app.storage.errors import StorageError
from app.system.clock import utc_now

log = logging.getLogger(__name__)

FIRST_LOOK_SECONDS = 60.0  # after start: never in the way of the first screen
LOOK_EVERY_SECONDS = 600.0
AT_CLOSE_UNLESS_WITHIN = dt.timedelta(minutes=10)
CLAIM_HOLD = dt.timedelta(minutes=30)


class BackupSchedule:
    def __init__(
        self,
        database: Path,
        *,
        every: dt.timedelta = EVERY,
        first_look_s: float = FIRST_LOOK_SECONDS,
        look_every_s: float = LOOK_EVERY_SECONDS,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._database = database
        self._every = every
        self._first_look_s = first_look_s
        self._look_every_s = look_every_s
        self._clock = clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="backups", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, *, back_up: bool = True) -> None:
        """Stop the thread; with ``back_up``, take the closing backup (unless one was
        taken in the last few minutes) before returning."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=120)
        if back_up:
            self.back_up_if_older_than(AT_CLOSE_UNLESS_WITHIN)

    def _run(self) -> None:
        wait = self._first_look_s
        while not self._stop.wait(wait):
            self.back_up_if_older_than(self._every)
            wait = self._look_every_s

    def back_up_if_older_than(self, age: dt.timedelta) -> bool:
        """A backup, if the last good one is older than ``age``; True if taken. A
        failure is noted in the database (administrators are told), never raised."""
        try:
            conn = open_database(self._database)
        except StorageError as exc:
            log.warning("backups: database not available (%s)", exc.problem.value)
            return False
        try:
            now = self._clock()
            last = last_good_backup(conn)
            if last is not None and now - last.at < age:
                return False
            if not claim_backup_turn(conn, now, CLAIM_HOLD):
                return False
            try:
                back_up_clinic(conn, self._database.parent, now)
            finally:
                release_backup_turn(conn)
            return True
        except Exception as exc:  # noted by back_up_clinic; the app carries on
            log.warning("backups: this one failed (%s)", type(exc).__name__)
            return False
        finally:
            close_database(conn)
