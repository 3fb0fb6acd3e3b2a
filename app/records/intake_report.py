"""An intake as HTML: every answer for the record view, and the one-page summary a
clinician reads before the consultation (printed or saved as PDF by the UI).

All text from the database is escaped: a patient's answer is never markup.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from html import escape

from app.answers import Answers, AnswerValue
from app.consent import ConsentText, Stroke, strokes_from_json
from app.contact_formats import format_phone_for_display
from app.person_age import age_on
from app.questionnaire import Item, Questionnaire, Role
from app.records.record_detail import Correction, RecordDetail

IDENTITY_SECTION = "about-you"


def value_text(value: AnswerValue) -> str:
    if value.kind == "valueBoolean":
        return "Yes" if value.value else "No"
    if value.kind == "valueCoding":
        return value.display or str(value.value)
    return str(value.value)


def values_text(values: tuple[AnswerValue, ...]) -> str:
    return ", ".join(value_text(v) for v in values) or "—"


def answer_text(item: Item, values: tuple[AnswerValue, ...]) -> str:
    """As a person reads it: a phone number the way it is written locally, not E.164,
    and a date with the month in words."""
    if item.answer_format == "phone":
        return ", ".join(format_phone_for_display(str(v.value)) for v in values) or "—"
    if item.type == "date":
        return ", ".join(long_date(str(v.value)) for v in values) or "—"
    return values_text(values)


def long_date(iso: str) -> str:
    """'1970-01-02' as '2 January 1970': no one reads the day and month the wrong way."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def section_answers_html(section: Item, answers: Answers) -> str:
    """One section's answers as given, for the patient to check before sending."""
    rows = list(_rows((section,), answers, {}, 0))
    return STYLE + "<table width='100%'>" + "".join(rows) + "</table>" if rows else ""


def local_minutes(iso_utc: str) -> str:
    """A stored UTC timestamp as local 'YYYY-MM-DD HH:MM'."""
    return dt.datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")


def option_display(questionnaire: Questionnaire, role: Role, code: str | None) -> str:
    """The words the patient chose for a stored code (the code itself if unknown)."""
    item = questionnaire.item_with_role(role)
    option = item.option(code) if item and code else None
    return option.display if option else (code or "—")


def flags_of(detail: RecordDetail, questionnaire: Questionnaire) -> list[str]:
    """The clinician's flags in words; screening names each question answered yes."""
    flags = []
    if detail.intake.get("clinical_review_needed"):
        flags.append("Problem reported after treatment: a clinician should call the patient")
    if detail.intake["imaging_needed"]:
        flags.append("Imaging needed: no X-ray, MRI, CT or ultrasound reported")
    yes = [
        item.text
        for item in questionnaire.items_with_role("screening")
        if any(v.value is True for v in detail.answers.get(item.link_id, ()))
    ]
    if yes:
        flags.append("Screening review: " + "; ".join(yes))
    if detail.patient.get("is_demo"):
        flags.append("DEMO record (synthetic data)")
    return flags


def _rows(
    items: tuple[Item, ...], answers: Answers, corrected: dict[str, Correction], depth: int
) -> Iterator[str]:
    for item in items:
        if item.type == "group":
            inner = list(_rows(item.items, answers, corrected, depth + 1))
            if inner:
                if depth > 0:
                    yield f"<tr><th colspan='2' class='sub'>{escape(item.text)}</th></tr>"
                yield from inner
            continue
        if item.type == "display" or item.link_id not in answers:
            continue
        text = escape(answer_text(item, answers[item.link_id]))
        correction = corrected.get(item.link_id)
        if correction is not None:
            text += (
                f"<br><span class='corrected'>Corrected by {escape(correction.corrected_by)}"
                f" ({escape(correction.corrected_at[:10])}): patient answered "
                f"“{escape(values_text(correction.old_values))}”. "
                f"Reason: {escape(correction.reason)}</span>"
            )
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


def answers_html(questionnaire: Questionnaire, detail: RecordDetail) -> str:
    """Every answer grouped as in the questionnaire, corrections shown as such."""
    latest = {c.link_id: c for c in detail.corrections}  # later ones win
    parts = [STYLE]
    for section in questionnaire.items:
        rows = list(_rows((section,), detail.answers, latest, 0))
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
) -> str:
    """The one-page intake summary: who, the knee, imaging, flags, goals, and the
    consent with its signature (each drawn one an image named in signature_images())."""
    p, i = detail.patient, detail.intake
    name = f"{p['first_name']} {p['last_name']}"
    heading = f"{clinic} · Intake summary" if clinic.strip() else "Intake summary"
    header = [
        STYLE,
        f"<p class='muted'>{escape(heading)} — for the consultation</p>",
        f"<h1>{escape(name)}</h1>",
        "<p>",
        f"Born {escape(p['birth_date'])} (age {age_on(p['birth_date'], today) or '—'})",
        f" · Phone {escape(p.get('phone_display') or p.get('phone') or '—')}",
        f" · Email {escape(p.get('email') or '—')}",
        f"<br>Submitted {escape(local_minutes(i['submitted_at']))}",
        f" · Status {escape(status_label)}</p>",
    ]
    flags = flags_of(detail, questionnaire)
    header.append("<h2>Flags</h2>")
    header.append(
        "".join(f"<p class='flag'>⚑ {escape(f)}</p>" for f in flags)
        if flags
        else "<p>No flags.</p>"
    )
    header.extend(_outcomes_html(detail))
    latest = {c.link_id: c for c in detail.corrections}
    body = []
    for section in questionnaire.items:
        if section.link_id == IDENTITY_SECTION:
            continue
        rows = list(_rows((section,), _without_plain_noes(section, detail.answers), latest, 0))
        if rows:
            body.append(f"<h2>{escape(section.text)}</h2><table width='100%'>")
            body.extend(rows)
            body.append("</table>")
    return "".join(header + body + _consent_html(detail, wordings or {}))


SIGNATURE_IMAGE = "signature-{0}.png"  # the summary's <img> of the n-th consent
SIGNATURE_SIZE = (800, 200)  # pixels of the image; the pad's 0-1 strokes scaled to it
GIVEN = {"by-phone": "by phone", "on-paper": "on paper", "in-person": "in person"}


def signature_images(detail: RecordDetail) -> dict[str, tuple[Stroke, ...]]:
    """The drawn signatures the summary shows, by image name, for the UI to draw."""
    images = {}
    for n, consent in enumerate(detail.consents):
        if consent.values.get("how") == "drawn":
            strokes = strokes_from_json(str(consent.values.get("signature") or ""))
            if strokes:
                images[SIGNATURE_IMAGE.format(n)] = strokes
    return images


def _consent_html(detail: RecordDetail, wordings: Mapping[str, ConsentText]) -> list[str]:
    parts = ["<h2>Consent</h2>"]
    if not detail.consents:
        return [*parts, "<p class='flag'>⚑ No consent on record for this intake.</p>"]
    drawn = signature_images(detail)
    for n, consent in enumerate(detail.consents):
        c = consent.values
        version, when = str(c["consent_version"]), local_minutes(str(c["at"]))
        how = str(c["how"])
        if how == "drawn":
            said = f"Signed by the patient on {escape(when)} (consent version {escape(version)}):"
        elif how == "typed":
            typed = _typed_name(str(c.get("signature") or ""))
            said = (f"Signed by the patient on {escape(when)}, by typing their name: "
                    f"“{escape(typed)}” (consent version {escape(version)}).")  # fmt: skip
        else:
            said = (f"Given {escape(GIVEN.get(how, how))}, recorded by "
                    f"{escape(str(c.get('recorded_by') or '—'))} on {escape(when)} "
                    f"(consent version {escape(version)}).")  # fmt: skip
        wording = wordings.get(version)
        # The wording's title; its full text is kept by version in the app's resources
        # (resources/consent), and all of it would push the summary onto a second page.
        said += (f" <i>“{escape(wording.title)}”</i>" if wording is not None
                 else " (a wording this copy of Knee Intake does not have)")  # fmt: skip
        parts.append(f"<p>{said}</p>")
        if c.get("article_version"):
            parts.append(f"<p>{escape(read_beside(c))}</p>")
        image = SIGNATURE_IMAGE.format(n)
        if image in drawn:
            width, height = (side * 7 // 20 for side in SIGNATURE_SIZE)
            parts.append(f"<p><img src='{image}' width='{width}' height='{height}'></p>")
    return parts


def read_beside(consent: Mapping[str, object]) -> str:
    """What the patient had beside the form as they signed (issue 25)."""
    said = f"Beside the form: the article, version {consent['article_version']}"
    if not consent.get("results_version"):
        return f"{said}, with no results of the clinic's."
    computed = consent.get("results_computed_on")
    when = f", worked out on {long_date(str(computed))}" if computed else ""
    return f"{said}, and the clinic's results version {consent['results_version']}{when}."


def _typed_name(signature: str) -> str:
    try:
        raw = json.loads(signature)
    except ValueError:
        return "—"
    return str(raw.get("typed_name", "—")) if isinstance(raw, dict) else "—"


def _outcomes_html(detail: RecordDetail) -> list[str]:
    """The knee score at the intake and at each follow-up, for the summary."""
    score = detail.intake.get("koos_jr_score")
    parts = [
        "<h2>Knee score (KOOS JR, 100 = no knee problems)</h2>",
        f"<p>At intake: {score:.1f}</p>" if score is not None
        else "<p>At intake: incomplete (not all seven questions answered)</p>",
    ]  # fmt: skip
    if detail.follow_up_responses:
        parts.append("<table><tr><th align='left'>Follow-up</th><th align='left'>KOOS JR</th>"
                     "<th align='left'>Pain now</th></tr>")  # fmt: skip
        for r in detail.follow_up_responses:
            koos = "incomplete" if r["koos_jr_score"] is None else f"{r['koos_jr_score']:.1f}"
            pain = "—" if r["pain_now"] is None else str(r["pain_now"])
            parts.append(f"<tr><td>{escape(long_date(r['answered_at'][:10]))}</td><td>{koos}</td>"
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
