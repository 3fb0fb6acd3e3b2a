"""Records leave as FHIR R4: every resource validated with fhir.resources (R4B models,
R4's technical correction), and the links between them checked."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import httpx
from fhir.resources.R4B import get_fhir_model_class

from app.admin_cli import main as admin_main
from app.intake.answers import AnswerValue
from app.intake.form_check import FormChecker
from app.outcomes.follow_up_desk import store_follow_up
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import RecordBook, TreatmentEntry
from app.storage.database import open_database
from app.storage.write_transaction import write_transaction
from tests.fhir_receiver import FhirReceiver
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.intake_factory import IntakeFactory


def make_clinic(knee_questionnaire, follow_up_questionnaire, data_dir: Path) -> int:
    path = data_dir / "knee-intake.db"
    factory = IntakeFactory(knee_questionnaire, path)
    saved = factory.submit("Ann", "Lee", sex=("female",), **intake_koos_raw((2,) * 7))
    factory.submit("Dee", "Demo", **intake_koos_raw((4,) * 7))
    factory.close()
    with contextlib.closing(open_database(path)) as conn:
        book = RecordBook(conn, knee_questionnaire)
        treated = dt.date(2026, 3, 2)
        book.add_treatment(
            saved.intake_id, TreatmentEntry(treated, "left", "bone-marrow", 1, "Dr Okafor"),
            "rita", propose_follow_ups(treated, 1, DEFAULT_INTERVALS),
        )  # fmt: skip
        book.correct_answer(
            saved.intake_id, "pain-now", (AnswerValue("valueInteger", 7),), "Said 7", "rita"
        )
        store_follow_up(
            conn, FormChecker(follow_up_questionnaire), saved.intake_id,
            follow_up_raw((1,) * 7, problems=("problem-swelling",)), source="staff-phone",
            by="rita", answered_at="2026-04-14T10:00:00+00:00",
        )  # fmt: skip
        with write_transaction(conn):
            conn.execute("UPDATE patient SET is_demo = 1 WHERE first_name = 'Dee'")
    return saved.intake_id


def test_the_admin_export_is_a_valid_fhir_r4_bundle(
    knee_questionnaire, follow_up_questionnaire, data_dir: Path, capsys
) -> None:
    make_clinic(knee_questionnaire, follow_up_questionnaire, data_dir)
    output = data_dir / "clinic.fhir.json"
    assert admin_main(["--data-dir", str(data_dir), "export", "--format", "fhir",
                       "--output", str(output)]) == 0  # fmt: skip
    assert "exported 1 intakes as FHIR" in capsys.readouterr().err  # the demo record left out
    assert output.stat().st_mode & 0o077 == 0  # owner-only: it holds patient data
    data = json.loads(output.read_text(encoding="utf-8"))
    get_fhir_model_class("Bundle").model_validate(data)
    resources: dict[str, dict] = {}
    for entry in data["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        resources[entry["fullUrl"]] = resource
    kinds = sorted(r["resourceType"] for r in resources.values())
    assert kinds == ["Observation", "Observation", "Patient", "Procedure", "Questionnaire",
                     "Questionnaire", "QuestionnaireResponse", "QuestionnaireResponse"]  # fmt: skip

    [patient] = [r for r in resources.values() if r["resourceType"] == "Patient"]
    assert (
        patient["name"] == [{"family": "Lee", "given": ["Ann"]}] and patient["gender"] == "female"
    )
    for observation in (r for r in resources.values() if r["resourceType"] == "Observation"):
        assert observation["code"]["coding"][0] == {
            "system": "http://loinc.org", "code": "82332-8", "display": "KOOS JR interval score"
        }  # fmt: skip
        [source] = observation["derivedFrom"]
        assert resources[source["reference"]]["resourceType"] == "QuestionnaireResponse"
    scores = sorted(r["valueQuantity"]["value"] for r in resources.values()
                    if r["resourceType"] == "Observation")  # fmt: skip
    assert scores == [52.465, 68.284]

    follow_up_form = next(r for r in resources.values()
                          if r.get("url") == follow_up_questionnaire.url)  # fmt: skip
    koos = next(i for i in follow_up_form["item"] if i["linkId"] == "koos-jr")
    loinc = [i["code"][0]["code"] for i in koos["item"] if i["type"] == "choice"]
    assert loinc == ["82325-2", "82326-0", "82327-8", "82328-6", "82329-4", "82330-2", "82331-0"]

    responses = [r for r in resources.values() if r["resourceType"] == "QuestionnaireResponse"]
    intake = next(r for r in responses if r["questionnaire"].startswith(knee_questionnaire.url))
    assert intake["status"] == "amended"  # staff corrected the pain answer
    pain = next(i for group in intake["item"] for i in group.get("item", [])
                if i["linkId"] == "pain-now")  # fmt: skip
    assert pain["answer"] == [{"valueInteger": 7}]
    follow_up = next(r for r in responses if r is not intake)
    assert follow_up["author"] == {"display": "rita"}  # entered by staff, answered by Ann
    assert follow_up["source"] == follow_up["subject"]
    [procedure] = [r for r in resources.values() if r["resourceType"] == "Procedure"]
    assert procedure["performedDateTime"] == "2026-03-02"
    with contextlib.closing(open_database(data_dir / "knee-intake.db")) as conn:
        last = conn.execute("SELECT action, detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("export-fhir", "1 intakes")


def exported(data_dir: Path, output: Path, *options: str) -> dict:
    """``knee-intake-admin export --format fhir`` with ``options``: the Bundle it wrote."""
    command = ["--data-dir", str(data_dir), "export", "--format", "fhir", *options]
    assert admin_main([*command, "--output", str(output)]) == 0
    return json.loads(output.read_text(encoding="utf-8"))


def references_in(value) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for key, item in value.items() if key != "reference"
                        for r in references_in(item)]  # fmt: skip
    if isinstance(value, list):
        return [r for item in value for r in references_in(item)]
    return []


def test_the_transaction_bundle_is_stored_by_a_fhir_server_once_however_often_it_is_sent(
    knee_questionnaire, follow_up_questionnaire, data_dir: Path, tmp_path: Path
) -> None:
    make_clinic(knee_questionnaire, follow_up_questionnaire, data_dir)
    output = tmp_path / "clinic.fhir.json"
    data = exported(data_dir, output, "--include-demo")
    get_fhir_model_class("Bundle").model_validate(data)
    assert data["type"] == "transaction"
    full_urls = {entry["fullUrl"] for entry in data["entry"]}
    for entry in data["entry"]:
        resource, request = entry["resource"], entry["request"]
        assert request == {"method": "PUT", "url": f"{resource['resourceType']}/{resource['id']}"}
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        # Every reference is to another entry of this Bundle.
        assert set(references_in(resource)) <= full_urls, resource["resourceType"]
    assert len(full_urls) == len(data["entry"])

    with FhirReceiver() as server, httpx.Client(base_url=server.url, timeout=10) as client:
        for _ in range(2):  # sent again (a clinic re-sends after a network error)
            answer = client.post("/", content=output.read_bytes(),
                                 headers={"Content-Type": "application/fhir+json"})  # fmt: skip
            assert answer.status_code == 200, answer.text
        patients = client.get("/Patient").json()
        responses = client.get("/QuestionnaireResponse").json()["entry"]
        procedures = client.get("/Procedure").json()["entry"]
        # A Bundle whose reference leads nowhere is refused, as a server would.
        broken = json.loads(output.read_text(encoding="utf-8"))
        broken["entry"] = [e for e in broken["entry"]
                           if e["resource"]["resourceType"] != "Patient"]  # fmt: skip
        assert client.post("/", json=broken).status_code == 400
    assert sorted(p["resource"]["name"][0]["given"][0] for p in patients["entry"]) == [
        "Ann", "Dee"
    ]  # fmt: skip
    assert patients["total"] == 2 and len(responses) == 3 and len(procedures) == 1
    ann = next(p["resource"] for p in patients["entry"]
               if p["resource"]["name"][0]["given"] == ["Ann"])  # fmt: skip
    # The server rewrote the Bundle's references to the ids it holds.
    assert {r["resource"]["subject"]["reference"] for r in responses} >= {f"Patient/{ann['id']}"}
    assert procedures[0]["resource"]["subject"]["reference"] == f"Patient/{ann['id']}"

    # The ids stay the same from one export to the next, and differ between clinics.
    again = tmp_path / "again.fhir.json"
    assert {e["fullUrl"] for e in exported(data_dir, again, "--include-demo")["entry"]} == full_urls
    other = tmp_path / "other-clinic"
    make_clinic(knee_questionnaire, follow_up_questionnaire, other)
    theirs = tmp_path / "theirs.fhir.json"
    their_patients = {e["fullUrl"] for e in exported(other, theirs, "--include-demo")["entry"]
                      if e["resource"]["resourceType"] == "Patient"}  # fmt: skip
    assert their_patients and not their_patients & full_urls


def test_a_collection_bundle_is_still_offered_as_a_document_to_keep(
    knee_questionnaire, follow_up_questionnaire, data_dir: Path, tmp_path: Path
) -> None:
    make_clinic(knee_questionnaire, follow_up_questionnaire, data_dir)
    output = tmp_path / "clinic.fhir.json"
    data = exported(data_dir, output, "--bundle", "collection")
    get_fhir_model_class("Bundle").model_validate(data)
    assert data["type"] == "collection"
    assert all("request" not in e and e["resource"]["id"] for e in data["entry"])


def test_a_treatment_with_its_details_is_a_procedure_using_a_product(
    knee_questionnaire, follow_up_questionnaire, data_dir: Path
) -> None:
    """Issue 25: the preparation as a BiologicallyDerivedProduct the Procedure uses, both
    validated; what was recorded about the injection in the Procedure's notes."""
    intake_id = make_clinic(knee_questionnaire, follow_up_questionnaire, data_dir)
    with contextlib.closing(open_database(data_dir / "knee-intake.db")) as conn:
        details = {"product": ("prp",), "harvest-site": ("arm-vein",),
                   "separation": ("centrifugation",), "processing-lot": "L-2291",
                   "activation": ("calcium-chloride",), "platelet-count": "1250",
                   "injected-volume": "4.5", "image-guidance": ("ultrasound",)}  # fmt: skip
        RecordBook(conn, knee_questionnaire).add_treatment(
            intake_id, TreatmentEntry(dt.date(2026, 4, 20), "left", "prp", 2, "Dr Okafor",
                                      details=details), "rita",
        )  # fmt: skip
    data = exported(data_dir, data_dir / "out.fhir.json")
    get_fhir_model_class("Bundle").model_validate(data)
    by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}
    for resource in by_url.values():
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    [product] = [r for r in by_url.values() if r["resourceType"] == "BiologicallyDerivedProduct"]
    assert product["productCategory"] == "fluid"
    assert product["productCode"] == {"text": "Platelet-rich plasma (PRP)"}
    assert {"description": "Kit lot number: L-2291"} in product["processing"]
    assert {"description": "Exogenous activation: Calcium chloride"} in product["processing"]
    procedures = sorted((r for r in by_url.values() if r["resourceType"] == "Procedure"),
                        key=lambda r: r["performedDateTime"])  # fmt: skip
    earlier, later = procedures
    assert "usedReference" not in earlier  # recorded before details existed
    assert later["code"] == {"text": "Knee injection of Platelet-rich plasma (PRP)"}
    [used] = later["usedReference"]
    assert by_url[used["reference"]] is product
    assert product["collection"]["source"] == later["subject"]
    assert later["usedCode"] == [{"text": "Image guidance: Ultrasound"}]
    assert {"text": "Volume injected (mL): 4.5"} in later["note"]
