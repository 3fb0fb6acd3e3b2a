"""The intake questionnaire: a FHIR R4 ``Questionnaire``-shaped definition loaded from JSON.

Only the subset the form renders is modelled. Loading checks the definition and fails
with a :class:`QuestionnaireError` that names the offending item, so a clinic that edits
the JSON learns what is wrong without reading a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ItemType = Literal[
    "group",
    "display",
    "string",
    "text",
    "integer",
    "decimal",
    "date",
    "boolean",
    "choice",
    "open-choice",
]
ITEM_TYPES: frozenset[str] = frozenset(ItemType.__args__)  # type: ignore[attr-defined]
ANSWERABLE_TYPES = ITEM_TYPES - {"group", "display"}

Operator = Literal["exists", "=", "!=", ">", "<", ">=", "<="]
OPERATORS: frozenset[str] = frozenset(Operator.__args__)  # type: ignore[attr-defined]

# Standard FHIR extensions we understand.
MIN_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/maxValue"
ITEM_CONTROL_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ENTRY_FORMAT_URL = "http://hl7.org/fhir/StructureDefinition/entryFormat"
# An answer option's score (KOOS JR: None = 0 … Extreme = 4).
ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
CHOICE_ORIENTATION_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation"
LOINC_SYSTEM = "http://loinc.org"
# Knee Intake's own extensions: how an answer is checked, and which field of the patient
# record or which summary column of the intake it feeds. Both keep the meaning in the
# data, so a new screening question or a renamed linkId needs no code change.
FORMAT_URL = "urn:knee-intake:fhir:answer-format"
ROLE_URL = "urn:knee-intake:fhir:role"

AnswerFormat = Literal["phone", "email", "birth-date"]
ANSWER_FORMATS: frozenset[str] = frozenset(AnswerFormat.__args__)  # type: ignore[attr-defined]
Role = Literal[
    "first-name",
    "last-name",
    "birth-date",
    "sex",
    "phone",
    "email",
    "contact-preference",
    "knee",
    "pain-now",
    "diagnosis",  # what the outcomes report filters on
    "screening",
    "imaging-done",
    # The follow-up questionnaire's summary (app/outcomes/follow_up_summary.py).
    "pain-worst-week",
    "global-change",
    "problem",
    "satisfaction",
    # The treatment record's columns the report groups by (app/records/treatment_record.py).
    "product",
    "processing",
    "image-guidance",
]
ROLES: frozenset[str] = frozenset(Role.__args__)  # type: ignore[attr-defined]
# Roles several yes/no items share (any yes sets a flag); every other role is one item's.
FLAG_ROLES = frozenset({"screening", "imaging-done", "problem"})
SINGLE_ROLES = frozenset(ROLES - FLAG_ROLES)


class QuestionnaireError(ValueError):
    """The questionnaire definition is malformed; the message names the item."""


@dataclass(frozen=True)
class Coding:
    """A code from a code system, e.g. an item's LOINC code."""

    system: str
    code: str
    display: str = ""


@dataclass(frozen=True)
class AnswerOption:
    """One choice offered for a ``choice`` or ``open-choice`` item. ``system`` is the
    code's system when it is a standard one (LOINC answer codes); ``ordinal`` the
    option's score where the measure has one."""

    code: str
    display: str
    system: str | None = None
    ordinal: float | None = None


@dataclass(frozen=True)
class EnableWhen:
    """A condition on another item's answer that decides whether an item is shown."""

    question: str
    operator: Operator
    answer: str | int | float | bool


@dataclass(frozen=True)
class Item:
    """A questionnaire item: a group, a display text or a question."""

    link_id: str
    type: ItemType
    text: str = ""
    required: bool = False
    repeats: bool = False
    options: tuple[AnswerOption, ...] = ()
    enable_when: tuple[EnableWhen, ...] = ()
    enable_behavior: Literal["all", "any"] = "all"
    min_value: int | float | None = None
    max_value: int | float | None = None
    max_length: int | None = None
    item_control: str | None = None
    entry_format: str | None = None
    answer_format: AnswerFormat | None = None
    role: Role | None = None
    horizontal: bool = False  # choiceOrientation: the options in one row (an ordered scale)
    codes: tuple[Coding, ...] = ()
    items: tuple[Item, ...] = ()

    @property
    def is_question(self) -> bool:
        return self.type in ANSWERABLE_TYPES

    def walk(self) -> Iterator[Item]:
        """This item and every item under it, depth first."""
        yield self
        yield from _walk(self.items)

    @property
    def anchors(self) -> tuple[str, str]:
        """A scale's end labels ("0 = no pain", "10 = worst pain…"): its display items
        with itemControl "lower" and "upper" (FHIR SDC); empty where there are none."""

        def end(control: str) -> str:
            return next(
                (c.text for c in self.items if c.type == "display" and c.item_control == control),
                "",
            )

        return end("lower"), end("upper")

    def option(self, code: str) -> AnswerOption | None:
        return next((o for o in self.options if o.code == code), None)

    def has_code(self, system: str, code: str) -> bool:
        return any(c.system == system and c.code == code for c in self.codes)


@dataclass(frozen=True)
class Questionnaire:
    """A loaded, checked questionnaire. ``items`` are the top-level sections."""

    url: str
    version: str
    title: str
    status: str
    language: str
    items: tuple[Item, ...]
    _by_link_id: Mapping[str, Item] = field(repr=False, compare=False, default_factory=dict)

    def walk(self) -> Iterator[Item]:
        """Every item, depth first, in the order the form shows them."""
        yield from _walk(self.items)

    def questions(self) -> Iterator[Item]:
        return (item for item in self.walk() if item.is_question)

    def item(self, link_id: str) -> Item:
        return self._by_link_id[link_id]

    def items_with_role(self, role: Role) -> list[Item]:
        return [item for item in self.walk() if item.role == role]

    def item_with_role(self, role: Role) -> Item | None:
        return next((item for item in self.walk() if item.role == role), None)

    def item_with_code(self, system: str, code: str) -> Item | None:
        return next((item for item in self.walk() if item.has_code(system, code)), None)


def _walk(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from _walk(item.items)


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and check a questionnaire JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QuestionnaireError(f"{path.name}: not valid JSON (line {exc.lineno}).") from exc
    return parse_questionnaire(data)


def parse_questionnaire(data: Mapping[str, Any]) -> Questionnaire:
    """Build a :class:`Questionnaire` from its JSON object, checking it as it goes."""
    if data.get("resourceType") != "Questionnaire":
        raise QuestionnaireError('resourceType must be "Questionnaire".')
    for key in ("url", "version", "status"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise QuestionnaireError(f"the questionnaire needs a {key!r}.")
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise QuestionnaireError("the questionnaire has no items.")
    items = tuple(_parse_item(raw, f"item[{i}]") for i, raw in enumerate(raw_items))
    by_link_id: dict[str, Item] = {}
    for item in _walk(items):
        if item.link_id in by_link_id:
            raise QuestionnaireError(f"item {item.link_id!r}: linkId is used twice.")
        by_link_id[item.link_id] = item
    _check_enable_when(items, by_link_id)
    _check_roles(items)
    return Questionnaire(
        url=data["url"],
        version=data["version"],
        title=str(data.get("title", "")),
        status=data["status"],
        language=str(data.get("language", "en")),
        items=items,
        _by_link_id=by_link_id,
    )


def _parse_item(raw: Any, where: str) -> Item:
    if not isinstance(raw, Mapping):
        raise QuestionnaireError(f"{where}: an item must be an object.")
    link_id = raw.get("linkId")
    if not isinstance(link_id, str) or not link_id:
        raise QuestionnaireError(f"{where}: the item has no linkId.")
    if ":" in link_id:
        raise QuestionnaireError(f"item {link_id!r}: a linkId may not contain ':'.")
    name = f"item {link_id!r}"
    item_type = raw.get("type")
    if item_type not in ITEM_TYPES:
        raise QuestionnaireError(f"{name}: unknown type {item_type!r}.")
    text = raw.get("text", "")
    if item_type != "group" and (not isinstance(text, str) or not text.strip()):
        raise QuestionnaireError(f"{name}: the item has no text.")
    options = tuple(_parse_option(o, name) for o in raw.get("answerOption", []))
    if item_type in ("choice", "open-choice") and not options:
        raise QuestionnaireError(f"{name}: a {item_type} item needs answerOption.")
    if options and item_type not in ("choice", "open-choice"):
        raise QuestionnaireError(f"{name}: answerOption is only for choice items.")
    if len({o.code for o in options}) != len(options):
        raise QuestionnaireError(f"{name}: two answer options share a code.")
    children = tuple(
        _parse_item(child, f"{name} item[{i}]") for i, child in enumerate(raw.get("item", []))
    )
    if item_type == "group" and not children:
        raise QuestionnaireError(f"{name}: a group needs items.")
    if item_type == "display" and children:
        raise QuestionnaireError(f"{name}: a display item cannot hold items.")
    extensions = _extensions(raw, name)
    min_value = _number_extension(extensions, MIN_VALUE_URL, name)
    max_value = _number_extension(extensions, MAX_VALUE_URL, name)
    if (min_value is not None or max_value is not None) and item_type not in ("integer", "decimal"):
        raise QuestionnaireError(f"{name}: minValue/maxValue are only for numbers.")
    if min_value is not None and max_value is not None and min_value > max_value:
        raise QuestionnaireError(f"{name}: minValue is larger than maxValue.")
    answer_format = extensions.get(FORMAT_URL, {}).get("valueCode")
    if answer_format is not None and answer_format not in ANSWER_FORMATS:
        raise QuestionnaireError(f"{name}: unknown answer format {answer_format!r}.")
    role = extensions.get(ROLE_URL, {}).get("valueCode")
    if role is not None and role not in ROLES:
        raise QuestionnaireError(f"{name}: unknown role {role!r}.")
    enable_behavior = raw.get("enableBehavior", "all")
    if enable_behavior not in ("all", "any"):
        raise QuestionnaireError(f"{name}: enableBehavior must be 'all' or 'any'.")
    return Item(
        link_id=link_id,
        type=item_type,
        text=text.strip() if isinstance(text, str) else "",
        required=bool(raw.get("required", False)),
        repeats=bool(raw.get("repeats", False)),
        options=options,
        enable_when=tuple(_parse_enable_when(c, name) for c in raw.get("enableWhen", [])),
        enable_behavior=enable_behavior,
        min_value=min_value,
        max_value=max_value,
        max_length=raw.get("maxLength"),
        item_control=_item_control(extensions),
        entry_format=extensions.get(ENTRY_FORMAT_URL, {}).get("valueString"),
        answer_format=answer_format,
        role=role,
        horizontal=extensions.get(CHOICE_ORIENTATION_URL, {}).get("valueCode") == "horizontal",
        codes=tuple(_parse_coding(c, name) for c in raw.get("code", [])),
        items=children,
    )


def _parse_option(raw: Any, name: str) -> AnswerOption:
    coding = raw.get("valueCoding") if isinstance(raw, Mapping) else None
    if not isinstance(coding, Mapping) or not coding.get("code") or not coding.get("display"):
        raise QuestionnaireError(
            f"{name}: each answerOption needs a valueCoding with code and display."
        )
    if ":" in str(coding["code"]):
        raise QuestionnaireError(f"{name}: an answer code may not contain ':'.")
    ordinal = _number_extension(_extensions(raw, name), ORDINAL_VALUE_URL, name)
    system = coding.get("system")
    return AnswerOption(
        code=str(coding["code"]),
        display=str(coding["display"]),
        system=str(system) if system else None,
        ordinal=float(ordinal) if ordinal is not None else None,
    )


def _parse_coding(raw: Any, name: str) -> Coding:
    if not isinstance(raw, Mapping) or not raw.get("system") or not raw.get("code"):
        raise QuestionnaireError(f"{name}: each code needs a system and a code.")
    return Coding(str(raw["system"]), str(raw["code"]), str(raw.get("display", "")))


def _parse_enable_when(raw: Any, name: str) -> EnableWhen:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("question"), str):
        raise QuestionnaireError(f"{name}: enableWhen needs a question.")
    operator = raw.get("operator")
    if operator not in OPERATORS:
        raise QuestionnaireError(f"{name}: enableWhen has unknown operator {operator!r}.")
    answers = [(k, v) for k, v in raw.items() if k.startswith("answer")]
    if len(answers) != 1:
        raise QuestionnaireError(f"{name}: enableWhen needs exactly one answer[x].")
    key, value = answers[0]
    if key == "answerCoding":
        if not isinstance(value, Mapping) or "code" not in value:
            raise QuestionnaireError(f"{name}: enableWhen answerCoding needs a code.")
        value = str(value["code"])
    elif key not in (
        "answerBoolean",
        "answerInteger",
        "answerDecimal",
        "answerString",
        "answerDate",
    ):
        raise QuestionnaireError(f"{name}: enableWhen {key} is not supported.")
    return EnableWhen(question=raw["question"], operator=operator, answer=value)


def _check_enable_when(items: tuple[Item, ...], by_link_id: Mapping[str, Item]) -> None:
    for item in _walk(items):
        for condition in item.enable_when:
            target = by_link_id.get(condition.question)
            if target is None:
                raise QuestionnaireError(
                    f"item {item.link_id!r}: enableWhen refers to unknown item "
                    f"{condition.question!r}."
                )
            if not target.is_question:
                raise QuestionnaireError(
                    f"item {item.link_id!r}: enableWhen refers to {condition.question!r}, "
                    "which is not a question."
                )
            if (
                target.options
                and condition.operator in ("=", "!=")
                and target.option(str(condition.answer)) is None
            ):
                raise QuestionnaireError(
                    f"item {item.link_id!r}: enableWhen answer {condition.answer!r} is not an "
                    f"option of {condition.question!r}."
                )


def _check_roles(items: tuple[Item, ...]) -> None:
    seen: dict[str, str] = {}
    for item in _walk(items):
        if item.role is None:
            continue
        if item.role in SINGLE_ROLES and item.role in seen:
            raise QuestionnaireError(
                f"item {item.link_id!r}: role {item.role!r} is already on {seen[item.role]!r}."
            )
        seen[item.role] = item.link_id
        if item.role in FLAG_ROLES and item.type != "boolean":
            raise QuestionnaireError(f"item {item.link_id!r}: role {item.role!r} needs a boolean.")


def _extensions(raw: Mapping[str, Any], name: str) -> dict[str, Mapping[str, Any]]:
    found: dict[str, Mapping[str, Any]] = {}
    for ext in raw.get("extension", []):
        if not isinstance(ext, Mapping) or not isinstance(ext.get("url"), str):
            raise QuestionnaireError(f"{name}: each extension needs a url.")
        found[ext["url"]] = ext
    return found


def _number_extension(
    extensions: Mapping[str, Mapping[str, Any]], url: str, name: str
) -> int | float | None:
    ext = extensions.get(url)
    if ext is None:
        return None
    value = ext.get("valueInteger", ext.get("valueDecimal"))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise QuestionnaireError(f"{name}: {url.rsplit('/', 1)[-1]} needs a number.")
    return value


def _item_control(extensions: Mapping[str, Mapping[str, Any]]) -> str | None:
    concept = extensions.get(ITEM_CONTROL_URL, {}).get("valueCodeableConcept", {})
    codings = concept.get("coding", []) if isinstance(concept, Mapping) else []
    return str(codings[0]["code"]) if codings and "code" in codings[0] else None
