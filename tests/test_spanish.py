"""Spanish for everything a patient sees, in the language the patient picks (issue 14).

Every patient-facing text has Spanish; a patient who picks Español gets it everywhere
at once, answers kept; the intake stored is the same as in English (codes, flags,
summary), with the language and the consent's version and language; reception reads it
in English; the next patient starts in the PC's language."""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.intake.consent import load_consent
from app.intake.questionnaire import load_questionnaire
from app.intake.questionnaire_translation import (
    languages_of,
    load_translation,
    problems,
    translation_path,
)
from tests.intake_factory import complete_raw_answers
from tests.kiosk_tablet import Tablet
from ui.kiosk.kiosk_window import KioskWindow
from ui.translations import patient_language

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("name", ["knee-intake", "knee-follow-up", "knee-treatment"])
def test_every_question_and_answer_has_spanish_and_nothing_more(name: str) -> None:
    questionnaire = load_questionnaire(questionnaire_path(name))
    translation = load_translation(translation_path(questionnaire_path(name), "es"))
    assert problems(questionnaire, translation) == []
    assert translation.version == questionnaire.version
    assert "es" in languages_of(questionnaire_path(name))
    # The words are Spanish, not English copied over (names of things aside).
    same = [
        link_id for link_id, words in translation.items.items()
        if words.text == questionnaire.item(link_id).text
    ]  # fmt: skip
    assert same == []


def test_a_translation_that_misses_or_invents_a_code_is_refused() -> None:
    questionnaire = load_questionnaire(questionnaire_path())
    data = json.loads(translation_path(questionnaire_path(), "es").read_text(encoding="utf-8"))
    del data["items"]["knee"]["options"]["left"]
    data["items"]["knee"]["options"]["middle"] = "En medio"
    data["items"]["no-such-item"] = {"text": "¿?"}
    from app.intake.questionnaire_translation import parse_translation

    found = problems(questionnaire, parse_translation(data))
    assert "knee: no label for left" in found and "knee: no such answer middle" in found
    assert "no-such-item: no such item" in found


def test_the_consent_and_the_article_have_spanish_of_their_own() -> None:
    english = load_consent(resources_dir() / "consent", "en")
    spanish = load_consent(resources_dir() / "consent", "es")
    assert spanish.language == "es" and spanish.version != english.version
    assert len(spanish.paragraphs) == len(english.paragraphs)
    assert "usted" in " ".join(spanish.paragraphs)
    article = resources_dir() / "content" / "es" / "10-stem-cell-therapy-for-knees.md"
    text = article.read_text(encoding="utf-8")
    # The conditions and the procedure the form asks about, in the same words.
    for term in ("artrosis", "tendón", "ligamento", "fractura", "radiografía", "resonancia"):
        assert term in text
    assert (resources_dir() / "content" / "es" / "language-name.txt").read_text().strip() == (
        "Español"
    )


@pytest.mark.parametrize(
    ("catalogue", "patient_only"), [("knee_intake_patient", True), ("knee_intake", False)]
)
def test_the_spanish_screen_catalogue_is_complete_and_current(
    tmp_path: Path, catalogue: str, patient_only: bool
) -> None:
    """The patient's screens (knee_intake_patient_es) and the staff's, for a PC set to
    Spanish (knee_intake_es): every string translated, compiled, placeholders kept."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fresh = tmp_path / f"{catalogue}.ts"
    script.lupdate(fresh, patient_only=patient_only)
    committed = TRANSLATIONS / f"{catalogue}.ts"
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
    sources = {m.findtext("source") for m in ET.parse(committed).iter("message")}
    spanish = ET.parse(TRANSLATIONS / f"{catalogue}_es.ts")
    translated = {}
    for message in spanish.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, message.findtext("source")  # unfinished
        assert (translation.text or "").strip(), message.findtext("source")
        translated[message.findtext("source")] = translation.text
    assert set(translated) == sources
    assert (TRANSLATIONS / f"{catalogue}_es.qm").stat().st_mtime >= (
        TRANSLATIONS / f"{catalogue}_es.ts"
    ).stat().st_mtime - 2
    # The placeholders survive translation, with their formats ({0:.1f}), and so do a
    # suffix's leading space (" days") and a line break.
    placeholder = re.compile(r"\{[^{}]*\}")
    for source, text in translated.items():
        assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(text)), source
        assert source.startswith(" ") == text.startswith(" "), source
        assert source.count("\n") == text.count("\n"), source


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def fill_and_send(tablet: Tablet, kiosk: KioskWindow, language: str, questionnaire) -> None:
    tablet.tap(kiosk, f"start-{language}")
    tablet.tap(kiosk, "article-next")
    tablet.type_into(kiosk.form, "first-name", "Lucia")
    tablet.type_into(kiosk.form, "last-name", "Fernandez")
    raw = complete_raw_answers(questionnaire)
    raw.pop("first-name")
    raw.pop("last-name")
    kiosk.form.set_raw_answers(raw)
    for _ in range(kiosk.form.section_count):
        tablet.tap(kiosk, "questions-next")
    assert kiosk.pages.currentWidget() is kiosk.review
    review = " ".join(label.text() for label in kiosk.review.findChildren(QLabel))
    # The answers to check, yes/no and dates too, in the patient's words.
    yes, no, month = {"en": ("Yes", "No", "January"), "es": ("Sí", "No", "enero")}[language]
    assert f">{yes}<" in review or f">{no}<" in review
    assert f"2 {month} 1970" in review
    if language == "es":
        assert ">Yes<" not in review and "January" not in review
    tablet.tap(kiosk, "review-next")
    tablet.qtbot.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    tablet.sign(kiosk)
    tablet.tap(kiosk, "consent-send")
    assert kiosk.pages.currentWidget() is kiosk.thank_you


STORED = {
    "answers": "SELECT link_id, position, value_kind, value, display FROM answer ORDER BY 1, 2",
    "summary": "SELECT knee, pain_now, imaging_needed, screening_review, koos_jr_raw,"
    " koos_jr_score, questionnaire_url, questionnaire_version, source FROM intake",
    "patient": "SELECT first_name, last_name, birth_date, phone, contact_preference FROM patient",
}


def test_the_whole_kiosk_in_spanish_stores_the_same_intake_as_in_english(
    qtbot, styled_qapp, knee_questionnaire, tmp_path: Path
) -> None:
    stored = {}
    for language in ("en", "es"):
        tablet = Tablet(qtbot, knee_questionnaire, tmp_path / language)
        try:
            kiosk = tablet.kiosk(bilingual=True, thank_you_ms=60_000)
            if language == "es":
                # What the patient sees: every page in Spanish, from the first tap.
                tablet.tap(kiosk, "start-es")
                assert patient_language() == "es"
                assert "Terapia con células madre" in kiosk.article_view.toPlainText()
                assert kiosk.article.findChild(QPushButton, "article-next").text() == (
                    "Ir a las preguntas"
                )
                tablet.tap(kiosk, "article-next")
                assert kiosk.questions.step.text() == "Paso 1 de 8: Sobre usted"
                tablet.tap(kiosk, "questions-next")  # nothing answered: said in Spanish
                assert kiosk.questions.issue.text() == (
                    "Revise las preguntas marcadas en rojo, por favor."
                )
                assert kiosk.form.issue_text("first-name") == "Responda a esta pregunta, por favor."
                kiosk.go_to_section(1)
                words = {b.text().strip("✓ ○●") for b in kiosk.form.findChildren(QPushButton)}
                assert {"La izquierda", "La derecha", "Las dos"} <= {w.strip() for w in words}
                kiosk.reset()
                assert patient_language() == "en"
                assert kiosk.welcome.findChild(QLabel, "choose-language").text() == (
                    "Touch your language to start  ·  Toque su idioma para empezar"
                )
            fill_and_send(tablet, kiosk, language, knee_questionnaire)
            if language == "es":
                assert "Gracias" in " ".join(
                    label.text() for label in kiosk.thank_you.findChildren(QLabel)
                )
                review_title = kiosk.review.findChildren(QLabel)
                assert review_title  # the review was built in Spanish too
            stored[language] = {name: tablet.rows(sql) for name, sql in STORED.items()}
            stored[language]["language"] = tablet.rows(
                "SELECT intake.language, consent.consent_version, consent.language"
                " FROM intake JOIN consent ON consent.intake_id = intake.id"
            )
            kiosk.reset()
            assert patient_language() == "en"  # the next patient starts in the PC's
        finally:
            tablet.close()
    english, spanish = stored["en"], stored["es"]
    for name in STORED:
        assert spanish[name] == english[name], name
    es_consent = load_consent(resources_dir() / "consent", "es")
    assert english["language"] == [("en", load_consent(resources_dir() / "consent", "en").version,
                                    "en")]  # fmt: skip
    assert spanish["language"] == [("es", es_consent.version, "es")]
    # Stored as codes, displayed in the questionnaire's own words: reception reads English.
    assert ("knee", 0, "valueCoding", "left", "Left") in spanish["answers"]


def test_switching_language_mid_form_keeps_every_answer(tablet: Tablet) -> None:
    kiosk = tablet.kiosk(bilingual=True)
    tablet.tap(kiosk, "start-en")
    tablet.tap(kiosk, "article-next")
    tablet.type_into(kiosk.form, "first-name", "Ana")
    before = kiosk.form.raw_answers()
    kiosk.use_language("es")
    assert kiosk.form.raw_answers() == before
    assert kiosk.form.section_title(0) == "Sobre usted"
    kiosk.use_language("en")
    assert kiosk.form.raw_answers() == before
    assert kiosk.form.section_title(0) == "About you"


def test_the_pc_form_switches_language_at_once_and_keeps_the_answers(
    built_app, driver, qtbot
) -> None:
    window = built_app.window
    panel = window.intake
    assert panel.language_choice is not None
    driver.type("first-name", "Maria")
    qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
    assert panel.language == "es" and patient_language() == "es"
    assert panel.form.raw_answers()["first-name"] == "Maria"
    assert "Terapia con células madre" in window.content.toPlainText()
    assert panel.form.findChild(QPushButton, "submit").text() == "Enviar mis respuestas"
    # Widgets that stay are told by Qt's LanguageChange event, on the next turn of the loop.
    qtbot.waitUntil(lambda: panel.language_choice.caption.text() == "Idioma:")
    qtbot.mouseClick(panel.language_choice.buttons["en"], Qt.MouseButton.LeftButton)
    assert panel.form.raw_answers()["first-name"] == "Maria"
    assert panel.form.findChild(QPushButton, "submit").text() == "Submit my answers"
    assert "Stem Cell Therapy for Knees" in window.content.toPlainText()


def test_a_follow_up_on_the_kiosk_in_spanish_is_stored_as_in_english_and_marked(
    tablet: Tablet,
) -> None:
    from app.intake.form_check import FormChecker
    from app.outcomes import follow_up_questionnaire
    from app.outcomes.follow_up_desk import LocalFollowUpDesk
    from tests.follow_up_answers import answer_every_section
    from tests.test_kiosk_follow_up import hand_over

    desk = LocalFollowUpDesk(FormChecker(follow_up_questionnaire()), tablet.path)
    try:
        hand_over(tablet)
        kiosk = tablet.kiosk(follow_ups=desk, handover_ms=20, bilingual=True)
        tablet.qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.greeting)
        assert kiosk.greeting.hello.text() == "Hello, Ann"
        tablet.tap(kiosk, "follow-up-language-es")
        assert kiosk.pages.currentWidget() is kiosk.greeting
        assert kiosk.greeting.hello.text() == "Hola, Ann"
        tablet.tap(kiosk, "follow-up-start")
        assert kiosk.follow_up.step.text() == "Paso 1 de 3: Su rodilla en la última semana"
        answer_every_section(tablet.qtbot, kiosk)
        assert kiosk.pages.currentWidget() is kiosk.thank_you
        [row] = tablet.rows(
            "SELECT koos_jr_score, pain_now, global_change, language FROM follow_up_response"
        )
        assert row == (68.284, 2, 3, "es")  # the same score as in English, marked Spanish
        tablet.tap(kiosk, "thank-you-done")
        assert patient_language() == "en"
    finally:
        desk.close()


def test_a_draft_comes_back_in_the_language_the_patient_chose(tablet: Tablet) -> None:
    kiosk = tablet.kiosk(bilingual=True)
    tablet.tap(kiosk, "start-es")
    tablet.tap(kiosk, "article-next")
    tablet.type_into(kiosk.form, "first-name", "Ana")
    tablet.tap(kiosk, "questions-next")  # refused (last name missing); the draft is saved
    kiosk._save_draft(10)
    assert tablet.rows("SELECT language FROM draft") == [("es",)]
    again = tablet.kiosk(tablet.restart(), bilingual=True)  # the app started again
    assert again.language == "es" and patient_language() == "es"
    assert again.form.raw_answers()["first-name"] == "Ana"
    assert again.questions.step.text().startswith("Paso 1 de 8")


def test_a_tablet_sends_the_consents_language_and_the_host_refuses_a_bad_one() -> None:
    from app.intake.consent import SignedConsent
    from app.network.wire import consent_from_wire, consent_to_wire

    signed = SignedConsent("es-2026-11-25", "2026-11-25T09:00:00+00:00", (), "Ana Ruiz", "es")
    sent = consent_to_wire(signed)
    assert sent["language"] == "es" and consent_from_wire(sent) == signed
    older = {k: v for k, v in sent.items() if k != "language"}  # a tablet not yet updated
    assert consent_from_wire(older).language == "en"
    with pytest.raises(ValueError):
        consent_from_wire({**sent, "language": "es'; DROP TABLE intake"})


def test_each_language_is_made_once_and_the_one_left_behind_keeps_nothing(
    tablet: Tablet,
) -> None:
    kiosk = tablet.kiosk(bilingual=True)
    english_form = kiosk.form
    tablet.tap(kiosk, "start-es")
    spanish_form = kiosk.form
    assert spanish_form is not english_form
    tablet.tap(kiosk, "article-next")
    tablet.type_into(kiosk.form, "first-name", "Ana")
    kiosk.use_language("en")  # mid-form: the answers move to the English pages
    assert kiosk.form is english_form and english_form.raw_answers()["first-name"] == "Ana"
    assert not spanish_form.has_answers()  # nothing left on the Spanish pages
    kiosk.reset()
    assert not english_form.has_answers()
    widgets = len(kiosk.findChildren(QPushButton))
    tablet.tap(kiosk, "start-es")  # the next Spanish patient: the same pages, at once
    assert kiosk.form is spanish_form and len(kiosk.findChildren(QPushButton)) == widgets


def test_an_intake_sent_from_the_pc_form_in_spanish_keeps_its_language(
    built_app, qtbot, data_dir: Path
) -> None:
    from app.clinic.data_folder import database_path
    from tests.form_driver import FormDriver
    from tests.sqlite_file import open_file

    panel = built_app.window.intake
    qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
    driver = FormDriver(panel.form, qtbot)  # the form in Spanish
    driver.fill_valid_intake()
    driver.press_submit()
    dialog = driver.consent_dialog()
    assert dialog is not None
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Antes de enviar sus respuestas" in dialog.windowTitle() + shown
    assert dialog.findChild(QPushButton, "dialog-ok").text() == "Firmar y enviar"
    dialog.reject()
    driver.submit(typed_name="Maria Lopez")
    assert "Gracias" in panel.banner.text.text()  # said to her in Spanish
    assert panel.language == "en" and patient_language() == "en"  # the next person: English
    conn = open_file(database_path(data_dir))
    try:
        stored = conn.execute(
            "SELECT intake.language, consent.language, consent.consent_version"
            " FROM intake JOIN consent ON consent.intake_id = intake.id"
        ).fetchall()
    finally:
        conn.close()
    assert stored == [("es", "es", load_consent(resources_dir() / "consent", "es").version)]
