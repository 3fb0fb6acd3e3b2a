"""Today's follow-ups on the wire, between the main PC and a reception PC."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.follow_ups.follow_up_list import FollowUpList
from app.follow_ups.ladder import Position, ladder_from_data
from app.follow_ups.work_list import TakenStep, WorkItem

Json = dict[str, Any]


def list_to_json(found: FollowUpList) -> Json:
    def item(i: WorkItem) -> Json:
        return {
            "follow_up_id": i.follow_up_id, "intake_id": i.intake_id,
            "first_name": i.first_name, "last_name": i.last_name, "birth_date": i.birth_date,
            "phone": i.phone, "email": i.email, "language": i.language, "purpose": i.purpose,
            "due_on": i.due_on.isoformat(), "step": i.position.step,
            "due_since": i.position.due_since.isoformat() if i.position.due_since else None,
            "next_kind": i.next_kind, "email_allowed": i.email_allowed,
            "reminder": list(i.reminder) if i.reminder else None,
            "taken": [vars(s) for s in i.taken],
        }  # fmt: skip

    return {"items": [item(i) for i in found.items], "ladder": found.ladder.to_data(),
            "clinic_phone": found.clinic_phone}  # fmt: skip


def list_from_json(data: Json) -> FollowUpList:
    def day(value: object) -> dt.date | None:
        return dt.date.fromisoformat(str(value)) if value else None

    items = tuple(
        WorkItem(
            int(i["follow_up_id"]),
            int(i["intake_id"]),
            str(i["first_name"]),
            str(i["last_name"]),
            str(i["birth_date"]),
            i.get("phone"),
            i.get("email"),
            i.get("language"),
            str(i["purpose"]),
            dt.date.fromisoformat(i["due_on"]),
            Position(i.get("step"), day(i.get("due_since")), let_go=False),
            i.get("next_kind"),
            tuple(TakenStep(**s) for s in i.get("taken", ())),
            bool(i.get("email_allowed")),
            (str(i["reminder"][0]), i["reminder"][1]) if i.get("reminder") else None,
        )
        for i in data["items"]
    )
    return FollowUpList(items, ladder_from_data(data.get("ladder")),
                        str(data.get("clinic_phone", "")))  # fmt: skip
