"""The records interface's values as JSON, for a reception PC and the main PC.

Each value goes out and comes back as the same Python value (tests check the round
trip through the host): filters, sort orders, rows, one record with its history,
suggested matches, and the entries of a change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.intake.answers import AnswerValue
from app.intake.kiosk_draft import raw_from_json, raw_to_json
from app.records.follow_up_plan import ProposedFollowUp
from app.records.patient_matches import MatchSuggestion, PatientSide
from app.records.record_book import ContactEntry, TreatmentEntry
from app.records.record_detail import Correction, Entry, RecordDetail
from app.records.records_list import Column, RecordFilter, RecordRow, SortOrder

Json = dict[str, Any]


def _day(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


def filter_to_json(f: RecordFilter) -> Json:
    return {
        "search": f.search,
        "statuses": sorted(f.statuses),
        "imaging_needed": f.imaging_needed,
        "screening_review": f.screening_review,
        "follow_up": f.follow_up,
        "submitted_from": f.submitted_from.isoformat() if f.submitted_from else None,
        "submitted_to": f.submitted_to.isoformat() if f.submitted_to else None,
        "match_review": f.match_review,
        "answers": f.answers,
        "clinical_review": f.clinical_review,
        "source": f.source,
    }


def filter_from_json(data: Json) -> RecordFilter:
    if not isinstance(data, dict):
        raise ValueError("filter")  # a station's mistake, answered 400
    follow_up = data.get("follow_up", "any")
    if follow_up not in ("any", "overdue", "due-this-week", "none-planned"):
        raise ValueError("follow_up")
    answers = data.get("answers", "any")
    if answers not in ("any", "answered", "not-answered"):
        raise ValueError("answers")
    return RecordFilter(
        search=str(data.get("search", "")),
        statuses=frozenset(str(s) for s in data.get("statuses", ())),
        imaging_needed=_flag(data.get("imaging_needed")),
        screening_review=_flag(data.get("screening_review")),
        follow_up=follow_up,
        submitted_from=_day(data.get("submitted_from")),
        submitted_to=_day(data.get("submitted_to")),
        match_review=bool(data.get("match_review", False)),
        answers=answers,
        clinical_review=bool(data.get("clinical_review", False)),
        source=None if data.get("source") is None else str(data["source"]),
    )


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def order_to_json(order: SortOrder) -> Json:
    return {"column": int(order.column), "descending": order.descending}


def order_from_json(data: Json) -> SortOrder:
    if not isinstance(data, dict):
        raise ValueError("order")
    return SortOrder(Column(int(data["column"])), bool(data["descending"]))


def row_to_json(row: RecordRow) -> Json:
    return dict(row.__dict__)


def row_from_json(data: Json) -> RecordRow:
    return RecordRow(**data)


def values_to_json(values: tuple[AnswerValue, ...]) -> list[Json]:
    return [{"kind": v.kind, "value": v.value, "display": v.display} for v in values]


def values_from_json(data: list[Json]) -> tuple[AnswerValue, ...]:
    return tuple(AnswerValue(d["kind"], d["value"], d.get("display")) for d in data)


def _answers_to_json(answers: Any) -> Json:
    return {link_id: values_to_json(values) for link_id, values in answers.items()}


def _answers_from_json(data: Json) -> dict[str, tuple[AnswerValue, ...]]:
    return {link_id: values_from_json(values) for link_id, values in data.items()}


RECORD_HISTORIES = ("other_intakes", "treatments", "follow_ups", "contacts", "status_changes",
                    "follow_up_responses", "consents")  # fmt: skip


def detail_to_json(d: RecordDetail) -> Json:
    return {
        "revision": d.revision,
        "intake": d.intake,
        "patient": d.patient,
        "submitted_answers": _answers_to_json(d.submitted_answers),
        "answers": _answers_to_json(d.answers),
        "corrections": [
            {
                **c.__dict__,
                "old_values": values_to_json(c.old_values),
                "new_values": values_to_json(c.new_values),
            }
            for c in d.corrections
        ],
        **{name: [entry.values for entry in getattr(d, name)] for name in RECORD_HISTORIES},
    }


def detail_from_json(data: Json) -> RecordDetail:
    def entries(name: str) -> tuple[Entry, ...]:
        # A main PC older than this PC may not send every history (consents): none.
        return tuple(Entry(dict(values)) for values in data.get(name, ()))

    return RecordDetail(
        revision=int(data["revision"]),
        intake=dict(data["intake"]),
        patient=dict(data["patient"]),
        submitted_answers=_answers_from_json(data["submitted_answers"]),
        answers=_answers_from_json(data["answers"]),
        corrections=tuple(
            Correction(
                **{
                    **c,
                    "old_values": values_from_json(c["old_values"]),
                    "new_values": values_from_json(c["new_values"]),
                }
            )
            for c in data["corrections"]
        ),
        other_intakes=entries("other_intakes"),
        treatments=entries("treatments"),
        follow_ups=entries("follow_ups"),
        contacts=entries("contacts"),
        status_changes=entries("status_changes"),
        follow_up_responses=entries("follow_up_responses"),
        consents=entries("consents"),
    )


def match_to_json(m: MatchSuggestion) -> Json:
    return {"id": m.id, "newer": dict(m.newer.__dict__), "earlier": dict(m.earlier.__dict__),
            "found_at": m.found_at}  # fmt: skip


def match_from_json(data: Json) -> MatchSuggestion:
    def side(values: Json) -> PatientSide:
        return PatientSide(**{**values, "intake_ids": tuple(values["intake_ids"])})

    return MatchSuggestion(int(data["id"]), side(data["newer"]), side(data["earlier"]),
                           str(data["found_at"]))  # fmt: skip


def treatment_to_json(e: TreatmentEntry) -> Json:
    details = {link_id: raw_to_json(raw) for link_id, raw in e.details.items()}
    return {**e.__dict__, "treated_on": e.treated_on.isoformat(), "details": details}


def treatment_from_json(data: Json) -> TreatmentEntry:
    details = data.get("details") or {}
    if not isinstance(details, dict):
        raise ValueError("details")
    return TreatmentEntry(**{
        **data,
        "treated_on": dt.date.fromisoformat(data["treated_on"]),
        "details": {str(link_id): raw_from_json(raw) for link_id, raw in details.items()},
    })  # fmt: skip


def contact_to_json(e: ContactEntry) -> Json:
    next_on = e.next_action_on.isoformat() if e.next_action_on else None
    return {**e.__dict__, "next_action_on": next_on}


def contact_from_json(data: Json) -> ContactEntry:
    return ContactEntry(**{**data, "next_action_on": _day(data.get("next_action_on"))})


def follow_ups_to_json(items: Any) -> list[Json]:
    return [{"due_on": f.due_on.isoformat(), "purpose": f.purpose} for f in items]


def follow_ups_from_json(data: list[Json]) -> list[ProposedFollowUp]:
    return [ProposedFollowUp(dt.date.fromisoformat(f["due_on"]), str(f["purpose"])) for f in data]
