"""The blank paper form's fixed phrases in the patient's language (the questions' words
are the questionnaire's): app/records/paper_form.py lays the form out.

Each phrase is marked for the patient catalogue with QT_TRANSLATE_NOOP and looked up in
the language asked for, not the one the staff screen is in (ui/translations.py)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.records.paper_form import PaperWords
from ui.translations import translated_in

PHRASES = {
    "heading": QT_TRANSLATE_NOOP("", "Your knee: questions before your visit"),
    "how": QT_TRANSLATE_NOOP(
        "",
        "Please answer in pen. Tick one box for each question, unless it says to tick "
        "all that apply. Questions marked * need an answer. Bring or send the form back "
        "to the clinic.",
    ),
    "all_that_apply": QT_TRANSLATE_NOOP("", "Tick all that apply."),
    "only_if": QT_TRANSLATE_NOOP("", "Only if you answered “{0}” to question {1}."),
    "if_it_applies": QT_TRANSLATE_NOOP("", "Only if it applies to you."),
    "yes": QT_TRANSLATE_NOOP("", "Yes"),
    "no": QT_TRANSLATE_NOOP("", "No"),
    "other": QT_TRANSLATE_NOOP("", "Other:"),
    "day": QT_TRANSLATE_NOOP("", "Day"),
    "month": QT_TRANSLATE_NOOP("", "Month"),
    "year": QT_TRANSLATE_NOOP("", "Year"),
    "agree": QT_TRANSLATE_NOOP("", "I have read this and I agree"),
    "signature": QT_TRANSLATE_NOOP("", "Signature"),
    "date": QT_TRANSLATE_NOOP("", "Date"),
    "name": QT_TRANSLATE_NOOP("", "Your name in capitals"),
    "for_the_clinic": QT_TRANSLATE_NOOP(
        "", "For the clinic: entered by ____________ on ____________"
    ),
    "version": QT_TRANSLATE_NOOP("", "Form {0}, version {1}"),
}
assert set(PHRASES) == {f.name for f in fields(PaperWords)}, "a phrase without its words"


def paper_words(language: str) -> PaperWords:
    return PaperWords(**{name: translated_in(language, text) for name, text in PHRASES.items()})
