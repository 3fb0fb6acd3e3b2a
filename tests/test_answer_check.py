"""What counts as a valid answer, checked without any UI."""

from __future__ import annotations

import datetime as dt

import pytest

from app.intake.answers import DateParts
from app.intake.form_check import FormChecker

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def checker(knee_questionnaire) -> FormChecker:
    return FormChecker(knee_questionnaire, today=lambda: TODAY)


@pytest.mark.parametrize(
    "typed", ["(202) 555-0143", "202.555.0143", "+1 202 555 0143", "2025550143", "1-202-555-0143"]
)
def test_phone_numbers_are_stored_the_same_however_typed(checker, typed) -> None:
    assert checker.check_item("phone", typed).values[0].value == "+12025550143"


@pytest.mark.parametrize("typed", ["12", "555-0100", "phone me", "+1 000 000 0000"])
def test_not_a_phone_number(checker, typed) -> None:
    assert checker.check_item("phone", typed).issue.code == "phone-invalid"


def test_email(checker) -> None:
    assert checker.check_item("email", "Ann@Example.COM").values[0].value == "Ann@example.com"
    for bad in ("ann@", "ann example.com", "@example.com"):
        assert checker.check_item("email", bad).issue.code == "email-invalid"


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        (DateParts("2026", "11", "25"), "date-in-future"),
        (DateParts("1906", "11", "23"), "date-too-old"),
        (DateParts("1990", "13", "01"), "date-invalid"),
        (DateParts("90", "01", "01"), "date-invalid"),
        (DateParts("1990", "", "01"), "date-incomplete"),
    ],
)
def test_date_of_birth_problems(checker, parts, code) -> None:
    assert checker.check_item("birth-date", parts).issue.code == code


def test_birth_dates_at_the_limits_are_fine(checker) -> None:
    assert checker.check_item("birth-date", DateParts("2026", "11", "24")).issue is None
    assert checker.check_item("birth-date", DateParts("1906", "11", "24")).issue is None


def test_scores_outside_zero_to_ten(checker) -> None:
    assert checker.check_item("pain-now", "11").issue.code == "above-maximum"
    assert checker.check_item("pain-now", "-1").issue.code == "below-minimum"
    assert checker.check_item("pain-now", "7").values[0].value == 7


def test_too_long(checker) -> None:
    assert checker.check_item("first-name", "x" * 101).issue.code == "too-long"
