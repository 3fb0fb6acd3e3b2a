"""An intake as HTML: every answer for the record view, and the one-page summary a
clinician reads before the consultation (printed or saved as PDF by the UI).

All text from the database is escaped: a patient's answer is never markup.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from html import escape

from app.intake.answers import Answers, AnswerValue
from app.intake.consent import ConsentText, Stroke, strokes_from_json
from app.intake.questionnaire import Item, Questionnaire, Role
from app.people.contact_formats import format_phone_for_display
from app.people.person_age import age_on
from app.records.record_detail import Correction, RecordDetail

IDENTITY_SECTION = "about-you"


@dataclasses.dataclass(frozen=True)
class ReportWords:
    """The words of the record and its summary, English by default; the UI gives them
    in the staff's language (ui/workspace/report_words.py). Placeholders: ``{0}``…"""

    yes: str = "Yes"
    no: str = "No"
    months: tuple[str, ...] = tuple(calendar.month_name)[1:]
    date: str = "{0} {1} {2}"  # day, month, year: "2 January 1970"
    corrected: str = "Corrected by {0} ({1}): patient answered “{2}”. Reason: {3}"
    problem_flag: str = "Problem reported after treatment: a clinician should call the patient"
    imaging_flag: str = "Imaging needed: no X-ray, MRI, CT or ultrasound reported"
    screening_flag: str = "Screening review: {0}"
    demo_flag: str = "DEMO record (synthetic data)"
    summary_title: str = "Intake summary"
    for_consultation: str = "{0} — for the consultation"
    born: str = "Born {0} (age {1})"
    phone: str = "Phone {0}"
    email: str = "Email {0}"
    submitted: str = "Submitted {0}"
    status: str = "Status {0}"
    flags: str = "Flags"
    no_flags: str = "No flags."
    consent: str = "Consent"
    no_consent: str = "No consent on record for this intake."
    signed_drawn: str = "Signed by the patient on {0} (consent version {1}):"
    signed_typed: str = (
        "Signed by the patient on {0}, by typing their name: “{1}” (consent version {2})."
    )
    given: str = "Given {0}, recorded by {1} on {2} (consent version {3})."
    by_phone: str = "by phone"
    on_paper: str = "on paper"
    in_person: str = "in person"
    unknown_wording: str = "(a wording this copy of Knee Intake does not have)"
    beside: str = "Beside the form: the article, version {0}, with no results of the clinic's."
    beside_results: str = (
        "Beside the form: the article, version {0}, and the clinic's results version {1}."
    )
    beside_results_on: str = (
        "Beside the form: the article, version {0}, and the clinic's results version {1},"
        " worked out on {2}."
    )
    score_title: str = "Knee score (KOOS JR, 100 = no knee problems)"
    at_intake: str = "At intake: {0}"
    at_intake_incomplete: str = "At intake: incomplete (not all seven questions answered)"
    follow_up: str = "Follow-up"
    koos_jr: str = "KOOS JR"
    pain_now: str = "Pain now"
    incomplete: str = "incomplete"

    def given_how(self, how: str) -> str:
        return {"by-phone": self.by_phone, "on-paper": self.on_paper,
                "in-person": self.in_person}.get(how, how)  # fmt: skip


ENGLISH = ReportWords()


def value_text(value: AnswerValue, words: ReportWords = ENGLISH, item: Item | None = None) -> str:
    """An answer in words: a choice in ``item``'s words by its code when the item is
    given (the questionnaire in the reader's language), else as stored."""
    if value.kind == "valueBoolean":
        return words.yes if value.value else words.no
    if value.kind == "valueCoding":
        option = item.option(str(value.value)) if item is not None else None
        return option.display if option else value.display or str(value.value)
    return str(value.value)


def values_text(
    values: tuple[AnswerValue, ...], words: ReportWords = ENGLISH, item: Item | None = None
) -> str:
    return ", ".join(value_text(v, words, item) for v in values) or "—"


def answer_text(item: Item, values: tuple[AnswerValue, ...], words: ReportWords = ENGLISH) -> str:
    """As a person reads it: a phone number the way it is written locally, not E.164,
    and a date with the month in words."""
    if item.answer_format == "phone":
        return ", ".join(format_phone_for_display(str(v.value)) for v in values) or "—"
    if item.type == "date":
        return ", ".join(long_date(str(v.value), words) for v in values) or "—"
    return values_text(values, words, item)


def long_date(iso: str, words: ReportWords = ENGLISH) -> str:
    """'1970-01-02' as '2 January 1970': no one reads the day and month the wrong way."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return words.date.format(day.day, words.months[day.month - 1], day.year)


def section_answers_html(section: Item, answers: Answers, words: ReportWords = ENGLISH) -> str:
    """One section's answers as given, for the patient to check before sending."""
    rows = list(_rows((section,), answers, {}, 0, words))
    return STYLE + "<table width='100%'>" + "".join(rows) + "</table>" if rows else ""


def local_minutes(iso_utc: str) -> str:
    """A stored UTC timestamp as local 'YYYY-MM-DD HH:MM'."""
    return dt.datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")


def option_display(questionnaire: Questionnaire, role: Role, code: str | None) -> str:
    """The words the patient chose for a stored code (the code itself if unknown)."""
    item = questionnaire.item_with_role(role)
    option = item.option(code) if item and code else None
    return option.display if option else (code or "—")


def flags_of(
    detail: RecordDetail, questionnaire: Questionnaire, words: ReportWords = ENGLISH
) -> list[str]:
    """The clinician's flags in words; screening names each question answered yes."""
    flags = []
    if detail.intake.get("clinical_review_needed"):
        flags.append(words.problem_flag)
    if detail.intake["imaging_needed"]:
        flags.append(words.imaging_flag)
    yes = [
        item.text
        for item in questionnaire.items_with_role("screening")
        if any(v.value is True for v in detail.answers.get(item.link_id, ()))
    ]
    if yes:
        flags.append(words.screening_flag.format("; ".join(yes)))
    if detail.patient.get("is_demo"):
        flags.append(words.demo_flag)
    return flags


def _rows(
    items: tuple[Item, ...],
    answers: Answers,
    corrected: dict[str, Correction],
    depth: int,
    words: ReportWords = ENGLISH,
) -> Iterator[str]:
    for item in items:
        if item.type == "group":
            inner = list(_rows(item.items, answers, corrected, depth + 1, words))
            if inner:
                if depth > 0:
                    yield f"<tr><th colspan='2' class='sub'>{escape(item.text)}</th></tr>"
                yield from inner
            continue
        if item.type == "display" or item.link_id not in answers:
            continue
        text = escape(answer_text(item, answers[item.link_id], words))
        correction = corrected.get(item.link_id)
        if correction is not None:
            said = words.corrected.format(
                escape(correction.corrected_by), escape(correction.corrected_at[:10]),
                escape(values_text(correction.old_values, words, item)),
                escape(correction.reason),
            )  # fmt: skip
            text += f"<br><span class='corrected'>{said}</span>"
        yield f"<tr><td class='q' width='45%'>{escape(item.text)}</td><td>{text}</td></tr>"


STYLE = """
<style>
 h1 { font-size: 16pt; margin: 0 0 4px 0; }
 h2 { font-size: 12pt; margin: 10px 0 2px 0; color: #16324f; }
 td, th { padding: 2px 8px 2px 0; vertical-align: top; }
 td.q { color: #3d4654; width: 45%; }
 th.sub { text-align: left; font-weight: 600; padding-top: 6px; }
 .flag { color: #8c1d18; font-weight: 600; }
 .corrected { color: #5c4300; font-style: italic; }
 .muted { color: #4a5462; }
</style>
"""


def answers_html(
    questionnaire: Questionnaire, detail: RecordDetail, words: ReportWords = ENGLISH
) -> str:
    """Every answer grouped as in the questionnaire, corrections shown as such."""
    latest = {c.link_id: c for c in detail.corrections}  # later ones win
    parts = [STYLE]
    for section in questionnaire.items:
        rows = list(_rows((section,), detail.answers, latest, 0, words))
        if rows:
            parts.append(f"<h2>{escape(section.text)}</h2><table width='100%'>")
            parts.extend(rows)
            parts.append("</table>")
    return "".join(parts)


def summary_html(
    questionnaire: Questionnaire,
    detail: RecordDetail,
    today: dt.date,
    status_label: str,
    clinic: str = "",
    wordings: Mapping[str, ConsentText] | None = None,
    words: ReportWords = ENGLISH,
) -> str:
    """The one-page intake summary: who, the knee, imaging, flags, goals, and the
    consent with its signature (each drawn one an image named in signature_images())."""
    p, i, w = detail.patient, detail.intake, words
    name = f"{p['first_name']} {p['last_name']}"
    heading = f"{clinic} · {w.summary_title}" if clinic.strip() else w.summary_title
    age = age_on(p["birth_date"], today) or "—"
    header = [
        STYLE,
        f"<p class='muted'>{escape(w.for_consultation.format(heading))}</p>",
        f"<h1>{escape(name)}</h1>",
        "<p>",
        escape(w.born.format(p["birth_date"], age)),
        " · " + escape(w.phone.format(p.get("phone_display") or p.get("phone") or "—")),
        " · " + escape(w.email.format(p.get("email") or "—")),
        "<br>" + escape(w.submitted.format(local_minutes(i["submitted_at"]))),
        " · " + escape(w.status.format(status_label)) + "</p>",
    ]
    flags = flags_of(detail, questionnaire, w)
    header.append(f"<h2>{escape(w.flags)}</h2>")
    header.append(
        "".join(f"<p class='flag'>⚑ {escape(f)}</p>" for f in flags)
        if flags
        else f"<p>{escape(w.no_flags)}</p>"
    )
    header.extend(_outcomes_html(detail, w))
    latest = {c.link_id: c for c in detail.corrections}
    body = []
    for section in questionnaire.items:
        if section.link_id == IDENTITY_SECTION:
            continue
        answers = _without_plain_noes(section, detail.answers)
        rows = list(_rows((section,), answers, latest, 0, w))
        if rows:
            body.append(f"<h2>{escape(section.text)}</h2><table width='100%'>")
            body.extend(rows)
            body.append("</table>")
    return "".join(header + body + _consent_html(detail, wordings or {}, w))


SIGNATURE_IMAGE = "signature-{0}.png"  # the summary's <img> of the n-th consent
SIGNATURE_SIZE = (800, 200)  # pixels of the image; the pad's 0-1 strokes scaled to it


def signature_images(detail: RecordDetail) -> dict[str, tuple[Stroke, ...]]:
    """The drawn signatures the summary shows, by image name, for the UI to draw."""
    images = {}
    for n, consent in enumerate(detail.consents):
        if consent.values.get("how") == "drawn":
            strokes = strokes_from_json(str(consent.values.get("signature") or ""))
            if strokes:
                images[SIGNATURE_IMAGE.format(n)] = strokes
    return images


def _consent_html(
    detail: RecordDetail, wordings: Mapping[str, ConsentText], w: ReportWords
) -> list[str]:
    parts = [f"<h2>{escape(w.consent)}</h2>"]
    if not detail.consents:
        return [*parts, f"<p class='flag'>⚑ {escape(w.no_consent)}</p>"]
    drawn = signature_images(detail)
    for n, consent in enumerate(detail.consents):
        c = consent.values
        version, when = str(c["consent_version"]), local_minutes(str(c["at"]))
        how = str(c["how"])
        if how == "drawn":
            said = escape(w.signed_drawn.format(when, version))
        elif how == "typed":
            typed = _typed_name(str(c.get("signature") or ""))
            said = escape(w.signed_typed.format(when, typed, version))
        else:
            recorded_by = str(c.get("recorded_by") or "—")
            said = escape(w.given.format(w.given_how(how), recorded_by, when, version))
        wording = wordings.get(version)
        # The wording's title; its full text is kept by version in the app's resources
        # (resources/consent), and all of it would push the summary onto a second page.
        said += (f" <i>“{escape(wording.title)}”</i>" if wording is not None
                 else " " + escape(w.unknown_wording))  # fmt: skip
        parts.append(f"<p>{said}</p>")
        if c.get("article_version"):
            parts.append(f"<p>{escape(read_beside(c, w))}</p>")
        image = SIGNATURE_IMAGE.format(n)
        if image in drawn:
            width, height = (side * 7 // 20 for side in SIGNATURE_SIZE)
            parts.append(f"<p><img src='{image}' width='{width}' height='{height}'></p>")
    return parts


def read_beside(consent: Mapping[str, object], words: ReportWords = ENGLISH) -> str:
    """What the patient had beside the form as they signed (issue 25)."""
    article = consent["article_version"]
    if not consent.get("results_version"):
        return words.beside.format(article)
    results, computed = consent["results_version"], consent.get("results_computed_on")
    if computed:
        return words.beside_results_on.format(article, results, long_date(str(computed), words))
    return words.beside_results.format(article, results)


def _typed_name(signature: str) -> str:
    try:
        raw = json.loads(signature)
    except ValueError:
        return "—"
    return str(raw.get("typed_name", "—")) if isinstance(raw, dict) else "—"


def _outcomes_html(detail: RecordDetail, w: ReportWords) -> list[str]:
    """The knee score at the intake and at each follow-up, for the summary."""
    score = detail.intake.get("koos_jr_score")
    parts = [
        f"<h2>{escape(w.score_title)}</h2>",
        f"<p>{escape(w.at_intake.format(f'{score:.1f}'))}</p>" if score is not None
        else f"<p>{escape(w.at_intake_incomplete)}</p>",
    ]  # fmt: skip
    if detail.follow_up_responses:
        parts.append(f"<table><tr><th align='left'>{escape(w.follow_up)}</th>"
                     f"<th align='left'>{escape(w.koos_jr)}</th>"
                     f"<th align='left'>{escape(w.pain_now)}</th></tr>")  # fmt: skip
        for r in detail.follow_up_responses:
            koos = w.incomplete if r["koos_jr_score"] is None else f"{r['koos_jr_score']:.1f}"
            pain = "—" if r["pain_now"] is None else str(r["pain_now"])
            day = long_date(r["answered_at"][:10], w)
            parts.append(f"<tr><td>{escape(day)}</td><td>{escape(koos)}</td>"
                         f"<td>{pain}</td></tr>")  # fmt: skip
        parts.append("</table>")
    return parts


def _without_plain_noes(section: Item, answers: Answers) -> Answers:
    """A summary lists what is there: a 'No' to a yes/no question is left out."""
    booleans = {item.link_id for item in _walk(section) if item.type == "boolean"}
    return {
        link_id: values
        for link_id, values in answers.items()
        if link_id not in booleans or any(v.value is True for v in values)
    }


def _walk(item: Item) -> Iterator[Item]:
    yield item
    for child in item.items:
        yield from _walk(child)
