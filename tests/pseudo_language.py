"""Pseudo-localisation: every string a patient sees, 40 % longer and with accents, to
find what a longer language (Spanish runs about a quarter longer than English, German a
third) would cut off or push over something else."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from app.intake.consent import ConsentText
from app.intake.patient_languages import PatientLanguages
from app.intake.questionnaire import Questionnaire
from app.intake.questionnaire_translation import parse_translation

CODE = "qps"  # a language code no real language uses
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")
_PLACEHOLDER = re.compile(r"(\{[^}]*\})")


def pseudo(text: str, stretch: float = 1.4) -> str:
    """Each word accented and 40 % longer (placeholders, numbers and punctuation kept),
    so longer words and longer lines are both tried."""

    def longer(word: str) -> str:
        if not word or _PLACEHOLDER.fullmatch(word) or not any(c.isalpha() for c in word):
            return word
        letters = word.translate(_ACCENTS)
        extra = math.ceil(len(word) * stretch) - len(word)
        return letters + ("ẍ" * extra)

    return "".join(
        part if _PLACEHOLDER.fullmatch(part) else " ".join(longer(w) for w in part.split(" "))
        for part in _PLACEHOLDER.split(text)
    )


def compile_catalogue(source_ts: Path, folder: Path, catalogue: str) -> None:
    """The catalogue with every translation pseudo, compiled to ``catalogue``_qps.qm."""
    tree = ET.parse(source_ts)
    tree.getroot().set("language", CODE)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    ts = folder / f"{catalogue}_{CODE}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts),
         "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )  # fmt: skip


def pseudo_languages(questionnaire: Questionnaire, consent: ConsentText) -> PatientLanguages:
    items = {}
    for item in questionnaire.walk():
        words: dict[str, object] = {"text": pseudo(item.text)}
        if item.entry_format:
            words["entryFormat"] = pseudo(item.entry_format)
        if item.options:
            words["options"] = {o.code: pseudo(o.display) for o in item.options}
        items[item.link_id] = words
    translation = parse_translation(json.loads(json.dumps({
        "language": CODE, "questionnaire": questionnaire.url, "version": questionnaire.version,
        "title": pseudo(questionnaire.title), "items": items,
    })))  # fmt: skip
    long_consent = ConsentText(
        consent.version, pseudo(consent.title), tuple(pseudo(p) for p in consent.paragraphs),
        CODE,
    )  # fmt: skip
    return PatientLanguages(
        questionnaire, {CODE: translation}, {"en": consent, CODE: long_consent},
        {"en": "English", CODE: pseudo("Pseudo")},
    )  # fmt: skip


def cut_or_overlapping(window: QWidget) -> list[str]:
    """What does not fit on screen: a button whose words are wider than it, a label
    that shows less than its words need, buttons on top of each other, a button
    outside the window that nothing can scroll to."""
    found: list[str] = []
    area = QRect(0, 0, window.width(), window.height())
    placed: list[tuple[str, QRect]] = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        name = button.objectName() or button.text()[:20]
        lines = button.text().splitlines()
        needed = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
        if needed > button.contentsRect().width():
            found.append(f"button {name}: {needed} px of words in {button.width()} px")
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        shown = _visible_part(button, window, rect)
        if not area.contains(rect) and shown == rect:
            found.append(f"button {name}: outside the window at {rect.getRect()}")
        if not shown.isEmpty():
            placed.append((name, shown))
    for n, (name, rect) in enumerate(placed):
        for other, other_rect in placed[n + 1 :]:
            if rect.intersects(other_rect) and rect.intersected(other_rect).width() > 2:
                found.append(f"buttons {name} and {other} overlap")
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.pixmap().isNull() is False:
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 2:
                found.append(f"label {label.text()[:30]!r}: wrapped lines cut off")
        elif label.sizeHint().width() > label.width() + 2:
            found.append(f"label {label.text()[:30]!r}: {label.sizeHint().width()} px in "
                         f"{label.width()} px")  # fmt: skip
    return found


def _visible_part(widget: QWidget, window: QWidget, rect: QRect) -> QRect:
    """What of ``rect`` the scrolling areas it is in let through (all of it elsewhere)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            rect = rect.intersected(
                QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
            )
        parent = parent.parentWidget()
    return rect
