"""What a station sends, checked on the host before anything is stored: the host trusts
a paired station to be who it is, never to send what is well formed.

A request body is JSON of bounded depth whose strings are text SQLite and the screens
can hold (no NUL, no lone surrogate), whose numbers are finite and of a size a person
could mean; an intake's time is a real instant near the host's clock; its consent is
one the host serves, signed with ink or a typed name. Each failure names its reason,
and the route answers 400 or 422 with it: never a 5xx, which a station would retry.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import Any

from app.intake.consent import SignedConsent, is_a_signature, is_a_typed_signature

MAX_DEPTH = 32
MAX_SAFE_INTEGER = 2**53  # what JSON readers everywhere keep exactly
MAX_STRING = 100_000
MAX_SIGNATURE_POINTS = 20_000
MAX_TYPED_NAME = 200
# A tablet keeps what it could not send while the main PC is off: days, not months.
OLDEST_SIGNATURE = dt.timedelta(days=30)
# Clocks drift and tablets are set by hand: a few hours ahead is a clock, a day is not.
LATEST_SIGNATURE = dt.timedelta(hours=12)
SIGNED_WITH_THE_INTAKE = dt.timedelta(minutes=10)


class StationInputRefused(ValueError):
    """The station sent something the host will not store; ``problem`` says what."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def parse_body(raw: bytes) -> Any:
    """The request's JSON, checked through (StationInputRefused if it is not fit)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StationInputRefused("not-utf-8") from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise StationInputRefused("too-deep") from None
    except ValueError:
        raise StationInputRefused("not-json") from None
    check_value(value)
    return value


def _no_constant(name: str) -> Any:
    raise StationInputRefused("not-a-number")  # NaN, Infinity: not JSON


def check_value(value: Any, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise StationInputRefused("too-deep")
    if isinstance(value, str):
        _check_text(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise StationInputRefused("number-too-large")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise StationInputRefused("not-a-number")  # 1e999 reads as infinity
    elif isinstance(value, list):
        for item in value:
            check_value(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            check_value(item, depth + 1)


def _check_text(text: str) -> None:
    if len(text) > MAX_STRING:
        raise StationInputRefused("text-too-long")
    if "\x00" in text:
        raise StationInputRefused("text-with-nul")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StationInputRefused("text-not-unicode") from None  # a lone surrogate


def signed_at_checked(text: str, now: dt.datetime) -> str:
    """The moment a patient signed, as the records store it (UTC, to the second), if it
    is an instant with its offset within the window around the host's ``now``."""
    try:
        signed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise StationInputRefused("signed-at-not-a-time") from None
    if signed.tzinfo is None:
        raise StationInputRefused("signed-at-not-a-time")
    if signed > now + LATEST_SIGNATURE or signed < now - OLDEST_SIGNATURE:
        raise StationInputRefused("signed-at-far-from-the-host-clock")
    return signed.astimezone(dt.UTC).isoformat(timespec="seconds")


def consent_checked(
    consent: SignedConsent, served_versions: Iterable[str], intake_signed_at: str
) -> SignedConsent:
    """The consent, if it is a version the host serves, signed as the intake was (the
    same moment, give or take a few minutes), with ink enough for a signature or a
    typed name."""
    if consent.version not in set(served_versions):
        raise StationInputRefused("consent-not-served")
    gap = dt.datetime.fromisoformat(consent.signed_at) - dt.datetime.fromisoformat(intake_signed_at)
    if abs(gap) > SIGNED_WITH_THE_INTAKE:
        raise StationInputRefused("consent-not-signed-with-the-intake")
    points = sum(len(stroke) for stroke in consent.strokes)
    if points > MAX_SIGNATURE_POINTS or len(consent.typed_name) > MAX_TYPED_NAME:
        raise StationInputRefused("signature-too-large")
    coordinates = (c for stroke in consent.strokes for point in stroke for c in point)
    if not all(math.isfinite(c) and -1.0 <= c <= 2.0 for c in coordinates):
        raise StationInputRefused("signature-off-the-pad")
    if consent.typed_name:
        _check_text(consent.typed_name)
        if not is_a_typed_signature(consent.typed_name):
            raise StationInputRefused("consent-not-signed")
    elif not is_a_signature(consent.strokes):
        raise StationInputRefused("consent-not-signed")
    return consent
