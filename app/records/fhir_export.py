"""Records leave the clinic as FHIR R4: a Bundle of the Patient, the Questionnaires (each
KOOS JR item coded with its LOINC code), every QuestionnaireResponse (the intake and the
follow-ups), an Observation for each KOOS JR score (LOINC 82332-8) derived from its
response, and a Procedure for each treatment.

By default the Bundle is a ``transaction`` a FHIR server (HAPI, Blaze, Medplum) stores
as the patients it holds: every entry is ``PUT Type/id`` with an id that stays the same
each time the record is exported, so sending it twice updates and never duplicates.
Resources refer to each other by their entries' ``urn:uuid:`` full URLs, which the
server resolves inside the Bundle. A ``collection`` (a document to keep) has the same
ids without the requests.

The ids are UUIDs made from this clinic's own namespace (a random UUID kept in its
settings, made at its first export) and the database's row ids: two clinics sending to
one server never share an id. The Questionnaires, the same in every clinic, take theirs
from their canonical URL and version. What staff corrected is exported as corrected,
and such a response is marked ``amended``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

from app.clinic.settings import put_setting, read_setting
from app.intake.answers import Answers, AnswerValue
from app.intake.questionnaire import LOINC_SYSTEM, Item, Questionnaire
from app.outcomes.follow_up_responses import answers_from_json
from app.outcomes.koos_jr import SCORE_LOINC
from app.records.record_detail import RecordDetail, load_record
from app.records.treatment_record import (
    TreatmentDetails,
    detail_lines,
    details_from_json,
    treatment_questionnaire,
)
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction

Resource = dict[str, Any]
BundleType = Literal["transaction", "collection"]
BUNDLE_TYPES: tuple[BundleType, ...] = ("transaction", "collection")
NAMESPACE_KEY = "fhir_id_namespace"
# The Questionnaires' ids: the same in every clinic, so they are one resource on a server.
_QUESTIONNAIRES = uuid.UUID("4f1d8f4e-7f8a-4a55-9a8e-6b1b0c5a2e11")
_GENDER = {"female": "female", "male": "male", "other": "other"}


@dataclass(frozen=True)
class FhirIds:
    """The ids of one clinic's resources: stable across exports, unique to the clinic."""

    namespace: uuid.UUID

    def id_of(self, kind: str, key: object) -> str:
        return str(uuid.uuid5(self.namespace, f"{kind}/{key}"))

    def ref(self, kind: str, key: object) -> str:
        return f"urn:uuid:{self.id_of(kind, key)}"

    @property
    def patient_system(self) -> str:
        """The Patient identifier's system: this clinic's own, so row ids never clash."""
        return f"urn:uuid:{uuid.uuid5(self.namespace, 'patient-identifier')}"


def clinic_fhir_ids(conn: sqlite3.Connection) -> FhirIds:
    """This clinic's ids, its namespace made and kept at the first export (two programs
    exporting at once keep the one written first)."""
    stored = read_setting(conn, NAMESPACE_KEY)
    if not isinstance(stored, str):
        with write_transaction(conn):
            stored = read_setting(conn, NAMESPACE_KEY)
            if not isinstance(stored, str):
                stored = str(uuid.uuid4())
                put_setting(conn, NAMESPACE_KEY, stored)
    return FhirIds(uuid.UUID(stored))


def _entry(full_url: str, resource: Resource) -> Resource:
    """An entry whose resource carries the id its full URL names."""
    resource["id"] = full_url.removeprefix("urn:uuid:")
    return {"fullUrl": full_url, "resource": resource}


def as_bundle_entry(entry: Resource, kind: BundleType) -> Resource:
    """A transaction's entry says what the server is to do with it: PUT at its id."""
    if kind == "collection":
        return entry
    resource = entry["resource"]
    url = f"{resource['resourceType']}/{resource['id']}"
    return {**entry, "request": {"method": "PUT", "url": url}}


def questionnaire_resource(raw_definition: dict[str, Any]) -> Resource:
    """The questionnaire's own JSON: it is a FHIR Questionnaire already."""
    return dict(raw_definition)


def patient_resource(patient: dict[str, Any], identifier_system: str) -> Resource:
    resource: Resource = {
        "resourceType": "Patient",
        "identifier": [{"system": identifier_system, "value": str(patient["id"])}],
        "name": [{"family": patient["last_name"], "given": [patient["first_name"]]}],
        "birthDate": patient["birth_date"],
        "gender": _GENDER.get(str(patient.get("sex")), "unknown"),
    }
    telecom = []
    if patient.get("phone"):
        telecom.append({"system": "phone", "value": patient["phone"]})
    if patient.get("email"):
        telecom.append({"system": "email", "value": patient["email"]})
    if telecom:
        resource["telecom"] = telecom
    if patient.get("is_demo"):
        resource["meta"] = {"tag": [{"system": "urn:knee-intake:tag", "code": "demo"}]}
    return resource


def _answer(item: Item, value: AnswerValue) -> Resource:
    if value.kind == "valueCoding":
        option = item.option(str(value.value))
        coding: Resource = {"code": str(value.value), "display": value.display or str(value.value)}
        if option is not None and option.system:
            coding["system"] = option.system
        return {"valueCoding": coding}
    if value.kind == "valueBoolean":
        return {"valueBoolean": bool(value.value)}
    return {value.kind: value.value}


def _response_items(items: Iterable[Item], answers: Answers) -> list[Resource]:
    """Answered items in the questionnaire's own nesting, as FHIR asks."""
    found: list[Resource] = []
    for item in items:
        if item.type == "group":
            children = _response_items(item.items, answers)
            if children:
                found.append({"linkId": item.link_id, "text": item.text, "item": children})
        elif item.is_question and answers.get(item.link_id):
            found.append({
                "linkId": item.link_id,
                "text": item.text,
                "answer": [_answer(item, value) for value in answers[item.link_id]],
            })  # fmt: skip
    return found


def response_resource(
    questionnaire: Questionnaire,
    answers: Answers,
    *,
    patient_ref: str,
    authored: str,
    amended: bool = False,
    author: str | None = None,
) -> Resource:
    resource: Resource = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{questionnaire.url}|{questionnaire.version}",
        "status": "amended" if amended else "completed",
        "subject": {"reference": patient_ref},
        "authored": authored,
        "source": {"reference": patient_ref},
        "item": _response_items(questionnaire.items, answers),
    }
    if author:
        resource["author"] = {"display": author}
    return resource


def koos_observation(
    score: float, *, patient_ref: str, response_ref: str, effective: str
) -> Resource:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey", "display": "Survey"}]}],
        "code": {"coding": [{"system": LOINC_SYSTEM, "code": SCORE_LOINC,
                             "display": "KOOS JR interval score"}],
                 "text": "KOOS JR"},
        "subject": {"reference": patient_ref},
        "effectiveDateTime": effective,
        "valueQuantity": {"value": score, "unit": "score", "system": "http://unitsofmeasure.org",
                          "code": "{score}"},
        "derivedFrom": [{"reference": response_ref}],
    }  # fmt: skip


def procedure_resource(
    treatment: dict[str, Any], patient_ref: str, product_ref: str | None = None
) -> Resource:
    """The treatment as a Procedure; with its recorded details (issue 25), each answer
    as a note, the image guidance as what was used, and the preparation referenced."""
    details = details_from_json(treatment.get("details"))
    product = _product_words(treatment, details)
    resource: Resource = {
        "resourceType": "Procedure",
        "status": "completed",
        "code": {"text": f"Knee injection of {product}"},
        "subject": {"reference": patient_ref},
        "performedDateTime": treatment["treated_on"],
        "bodySite": [{"text": f"{treatment['knee']} knee"}],
        "performer": [{"actor": {"display": treatment["clinician"]}}],
        "note": [{"text": f"Treatment {treatment['treatment_number']}"}],
    }
    if treatment.get("notes"):
        resource["note"].append({"text": treatment["notes"]})
    if details is not None:
        questionnaire = treatment_questionnaire()
        for line in detail_lines(questionnaire, details):
            resource["note"].append({"text": f"{line.question}: {line.answer}"})
        guidance = questionnaire.item_with_role("image-guidance")
        if guidance is not None and details.answers.get(guidance.link_id):
            words = details.answers[guidance.link_id][0].display or ""
            resource["usedCode"] = [{"text": f"Image guidance: {words}"}]
    if product_ref is not None:
        resource["usedReference"] = [{"reference": product_ref}]
    return resource


def _product_words(treatment: dict[str, Any], details: TreatmentDetails | None) -> str:
    item = treatment_questionnaire().item_with_role("product")
    option = item.option(str(treatment["cell_source"])) if item else None
    words = option.display if option else str(treatment["cell_source"])
    if details is not None and details.code("product-other"):
        words = f"{words}: {details.code('product-other')}"
    return words


# FHIR's BiologicallyDerivedProduct categories for each product.
_PRODUCT_CATEGORY = {"bone-marrow": "cells", "fat": "cells", "prp": "fluid"}


def product_resource(treatment: dict[str, Any], patient_ref: str) -> Resource | None:
    """The preparation injected, as a BiologicallyDerivedProduct (R4): its kind, where
    and when it was collected from the patient, and how it was processed. None for a
    treatment recorded without details."""
    details = details_from_json(treatment.get("details"))
    if details is None:
        return None
    questionnaire = treatment_questionnaire()
    lines = {line.link_id: line for line in detail_lines(questionnaire, details)}
    resource: Resource = {
        "resourceType": "BiologicallyDerivedProduct",
        "productCode": {"text": _product_words(treatment, details)},
        "collection": {"source": {"reference": patient_ref},
                       "collectedDateTime": treatment["treated_on"]},
    }  # fmt: skip
    category = _PRODUCT_CATEGORY.get(str(treatment["cell_source"]))
    if category:
        resource["productCategory"] = category
    processing = [
        {"description": f"{lines[link_id].question}: {lines[link_id].answer}"}
        for link_id in ("harvest-site", "harvest-volume", "separation", "processing-system",
                        "processing-lot", "activation", "cell-count", "platelet-count")
        if link_id in lines
    ]  # fmt: skip
    if processing:
        resource["processing"] = processing
    return resource


def record_entries(
    detail: RecordDetail,
    intake_questionnaire: Questionnaire,
    follow_up: Questionnaire,
    ids: FhirIds,
) -> Iterator[Resource]:
    """One intake's entries, the Patient first."""
    intake = detail.intake
    patient_ref = ids.ref("patient", detail.patient["id"])
    yield _entry(patient_ref, patient_resource(detail.patient, ids.patient_system))
    intake_ref = ids.ref("intake", intake["id"])
    yield _entry(intake_ref, response_resource(
        intake_questionnaire, detail.answers, patient_ref=patient_ref,
        authored=intake["submitted_at"], amended=bool(detail.corrections),
    ))  # fmt: skip
    if intake.get("koos_jr_score") is not None:
        yield _entry(ids.ref("intake-koos", intake["id"]), koos_observation(
            intake["koos_jr_score"], patient_ref=patient_ref, response_ref=intake_ref,
            effective=intake["submitted_at"],
        ))  # fmt: skip
    for response in detail.follow_up_responses:
        response_ref = ids.ref("follow-up", response["id"])
        staff = None if response["source"] == "kiosk" else str(response["entered_by"])
        yield _entry(response_ref, response_resource(
            follow_up, answers_from_json(response["answers"]), patient_ref=patient_ref,
            authored=response["answered_at"], author=staff,
        ))  # fmt: skip
        if response["koos_jr_score"] is not None:
            yield _entry(ids.ref("follow-up-koos", response["id"]), koos_observation(
                response["koos_jr_score"], patient_ref=patient_ref, response_ref=response_ref,
                effective=response["answered_at"],
            ))  # fmt: skip
    for treatment in detail.treatments:
        product = product_resource(treatment.values, patient_ref)
        product_ref = ids.ref("product", treatment["id"]) if product else None
        if product is not None and product_ref is not None:
            yield _entry(product_ref, product)
        yield _entry(ids.ref("treatment", treatment["id"]), procedure_resource(
            treatment.values, patient_ref, product_ref))  # fmt: skip


def questionnaire_entries(definitions: Iterable[dict[str, Any]]) -> Iterator[Resource]:
    for definition in definitions:
        key = f"{definition['url']}|{definition.get('version', '')}"
        full_url = f"urn:uuid:{uuid.uuid5(_QUESTIONNAIRES, key)}"
        yield _entry(full_url, questionnaire_resource(definition))


def bundle(entries: Iterable[Resource], kind: BundleType = "transaction") -> Resource:
    """A Bundle of the entries, each resource once (a patient with two intakes)."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry["fullUrl"] not in seen:
            seen.add(entry["fullUrl"])
            unique.append(as_bundle_entry(entry, kind))
    return {"resourceType": "Bundle", "type": kind, "entry": unique}


def write_clinic_bundle(
    conn: sqlite3.Connection,
    out: IO[str],
    intake_questionnaire: Questionnaire,
    follow_up: Questionnaire,
    definitions: Iterable[dict[str, Any]],
    *,
    include_demo: bool = False,
    kind: BundleType = "transaction",
) -> int:
    """Every record, written as it is read (a large clinic's Bundle never sits in
    memory whole). Returns how many intakes were written."""
    ids = clinic_fhir_ids(conn)
    out.write(f'{{"resourceType": "Bundle", "type": "{kind}", "entry": [\n')
    first = True
    seen: set[str] = set()

    def write(entry: Resource) -> None:
        nonlocal first
        if entry["fullUrl"] in seen:
            return
        seen.add(entry["fullUrl"])
        text = json.dumps(as_bundle_entry(entry, kind), ensure_ascii=False)
        out.write(("" if first else ",\n") + text)
        first = False

    for entry in questionnaire_entries(definitions):
        write(entry)
    demo = "" if include_demo else " WHERE p.is_demo = 0"
    intake_ids = [row[0] for row in conn.execute(
        f"SELECT i.id FROM intake AS i JOIN patient AS p ON p.id = i.patient_id{demo}"
        " ORDER BY i.id")]  # fmt: skip
    for intake_id in intake_ids:
        detail = load_record(conn, intake_id)
        for entry in record_entries(detail, intake_questionnaire, follow_up, ids):
            write(entry)
    out.write("\n]}\n")
    return len(intake_ids)
