"""What today's follow-up list does, on the main PC or through it on a reception PC
(the records interface, app/records/clinic_records.py): read the list, take a step,
let a follow-up go, print or save the ladder's letters (in each patient's language),
and open the record or its follow-up answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QWidget

from app.clinic.patient_words import load_words, spoken_date
from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.follow_ups.follow_up_list import FollowUpList
from app.follow_ups.letter import LetterTo, letter_html, letters_html, load_letter_wording
from app.follow_ups.work_list import WorkItem
from app.intake.questionnaire_translation import in_language
from app.outcomes import follow_up_questionnaire
from app.records.change_refused import ChangeRefused
from app.records.clinic_records import ClinicRecords
from app.staff.accounts import Staff
from app.storage.errors import StorageError, translate_errors
from ui.follow_ups.work_list_dialog import WorkDesk
from ui.form.paper_form_words import paper_words
from ui.issue_messages import cannot_save_message, storage_message
from ui.translate import tr


class DeskWindow(Protocol):
    """The records window the list works for (ui/workspace/workspace_window.py)."""

    @property
    def staff(self) -> Staff: ...

    def today(self) -> dt.date: ...

    def note(self, action: str, detail: str) -> None: ...

    def open_record(self, intake_id: int) -> Any: ...


PathChooser = Callable[[QWidget, str], Path | None]


def letters_for(items: list[WorkItem], clinic: str, phone: str, today: dt.date) -> str:
    """The letters of ``items`` as one document, each in its patient's language."""
    pages = []
    for item in items:
        language = item.language or "en"
        dates = load_words(resources_dir() / "patient_copy", "copy", language)
        born = spoken_date(dt.date.fromisoformat(item.birth_date), dates)
        to = LetterTo(item.first_name, item.last_name, born, item.purpose,
                      spoken_date(today, dates))  # fmt: skip
        questionnaire = in_language(follow_up_questionnaire(), questionnaire_path("knee-follow-up"),
                                    language)  # fmt: skip
        wording = load_letter_wording(resources_dir() / "reminders", language)
        pages.append(letter_html(to, questionnaire, paper_words(language), wording, clinic,
                                 phone or "—"))  # fmt: skip
    return letters_html(pages)


def work_desk(
    window: DeskWindow,
    parent: QWidget,
    records: ClinicRecords,
    clinic: str,
    choose_pdf_path: PathChooser,
) -> WorkDesk:
    today = window.today()
    by = window.staff.username
    phone: list[str] = [""]  # the clinic's, with each reading of the list

    def attempt(change: Callable[[], object]) -> str | None:
        try:
            with translate_errors("records"):
                change()
        except StorageError as exc:
            return storage_message(exc.problem, exc.path)
        except ChangeRefused as refused:
            if refused.code == "step-already-taken":
                return tr("Someone else took this step a moment ago: the list shows it now.")
            return tr("This follow-up is no longer open: the list shows it as it is now.")
        return None

    def items() -> FollowUpList | str:
        found: list[FollowUpList] = []
        problem = attempt(lambda: found.append(records.follow_up_list(today)))
        if problem is not None:
            return problem
        phone[0] = found[0].clinic_phone  # for the letters
        return found[0]

    def take(item: WorkItem, kind: str, way: str, result: str) -> str | None:
        step = item.position.step
        if step is None:
            return tr("Nothing is due for this follow-up today.")
        return attempt(lambda: records.take_follow_up_step(item.follow_up_id, step, kind, way,
                                                           result, by))  # fmt: skip

    def save_letters(chosen: list[WorkItem]) -> str | None:
        from ui.printing import write_pdf

        one = f"-{chosen[0].last_name}" if len(chosen) == 1 else "s"
        name = f"knee-intake-letter{one}-{today.isoformat()}.pdf"
        path = choose_pdf_path(parent, name)
        if path is None:
            return tr("Not saved.")
        try:
            write_pdf(letters_for(chosen, clinic, phone[0], today), path)
        except OSError:
            return cannot_save_message(path)
        window.note("export-pdf", f"follow-up letters: {len(chosen)}")
        return None

    def print_letters(chosen: list[WorkItem]) -> str | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.printing import html_document, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Knee Intake letters")
        if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
            return tr("Not printed.")
        print_document(html_document(letters_for(chosen, clinic, phone[0], today)), printer)
        window.note("print", f"follow-up letters: {len(chosen)}")
        return None

    def enter_answers(item: WorkItem) -> object:
        view = window.open_record(item.intake_id)
        return view.enter_follow_up()

    return WorkDesk(
        items=items,
        take=take,
        let_go=lambda item, why: attempt(
            lambda: records.let_follow_up_go(item.follow_up_id, by, why)
        ),
        enter_answers=enter_answers,
        open_record=lambda item: window.open_record(item.intake_id),
        save_letters=save_letters,
        print_letters=print_letters,
        today=today,
    )
