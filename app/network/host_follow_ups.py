"""The host's routes for today's follow-ups: the list for a reception PC, a step taken
from it, a follow-up let go, and a patient's "no more e-mail reminders". Who did it is
the session's staff member, whatever the station says; a step is checked here."""

from __future__ import annotations

from typing import Any

from app.network.follow_ups_wire import list_to_json
from app.network.host_requests import Refused, Request
from app.network.host_requests import object_body as _object
from app.records.change_refused import ChangeRefused
from app.records.clinic_records import LocalClinicRecords


class FollowUpRoutes:
    def _clinic(self, conn: Any) -> LocalClinicRecords:
        raise NotImplementedError  # HostApp's

    def _by(self, request: Request) -> str:
        raise NotImplementedError  # HostApp's

    def follow_ups_today(self, request: Request, conn: Any) -> tuple[int, Any]:
        clinic = self._clinic(conn)
        return 200, list_to_json(clinic.follow_up_list(clinic.today))

    def follow_up_step(self, request: Request, conn: Any, follow_up_id: str) -> tuple[int, Any]:
        body = _object(request.body)
        note = body.get("note", "")
        try:
            self._clinic(conn).take_follow_up_step(
                int(follow_up_id), body.get("step"), body.get("kind"), body.get("way"),  # type: ignore[arg-type]
                body.get("result"), self._by(request), note if isinstance(note, str) else None,  # type: ignore[arg-type]
            )  # fmt: skip
        except ChangeRefused as refused:
            status = 422 if refused.code == "malformed-step" else 409
            raise Refused(status, refused.code) from None
        return 201, {"taken": True}

    def follow_up_let_go(self, request: Request, conn: Any, follow_up_id: str) -> tuple[int, Any]:
        note = _object(request.body).get("note")
        if not isinstance(note, str):
            raise Refused(400, "malformed")
        try:
            self._clinic(conn).let_follow_up_go(int(follow_up_id), self._by(request), note)
        except ChangeRefused as refused:
            raise Refused(422 if refused.code == "reason-required" else 409, refused.code) from None
        return 201, {"let_go": True}

    def email_reminders_stopped(
        self, request: Request, conn: Any, intake_id: str
    ) -> tuple[int, Any]:
        try:
            self._clinic(conn).stop_email_reminders(int(intake_id), self._by(request))
        except ChangeRefused:
            raise Refused(404, "no-such-record") from None
        return 200, {"stopped": True}
