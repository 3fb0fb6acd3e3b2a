"""A questionnaire in another language: a file beside it, keyed by linkId and code.

``knee-intake.json`` is the one source of truth for the questionnaire's structure:
linkIds, types, answer codes, LOINC codes, scores and conditions. ``knee-intake.es.json``
holds only words: for each linkId its text (and a placeholder's), for each answer code
its label. A clinic adds a language by adding such a file (with the article, the
consent and the screen catalogue beside theirs); no code changes.

Answers are stored as codes, so an intake filled in Spanish is the same rows as one
filled in English, and reception reads it in its own language; free text is kept as
typed. A translation that misses a text, or names a linkId or code the questionnaire
does not have, is refused when loaded (:func:`problems`), as a test checks for every
bundled file.

``measures`` says, per validated measure in the questionnaire (KOOS JR), whether this
wording is a validated translation; scores from a wording that is not are marked as
such (app/outcomes).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.intake.questionnaire import AnswerOption, Item, Questionnaire, QuestionnaireError


@dataclass(frozen=True)
class ItemWords:
    text: str
    entry_format: str | None = None
    options: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Translation:
    language: str
    questionnaire: str  # the url of the questionnaire it translates
    version: str
    title: str
    items: Mapping[str, ItemWords]
    validated_measures: frozenset[str]  # measures whose wording here is a validated one
    unvalidated_measures: frozenset[str]


def translation_path(questionnaire_file: Path, language: str) -> Path:
    """``knee-intake.json`` → ``knee-intake.es.json``."""
    return questionnaire_file.with_name(f"{questionnaire_file.stem}.{language}.json")


def languages_of(questionnaire_file: Path, source_language: str = "en") -> list[str]:
    """The questionnaire's own language and every language it has a file for."""
    found = sorted(
        p.name.removeprefix(questionnaire_file.stem + ".").removesuffix(".json")
        for p in questionnaire_file.parent.glob(f"{questionnaire_file.stem}.*.json")
    )
    return [source_language, *(lang for lang in found if lang != source_language)]


def load_translation(path: Path) -> Translation:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise QuestionnaireError(f"{path.name}: not a readable translation") from exc
    return parse_translation(data, path.name)


def parse_translation(data: Any, name: str = "translation") -> Translation:
    try:
        items = {
            str(link_id): ItemWords(
                text=str(words["text"]),
                entry_format=words.get("entryFormat"),
                options={str(code): str(label) for code, label in words.get("options", {}).items()},
            )
            for link_id, words in data["items"].items()
        }
        measures: dict[str, Any] = data.get("measures", {})
        return Translation(
            language=str(data["language"]),
            questionnaire=str(data["questionnaire"]),
            version=str(data["version"]),
            title=str(data.get("title", "")),
            items=items,
            validated_measures=frozenset(m for m, v in measures.items() if v.get("validated")),
            unvalidated_measures=frozenset(
                m for m, v in measures.items() if not v.get("validated")
            ),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise QuestionnaireError(f"{name}: not a readable translation") from exc


def problems(questionnaire: Questionnaire, translation: Translation) -> list[str]:
    """What the translation lacks or has too much of; empty when it fits exactly."""
    found: list[str] = []
    if translation.questionnaire != questionnaire.url:
        found.append(f"translates {translation.questionnaire}, not {questionnaire.url}")
    known = {item.link_id: item for item in questionnaire.walk()}
    for link_id in translation.items.keys() - known.keys():
        found.append(f"{link_id}: no such item")
    for link_id, item in known.items():
        words = translation.items.get(link_id)
        if item.text and (words is None or not words.text.strip()):
            found.append(f"{link_id}: no text")
            continue
        if words is None:
            continue
        if item.entry_format and not (words.entry_format or "").strip():
            found.append(f"{link_id}: no placeholder text")
        codes = {option.code for option in item.options}
        for code in codes - words.options.keys():
            found.append(f"{link_id}: no label for {code}")
        for code in words.options.keys() - codes:
            found.append(f"{link_id}: no such answer {code}")
        for code, label in words.options.items():
            if code in codes and not label.strip():
                found.append(f"{link_id}: empty label for {code}")
    return found


def translated(questionnaire: Questionnaire, translation: Translation) -> Questionnaire:
    """The same questionnaire (linkIds, codes, scores, conditions) in the translation's
    words. Raises QuestionnaireError when the translation does not fit it."""
    found = problems(questionnaire, translation)
    if found:
        raise QuestionnaireError(f"{translation.language} translation: " + "; ".join(found[:5]))

    def words_for(item: Item) -> Item:
        words = translation.items.get(item.link_id)
        if words is None:
            return dataclasses.replace(item, items=tuple(words_for(i) for i in item.items))
        return dataclasses.replace(
            item,
            text=words.text,
            entry_format=words.entry_format if item.entry_format else None,
            options=tuple(
                AnswerOption(o.code, words.options[o.code], o.system, o.ordinal)
                for o in item.options
            ),
            items=tuple(words_for(i) for i in item.items),
        )

    items = tuple(words_for(item) for item in questionnaire.items)
    by_link_id = {}
    stack = list(items)
    while stack:
        item = stack.pop()
        by_link_id[item.link_id] = item
        stack.extend(item.items)
    return dataclasses.replace(
        questionnaire,
        title=translation.title or questionnaire.title,
        language=translation.language,
        items=items,
        _by_link_id=by_link_id,
    )


def in_language(
    questionnaire: Questionnaire, questionnaire_file: Path, language: str
) -> Questionnaire:
    """``questionnaire`` in ``language`` when it has a file for it, else as it is."""
    if language == questionnaire.language:
        return questionnaire
    path = translation_path(questionnaire_file, language)
    if not path.exists():
        return questionnaire
    return translated(questionnaire, load_translation(path))
