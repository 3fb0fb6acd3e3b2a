"""The ladder's letter: a printable page per patient, in the patient's language, with
the clinic's name, why they are written to, and the follow-up's questions on paper
(KOOS JR, pain and the rest) to fill in and bring or post back; staff then enter the
answers "From a paper form". Several letters print as one document, a page each."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from app.clinic.patient_words import load_words
from app.intake.questionnaire import Questionnaire
from app.records.follow_up_plan import parse_intervals
from app.records.paper_form import STYLE, PaperWords, questions_html

PAGE_BREAK = "<div style='page-break-before: always'></div>"


@dataclass(frozen=True)
class LetterTo:
    first_name: str
    last_name: str
    birth_date: str  # as the letter shows it, in the patient's language
    purpose: str  # the follow-up's: "6 weeks after treatment 1"
    date: str  # today, as the letter shows it


def load_letter_wording(folder: Path, language: str | None) -> dict[str, Any]:
    return load_words(folder, "letter", language)


def time_point_words(purpose: str, wording: dict[str, Any]) -> str:
    """ "6 weeks after treatment 1" in the patient's words; the purpose as it is where
    it does not start with an interval (a clinic may have written its own)."""
    head = purpose.split(" after ", 1)[0]
    try:
        (interval,) = parse_intervals(head)
    except ValueError:
        return purpose
    unit = interval.unit if interval.count != 1 else interval.unit[:-1]
    return str(wording["time_points"][unit]).format(count=interval.count)


def letter_html(
    to: LetterTo,
    questionnaire: Questionnaire,
    paper: PaperWords,
    wording: dict[str, Any],
    clinic: str,
    phone: str,
) -> str:
    """One letter (every text escaped)."""
    words = {"first_name": to.first_name, "last_name": to.last_name, "phone": phone,
             "birth_date": to.birth_date,
             "time_point": time_point_words(to.purpose, wording)}  # fmt: skip
    parts = [
        f"<p class='muted' style='margin-bottom: 14px'>{escape(clinic)}<br>{escape(to.date)}</p>",
        f"<p style='margin-bottom: 10px'>{escape(str(wording['greeting']).format(**words))}</p>",
        f"<p style='margin-bottom: 10px'>{escape(str(wording['body']).format(**words))}</p>",
        f"<p style='margin-bottom: 10px'>{escape(str(wording['how']).format(**words))}</p>",
        f"<p style='margin-bottom: 18px'>{escape(str(wording['thanks']))}<br>{escape(clinic)}</p>",
        f"<h1>{escape(questionnaire.title)}</h1>",
        *questions_html(questionnaire, paper),
        f"<p class='muted'><br>{escape(str(wording['for_the_clinic']).format(**words))}</p>",
    ]
    return "".join(parts)


def letters_html(letters: list[str]) -> str:
    """Several letters as one document, each on its own pages."""
    return STYLE + PAGE_BREAK.join(letters)
