"""Pairing attempts per network address: a device guessing codes is slowed to a few
tries a minute, and the audit trail gets one row for its burst of refusals, not one per
guess (609 guesses a second once wrote about 15 GB of audit a day)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

ATTEMPTS_PER_MINUTE = 10
QUIET_SECONDS = 600.0  # a burst of refusals ends after this long without one
MAX_ADDRESSES = 10_000  # memory stays bounded whatever the addresses


class PairingThrottle:
    """Which pairing attempts are tried at all, and which refusals are written down.
    Thread-safe: the host's worker threads share one."""

    def __init__(
        self,
        *,
        per_minute: int = ATTEMPTS_PER_MINUTE,
        quiet_s: float = QUIET_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._per_minute = per_minute
        self._quiet_s = quiet_s
        self._clock = clock
        self._attempts: dict[str, deque[float]] = {}
        self._last_refusal: dict[str, float] = {}
        self._lock = threading.Lock()

    def admit(self, address: str) -> bool:
        """True if this attempt may be checked; False past the address's share."""
        now = self._clock()
        with self._lock:
            recent = self._attempts.setdefault(address, deque())
            while recent and now - recent[0] >= 60.0:
                recent.popleft()
            if len(recent) >= self._per_minute:
                return False
            recent.append(now)
            self._forget_oldest()
            return True

    def refusal_would_start_a_burst(self, address: str) -> bool:
        """Whether a refusal now would be the first of a burst from this address: that
        one is audited, the rest of the burst not."""
        now = self._clock()
        with self._lock:
            last = self._last_refusal.get(address)
            return last is None or now - last >= self._quiet_s

    def refused(self, address: str) -> None:
        """An attempt from this address was refused: the burst goes on."""
        with self._lock:
            self._last_refusal[address] = self._clock()
            self._forget_oldest()

    def _forget_oldest(self) -> None:
        while len(self._attempts) > MAX_ADDRESSES:
            self._attempts.pop(next(iter(self._attempts)))
        while len(self._last_refusal) > MAX_ADDRESSES:
            self._last_refusal.pop(next(iter(self._last_refusal)))
