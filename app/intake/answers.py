"""Answers: what a widget hands over (raw input) and what the form keeps (typed values).

A raw answer is exactly what the person entered, so nothing they typed is ever lost to
parsing. :func:`app.intake.answer_check.check_answer` turns it into typed :class:`AnswerValue` s,
which are named after FHIR's ``value[x]`` so they export to a ``QuestionnaireResponse``
without a second mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class DateParts:
    """A date as typed into separate day, month and year boxes."""

    year: str = ""
    month: str = ""
    day: str = ""

    def is_blank(self) -> bool:
        return not (self.year.strip() or self.month.strip() or self.day.strip())


@dataclass(frozen=True)
class OpenChoice:
    """The chosen codes of an open-choice item plus any free text typed beside them."""

    codes: tuple[str, ...] = ()
    other: str = ""


# str: string, text, integer and decimal items (as typed); DateParts: date items;
# bool: boolean items; tuple of codes: choice items; OpenChoice: open-choice items;
# None: nothing entered.
RawAnswer = str | DateParts | bool | tuple[str, ...] | OpenChoice | None

ValueKind = Literal[
    "valueString",
    "valueInteger",
    "valueDecimal",
    "valueDate",
    "valueBoolean",
    "valueCoding",
]


@dataclass(frozen=True)
class AnswerValue:
    """One typed answer. Dates are ISO strings; a coding keeps its code and display."""

    kind: ValueKind
    value: str | int | float | bool
    display: str | None = None


@dataclass(frozen=True)
class ValidationIssue:
    """Why an answer is not acceptable, as a code the UI turns into a translated message."""

    code: Literal[
        "required",
        "too-long",
        "not-a-whole-number",
        "not-a-number",
        "below-minimum",
        "above-maximum",
        "date-incomplete",
        "date-invalid",
        "date-in-future",
        "date-too-old",
        "phone-invalid",
        "email-invalid",
        "text-invalid",  # characters that are not text (a lone surrogate, a NUL)
        "name-needs-letters",  # a name of only symbols, emoji or invisible characters
        "wrong-kind",  # not the kind of answer the question takes (a program's mistake)
        "unknown-option",  # a choice the question does not offer
    ]
    params: Mapping[str, str | int | float] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckedAnswer:
    """The typed values of one item, or the issue that stopped them."""

    values: tuple[AnswerValue, ...] = ()
    issue: ValidationIssue | None = None


Answers = Mapping[str, tuple[AnswerValue, ...]]
