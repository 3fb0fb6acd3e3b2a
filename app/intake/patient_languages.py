"""The languages a patient can choose, and what each one shows: the questionnaire in its
words and the consent in its version. (The article comes from the content folder; the
buttons and messages from the screen catalogue, ui/translations.py.)

A language is offered when it has an article; its questionnaire and consent come from
their files (a missing translation falls back to the questionnaire's own language, which
the bundled languages' tests rule out). Built once per program, each language's
questionnaire on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.intake.consent import ConsentText, load_consent
from app.intake.questionnaire import Questionnaire
from app.intake.questionnaire_translation import (
    Translation,
    load_translation,
    translated,
    translation_path,
)


@dataclass(frozen=True)
class PatientWords:
    language: str
    questionnaire: Questionnaire
    consent: ConsentText


class PatientLanguages:
    def __init__(
        self,
        questionnaire: Questionnaire,
        translations: Mapping[str, Translation],
        consents: Mapping[str, ConsentText],
        names: Mapping[str, str],
    ) -> None:
        self.source = questionnaire
        self._translations = dict(translations)
        self._consents = dict(consents)
        self.names = dict(names)  # language code → its name in itself ("Español")
        self._words: dict[str, PatientWords] = {}

    @classmethod
    def bundled(
        cls,
        questionnaire: Questionnaire,
        questionnaire_file: Path,
        consent_dir: Path,
        names: Mapping[str, str],
    ) -> PatientLanguages:
        translations = {}
        for language in names:
            path = translation_path(questionnaire_file, language)
            if language != questionnaire.language and path.exists():
                translations[language] = load_translation(path)
        consents = {language: load_consent(consent_dir, language) for language in names}
        return cls(questionnaire, translations, consents, names)

    def words(self, language: str) -> PatientWords:
        if language not in self._words:
            translation = self._translations.get(language)
            questionnaire = translated(self.source, translation) if translation else self.source
            consent = self._consents.get(language) or self._consents[self.source.language]
            self._words[language] = PatientWords(language, questionnaire, consent)
        return self._words[language]

    def translation(self, language: str) -> Translation | None:
        return self._translations.get(language)
