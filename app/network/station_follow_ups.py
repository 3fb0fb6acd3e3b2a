"""A paired tablet's follow-ups: the host hands the kiosk to one patient; the tablet asks
for such a handover only while it shows its welcome page, and sends the answers through
its outbox like an intake, so a host that is away loses nothing.

Asking the host happens on a thread of its own: the kiosk's screen never waits on the
network. Every loop is bounded in time (the link's timeout) and runs only while looking.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Mapping

from app.intake.answers import RawAnswer
from app.intake.form_check import FormChecker
from app.network.outbox import Outbox
from app.network.station_kiosk import Courier
from app.network.station_link import HostLink, HostUnreachable, NotThePinnedHost, StationConfig
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.kiosk_handover import Handover
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import utc_now

log = logging.getLogger(__name__)

LOOK_EVERY_SECONDS = 3.0


class HostFollowUpDesk:
    """The FollowUpDesk (app/intake/kiosk_services.py) of a paired tablet."""

    def __init__(
        self,
        config: StationConfig,
        checker: FormChecker,
        outbox: Outbox,
        courier: Courier | None,
        *,
        interval: float = LOOK_EVERY_SECONDS,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.checker = checker
        self._config = config
        self._outbox = outbox
        self._courier = courier
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: Handover | None = None
        self._looking = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="handover", daemon=True)
        self._thread.start()

    # --- what the kiosk calls (never waits on the network) -----------------------------
    def look(self, on: bool) -> None:
        """Look for a handover while the welcome page shows, not while a patient is busy."""
        if on:
            self._looking.set()
        else:
            self._looking.clear()

    def take_waiting(self) -> Handover | None:
        with self._lock:
            taken, self._pending = self._pending, None
        return taken

    def submit(
        self,
        handover: Handover,
        raw_answers: Mapping[str, RawAnswer],
        *,
        language: str | None = None,
    ) -> FollowUpResult:
        check = self.checker.check_form(raw_answers)
        if not check.ok:
            return FollowUpResult(issues=check.issues)
        try:
            self._outbox.put_follow_up(
                handover.id,
                raw_answers,
                self._clock().isoformat(timespec="seconds"),
                language=language,
            )
        except sqlite3.Error as exc:
            raise StorageError(StorageProblem.DISK_FULL, "outbox") from exc
        if self._courier is not None:
            self._courier.kick()
        return FollowUpResult(issues={})

    def end(self, handover: Handover, state: str) -> None:
        """Told to the host from a thread: the kiosk goes back to its welcome at once."""
        threading.Thread(
            target=self._tell_end, args=(handover.id, state), name="handover-end", daemon=True
        ).start()

    def close(self) -> None:
        self._stop.set()
        self._looking.set()  # wakes the thread so it sees the stop
        self._thread.join(timeout=15)
        self._outbox.close()

    # --- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        link = HostLink(self._config)
        try:
            while not self._stop.is_set():
                self._looking.wait()
                if self._stop.is_set():
                    return
                with self._lock:
                    holding = self._pending is not None
                if not holding:
                    self._ask(link)
                self._stop.wait(self._interval)
        finally:
            link.close()

    def _ask(self, link: HostLink) -> None:
        try:
            response = link.request("POST", "/v1/kiosk/handover", {})
        except (HostUnreachable, NotThePinnedHost):
            return
        if response.status_code != 200:
            return
        found = response.json().get("handover")
        if not found:
            return
        handover = Handover(int(found["id"]), 0, None, str(found["first_name"]))
        with self._lock:
            self._pending = handover

    def _tell_end(self, handover_id: int, state: str) -> None:
        link = HostLink(self._config)
        try:
            link.request("POST", f"/v1/kiosk/handover/{int(handover_id)}/end", {"state": state})
        except (HostUnreachable, NotThePinnedHost):
            log.warning("could not tell the host a handover ended")
        finally:
            link.close()
