"""The form with its notice strip, and what happens when the person presses Submit."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.intake_service import IntakeService
from app.storage.errors import StorageError
from ui.form.questionnaire_form import QuestionnaireForm
from ui.issue_messages import cannot_open_message, not_saved_message
from ui.notice_banner import NoticeBanner

log = logging.getLogger(__name__)


class IntakePanel(QWidget):
    """Submits through :class:`IntakeService`; on any failure the answers stay on screen.

    Signals: ``intakeSaved(int)`` with the new intake's id.
    """

    intakeSaved = Signal(int)

    def __init__(
        self,
        service: IntakeService,
        form: QuestionnaireForm,
        banner: NoticeBanner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intake-panel")
        self._service = service
        self.form = form
        self.banner = banner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(form, 1)
        form.submitRequested.connect(self.submit)

    def submit(self) -> None:
        try:
            result = self._service.submit(self.form.raw_answers())
        except StorageError as exc:
            # The problem kind only: SQLite's message could quote an answer.
            log.warning("intake not saved: %s", exc.problem.value)
            self.banner.show_notice("problem", not_saved_message(exc.problem, exc.path))
            return
        if result.saved is None:
            self.form.show_issues(result.issues)
            count = len(result.issues)
            text = (
                self.tr("Please check the answer marked in red below.")
                if count == 1
                else self.tr("Please check the {count} answers marked in red below.").format(
                    count=count
                )
            )
            self.banner.show_notice("problem", text)
            return
        self.form.clear()
        self.banner.show_notice(
            "success",
            self.tr(
                "Thank you. Your answers have been saved. "
                "Please let the reception team know you have finished."
            ),
        )
        self.intakeSaved.emit(result.saved.intake_id)

    def report_storage_problem(self, error: StorageError) -> None:
        """A problem found before anyone pressed Submit (for example at start-up)."""
        log.warning("database unavailable: %s", error.problem.value)
        self.banner.show_notice("problem", cannot_open_message(error.problem, error.path))
