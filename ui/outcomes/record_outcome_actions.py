"""What staff do from a record's Outcomes tab: enter a patient's follow-up answers, hand
the tablet to the patient, mark a reported problem reviewed, export the record as FHIR.
A part of RecordView (ui/workspace/record_view.py), which it is mixed into: it uses the
record's records interface, its staff member and its way of showing a problem."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.answers import RawAnswer
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.outcome_settings import OutcomeSettings
from app.private_files import open_owner_only
from app.storage.errors import StorageError, translate_errors
from ui.issue_messages import cannot_save_message
from ui.outcomes.follow_up_dialogs import FollowUpEntryDialog, HandOverDialog
from ui.outcomes.record_outcomes import open_follow_ups

if TYPE_CHECKING:
    from ui.workspace.record_view import RecordView


class RecordOutcomeActions:
    def outcome_settings(self: RecordView) -> OutcomeSettings:
        """The clinic's thresholds, read once per record window."""
        if self._outcome_settings is None:
            try:
                with translate_errors("records"):
                    self._outcome_settings = self._records.outcome_settings()
            except StorageError:
                return OutcomeSettings()  # shown with the defaults; read again next time
        return self._outcome_settings

    def _enter_follow_up(self: RecordView) -> FollowUpEntryDialog:
        assert self.detail is not None
        p = self.detail.patient
        result: list[FollowUpResult] = []

        def store(
            raw: dict[str, RawAnswer], source: str, which: int | None
        ) -> FollowUpResult | str:
            problem = self._attempt(lambda: result.append(self._records.enter_follow_up(
                self.intake_id, raw, source, self._staff, which)))  # fmt: skip
            return problem if problem is not None else result[-1]

        dialog = FollowUpEntryDialog(
            f"{p['first_name']} {p['last_name']}", self._staff, open_follow_ups(self.detail),
            store, self,
        )  # fmt: skip
        dialog.open()
        return dialog

    def _hand_over(self: RecordView) -> HandOverDialog | None:
        assert self.detail is not None
        try:
            with translate_errors("records"):
                kiosks = self._records.kiosks()
        except StorageError as exc:
            self._show_problem(exc)
            return None
        dialog = HandOverDialog(
            str(self.detail.patient["first_name"]), open_follow_ups(self.detail), kiosks, self
        )
        dialog.save = lambda: self._attempt(lambda: self._records.hand_over_kiosk(
            self.intake_id, dialog.which.currentData(), dialog.kiosk.currentData(),
            self._staff))  # fmt: skip
        dialog.open()
        return dialog

    def _mark_reviewed(self: RecordView) -> None:
        self._run(
            lambda: self._records.mark_reviewed(self.intake_id, self._staff, self._staff_role)
        )

    def _export_fhir(self: RecordView) -> None:
        assert self.detail is not None
        p = self.detail.patient
        path = self._choose_fhir_path(self, f"record-{p['last_name']}-{self.intake_id}.fhir.json")
        if path is None:
            return
        try:
            with translate_errors("records"):
                data = self._records.fhir_bundle(self.intake_id)
        except StorageError as exc:
            self._show_problem(exc)
            return
        try:
            with open_owner_only(path, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
        except OSError:
            self.problem.setText(cannot_save_message(path))
            self.problem.show()
            return
        self.problem.hide()
        self.exported.emit("export-fhir")
