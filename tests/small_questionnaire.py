"""A small questionnaire with one item of every type, for renderer tests."""

from __future__ import annotations

from typing import Any

ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"


def coding(code: str, display: str) -> dict[str, Any]:
    return {"valueCoding": {"code": code, "display": display}}


def small_questionnaire() -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire",
        "url": "urn:test:small",
        "version": "0.1",
        "status": "draft",
        "title": "Small",
        "item": [
            {
                "linkId": "s1",
                "type": "group",
                "text": "Section one",
                "item": [
                    {"linkId": "note", "type": "display", "text": "Read this first."},
                    {"linkId": "name", "type": "string", "text": "Name", "required": True},
                    {"linkId": "story", "type": "text", "text": "Story"},
                    {
                        "linkId": "count",
                        "type": "integer",
                        "text": "How many?",
                        "extension": [
                            {
                                "url": "http://hl7.org/fhir/StructureDefinition/minValue",
                                "valueInteger": 1,
                            },
                            {
                                "url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                                "valueInteger": 20,
                            },
                        ],
                    },
                    {"linkId": "weight", "type": "decimal", "text": "Weight (kg)"},
                    {"linkId": "day", "type": "date", "text": "Which day?"},
                    {"linkId": "ok", "type": "boolean", "text": "All OK?"},
                    {
                        "linkId": "colour",
                        "type": "choice",
                        "text": "Colour",
                        "answerOption": [coding("red", "Red"), coding("blue", "Blue")],
                    },
                    {
                        "linkId": "pets",
                        "type": "choice",
                        "text": "Pets",
                        "repeats": True,
                        "answerOption": [
                            coding("cat", "Cat"),
                            coding("dog", "Dog"),
                            coding("eel", "Eel"),
                        ],
                    },
                    {
                        "linkId": "fruit",
                        "type": "open-choice",
                        "text": "Fruit",
                        "answerOption": [coding("apple", "Apple")],
                    },
                ],
            },
            {
                "linkId": "s2",
                "type": "group",
                "text": "Section two",
                "item": [
                    {
                        "linkId": "why-not",
                        "type": "string",
                        "text": "Why not?",
                        "enableWhen": [{"question": "ok", "operator": "=", "answerBoolean": False}],
                    },
                    {
                        "linkId": "dog-name",
                        "type": "string",
                        "text": "Dog's name",
                        "enableWhen": [
                            {"question": "pets", "operator": "=", "answerCoding": {"code": "dog"}}
                        ],
                    },
                    {
                        "linkId": "not-red",
                        "type": "string",
                        "text": "Not red?",
                        "enableWhen": [
                            {
                                "question": "colour",
                                "operator": "!=",
                                "answerCoding": {"code": "red"},
                            }
                        ],
                    },
                    {
                        "linkId": "many",
                        "type": "string",
                        "text": "Why so many?",
                        "enableWhen": [{"question": "count", "operator": ">", "answerInteger": 10}],
                    },
                    {
                        "linkId": "named",
                        "type": "string",
                        "text": "Shown once named",
                        "enableWhen": [
                            {"question": "name", "operator": "exists", "answerBoolean": True}
                        ],
                    },
                    {
                        "linkId": "either",
                        "type": "string",
                        "text": "Cat or eel",
                        "enableBehavior": "any",
                        "enableWhen": [
                            {"question": "pets", "operator": "=", "answerCoding": {"code": "cat"}},
                            {"question": "pets", "operator": "=", "answerCoding": {"code": "eel"}},
                        ],
                    },
                    {
                        "linkId": "blue-group",
                        "type": "group",
                        "text": "Blue things",
                        "enableWhen": [
                            {
                                "question": "colour",
                                "operator": "=",
                                "answerCoding": {"code": "blue"},
                            }
                        ],
                        "item": [
                            {"linkId": "blue-what", "type": "string", "text": "What is blue?"}
                        ],
                    },
                ],
            },
        ],
    }
