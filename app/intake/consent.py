"""The consent the patient reads and signs on the kiosk, and the signature they draw.

The text is versioned content (resources/consent/consent.<language>.json): a clinic
that changes the wording changes the version, and every intake stores the version its
patient signed. The signature is kept as the strokes drawn, in the pad's own 0-1
coordinates, so it can be drawn again at any size.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Point = tuple[float, float]
Stroke = tuple[Point, ...]
# Less ink than this (in pad widths) is a tap or a slip, not a signature.
MIN_SIGNATURE_LENGTH = 0.25


class ConsentError(Exception):
    """The consent text is missing or unreadable."""


@dataclass(frozen=True)
class ConsentText:
    version: str
    title: str
    paragraphs: tuple[str, ...]
    language: str = "en"


SignedAs = Literal["drawn", "typed"]


@dataclass(frozen=True)
class SignedConsent:
    """Drawn with a finger or mouse (the strokes), or, where nothing can draw, the
    patient's name typed (``typed_name``). Both are stored the same way, with how
    (``signed_as``), in the intake's transaction."""

    version: str
    signed_at: str  # ISO 8601, UTC
    strokes: tuple[Stroke, ...] = ()
    typed_name: str = ""
    language: str = "en"  # the consent's, and so the intake's: the patient's choice
    # What the patient was shown beside the form (issue 25): the article's version (a
    # digest of its text, app/clinic/educational_content.py) and the version of the clinic's
    # results published beneath it ("" where none were shown).
    article_version: str = ""
    results_version: str = ""

    @property
    def signed_as(self) -> SignedAs:
        return "typed" if self.typed_name else "drawn"

    def signature_json(self) -> str:
        if self.typed_name:
            return json.dumps({"typed_name": self.typed_name}, ensure_ascii=False)
        return json.dumps([[[round(x, 4), round(y, 4)] for x, y in s] for s in self.strokes])


def is_a_typed_signature(name: str) -> bool:
    """A name, not a tick or a dot: at least two letters."""
    return sum(c.isalpha() for c in name) >= 2


def load_consent(consent_dir: Path, language: str) -> ConsentText:
    path = consent_dir / f"consent.{language}.json"
    if not path.exists():
        path = consent_dir / "consent.en.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ConsentText(
            version=str(raw["version"]),
            title=str(raw["title"]),
            paragraphs=tuple(str(p) for p in raw["paragraphs"]),
            language=str(raw.get("language", path.name.split(".")[1])),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConsentError(f"cannot read {path.name}") from exc


def consent_languages(consent_dir: Path) -> list[str]:
    return sorted(p.name.split(".")[1] for p in consent_dir.glob("consent.*.json"))


def consent_wordings(consent_dir: Path) -> dict[str, ConsentText]:
    """Every wording this installation has, by version (a summary prints the one signed)."""
    wordings: dict[str, ConsentText] = {}
    for language in consent_languages(consent_dir):
        try:
            text = load_consent(consent_dir, language)
        except ConsentError:
            continue
        wordings[text.version] = text
    return wordings


def strokes_from_json(signature: str) -> tuple[Stroke, ...]:
    """A drawn signature as stored by ``signature_json``; nothing for a typed one or for
    text that is not strokes."""
    try:
        raw = json.loads(signature)
        strokes = tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in raw)
        return tuple(stroke for stroke in strokes if stroke)
    except (ValueError, TypeError):
        return ()


def ink_length(strokes: tuple[Stroke, ...]) -> float:
    return sum(math.dist(a, b) for stroke in strokes for a, b in itertools.pairwise(stroke))


def is_a_signature(strokes: tuple[Stroke, ...]) -> bool:
    return ink_length(strokes) >= MIN_SIGNATURE_LENGTH
