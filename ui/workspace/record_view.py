"""One record in one place: answers (with corrections), flags, status and its history,
follow-ups, treatments, the contact log and the patient's other intakes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clinic.resource_paths import resources_dir
from app.intake.consent import consent_wordings
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.outcomes.outcome_settings import OutcomeSettings
from app.people.person_age import age_on
from app.records.clinic_records import REVIEWING_ROLES, ClinicRecords
from app.records.intake_report import (
    answers_html,
    flags_of,
    option_display,
    signature_images,
    summary_html,
    values_text,
)
from app.records.patient_matches import (
    Decision,
    MatchAlreadyDecided,
    MatchSuggestion,
)
from app.records.record_book import ChangeRefused
from app.records.record_detail import RecordDetail
from app.storage.errors import StorageError, translate_errors
from app.system.clock import local_today
from ui.dialog_parts import issue_label, wrapping_list
from ui.flow_layout import FlowLayout
from ui.issue_messages import cannot_save_message, storage_message
from ui.named_button import named_button
from ui.outcomes.record_outcome_actions import RecordOutcomeActions
from ui.outcomes.record_outcomes import RecordOutcomes
from ui.plain_text import plain_label
from ui.printing import html_document, print_document, signature_image, write_pdf
from ui.report_words import staff_report_words
from ui.save_location import ask_save_path
from ui.time_words import purpose_words
from ui.window_fit import place
from ui.workspace.labels import (
    UNREADABLE,
    cell_source_labels,
    channel_labels,
    in_staff_language,
    knee_labels,
    outcome_labels,
    show_date,
    show_time,
    staff_treatment_questionnaire,
    status_labels,
    tr,
    treatment_details_line,
)
from ui.workspace.record_dialogs import (
    ContactDialog,
    CorrectionDialog,
    TreatmentDialog,
    first_open_follow_up,
)

PathChooser = Callable[[QWidget, str], Path | None]
CONSENT_DIR = resources_dir() / "consent"


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(parent, tr("Save summary as PDF"), suggested, "PDF (*.pdf)")


def source_text(source: str | None, entered_by: str | None) -> str:
    """Where the intake came from, and who entered it for the patient."""
    labels = {"kiosk": tr("on the kiosk"), "pc-form": tr("on the PC form"),
              "staff-phone": tr("by phone"), "staff-paper": tr("from a paper form"),
              "staff-desk": tr("at the desk")}  # fmt: skip
    if source is None:
        return ""
    if entered_by:
        return " · " + tr("Entered by {0} ({1})").format(entered_by, labels.get(source, source))
    return " · " + tr("Filled in {0}").format(labels.get(source, source))


def ask_fhir_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(parent, tr("Export the record as FHIR"), suggested, "FHIR JSON (*.json)")


def change_refused_message(code: str) -> str:
    if code == "changed-elsewhere":
        return tr(
            "Someone else changed this record a moment ago, so this was not saved (their "
            "change is kept). What you entered is still here: check the record below, "
            "then save again."
        )
    if code == "reason-required":
        return tr("Please give a reason.")
    if code == "clinician-required":
        return tr("Please name the clinician.")
    if code == "clinicians-only":
        return tr("Only a clinician can mark a reported problem as reviewed.")
    if code == "no-such-follow-up":
        return tr("That follow-up is no longer on this record: choose another.")
    if code == "treatment-details":
        return tr(
            "The clinic's treatment record asks for something this one does not have (it "
            "may have changed since this was opened): cancel, then record the treatment "
            "again."
        )
    if code == "treatment-product":
        return tr("Choose the product injected.")
    if code == "no-such-problem":
        return tr("That problem is no longer on this record: close this and open it again.")
    if code == "adverse-event-grade-5-is-fatal":
        return tr("Grade 5 means the patient died: its outcome is Fatal, and no other grade’s is.")
    if code.startswith("adverse-event-"):
        return tr("Choose whether the treatment caused it, how severe it was and its outcome.")
    return tr("This change could not be made ({0}).").format(code)


class RecordView(RecordOutcomeActions, QDialog):
    changed = Signal()
    exported = Signal(str)  # "export-pdf" or "print", for the audit trail

    def __init__(
        self,
        records: ClinicRecords,
        questionnaire: Questionnaire,
        checker: FormChecker,
        staff: str,
        intake_id: int,
        *,
        today: dt.date | None = None,
        choose_pdf_path: PathChooser = ask_pdf_path,
        choose_fhir_path: PathChooser | None = None,
        staff_role: str = "reception",
        clinic: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record-view")
        self._clinic = clinic  # the printed summary's heading
        place(self, QSize(1500, 900), remember_as="record")
        self._records = records
        self._questionnaire = questionnaire  # answers are checked against it (English)
        self._shown = in_staff_language(questionnaire, "knee-intake")  # and read in these
        self._words = staff_report_words()
        self._checker = checker
        self._staff = staff
        self._staff_role = staff_role  # what they may do; the records check it again
        self._today = today or local_today()
        self._choose_pdf_path = choose_pdf_path
        self._choose_fhir_path = choose_fhir_path or ask_fhir_path
        self.intake_id = intake_id
        self.detail: RecordDetail | None = None

        # What patients and staff typed is shown as typed, never as markup: a name of
        # <img src=…> must not load a file (issue 10).
        self.title = plain_label()
        self.title.setObjectName("record-title")
        self.title.setProperty("formTitle", True)
        self.contact = plain_label()
        self.contact.setObjectName("record-contact")
        self.contact.setWordWrap(True)  # a long e-mail address, a longer language: wraps
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags = plain_label()
        self.flags.setObjectName("record-flags")
        self.flags.setWordWrap(True)
        self.match_box = self._match_box()
        self.answers = QTextBrowser()
        self.answers.setObjectName("record-answers")
        self.problem = issue_label("record-problem")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self._status_box())
        self.follow_ups = self._list_box(side_layout, tr("Follow-ups"), "record-follow-ups")
        self.done_button = named_button(tr("Mark selected done"), "follow-up-done", self._done)
        self.follow_ups.parentWidget().layout().addWidget(self.done_button)
        self.treatments = self._list_box(side_layout, tr("Treatments"), "record-treatments")
        self.contacts = self._list_box(side_layout, tr("Contact log"), "record-contacts")
        self.others = self._list_box(side_layout, tr("Earlier intakes"), "record-other-intakes")
        self.others.itemActivated.connect(self._open_other)  # Enter or double-click
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)

        # Two rows, so the record fits a 1280-wide screen: what staff record, then output.
        # Each wraps when its words are longer (Spanish, Windows' larger type) rather than
        # push the window past the screen.
        actions = FlowLayout()
        recording = [
            named_button(text, name, slot) for text, name, slot in (
                (tr("Record a treatment…"), "add-treatment", self._add_treatment),
                (tr("Log a contact…"), "log-contact", self._log_contact),
                (tr("Correct an answer…"), "correct-answer", self._correct),
            )
        ]  # fmt: skip
        # Issue 26: the patient asked (a reply, a call) for no more e-mail reminders.
        self.stop_reminders = named_button(tr("Stop e-mail reminders"), "stop-email-reminders",
                                           self._stop_reminders)  # fmt: skip
        self.stop_reminders.setToolTip(tr("The patient asked for no more e-mail reminders"))
        outputs = FlowLayout()
        for text, name, slot in (
            (tr("Print summary…"), "print-summary", self._print),
            (tr("Save summary as PDF…"), "save-pdf", self._save_pdf),
            (tr("Export FHIR…"), "export-fhir", self._export_fhir),
            (tr("Patient's copy (PDF)…"), "patient-copy", self._save_patient_copy),
            (tr("Their progress (PDF)…"), "patient-progress", self._save_progress),
        ):
            outputs.addWidget(named_button(text, name, slot))
        output = QHBoxLayout()
        output.addLayout(outputs, 1)
        output.addWidget(named_button(tr("Close"), "close-record", self.reject), 0,
                         Qt.AlignmentFlag.AlignBottom)  # fmt: skip
        self.correct_which = QComboBox()
        self.correct_which.setObjectName("correct-which")
        self.correct_which.setAccessibleName(tr("Question to correct"))
        # The longest question must not set the window's width (it did: 2,100 px).
        self.correct_which.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.correct_which.setMinimumContentsLength(24)
        for item in self._shown.questions():
            self.correct_which.addItem(item.text, item.link_id)
        # "Correct: [question] [Correct…]": the question takes what the row leaves.
        self.correct_which.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for widget in (*recording[:2], self.correct_which, recording[2], self.stop_reminders):
            actions.addWidget(widget)

        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.contact, 1, 0, 1, 2)
        grid.addWidget(self.flags, 2, 0, 1, 2)
        grid.addWidget(self.match_box, 3, 0, 1, 2)
        grid.addWidget(self.problem, 4, 0, 1, 2)
        self.outcomes = RecordOutcomes()
        self.outcomes.enter.clicked.connect(self._enter_follow_up)
        self.outcomes.hand_over.clicked.connect(self._hand_over)
        self.outcomes.mark_reviewed.clicked.connect(self._mark_reviewed)
        self.outcomes.rate.clicked.connect(self._rate_problems)
        if staff_role not in REVIEWING_ROLES:  # said, not hidden: reception knows why
            self.outcomes.mark_reviewed.setEnabled(False)
            self.outcomes.mark_reviewed.setToolTip(
                tr("Only a clinician can mark a reported problem as reviewed.")
            )
            self.outcomes.rate.setEnabled(False)
            self.outcomes.rate.setToolTip(
                tr("Only a clinician can rate a reported problem as an adverse event.")
            )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("record-tabs")
        self.tabs.addTab(self.answers, tr("Intake answers"))
        self.tabs.addTab(self.outcomes, tr("Outcomes"))
        self._outcome_settings: OutcomeSettings | None = None
        grid.addWidget(self.tabs, 5, 0)
        grid.addWidget(scroll, 5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(5, 1)
        grid.addLayout(actions, 6, 0, 1, 2)
        grid.addLayout(output, 7, 0, 1, 2)
        self.reload()

    # --- building -----------------------------------------------------------------
    def _list_box(self, layout: QVBoxLayout, title: str, name: str) -> QListWidget:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        listing = wrapping_list(name, title)
        listing.setMinimumHeight(90)
        inner.addWidget(listing)
        layout.addWidget(box)
        return listing

    def _match_box(self) -> QFrame:
        """A possible earlier record of this patient, and staff's two answers."""
        box = QFrame()
        box.setObjectName("record-match")
        box.setProperty("notice", True)
        layout = QHBoxLayout(box)
        self.match_text = plain_label()
        self.match_text.setObjectName("record-match-text")
        self.match_text.setWordWrap(True)
        layout.addWidget(self.match_text, 1)
        layout.addWidget(named_button(tr("Same person"), "match-same", self._same_person))
        layout.addWidget(
            named_button(tr("Different person"), "match-different", self._different_person)
        )
        box.hide()
        self._match: MatchSuggestion | None = None
        return box

    def _show_match(self, patient_id: int) -> None:
        pending = self._records.pending_matches(patient_id)
        self._match = pending[0] if pending else None
        self.match_box.setVisible(self._match is not None)
        if self._match is None:
            return
        other = self._match.earlier if self._match.newer.id == patient_id else self._match.newer
        self.match_text.setText(
            tr("Same patient? {0} {1}, born {2} (phone {3}; intakes so far: {4}) has the same "
               "name and date of birth. “Same person” keeps one record with the newest contact "
               "details; until staff decide, each record keeps its own.").format(
                other.first_name, other.last_name, show_date(other.birth_date),
                other.phone or "—", len(other.intake_ids),
            )
        )  # fmt: skip

    def _same_person(self) -> None:
        self._decide("same")

    def _different_person(self) -> None:
        self._decide("different")

    def _decide(self, decision: Decision) -> None:
        if self._match is None:
            return
        try:
            with translate_errors("records"):
                self._records.decide_match(self._match.id, decision, self._staff)
        except StorageError as exc:
            self._show_problem(exc)
            return
        except MatchAlreadyDecided:
            pass  # decided elsewhere meanwhile: what is shown now is what was decided
        self.reload()
        self.changed.emit()

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(tr("Status"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("record-status")
        self.status.setAccessibleName(tr("Status"))
        for code, label in status_labels().items():
            self.status.addItem(label, code)
        self.status_reason = QLineEdit()
        self.status_reason.setObjectName("status-reason")
        self.status_reason.setPlaceholderText(tr("Reason (needed for “not a candidate”)"))
        change = named_button(tr("Change status"), "change-status", self._change_status)
        row.addWidget(self.status, 1)
        row.addWidget(change)
        layout.addLayout(row)
        layout.addWidget(self.status_reason)  # its own line: readable in a narrow panel
        self.status_issue = issue_label("status-issue")
        layout.addWidget(self.status_issue)
        self.history = wrapping_list("record-status-history", tr("Status history"))
        self.history.setMaximumHeight(110)
        layout.addWidget(self.history)
        return box

    # --- showing ------------------------------------------------------------------
    def reload(self) -> None:
        try:
            with translate_errors("records"):
                detail = self._records.load_record(self.intake_id)
        except StorageError as exc:
            self._show_problem(exc)
            return
        self.detail = detail
        p, i = detail.patient, detail.intake
        self.setWindowTitle(f"{p['last_name']}, {p['first_name']} — {tr('Knee Intake record')}")
        self.title.setText(f"{p['first_name']} {p['last_name']}")
        self._show_match(int(p["id"]))
        age = age_on(p["birth_date"], self._today)
        self.contact.setText(
            tr("Born {0} (age {1}) · Phone {2} · Email {3} · Prefers {4} · Submitted {5}").format(
                show_date(p["birth_date"]),
                "—" if age is None else age,
                p.get("phone_display") or p.get("phone") or "—",
                p.get("email") or "—",
                option_display(self._shown, "contact-preference", p.get("contact_preference")),
                show_time(i["submitted_at"]),
            )
            + source_text(i.get("source"), i.get("entered_by"))
            + self._reminders_text(p)
        )
        self.stop_reminders.setVisible(
            bool(p.get("email")) and not p.get("email_reminders_stopped_at")
        )
        flags = flags_of(detail, self._shown, self._words)
        self.flags.setText("  ".join(f"⚑ {flag}" for flag in flags) or tr("No flags"))
        self.flags.setProperty("flagged", bool(flags))
        self.answers.setHtml(answers_html(self._shown, detail, self._words))
        self.outcomes.show_detail(detail, self.outcome_settings())
        review = bool(i.get("clinical_review_needed"))
        self.tabs.setTabText(1, tr("Outcomes ⚕") if review else tr("Outcomes"))
        self.status.setCurrentIndex(max(0, self.status.findData(i["status"])))
        labels = status_labels()
        self._fill(
            self.history,
            [
                f"{show_time(c['changed_at'])} · {c['changed_by']}: "
                f"{labels.get(c['from_status'], c['from_status'])} → "
                f"{labels.get(c['to_status'], c['to_status'])}"
                + (f" ({c['reason']})" if c["reason"] else "")
                for c in detail.status_changes
            ],
        )
        self._fill(
            self.follow_ups,
            [
                f"{show_date(f['due_on'])} · {purpose_words(f['purpose'])}"
                + (
                    " · " + tr("done {0} by {1}").format(show_date(f["done_at"]), f["done_by"])
                    if f["done_at"]
                    else ""
                )
                for f in detail.follow_ups
            ],
            [f["id"] for f in detail.follow_ups],
        )
        knees, sources = knee_labels(), cell_source_labels()
        self._fill(
            self.treatments,
            [
                f"{show_date(t['treated_on'])} · #{t['treatment_number']} · "
                f"{knees.get(t['knee'], UNREADABLE)} knee · "
                f"{sources.get(t['cell_source'], UNREADABLE)} · {t['clinician']}"
                + (f" · {t['notes']}" if t["notes"] else "")
                + "\n"
                + treatment_details_line(t)
                for t in detail.treatments
            ],
        )
        channels, outcomes = channel_labels(), outcome_labels()
        self._fill(
            self.contacts,
            [
                f"{show_time(c['contacted_at'])} · {c['contacted_by']} · "
                f"{channels[c['channel']]}: {outcomes[c['outcome']]}"
                + (f" · {c['note']}" if c["note"] else "")
                + (f" · next {show_date(c['next_action_on'])}" if c["next_action_on"] else "")
                for c in detail.contacts
            ],
        )
        self._fill(
            self.others,
            [
                f"{show_time(o['submitted_at'])} · {knees.get(o['knee'] or '', '—')} knee · "
                f"pain {o['pain_now'] if o['pain_now'] is not None else '—'} · "
                f"{labels.get(o['status'], o['status'])}"
                for o in detail.other_intakes
            ],
            [o["id"] for o in detail.other_intakes],
        )

    @staticmethod
    def _fill(listing: QListWidget, lines: list[str], ids: list[int] | None = None) -> None:
        listing.clear()
        for n, line in enumerate(lines):
            listing.addItem(line)
            if ids is not None:
                listing.item(n).setData(Qt.ItemDataRole.UserRole, ids[n])
        if not lines:
            listing.addItem(tr("None yet"))
            listing.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _show_problem(self, exc: StorageError) -> None:
        self.problem.setText(storage_message(exc.problem, exc.path))
        self.problem.show()

    def _run(self, change: Callable[[], object]) -> bool:
        """Make one change; a storage problem is shown, never raised."""
        problem = self._attempt(change)
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return False
        return True

    def _attempt(self, change: Callable[[], object]) -> str | None:
        """Make one change and show it; None, or what stopped it (for a dialog to say
        beside its own buttons while it keeps what was typed)."""
        try:
            with translate_errors("records"):
                change()
        except StorageError as exc:
            return storage_message(exc.problem, exc.path)
        except ChangeRefused as refused:
            if refused.code == "changed-elsewhere":
                self.reload()  # show what the other person saved; what was typed stays
            return change_refused_message(refused.code)
        self.problem.hide()
        self.reload()
        self.changed.emit()
        return None

    # --- changing -----------------------------------------------------------------
    def _change_status(self) -> None:
        to_status = self.status.currentData()
        reason = self.status_reason.text()
        if to_status == "not-a-candidate" and not reason.strip():
            self.status_issue.setText(tr("Say why the patient is not a candidate."))
            self.status_issue.show()
            self.status_reason.setFocus()
            return
        self.status_issue.hide()
        if self._run(
            lambda: self._records.change_status(
                self.intake_id, to_status, self._staff, reason, seen=self._seen()
            )
        ):
            self.status_reason.clear()

    def _open_other(self, item: QListWidgetItem) -> None:
        """Show one of the patient's earlier intakes in this view."""
        intake_id = item.data(Qt.ItemDataRole.UserRole)
        if intake_id is not None:
            self.intake_id = intake_id
            self.reload()

    def _done(self) -> None:
        item = self.follow_ups.currentItem()
        follow_up_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if follow_up_id is None:
            return
        self._run(
            lambda: self._records.complete_follow_up(follow_up_id, self._staff, seen=self._seen())
        )

    def _add_treatment(self) -> None:
        assert self.detail is not None
        try:  # the clinic's settings: on a station, asked of the host
            intervals = self._records.follow_up_intervals()
            required = self._records.treatment_required_items()
        except StorageError as exc:
            self._show_problem(exc)
            return
        dialog = TreatmentDialog(
            self.detail.intake["knee"],
            len(self.detail.treatments) + 1,
            intervals,
            self._today,
            self,
            questionnaire=staff_treatment_questionnaire(required),
            previous_product=(
                str(self.detail.treatments[-1]["cell_source"]) if self.detail.treatments else None
            ),
        )
        dialog.save = lambda: self._attempt(
            lambda: self._records.add_treatment(
                self.intake_id,
                dialog.entry(),
                self._staff,
                dialog.follow_ups(),
                seen=self._seen(),
            )
        )
        dialog.open()

    @staticmethod
    def _reminders_text(patient: dict[str, Any]) -> str:
        stopped = patient.get("email_reminders_stopped_at")
        if not stopped:
            return ""
        return " · " + tr("No e-mail reminders since {0} ({1})").format(
            show_date(str(stopped)[:10]), patient.get("email_reminders_stopped_by") or "—"
        )

    def _stop_reminders(self) -> None:
        self._run(lambda: self._records.stop_email_reminders(self.intake_id, self._staff))

    def _log_contact(self) -> None:
        assert self.detail is not None
        dialog = ContactDialog(
            self._today, self, status=self.detail.intake["status"],
            due=first_open_follow_up(self.detail.follow_ups),
        )  # fmt: skip
        dialog.save = lambda: self._attempt(
            lambda: self._records.log_contact(
                self.intake_id, dialog.entry(), self._staff, seen=self._seen()
            )
        )
        dialog.open()

    def _correct(self) -> None:
        assert self.detail is not None
        link_id = self.correct_which.currentData()
        item = self._shown.item(link_id)  # its words; the checker checks the English one
        current = values_text(self.detail.answers.get(link_id, ()), self._words, item)
        dialog = CorrectionDialog(item, current, self._checker, self)
        dialog.save = lambda: self._attempt(
            lambda: self._records.correct_answer(
                self.intake_id,
                link_id,
                dialog.values,
                dialog.reason.text(),
                self._staff,
                seen=self._seen(),
            )
        )
        dialog.open()

    def _seen(self) -> int | None:
        """The revision on screen: a save finding another is refused (changed-elsewhere)."""
        return self.detail.revision if self.detail is not None else None

    def summary(self) -> str:
        assert self.detail is not None
        status = self.detail.intake["status"]
        label = status_labels().get(status, status)
        wordings = consent_wordings(CONSENT_DIR)
        return summary_html(
            self._shown, self.detail, self._today, label, self._clinic, wordings, self._words
        )

    def summary_images(self) -> dict[str, QImage]:
        """The patient's drawn signatures, as the summary shows them."""
        assert self.detail is not None
        return {name: signature_image(strokes)
                for name, strokes in signature_images(self.detail).items()}  # fmt: skip

    def _save_pdf(self) -> None:
        assert self.detail is not None
        p = self.detail.patient
        self._write_pdf(lambda: (self.summary(), self.summary_images()),
                        f"intake-{p['last_name']}-{self.intake_id}.pdf")  # fmt: skip

    def _write_pdf(self, page: Callable[[], tuple[str, dict[str, QImage]]], suggested: str) -> None:
        """A PDF of ``page`` (its HTML and the pictures it shows) where staff choose."""
        path = self._choose_pdf_path(self, suggested)
        if path is None:
            return
        try:
            html, images = page()
            write_pdf(html, path, images)
        except OSError:
            self.problem.setText(cannot_save_message(path))
            self.problem.show()
            return
        self.problem.hide()
        self.exported.emit("export-pdf")

    def patient_copy(self) -> str:
        """Their answers and the consent they signed, in their language (issue 26)."""
        from app.clinic.resource_paths import questionnaire_path
        from app.intake.consent import load_consent
        from app.intake.questionnaire_translation import in_language
        from app.records.patient_copy import (
            load_copy_words,
            patient_copy_html,
            signed_from_record,
        )

        assert self.detail is not None
        language = str(self.detail.intake.get("language") or "en")
        questionnaire = in_language(self._questionnaire, questionnaire_path(), language)
        versions = [str(c.values["consent_version"]) for c in self.detail.consents
                    if c.values.get("how") in ("drawn", "typed")]  # fmt: skip
        consent = consent_wordings(CONSENT_DIR).get(versions[0]) if versions else None
        if versions and consent is None:  # a wording this installation no longer has
            consent = load_consent(CONSENT_DIR, language)
        words = load_copy_words(resources_dir() / "patient_copy", language)
        return patient_copy_html(
            self.detail.answers, str(self.detail.intake.get("submitted_at") or ""),
            questionnaire, consent, signed_from_record(self.detail), words, self._clinic,
        )  # fmt: skip

    def _save_patient_copy(self) -> None:
        self._write_pdf(lambda: (self.patient_copy(), self.summary_images()),
                        f"your-answers-{self.intake_id}.pdf")  # fmt: skip

    def progress_page(self) -> tuple[str, dict[str, QImage]]:
        """One page of the patient's knee score and pain over time, in their language,
        and its chart (issue 26)."""
        from app.clinic.patient_words import load_words
        from app.outcomes.outcome_history import outcome_history
        from app.records.progress_page import PROGRESS_CHART, progress_html
        from ui.outcomes.progress_chart import progress_chart
        from ui.outcomes.time_chart import TimeChart

        assert self.detail is not None
        language = str(self.detail.intake.get("language") or "en")
        words = load_words(resources_dir() / "patient_copy", "copy", language)
        history = outcome_history(self.detail)
        chart = TimeChart()
        chart.set_data(progress_chart(history, words), "")
        p = self.detail.patient
        html = progress_html(history, words, f"{p['first_name']} {p['last_name']}",
                             self._clinic, self._today)  # fmt: skip
        return html, {PROGRESS_CHART: chart.image(760, 460)}  # read at 620 px: big enough type

    def _save_progress(self) -> None:
        self._write_pdf(self.progress_page, f"your-progress-{self.intake_id}.pdf")

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The print queue shows a job's name to anyone who looks: never the patient's.
        printer.setDocName("Knee Intake summary")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(html_document(self.summary(), self.summary_images()), printer)
        self.exported.emit("print")
