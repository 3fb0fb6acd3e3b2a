"""What a clinician records about each injection (issue 25): the preparation and how it
was given, as answers to a FHIR Questionnaire of its own
(resources/questionnaires/knee-treatment.json), so a clinic adds a field by editing a
file. Its items follow the reporting recommendations for orthobiologic injections:
DOSES (Dose, Origin, Separation method, Exogenous activation) and MIBO.

Which items must be answered is the clinic's choice (a setting); by default, those the
file marks required: the product only (the treatment row cannot be without one). Three
items carry a role that names a column of the treatment row, which the outcomes report
groups by: the product
(``cell_source``), the separation method (``processing``) and the image guidance.
Treatments recorded before this existed keep what they had: their details are NULL,
shown as "not recorded".
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.clinic.settings import read_setting
from app.intake.answers import AnswerValue, RawAnswer, ValidationIssue
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Item, Questionnaire, Role, parse_questionnaire
from app.outcomes import questionnaire_definition
from app.storage.driver import sqlite3

TREATMENT_QUESTIONNAIRE = "knee-treatment"
REQUIRED_ITEMS_KEY = "treatment_required_items"
# The treatment row's columns each role's answer is copied to (schema m013).
ROLE_COLUMNS: dict[Role, str] = {"product": "cell_source", "processing": "processing",
                                 "image-guidance": "image_guidance"}  # fmt: skip
PRODUCTS = ("bone-marrow", "fat", "prp", "other")


@functools.cache
def _shipped() -> dict[str, Any]:
    return questionnaire_definition(TREATMENT_QUESTIONNAIRE)


def _questions(items: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for item in items:
        if item.get("type") not in ("group", "display"):
            yield item
        yield from _questions(item.get("item", []))


@functools.cache
def _with_required(required: frozenset[str] | None) -> Questionnaire:
    definition = _shipped()
    if required is not None:
        definition = copy.deepcopy(definition)
        for item in _questions(definition["item"]):
            # The product is always required: it is the treatment's NOT NULL column.
            item["required"] = item["linkId"] in required or _role(item) == "product"
    return parse_questionnaire(definition)


def _role(item: Mapping[str, Any]) -> str | None:
    for extension in item.get("extension", []):
        if extension.get("url") == "urn:knee-intake:fhir:role":
            return str(extension.get("valueCode"))
    return None


def treatment_questionnaire(required: Iterable[str] | None = None) -> Questionnaire:
    """The shipped questionnaire; with ``required``, exactly those items must be
    answered (and the product, always)."""
    return _with_required(None if required is None else frozenset(required))


def shipped_required() -> frozenset[str]:
    return frozenset(i.link_id for i in treatment_questionnaire().questions() if i.required)


def read_required_items(conn: sqlite3.Connection) -> frozenset[str]:
    """The clinic's setting; anything unreadable, or naming no item we have, is the
    shipped choice."""
    stored = read_setting(conn, REQUIRED_ITEMS_KEY)
    known = {item.link_id for item in treatment_questionnaire().questions()}
    if not isinstance(stored, list) or not all(isinstance(s, str) for s in stored):
        return shipped_required()
    return frozenset(s for s in stored if s in known)


def clinic_treatment_questionnaire(conn: sqlite3.Connection) -> Questionnaire:
    return treatment_questionnaire(read_required_items(conn))


@dataclass(frozen=True)
class TreatmentDetails:
    """The checked answers of one treatment's record, and the questionnaire's version."""

    version: str
    answers: Mapping[str, tuple[AnswerValue, ...]]

    def code(self, link_id: str) -> str | None:
        values = self.answers.get(link_id, ())
        return str(values[0].value) if values else None

    def columns(self, questionnaire: Questionnaire) -> dict[str, str | None]:
        """The treatment row's columns its role items fill (None: not answered)."""
        columns: dict[str, str | None] = {}
        for role, column in ROLE_COLUMNS.items():
            item = questionnaire.item_with_role(role)
            columns[column] = self.code(item.link_id) if item else None
        return columns


class DetailsRefused(ValueError):
    """The answers do not fit the clinic's treatment questionnaire: which items, why."""

    def __init__(self, issues: Mapping[str, ValidationIssue]) -> None:
        super().__init__(", ".join(sorted(issues)))  # link ids only: no values
        self.issues = dict(issues)


def check_details(
    questionnaire: Questionnaire, raw_answers: Mapping[str, RawAnswer]
) -> TreatmentDetails:
    """The typed answers; :class:`DetailsRefused` names the items that do not fit.
    Answers to items the questionnaire does not have, or hides, are dropped."""
    checked = FormChecker(questionnaire).check_form(raw_answers)
    if not checked.ok:
        raise DetailsRefused(checked.issues)
    return TreatmentDetails(questionnaire.version, dict(checked.answers))


def details_to_json(details: TreatmentDetails) -> str:
    return json.dumps(
        {
            "version": details.version,
            "answers": {
                link_id: [{"kind": v.kind, "value": v.value, "display": v.display}
                          for v in values]
                for link_id, values in details.answers.items()
            },
        },
        ensure_ascii=False,
    )  # fmt: skip


def details_from_json(text: str | None) -> TreatmentDetails | None:
    """None for a treatment recorded without details (before issue 25) or a row that
    cannot be read (written by another program): shown as "not recorded"."""
    if not text:
        return None
    try:
        data = json.loads(text)
        answers = {
            str(link_id): tuple(AnswerValue(v["kind"], v["value"], v.get("display"))
                                for v in values)
            for link_id, values in data["answers"].items()
        }  # fmt: skip
        return TreatmentDetails(str(data["version"]), answers)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


@dataclass(frozen=True)
class DetailLine:
    """One line of a treatment's record as shown and printed: the item's text and the
    answer in words ("not recorded" is the caller's to say)."""

    link_id: str
    question: str
    answer: str | None


def detail_lines(questionnaire: Questionnaire, details: TreatmentDetails) -> list[DetailLine]:
    """Every question the record answered, in the questionnaire's order, then any
    answer to an item the clinic has since removed (kept, under its link id)."""
    lines: list[DetailLine] = []
    for item in questionnaire.questions():
        values = details.answers.get(item.link_id)
        if values:
            lines.append(DetailLine(item.link_id, item.text, _in_words(values, item)))
    known = {line.link_id for line in lines}
    for link_id, values in details.answers.items():
        if link_id not in known and values:
            lines.append(DetailLine(link_id, link_id, _in_words(values)))
    return lines


def _in_words(values: tuple[AnswerValue, ...], item: Item | None = None) -> str:
    """A choice in the words of ``item``'s questionnaire (the staff's language), by its
    code; else as stored (a typed answer, an option the clinic has since removed)."""

    def words(value: AnswerValue) -> str:
        option = item.option(str(value.value)) if item and value.kind == "valueCoding" else None
        return option.display if option else value.display or _number(value.value)

    return ", ".join(words(v) for v in values)


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
