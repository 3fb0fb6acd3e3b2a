"""The patient form on a PC keeps answers as private as the kiosk does (issue 16).

Nobody touching the PC for the clinic's idle time brings "Are you still there?"; when
its count runs out, the form and its draft are cleared, so the next person in the chair
never sees the last one's answers. Meanwhile the answers are kept as a draft every few
seconds, so a crash or a restart brings them back, but only within that idle time: an
older draft is deleted unread.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.intake.kiosk_draft import DraftStore
from ui.idle_watcher import IdleWatcher
from ui.pc_form.intake_panel import IntakePanel
from ui.translate import tr

log = logging.getLogger(__name__)

PC_FORM_DEVICE = "pc-form"  # the draft's key: the kiosk's is "kiosk"
DRAFT_EVERY_MS = 5000
COUNTDOWN_S = 30


class StillThereDialog(QDialog):
    """Asks, counts down, and says what happens at zero."""

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("still-there-dialog")
        self.setWindowTitle(tr("Are you still there?"))
        self.setModal(True)
        self.setMinimumWidth(560)  # read from a step away, by someone coming back
        title = QLabel(tr("Are you still there?"))
        title.setProperty("formTitle", True)
        lead = QLabel(
            tr("To keep your answers private, they will be cleared when the count reaches "
               "zero.")
        )  # fmt: skip
        lead.setWordWrap(True)
        self.count = QLabel(str(seconds))
        self.count.setObjectName("still-there-count")
        self.count.setProperty("formTitle", True)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.here = QPushButton(tr("Yes, I am still here"))
        self.here.setObjectName("still-here")
        self.here.setProperty("primary", True)
        self.here.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        for widget in (title, lead, self.count, self.here):
            layout.addWidget(widget)


class FormPrivacy:
    """Idle clearing and crash-proof drafts for one IntakePanel (``drafts`` None: the
    database could not be opened, so only the clearing)."""

    def __init__(
        self,
        panel: IntakePanel,
        drafts: DraftStore | None,
        idle_ms: int,
        *,
        countdown_s: int = COUNTDOWN_S,
        tick_ms: int = 1000,
        draft_ms: int = DRAFT_EVERY_MS,
    ) -> None:
        self._panel = panel
        self._drafts = drafts
        self._idle_ms = idle_ms
        self.countdown_s = countdown_s
        self._dirty = False
        self.dialog: StillThereDialog | None = None
        self.idle = IdleWatcher(idle_ms, panel)
        self.idle.idle.connect(self._ask)
        self.tick = QTimer(panel)
        self.tick.setInterval(tick_ms)
        self.tick.timeout.connect(self._count_down)
        self._seconds_left = 0
        self.autosave = QTimer(panel)
        self.autosave.setInterval(draft_ms)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        panel.answersChanged.connect(self._changed)
        panel.intakeSaved.connect(self._sent)

    def restore(self) -> bool:
        """Put back the answers of a recent draft (a crash or a restart); True if any."""
        if self._drafts is None:
            return False
        try:
            draft = self._drafts.restore(dt.timedelta(milliseconds=self._idle_ms))
        except Exception:
            log.warning("could not read the form's draft")
            return False
        if draft is None or not any(draft.answers.values()):
            return False
        if draft.language:
            self._panel.use_language(draft.language)
        self._panel.form.set_raw_answers(draft.answers)
        self._panel.banner.show_notice(
            "success", tr("Your answers from a moment ago are back. Please carry on.")
        )
        self.idle.start()
        return True

    def _changed(self) -> None:
        self._dirty = True
        self.idle.start()  # someone is filling in: watch for them leaving

    def save_draft(self) -> None:
        if not self._dirty or self._drafts is None:
            return
        try:
            if self._panel.form.has_answers():
                self._drafts.save(self._panel.form.raw_answers(), 0, self._panel.language)
            else:
                self._drafts.discard()
            self._dirty = False
        except Exception:
            log.warning("could not save the form's draft")

    def _ask(self) -> None:
        if not self._panel.form.has_answers() or self.dialog is not None:
            return
        self._seconds_left = self.countdown_s
        self.dialog = StillThereDialog(self.countdown_s, self._panel)
        self.dialog.accepted.connect(self._still_here)
        self.dialog.open()
        self.tick.start()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self.dialog is not None:
            self.dialog.count.setText(str(max(0, self._seconds_left)))
        if self._seconds_left <= 0:
            self.clear()

    def _still_here(self) -> None:
        self.tick.stop()
        self.dialog = None
        self.idle.start()

    def clear(self) -> None:
        """Nobody there: the answers and the draft go, the form starts again."""
        self.tick.stop()
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.accepted.disconnect(self._still_here)
            dialog.reject()
        self._panel.use_language(self._panel.pc_language)  # said to the next person
        self._panel.clear_for_next_person(
            tr("The form was cleared because nobody used it for a while, to keep the "
               "answers private.")
        )  # fmt: skip
        self._discard()

    def _sent(self, _intake_id: int) -> None:
        self._discard()

    def _discard(self) -> None:
        self._dirty = False
        self.idle.stop()
        if self._drafts is None:
            return
        try:
            self._drafts.discard()
        except Exception:
            log.warning("could not delete the form's draft")

    def close(self, *, keep_draft: bool) -> None:
        """The window closes: the draft stays only if the person may come back to it."""
        self.autosave.stop()
        self.tick.stop()
        if keep_draft:
            self._dirty = True
            self.save_draft()
        else:
            self._discard()
        self.idle.remove()
