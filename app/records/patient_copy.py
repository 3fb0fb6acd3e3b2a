"""The patient's own copy (issue 26): their answers and the consent they signed, in
their language, with the versions of the article (and of the clinic's results) they
read beside the questions, and their signature; printed or saved as a PDF by the UI,
which draws the signature (SIGNATURE_IMAGE).

The questions' and answers' words are the questionnaire's in the patient's language;
the copy's own phrases are resources/patient_copy/copy.<language>.json."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from app.clinic.patient_words import load_words, spoken_date
from app.intake.answers import AnswerValue
from app.intake.consent import ConsentText
from app.intake.questionnaire import Item, Questionnaire
from app.people.contact_formats import format_phone_for_display
from app.records.intake_report import SIGNATURE_IMAGE, SIGNATURE_SIZE
from app.records.record_detail import RecordDetail

COPY_SIGNATURE = SIGNATURE_IMAGE.format(0)  # the image the UI draws the signature as


@dataclass(frozen=True)
class SignedAs:
    """How the patient signed, as the copy says it."""

    at: str  # ISO 8601
    typed_name: str  # "" where it was drawn
    article_version: str = ""
    results_version: str = ""
    results_computed_on: str = ""


def signed_from_record(detail: RecordDetail) -> SignedAs | None:
    for consent in detail.consents:
        c = consent.values
        if c.get("how") not in ("drawn", "typed"):
            continue
        typed = ""
        if c.get("how") == "typed":
            raw = json.loads(str(c.get("signature") or "{}"))
            typed = str(raw.get("typed_name", "")) if isinstance(raw, dict) else ""
        return SignedAs(str(c.get("at") or ""), typed, str(c.get("article_version") or ""),
                        str(c.get("results_version") or ""),
                        str(c.get("results_computed_on") or ""))  # fmt: skip
    return None


STYLE = """
<style>
 h1 { font-size: 16pt; margin: 0 0 6px 0; }
 h2 { font-size: 13pt; margin: 14px 0 4px 0; color: #16324f; }
 p { margin: 3px 0; }
 td { padding: 2px 8px 2px 0; vertical-align: top; }
 td.q { color: #3d4654; width: 55%; }
 .muted { color: #4a5462; }
</style>
"""


def load_copy_words(folder: Path, language: str | None) -> dict[str, Any]:
    return load_words(folder, "copy", language)


def said_date(iso: str, words: dict[str, Any]) -> str:
    try:
        return spoken_date(dt.date.fromisoformat(iso[:10]), words)
    except ValueError:
        return iso


def _value(item: Item, value: AnswerValue, words: dict[str, Any]) -> str:
    if value.kind == "valueBoolean":
        return str(words["yes"] if value.value else words["no"])
    if value.kind == "valueCoding":
        option = item.option(str(value.value))
        return option.display if option is not None else (value.display or str(value.value))
    if item.type == "date":
        return said_date(str(value.value), words)
    if item.answer_format == "phone":
        return format_phone_for_display(str(value.value))
    return str(value.value)


def _rows(
    item: Item, answers: Mapping[str, tuple[AnswerValue, ...]], words: dict[str, Any]
) -> list[str]:
    if item.type == "group":
        return [row for child in item.items for row in _rows(child, answers, words)]
    values = answers.get(item.link_id, ())
    if not item.is_question or not values:
        return []
    said = ", ".join(_value(item, value, words) for value in values)
    return [f"<tr><td class='q' width='58%'>{escape(item.text)}</td><td>{escape(said)}</td></tr>"]


def patient_copy_html(
    answers: Mapping[str, tuple[AnswerValue, ...]],
    submitted_at: str,
    questionnaire: Questionnaire,
    consent: ConsentText | None,
    signed: SignedAs | None,
    words: dict[str, Any],
    clinic: str,
) -> str:
    """The copy; the questionnaire and the consent are the patient's language's. A
    drawn signature is the image COPY_SIGNATURE."""
    submitted = said_date(submitted_at, words)
    parts = [STYLE, f"<h1>{escape(str(words['heading']).format(clinic=clinic))}</h1>",
             f"<p>{escape(str(words['intro']).format(date=submitted))}</p>"]  # fmt: skip
    for section in questionnaire.items:
        rows = _rows(section, answers, words)
        if rows:
            parts.append(f"<h2>{escape(section.text)}</h2><table width='100%'>")
            parts.extend(rows)
            parts.append("</table>")
    if signed is not None and consent is not None:
        parts.append(f"<h2>{escape(words['consent'])}: {escape(consent.title)}</h2>")
        parts.extend(f"<p>{escape(paragraph)}</p>" for paragraph in consent.paragraphs)
        when = said_date(signed.at, words)
        if signed.typed_name:
            typed = str(words["signed_typed"]).format(date=when, name=signed.typed_name)
            parts.append(f"<p>{escape(typed)}</p>")
        else:
            parts.append(f"<p>{escape(str(words['signed_drawn']).format(date=when))}</p>")
            width, height = (side * 7 // 20 for side in SIGNATURE_SIZE)
            parts.append(f"<p><img src='{COPY_SIGNATURE}' width='{width}' height='{height}'></p>")
        if signed.article_version:
            key = "beside_results" if signed.results_version else "beside"
            parts.append("<p class='muted'>" + escape(str(words[key]).format(
                article=signed.article_version, results=signed.results_version,
                results_date=said_date(signed.results_computed_on, words),
            )) + "</p>")  # fmt: skip
    parts.append(f"<p class='muted'><br>{escape(str(words['footer']))}<br>{escape(clinic)}</p>")
    return "".join(parts)
