"""What the host's routes share (app/network/host_app.py, host_outcomes.py): a request,
a staff member's session on the host, and a refusal with its HTTP status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.network.stations import Station
from app.staff.accounts import Staff


class Refused(Exception):
    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


@dataclass
class StaffSession:
    staff: Staff
    station_id: int
    last_used: dt.datetime
    idle: dt.timedelta
    credential: str = ""  # the account's password hash at sign-in: a new one ends this
    opened: set[int] = field(default_factory=set)  # records whose opening is audited


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    station: Station | None
    session: StaffSession | None
    address: str = "unknown"  # the network address it came from (rate limits, never data)


def object_body(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Refused(400, "malformed")
    return body
