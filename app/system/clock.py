"""The app's one clock: what "now" and "today" are for every record it writes and every
date it judges (a backup overdue, a follow-up due, a birth date in the future).

Services still take a ``clock`` or ``today`` argument, so a test in one process sets its
own. For tests that start other processes (``knee-intake-admin``, a host, a station),
``KNEE_INTAKE_NOW`` gives every process they start the same clock:

- an instant, ISO 8601 with its offset (``2026-11-24T09:00:00+00:00``): that process
  reads it as now, frozen, as the test's own clock is;
- a shift, ``+N days`` (or ``-N days``): the real clock moved on, which is how the suite
  is run a year ahead (``.ci/run``) so that a test mixing a fixed date with the real one
  fails today rather than next year.

It is for tests only: an installed app never has it set, and the time TLS checks a
certificate against is always the operating system's.
"""

from __future__ import annotations

import datetime as dt
import os
import re

NOW_VARIABLE = "KNEE_INTAKE_NOW"
_SHIFT = re.compile(r"^([+-])\s*(\d{1,5})\s*days?$")


class ClockSettingInvalid(ValueError):
    """``KNEE_INTAKE_NOW`` is neither an instant with its offset nor ``+N days``."""


def _setting() -> dt.datetime | dt.timedelta | None:
    text = os.environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return None
    shift = _SHIFT.match(text)
    if shift:
        days = int(shift.group(2))
        return dt.timedelta(days=-days if shift.group(1) == "-" else days)
    try:
        instant = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise ClockSettingInvalid(
            f"{NOW_VARIABLE} is neither an ISO 8601 date and time nor '+N days'"
        ) from error
    if instant.tzinfo is None:
        raise ClockSettingInvalid(f"{NOW_VARIABLE} needs its UTC offset (e.g. +00:00)")
    return instant


def utc_now() -> dt.datetime:
    """Now, in UTC, aware."""
    setting = _setting()
    if isinstance(setting, dt.datetime):
        return setting.astimezone(dt.UTC)
    real = dt.datetime.now(dt.UTC)
    return real + setting if setting is not None else real


def utc_now_text() -> str:
    """Now as the records store it: ISO 8601 to the second, with its offset."""
    return utc_now().isoformat(timespec="seconds")


def local_now() -> dt.datetime:
    """Now on this PC's wall clock, naive (file names people read)."""
    return utc_now().astimezone().replace(tzinfo=None)


def local_today() -> dt.date:
    """Today on this PC's calendar: what "due today" and a patient's age count from."""
    return local_now().date()


def from_system_clock(written: dt.datetime) -> dt.datetime:
    """A time another library wrote from the operating system's clock (sqlite-utils'
    migration times), read on this clock: the same instant when nothing is set."""
    setting = _setting()
    if setting is None:
        return written
    real = dt.datetime.now(dt.UTC)
    return written + (utc_now() - real)


def environment_for(instant: dt.datetime) -> dict[str, str]:
    """The variables that give a child process ``instant`` as its now (for tests)."""
    if instant.tzinfo is None:
        raise ClockSettingInvalid(f"{NOW_VARIABLE} needs its UTC offset (e.g. +00:00)")
    return {NOW_VARIABLE: instant.isoformat()}
