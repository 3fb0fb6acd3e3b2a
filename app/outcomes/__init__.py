"""Outcomes after treatment (issue 12): validated scores and how they change."""

from __future__ import annotations

import functools
import json
from typing import Any

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import Questionnaire, parse_questionnaire

FOLLOW_UP_QUESTIONNAIRE = "knee-follow-up"


@functools.cache
def questionnaire_definition(name: str) -> dict[str, Any]:
    """A questionnaire's JSON as shipped (it is a FHIR Questionnaire)."""
    data: dict[str, Any] = json.loads(questionnaire_path(name).read_text(encoding="utf-8"))
    return data


@functools.cache
def follow_up_questionnaire() -> Questionnaire:
    return parse_questionnaire(questionnaire_definition(FOLLOW_UP_QUESTIONNAIRE))
