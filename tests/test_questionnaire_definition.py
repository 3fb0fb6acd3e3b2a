"""The questionnaire is data: the clinic's one is complete and valid FHIR, bad ones are named."""

from __future__ import annotations

import copy
import json
import re

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import QuestionnaireError, load_questionnaire, parse_questionnaire
from tests.small_questionnaire import small_questionnaire


@pytest.mark.parametrize("name", ["knee-intake", "knee-follow-up"])
def test_the_shipped_questionnaires_are_valid_fhir_questionnaires(name: str) -> None:
    data = json.loads(questionnaire_path(name).read_text(encoding="utf-8"))
    FhirQuestionnaire.model_validate(data)  # raises on anything FHIR would reject


def test_it_covers_what_the_article_and_the_clinic_need(knee_questionnaire) -> None:
    q = knee_questionnaire
    sections = [item.text for item in q.items]
    assert sections == [
        "About you",
        "Your knee",
        "Your knee in the last week",  # KOOS JR (app/outcomes/koos_jr.py)
        "What you have been told",
        "Scans and X-rays of this knee",
        "Treatments you have tried",
        "Health questions for your clinician",
        "Your goals",
    ]
    assert {o.code for o in q.item("knee").options} == {"left", "right", "both"}
    assert {o.code for o in q.item("diagnoses").options} >= {
        "osteoarthritis",
        "tendon-damage",
        "ligament-tear",
        "fracture-not-healing",
        "soft-tissue-inflammation",
        "other",
        "not-sure",
    }
    assert {o.code for o in q.item("symptoms").options} == {
        "swelling",
        "stiffness",
        "locking",
        "giving-way",
        "grinding",
        "night-pain",
    }
    assert (q.item("pain-now").min_value, q.item("pain-now").max_value) == (0, 10)
    imaging = [item.link_id for item in q.items_with_role("imaging-done")]
    assert imaging == ["imaging-xray", "imaging-mri", "imaging-ct", "imaging-ultrasound"]
    screening = {item.link_id for item in q.items_with_role("screening")}
    assert len(screening) == 9 and "health-blood-thinners" in screening
    assert q.item("imaging-mri-when").enable_when[0].question == "imaging-mri"


def test_the_follow_up_asks_what_the_outcomes_need(follow_up_questionnaire) -> None:
    q = follow_up_questionnaire
    assert [item.text for item in q.items] == [
        "Your knee in the last week", "Your pain", "Since your treatment",
    ]  # fmt: skip
    assert [o.ordinal for o in q.item("global-change").options] == [-3, -2, -1, 0, 1, 2, 3]
    assert q.item("global-change").options[0].display == "Much worse"
    assert q.item("global-change").options[-1].display == "Much better"
    problems = [item.link_id for item in q.items_with_role("problem")]
    assert problems == ["problem-swelling", "problem-redness", "problem-fever",
                        "problem-pain-flare", "problem-other"]  # fmt: skip
    assert all(q.item(link_id).required for link_id in problems)
    assert q.item_with_role("satisfaction") is not None
    assert (q.item("pain-worst-week").min_value, q.item("pain-worst-week").max_value) == (0, 10)


def change(path: list, value) -> dict:
    data = copy.deepcopy(small_questionnaire())
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


S1 = ["item", 0, "item"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (change([*S1, 1, "type"], "slider"), "item 'name': unknown type 'slider'"),
        (change([*S1, 1, "linkId"], "story"), "item 'story': linkId is used twice"),
        (change([*S1, 7, "answerOption"], []), "item 'colour': a choice item needs answerOption"),
        (change([*S1, 1, "text"], " "), "item 'name': the item has no text"),
        (change([*S1, 1, "linkId"], KeyError), "item 's1' item[1]: the item has no linkId"),
        (
            change(["item", 1, "item", 0, "enableWhen", 0, "question"], "nope"),
            "item 'why-not': enableWhen refers to unknown item 'nope'",
        ),
        (
            change(["item", 1, "item", 1, "enableWhen", 0, "answerCoding", "code"], "horse"),
            "item 'dog-name': enableWhen answer 'horse' is not an option of 'pets'",
        ),
        (change([*S1, 3, "extension", 0, "valueInteger"], 50), "item 'count': minValue is larger"),
        (change(["resourceType"], "Patient"), 'resourceType must be "Questionnaire"'),
        (change(["url"], KeyError), "the questionnaire needs a 'url'"),
    ],
)
def test_a_malformed_definition_fails_naming_the_item(data, message) -> None:
    with pytest.raises(QuestionnaireError, match=re.escape(message)):
        parse_questionnaire(data)


def test_a_file_that_is_not_json_says_so(tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"resourceType": "Questionnaire",', encoding="utf-8")
    with pytest.raises(QuestionnaireError, match=r"broken\.json: not valid JSON"):
        load_questionnaire(path)
