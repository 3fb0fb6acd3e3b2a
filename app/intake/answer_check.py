"""Checking one answer: parse what was typed into typed values, or say what is wrong.

Runs on every keystroke and when a field is left, so it must be cheap and must never
raise on odd input: everything a person can type maps to values or to an issue.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from app.intake.answers import (
    AnswerValue,
    CheckedAnswer,
    DateParts,
    OpenChoice,
    RawAnswer,
    ValidationIssue,
    ValueKind,
)
from app.intake.questionnaire import Item
from app.people.contact_formats import normalize_email, normalize_phone

MAX_AGE_YEARS = 120
DEFAULT_TEXT_LIMIT = 2000


def check_answer(item: Item, raw: RawAnswer, *, today: dt.date, phone_region: str) -> CheckedAnswer:
    """Parse ``raw`` for ``item``; ``required`` is reported for an empty required item.

    A raw answer of the wrong kind for the item (the text "no" for a yes/no question, a
    date object for a name) is refused as ``wrong-kind``, never converted: the widgets
    never hand one over, so it comes from a program's mistake, and storing a guess
    would store something the patient did not say (issue 10)."""
    if not _is_right_kind(item, raw):
        return CheckedAnswer(issue=ValidationIssue("wrong-kind"))
    if _is_blank(raw):
        return CheckedAnswer(issue=ValidationIssue("required") if item.required else None)
    match item.type:
        case "string" | "text":
            assert isinstance(raw, str)
            return _check_text(item, raw, phone_region)
        case "integer" | "decimal":
            assert isinstance(raw, str)
            return _check_number(item, raw)
        case "date":
            assert isinstance(raw, DateParts)
            return _check_date(item, raw, today)
        case "boolean":
            return CheckedAnswer((AnswerValue("valueBoolean", raw is True),))
        case "choice":
            assert isinstance(raw, tuple)
            return _check_codes(item, raw, "")
        case "open-choice":
            assert isinstance(raw, OpenChoice)
            return _check_codes(item, raw.codes, raw.other)
    return CheckedAnswer()


def _is_right_kind(item: Item, raw: RawAnswer) -> bool:
    if raw is None:
        return True
    match item.type:
        case "string" | "text" | "integer" | "decimal":
            return isinstance(raw, str)
        case "date":
            return isinstance(raw, DateParts) and all(
                isinstance(part, str) for part in (raw.year, raw.month, raw.day)
            )
        case "boolean":
            return isinstance(raw, bool)
        case "choice":
            return isinstance(raw, tuple) and all(isinstance(code, str) for code in raw)
        case "open-choice":
            return (
                isinstance(raw, OpenChoice)
                and isinstance(raw.codes, tuple)
                and all(isinstance(code, str) for code in raw.codes)
                and isinstance(raw.other, str)
            )
    return False


def _check_codes(item: Item, codes: tuple[str, ...], other: str) -> CheckedAnswer:
    values = []
    for code in codes:
        option = item.option(code)
        if option is None:
            return CheckedAnswer(issue=ValidationIssue("unknown-option"))
        values.append(AnswerValue("valueCoding", option.code, option.display))
    chosen = tuple(values if item.repeats else values[:1])
    other = other.strip()
    if other:
        if not _is_text(other):
            return CheckedAnswer(issue=ValidationIssue("text-invalid"))
        chosen += (AnswerValue("valueString", other),)
    return CheckedAnswer(chosen)


def _is_text(text: str) -> bool:
    """Storable text: encodes as UTF-8 (no lone surrogates) and has no NUL or other
    control characters but tab and line breaks."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not any(ord(c) < 32 and c not in "\t\n\r" for c in text)


def _is_blank(raw: RawAnswer) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, DateParts):
        return raw.is_blank()
    if isinstance(raw, tuple):
        return not raw
    if isinstance(raw, OpenChoice):
        return not raw.codes and not raw.other.strip()
    return False


def _check_text(item: Item, text: str, phone_region: str) -> CheckedAnswer:
    text = text.strip()
    if not _is_text(text):
        return CheckedAnswer(issue=ValidationIssue("text-invalid"))
    if item.role in ("first-name", "last-name") and not any(c.isalpha() for c in text):
        return CheckedAnswer(issue=ValidationIssue("name-needs-letters"))
    limit = item.max_length or DEFAULT_TEXT_LIMIT
    if len(text) > limit:
        return CheckedAnswer(issue=ValidationIssue("too-long", {"limit": limit}))
    if item.answer_format == "phone":
        phone = normalize_phone(text, phone_region)
        if phone is None:
            return CheckedAnswer(issue=ValidationIssue("phone-invalid"))
        text = phone
    elif item.answer_format == "email":
        email = normalize_email(text)
        if email is None:
            return CheckedAnswer(issue=ValidationIssue("email-invalid"))
        text = email
    return CheckedAnswer((AnswerValue("valueString", text),))


def _check_number(item: Item, text: str) -> CheckedAnswer:
    text = text.strip().replace(",", ".") if item.type == "decimal" else text.strip()
    value: int | float
    if item.type == "integer":
        try:
            value = int(text)
        except ValueError:
            return CheckedAnswer(issue=ValidationIssue("not-a-whole-number"))
    else:
        try:
            number = Decimal(text)
        except InvalidOperation:
            return CheckedAnswer(issue=ValidationIssue("not-a-number"))
        if not number.is_finite():
            return CheckedAnswer(issue=ValidationIssue("not-a-number"))
        value = float(number)
    if item.min_value is not None and value < item.min_value:
        return CheckedAnswer(issue=ValidationIssue("below-minimum", _range(item)))
    if item.max_value is not None and value > item.max_value:
        return CheckedAnswer(issue=ValidationIssue("above-maximum", _range(item)))
    kind: ValueKind = "valueInteger" if item.type == "integer" else "valueDecimal"
    return CheckedAnswer((AnswerValue(kind, value),))


def _range(item: Item) -> dict[str, str | int | float]:
    params: dict[str, str | int | float] = {}
    if item.min_value is not None:
        params["minimum"] = item.min_value
    if item.max_value is not None:
        params["maximum"] = item.max_value
    return params


def _check_date(item: Item, parts: DateParts, today: dt.date) -> CheckedAnswer:
    fields = (parts.year.strip(), parts.month.strip(), parts.day.strip())
    if not all(fields):
        return CheckedAnswer(issue=ValidationIssue("date-incomplete"))
    if not all(f.isdigit() for f in fields) or len(fields[0]) != 4:
        return CheckedAnswer(issue=ValidationIssue("date-invalid"))
    try:
        date = dt.date(int(fields[0]), int(fields[1]), int(fields[2]))
    except ValueError:
        return CheckedAnswer(issue=ValidationIssue("date-invalid"))
    if item.answer_format == "birth-date":
        if date > today:
            return CheckedAnswer(issue=ValidationIssue("date-in-future"))
        if date < _years_before(today, MAX_AGE_YEARS):
            return CheckedAnswer(issue=ValidationIssue("date-too-old", {"years": MAX_AGE_YEARS}))
    return CheckedAnswer((AnswerValue("valueDate", date.isoformat()),))


def _years_before(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year that has none
        return today.replace(year=today.year - years, day=28)
