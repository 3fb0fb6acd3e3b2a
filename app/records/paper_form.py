"""The questionnaire as a blank paper form, in the patient's language: for a patient
without a tablet or a PC, filled in pen, brought or posted back, and entered by staff
"from a paper form" (issue 28).

Every question of the clinic's questionnaire in its order and numbered, with a box to
tick for each choice, the 0-10 scales with their ends' words, lines to write on, the
conditions in plain words ("Only if you answered “Yes” to …"), and the consent with
a place to sign. The fixed phrases come in ``PaperWords`` (the UI gives them in the
patient's language); the questions' own words are the questionnaire's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from app.intake.consent import ConsentText
from app.intake.questionnaire import Item, Questionnaire

BOX = "\N{BALLOT BOX}"
LINE = "_" * 58


@dataclass(frozen=True)
class PaperWords:
    """The form's fixed phrases, in the patient's language (ui/form/paper_form_words.py
    holds them for the translators); ``only_if`` and ``version`` take two values."""

    heading: str
    how: str
    all_that_apply: str
    only_if: str
    if_it_applies: str
    yes: str
    no: str
    other: str
    day: str
    month: str
    year: str
    agree: str
    signature: str
    date: str
    name: str
    for_the_clinic: str
    version: str


STYLE = """
<style>
 h1 { font-size: 16pt; margin: 0 0 4px 0; }
 h2 { font-size: 13pt; margin: 14px 0 4px 0; color: #16324f; }
 h3 { font-size: 11pt; margin: 8px 0 2px 0; }
 p { margin: 2px 0 2px 0; }
 p.q { margin-top: 10px; font-weight: 600; }
 p.hint { color: #3d4654; font-style: italic; }
 .muted { color: #4a5462; }
</style>
"""


def blank_form_html(
    questionnaire: Questionnaire,
    consent: ConsentText,
    w: PaperWords,
    clinic: str = "",
) -> str:
    """The whole form as HTML for Qt's printer or PDF writer (every text escaped)."""
    numbers = numbered(questionnaire)
    parts = [STYLE]
    if clinic.strip():
        parts.append(f"<p class='muted'>{escape(clinic.strip())}</p>")
    parts.append(f"<h1>{escape(w.heading)}</h1>")
    parts.append(f"<p>{escape(w.how)}</p>")
    parts.extend(questions_html(questionnaire, w, numbers))
    parts.append(f"<h2>{escape(consent.title)}</h2>")
    parts.extend(f"<p>{escape(paragraph)}</p>" for paragraph in consent.paragraphs)
    parts.append(f"<p class='q'>{BOX} {escape(w.agree)}</p>")
    parts.append(f"<p>{escape(w.signature)}: {LINE[:34]}   {escape(w.date)}: {LINE[:14]}</p>")
    parts.append(f"<p>{escape(w.name)}: {LINE[:44]}</p>")
    version = w.version.format(questionnaire.title, questionnaire.version)
    parts.append(
        f"<p class='muted'><br>{escape(version)} · {escape(consent.version)}"
        f"<br>{escape(w.for_the_clinic)}</p>"
    )
    return "".join(parts)


def questions_html(
    questionnaire: Questionnaire, w: PaperWords, numbers: dict[str, int] | None = None
) -> list[str]:
    """Every question, numbered, with its boxes or lines to write on (a follow-up
    letter prints the follow-up's this way)."""
    numbers = numbers or numbered(questionnaire)
    parts: list[str] = []
    for section in questionnaire.items:
        parts.extend(_item_html(questionnaire, section, numbers, w, level=0))
    return parts


def numbered(questionnaire: Questionnaire) -> dict[str, int]:
    """Each question's number on paper, in the questionnaire's order from 1."""
    questions = [item for item in questionnaire.walk() if item.is_question]
    return {item.link_id: index for index, item in enumerate(questions, start=1)}


def _item_html(
    questionnaire: Questionnaire,
    item: Item,
    numbers: dict[str, int],
    w: PaperWords,
    level: int,
) -> Iterator[str]:
    if item.type == "group":
        tag = "h2" if level == 0 else "h3"
        yield f"<{tag}>{escape(item.text)}</{tag}>"
        for child in item.items:
            yield from _item_html(questionnaire, child, numbers, w, level + 1)
        return
    if item.type == "display":
        if item.item_control not in ("lower", "upper"):  # a scale's ends go with it
            yield f"<p class='muted'>{escape(item.text)}</p>"
        return
    marker = " *" if item.required else ""
    yield f"<p class='q'>{numbers[item.link_id]}. {escape(item.text)}{marker}</p>"
    condition = _condition_text(questionnaire, item, numbers, w)
    if condition:
        yield f"<p class='hint'>{escape(condition)}</p>"
    yield from _answer_html(item, w)


def _condition_text(
    questionnaire: Questionnaire, item: Item, numbers: dict[str, int], w: PaperWords
) -> str:
    if not item.enable_when:
        return ""
    if len(item.enable_when) == 1 and item.enable_when[0].operator == "=":
        condition = item.enable_when[0]
        source = questionnaire.item(condition.question)
        if source is not None and condition.question in numbers:
            answer = condition.answer
            if isinstance(answer, bool):
                shown = w.yes if answer else w.no
            else:
                option = source.option(str(answer))
                shown = option.display if option is not None else str(answer)
            return w.only_if.format(shown, numbers[condition.question])
    return w.if_it_applies


def _answer_html(item: Item, w: PaperWords) -> Iterator[str]:
    if item.type == "boolean":
        yield f"<p>{BOX} {escape(w.yes)}&nbsp;&nbsp;&nbsp;&nbsp;{BOX} {escape(w.no)}</p>"
    elif item.type in ("choice", "open-choice"):
        if item.repeats:
            yield f"<p class='hint'>{escape(w.all_that_apply)}</p>"
        boxes = [f"{BOX} {escape(option.display)}" for option in item.options]
        if item.type == "open-choice":
            boxes.append(f"{BOX} {escape(w.other)} {LINE[:24]}")
        short = sum(len(option.display) for option in item.options) <= 60
        if item.horizontal or short:
            yield f"<p>{'&nbsp;&nbsp;&nbsp;&nbsp; '.join(boxes)}</p>"
        else:
            yield from (f"<p>{box}</p>" for box in boxes)
    elif item.type == "integer" and item.min_value is not None and item.max_value is not None:
        low, high = int(item.min_value), int(item.max_value)
        if high - low <= 10:  # a scale: a box for each number, its ends' words beneath
            yield (
                "<p>"
                + "&nbsp;&nbsp; ".join(f"{BOX} {number}" for number in range(low, high + 1))
                + "</p>"
            )
            lower, upper = item.anchors
            if lower or upper:
                yield f"<p class='hint'>{escape(lower)} … {escape(upper)}</p>"
        else:
            yield f"<p>{LINE[:12]}</p>"
    elif item.type == "date":
        yield (
            f"<p>{escape(w.day)} ____ &nbsp;&nbsp; {escape(w.month)} ____ &nbsp;&nbsp; "
            f"{escape(w.year)} ________</p>"
        )
    elif item.type == "text":
        yield from (f"<p>{LINE}</p>" for _ in range(3))
    else:  # string, decimal, an integer with no range
        yield f"<p>{LINE}</p>"
