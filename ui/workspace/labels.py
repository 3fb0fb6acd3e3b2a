"""Words for stored codes, in one place so every screen and export says the same."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from PySide6.QtCore import QLocale

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import Questionnaire, QuestionnaireError
from app.intake.questionnaire_translation import in_language
from app.records.record_detail import Entry
from app.records.treatment_record import (
    TREATMENT_QUESTIONNAIRE,
    detail_lines,
    details_from_json,
    treatment_questionnaire,
)
from ui.translate import tr
from ui.translations import pc_language


def status_labels() -> dict[str, str]:
    return {
        "new": tr("New"),
        "contacted": tr("Contacted"),
        "consultation-booked": tr("Consultation booked"),
        "treatment": tr("Treatment"),
        "follow-up": tr("Follow-up"),
        "closed": tr("Closed"),
        "not-a-candidate": tr("Not a candidate"),
    }


def knee_labels() -> dict[str, str]:
    return {"left": tr("Left"), "right": tr("Right"), "both": tr("Both")}


def cell_source_labels() -> dict[str, str]:
    return {"bone-marrow": tr("Bone marrow"), "fat": tr("Fat (adipose)"),
            "prp": tr("Platelet-rich plasma"), "other": tr("Other preparation")}  # fmt: skip


def channel_labels() -> dict[str, str]:
    return {"call": tr("Call"), "text": tr("Text"), "email": tr("Email")}


def outcome_labels() -> dict[str, str]:
    return {
        "reached": tr("Reached"),
        "left-message": tr("Left a message"),
        "no-answer": tr("No answer"),
        "wrong-number": tr("Wrong number"),
        "sent": tr("Sent"),
        "replied": tr("Replied"),
    }


def _month_names() -> tuple[str, ...]:
    return _month_names_in(QLocale().name())


@functools.cache
def _month_names_in(locale_name: str) -> tuple[str, ...]:
    """The short month names of the PC's locale ("Dec", "dic")."""
    locale = QLocale(locale_name)
    return ("", *(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)))


# What a stored date that is not one shows: the list and the record open all the same.
UNREADABLE = "?"


def _day_text(day: dt.date) -> str:
    return f"{day.day} {_month_names()[day.month]} {day.year}"


def show_date(iso: str | None) -> str:
    """A stored ISO date as '24 Nov 2026': a month name is never read the wrong way round."""
    if not iso:
        return ""
    try:
        return _day_text(dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return UNREADABLE  # a row another program or a hostile device wrote: shown, not fatal


def show_time(iso_utc: str | None) -> str:
    """A stored UTC timestamp as local date and time ('24 Nov 2026 09:30').

    Python's parser, not QDateTime.fromString: this runs for every row of every page,
    and Qt's format parsing was most of a search keystroke's time (docs/PERFORMANCE.md).
    """
    if not iso_utc:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso_utc)
    except ValueError:
        return UNREADABLE
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{_day_text(local.date())} {local:%H:%M}"


def in_staff_language(questionnaire: Questionnaire, name: str) -> Questionnaire:
    """``questionnaire`` (resources/questionnaires/<name>.json) in the words of the
    staff's language, from <name>.<language>.json when there is one: for showing only.
    Answers are checked and stored against the English one, so a record reads the same
    whatever the PC's language."""
    try:
        return in_language(questionnaire, questionnaire_path(name), pc_language())
    except QuestionnaireError:  # a clinic's edited questionnaire the words no longer fit
        return questionnaire


def staff_treatment_questionnaire(required: Iterable[str] | None = None) -> Questionnaire:
    """The clinic's treatment record in the staff's language: what the treatment
    dialog asks and the record shows."""
    return in_staff_language(treatment_questionnaire(required), TREATMENT_QUESTIONNAIRE)


def treatment_details_line(treatment: Entry) -> str:
    """What was given, in one line, under the treatment's date and product: every
    answer of its record but the product (already said); "details not recorded" for a
    treatment recorded before the treatment questionnaire (or sent without it by an
    older station), "only the product was recorded" where nothing else was answered."""
    details = details_from_json(treatment.values.get("details"))  # NULL: recorded before
    if details is None:
        return tr("Details not recorded")
    questionnaire = staff_treatment_questionnaire()
    product = questionnaire.item_with_role("product")
    lines = [line for line in detail_lines(questionnaire, details)
             if product is None or line.link_id != product.link_id]  # fmt: skip
    if not lines:
        return tr("Only the product was recorded")
    return " · ".join(
        str(line.answer) if _is_choice(questionnaire, line.link_id)
        else f"{line.question}: {line.answer}"
        for line in lines
    )  # fmt: skip


def _is_choice(questionnaire: Questionnaire, link_id: str) -> bool:
    try:
        return questionnaire.item(link_id).type in ("choice", "open-choice", "boolean")
    except KeyError:
        return False
