"""One clock for the app (app/system/clock.py), which a test gives to every process it starts,
and which .ci/run moves a year on for a second run of the suite (issue 23)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.system import clock
from app.system.clock import ClockSettingInvalid, environment_for

ROOT = Path(__file__).parents[1]
# The certificate a main PC makes is checked by TLS against the operating system's clock.
SYSTEM_CLOCK_ALLOWED = {"app/system/clock.py", "app/network/host_identity.py"}
READS_THE_SYSTEM_CLOCK = re.compile(
    r"datetime\.now\(|date\.today\b|utcnow\(|QDate\.currentDate|QDateTime\.current"
)


def test_an_instant_is_now_for_this_process_and_every_one_it_starts(monkeypatch) -> None:
    instant = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    for name, value in environment_for(instant).items():
        monkeypatch.setenv(name, value)
    assert clock.utc_now() == instant and clock.utc_now_text() == "2026-11-24T09:00:00+00:00"
    assert clock.local_now() == instant.astimezone().replace(tzinfo=None)
    child = subprocess.run(
        [sys.executable, "-c",
         "from app.system.clock import utc_now; print(utc_now().isoformat())"],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    assert child.stdout.strip() == instant.isoformat()


def test_a_shift_moves_the_real_clock_on(monkeypatch) -> None:
    monkeypatch.setenv(clock.NOW_VARIABLE, "+365 days")
    real = dt.datetime.now(dt.UTC)
    ahead = clock.utc_now() - real
    assert dt.timedelta(days=365) <= ahead < dt.timedelta(days=365, seconds=5)
    assert clock.local_today() >= real.date() + dt.timedelta(days=364)
    # A time the system's clock wrote (sqlite-utils' migration times) reads the same way.
    written = dt.datetime.now(dt.UTC)
    assert clock.from_system_clock(written) - written >= dt.timedelta(days=365)
    monkeypatch.setenv(clock.NOW_VARIABLE, "-2 days")
    assert clock.utc_now() < real - dt.timedelta(days=1)


def test_nothing_set_is_the_real_clock(monkeypatch) -> None:
    monkeypatch.delenv(clock.NOW_VARIABLE, raising=False)
    before = dt.datetime.now(dt.UTC)
    assert before <= clock.utc_now() <= dt.datetime.now(dt.UTC)
    assert clock.from_system_clock(before) == before


@pytest.mark.parametrize("text", ["tomorrow", "2026-11-24T09:00:00", "+1 week", "+ days"])
def test_a_setting_that_is_not_an_instant_or_a_shift_is_refused(monkeypatch, text: str) -> None:
    monkeypatch.setenv(clock.NOW_VARIABLE, text)
    with pytest.raises(ClockSettingInvalid):
        clock.utc_now()


def test_only_the_clock_reads_the_computers_clock() -> None:
    """Anything else that read it directly would escape a test's clock, and the run a
    year on, and could turn a passing test into next year's failure."""
    readers = sorted(
        str(path.relative_to(ROOT))
        for folder in ("app", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if READS_THE_SYSTEM_CLOCK.search(path.read_text(encoding="utf-8"))
    )
    assert set(readers) <= SYSTEM_CLOCK_ALLOWED, readers
