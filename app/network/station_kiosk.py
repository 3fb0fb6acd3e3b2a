"""The kiosk on a paired tablet: intakes go to the outbox, staff are checked by the host.

The kiosk's screens are the same as on the host (ui/kiosk); only these two services
differ (app/intake/kiosk_services.py). A courier thread sends the outbox in the background:
the patient is thanked as soon as their intake is safely in the tablet's outbox.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.clinic.educational_content import ShownArticle
from app.intake.answers import RawAnswer
from app.intake.consent import ConsentText, SignedConsent
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire, parse_questionnaire
from app.intake.questionnaire_translation import Translation, parse_translation
from app.intake.submit import SubmitResult
from app.intake.timing import minutes_from_wire
from app.network.outbox import Delivery, Outbox
from app.network.station_link import (
    HostLink,
    HostUnreachable,
    NotThePinnedHost,
    StationConfig,
    send_intake,
)
from app.staff.accounts import SignInOutcome, SignInResult, Staff
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.system.private_files import open_owner_only

log = logging.getLogger(__name__)

SEND_EVERY_SECONDS = 15.0
HOST_RECORDS_EXITS = ("kiosk-exit", "kiosk-exit-failed")  # the host writes these itself


class Courier:
    """Sends the outbox from a thread of its own: every ``interval`` seconds, and at
    once when kicked. ``last`` is the latest delivery, for the staff screen."""

    def __init__(
        self, folder: Path, config: StationConfig, *, interval: float = SEND_EVERY_SECONDS
    ) -> None:
        self._folder = folder
        self._config = config
        self._interval = interval
        self._kick = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last: Delivery | None = None
        self.rounds = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
        self._thread.start()

    def kick(self) -> None:
        self._kick.set()

    def stop(self) -> None:
        self._stop.set()
        self._kick.set()
        if self._thread is not None:
            self._thread.join(timeout=20)

    def _run(self) -> None:
        outbox = None
        while outbox is None and not self._stop.is_set():
            try:
                outbox = Outbox(self._folder)  # its own connection, on this thread
            except sqlite3.Error:
                log.warning("the outbox cannot be opened; trying again")
                self._stop.wait(self._interval)
        if outbox is None:
            return
        link = HostLink(self._config)
        try:
            outbox.retry_now()  # a new start: the host may well be back

            while not self._stop.is_set():
                self._round(outbox, link)
                self._kick.wait(self._interval)
                self._kick.clear()
        finally:
            link.close()
            outbox.close()

    def _round(self, outbox: Outbox, link: HostLink) -> None:
        try:
            delivery = outbox.deliver(lambda payload: send_intake(link, payload))
            if delivery.host_reached:
                link.request("POST", "/v1/outbox", {"waiting": delivery.waiting})
        except (HostUnreachable, NotThePinnedHost):
            delivery = Delivery(0, outbox.waiting(), False)
        except sqlite3.Error:
            log.warning("the outbox could not be read; trying again later")
            return
        self.last = delivery
        self.rounds += 1


class OutboxIntakes:
    """Checks like the host, keeps the signed intake in the outbox, and thanks."""

    def __init__(
        self,
        checker: FormChecker,
        outbox: Outbox,
        courier: Courier | None,
        *,
        owns_courier: bool = False,
    ) -> None:
        self.checker = checker
        self._outbox = outbox
        self._courier = courier
        self._owns_courier = owns_courier  # stopped with this, not shared with others

    def submit(
        self,
        raw_answers: Mapping[str, RawAnswer],
        consent: SignedConsent | None = None,
        *,
        seconds_taken: int | None = None,
    ) -> SubmitResult:
        check = self.checker.check_form(raw_answers)
        if not check.ok:
            return SubmitResult(issues=check.issues)
        if consent is None:
            raise ValueError("a tablet sends only signed intakes")
        try:
            self._outbox.put(raw_answers, consent, seconds_taken=seconds_taken)
        except sqlite3.Error as exc:
            raise StorageError(StorageProblem.DISK_FULL, "outbox") from exc
        if self._courier is not None:
            self._courier.kick()
        return SubmitResult(issues={})

    def waiting(self) -> int:
        return self._outbox.waiting()

    def close(self) -> None:
        if self._owns_courier and self._courier is not None:
            self._courier.stop()
        self._outbox.close()


class HostStaffDoor:
    """Staff leaving the kiosk are checked by the host (lock-out and all)."""

    def __init__(self, link: HostLink, clinic_name: str) -> None:
        self._link = link
        self._clinic_name = clinic_name

    def clinic_name(self) -> str:
        return self._clinic_name

    def sign_in(self, username: str, password: str) -> SignInResult:
        try:
            response = self._link.request(
                "POST", "/v1/kiosk/staff-exit", {"username": username, "password": password}
            )
        except (HostUnreachable, NotThePinnedHost):
            raise StorageError(StorageProblem.HOST_UNREACHABLE, self._link.config.host) from None
        answer = response.json() if response.content else {}
        if response.status_code == 200:
            staff = answer["staff"]
            return SignInResult(
                SignInOutcome.SIGNED_IN,
                Staff(int(staff["id"]), staff["username"], staff["display_name"],
                      staff["role"], False),
            )  # fmt: skip
        if answer.get("problem") == "locked":
            until = answer.get("locked_until")
            return SignInResult(
                SignInOutcome.LOCKED,
                locked_until=dt.datetime.fromisoformat(until) if until else None,
            )
        return SignInResult(SignInOutcome.WRONG)

    def note(self, actor: str, action: str) -> None:
        if action in HOST_RECORDS_EXITS:
            return
        try:
            self._link.request("POST", "/v1/kiosk/events", {"action": action})
        except (HostUnreachable, NotThePinnedHost):
            log.warning("could not tell the host about %s", action)


FORM_CACHE_FILE = "host-form.json"


@dataclass(frozen=True)
class HostForm:
    """What the host serves a kiosk: questionnaire, articles, consent, clinic settings.

    Kept in the station's folder after each fetch, so a tablet started while the host
    is away still shows the clinic's own form and takes intakes into its outbox."""

    questionnaire: Questionnaire
    articles: dict[str, ShownArticle]  # with the versions the consent keeps
    consent: dict[str, ConsentText]
    translations: dict[str, Translation]
    clinic_name: str
    kiosk_idle_seconds: int
    staff_idle_minutes: int
    typical_intake_minutes: int | None  # measured on the host (app/intake/timing.py)
    fresh: bool  # fetched just now, not from the cache


def host_form(link: HostLink, folder: Path) -> HostForm | None:
    """From the host, else from the last copy; None if neither is there."""
    cache = folder / FORM_CACHE_FILE
    data: dict[str, Any] | None = None
    fresh = False
    try:
        response = link.request("GET", "/v1/form")
        if response.status_code == 200:
            data = response.json()
            fresh = True
            with open_owner_only(cache, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
    except (HostUnreachable, NotThePinnedHost):
        pass
    if data is None and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
    if data is None:
        return None
    settings = data["settings"]
    return HostForm(
        questionnaire=parse_questionnaire(data["questionnaire"]),
        articles=_articles(data),
        consent={
            str(language): ConsentText(
                str(c["version"]),
                str(c["title"]),
                tuple(str(p) for p in c["paragraphs"]),
                str(c.get("language", language)),
            )
            for language, c in data["consent"].items()
        },
        translations={
            str(language): parse_translation(t, f"{language} translation")
            for language, t in data.get("translations", {}).items()
        },
        clinic_name=str(settings.get("clinic_name", "")),
        kiosk_idle_seconds=int(settings.get("kiosk_idle_seconds", 120)),
        staff_idle_minutes=int(settings.get("staff_idle_minutes", 10)),
        typical_intake_minutes=minutes_from_wire(settings.get("typical_intake_minutes")),
        fresh=fresh,
    )


def _articles(data: dict[str, Any]) -> dict[str, ShownArticle]:
    """The host's articles with their versions; a host older than the versions
    (issue 25) sends none, and the consent then names none."""
    versions = data.get("article_versions") or {}
    articles = {}
    for language, markdown in data["articles"].items():
        version = versions.get(language) or {}
        articles[str(language)] = ShownArticle(
            str(markdown), str(version.get("article") or ""), str(version.get("results") or "")
        )
    return articles
