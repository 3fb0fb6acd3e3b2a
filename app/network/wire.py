"""What crosses the wire between a station and the host, as JSON.

Raw answers travel exactly as the widgets produced them (the draft's JSON form), so the
host checks them with the same code as a local submit; the consent travels as signed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.intake.answers import RawAnswer
from app.intake.consent import SignedConsent
from app.intake.kiosk_draft import raw_from_json, raw_to_json


def answers_to_wire(answers: Mapping[str, RawAnswer]) -> dict[str, Any]:
    return {link_id: raw_to_json(raw) for link_id, raw in answers.items()}


def answers_from_wire(data: object) -> dict[str, RawAnswer]:
    if not isinstance(data, dict):
        raise ValueError("answers must be an object")
    return {str(link_id): raw_from_json(value) for link_id, value in data.items()}


def consent_to_wire(consent: SignedConsent) -> dict[str, Any]:
    return {
        "version": consent.version,
        "signed_at": consent.signed_at,
        "strokes": [[list(point) for point in stroke] for stroke in consent.strokes],
        "typed_name": consent.typed_name,
        "language": consent.language,
        "article_version": consent.article_version,
        "results_version": consent.results_version,
    }


def consent_from_wire(data: object) -> SignedConsent:
    if not isinstance(data, dict):
        raise ValueError("consent must be an object")
    strokes = tuple(
        tuple((float(x), float(y)) for x, y in stroke) for stroke in data.get("strokes", ())
    )
    language = str(data.get("language", "en"))
    if not LANGUAGE_TAG.fullmatch(language):
        raise ValueError("not a language")
    # "" from a station older than the versions (issue 25), or where none were shown.
    article_version, results_version = (
        str(data.get(key) or "") for key in ("article_version", "results_version")
    )
    for version in (article_version, results_version):
        if version and not CONTENT_VERSION.fullmatch(version):
            raise ValueError("not a version")
    return SignedConsent(
        str(data["version"]), str(data["signed_at"]), strokes, str(data.get("typed_name", "")),
        language, article_version, results_version,
    )  # fmt: skip


LANGUAGE_TAG = re.compile(r"[a-z]{2,3}")
CONTENT_VERSION = re.compile(r"[0-9a-f]{12}")  # a digest's first hex digits
