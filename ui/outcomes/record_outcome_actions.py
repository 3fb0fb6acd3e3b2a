"""What staff do from a record's Outcomes tab: enter a patient's follow-up answers, hand
the tablet to the patient, mark a reported problem reviewed, export the record as FHIR.
A part of RecordView (ui/workspace/record_view.py), which it is mixed into: it uses the
record's records interface, its staff member and its way of showing a problem."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol

from app.intake.answers import RawAnswer
from app.outcomes.follow_up_desk import FollowUpResult
from app.outcomes.outcome_settings import OutcomeSettings
from app.storage.errors import StorageError, translate_errors
from app.system.private_files import open_owner_only
from ui.issue_messages import cannot_save_message
from ui.outcomes.adverse_event_dialog import AdverseEventDialog
from ui.outcomes.follow_up_dialogs import FollowUpEntryDialog, HandOverDialog
from ui.outcomes.record_outcomes import open_follow_ups

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from app.records.clinic_records import ClinicRecords
    from app.records.record_detail import RecordDetail


class RecordWindow(Protocol):
    """What these actions use of the record window they are mixed into (RecordView, in
    ui/workspace/record_view.py, which this module never imports: no circle). It is a
    QDialog too: the dialogs opened here are its children."""

    intake_id: int
    detail: RecordDetail | None
    problem: QLabel
    exported: SignalInstance
    _records: ClinicRecords
    _staff: str
    _staff_role: str
    _outcome_settings: OutcomeSettings | None
    _choose_fhir_path: Callable[..., Path | None]

    def _show_problem(self, exc: StorageError) -> None: ...

    def _run(self, change: Callable[[], object]) -> bool: ...

    def _attempt(self, change: Callable[[], object]) -> str | None: ...


class RecordOutcomeActions:
    def outcome_settings(self: RecordWindow) -> OutcomeSettings:
        """The clinic's thresholds, read once per record window."""
        if self._outcome_settings is None:
            try:
                with translate_errors("records"):
                    self._outcome_settings = self._records.outcome_settings()
            except StorageError:
                return OutcomeSettings()  # shown with the defaults; read again next time
        return self._outcome_settings

    def enter_follow_up(self: RecordWindow) -> FollowUpEntryDialog:
        """Follow-up answers staff enter (today's follow-up list opens it too)."""
        return self._enter_follow_up()

    def _enter_follow_up(self: RecordWindow) -> FollowUpEntryDialog:
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

    def _hand_over(self: RecordWindow) -> HandOverDialog | None:
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

    def _mark_reviewed(self: RecordWindow) -> None:
        self._run(
            lambda: self._records.mark_reviewed(self.intake_id, self._staff, self._staff_role)
        )

    def _rate_problems(self: RecordWindow) -> AdverseEventDialog | None:
        try:
            with translate_errors("records"):
                problems = self._records.reported_problems(self.intake_id)
        except StorageError as exc:
            self._show_problem(exc)
            return None
        dialog = AdverseEventDialog(problems, self)  # type: ignore[arg-type]
        dialog.save = lambda: self._attempt(lambda: self._records.rate_problems(
            self.intake_id, dialog.ratings(), self._staff, self._staff_role))  # fmt: skip
        dialog.open()
        return dialog

    def _export_fhir(self: RecordWindow) -> None:
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
