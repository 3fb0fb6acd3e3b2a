"""E-mail reminders sent in the background on the PC that keeps the records, while
the app runs: a look every few minutes, on the thread's own connection, each run
bounded (app/follow_ups/reminders.py); a failure is logged by its kind, never raised,
and nothing waiting is lost (it is in the database's outbox)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.clinic.resource_paths import resources_dir

log = logging.getLogger(__name__)

FIRST_LOOK_SECONDS = 30.0
LOOK_EVERY_SECONDS = 300.0


class ReminderSchedule:
    def __init__(
        self,
        database: Path,
        *,
        first_look_s: float = FIRST_LOOK_SECONDS,
        look_every_s: float = LOOK_EVERY_SECONDS,
    ) -> None:
        self._database = database
        self._first_look_s = first_look_s
        self._look_every_s = look_every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="reminders", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=120)  # a run ends within its server's timeouts

    def _run(self) -> None:
        wait = self._first_look_s
        while not self._stop.wait(wait):
            self.run_once()
            wait = self._look_every_s

    def run_once(self) -> None:
        from app.follow_ups.reminders import ReminderRun
        from app.storage.database import close_database, open_database
        from app.storage.errors import StorageError

        try:
            conn = open_database(self._database)
        except StorageError as exc:
            log.warning("reminders not sent this time: %s", exc.problem.value)
            return
        try:
            counts = ReminderRun(conn, resources_dir() / "reminders").run()
            if counts.sent or counts.failed or counts.uncertain:
                log.info("reminders: %s sent, %s failed, %s uncertain",
                         counts.sent, counts.failed, counts.uncertain)  # fmt: skip
        except Exception as exc:
            log.warning("reminders not sent this time: %s", type(exc).__name__)
        finally:
            close_database(conn)
