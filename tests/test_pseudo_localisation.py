"""Pseudo-localisation (issue 14): the kiosk and the PC form with every string 40 %
longer; nothing is cut off or overlaps at 1280×800, 800×1280 and 1920×1080."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clinic.educational_content import plain_article
from app.clinic.resource_paths import resources_dir
from app.intake.consent import load_consent
from tests.kiosk_tablet import ARTICLE, Tablet
from tests.pseudo_language import (
    CODE,
    compile_catalogue,
    cut_or_overlapping,
    pseudo,
    pseudo_languages,
)
from ui.translations import PATIENT_CATALOGUE, install_translations, remove_translations

SIZES = [(1280, 800), (800, 1280), (1920, 1080)]
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


@pytest.fixture
def pseudo_catalogue(tmp_path: Path, styled_qapp) -> Iterator[None]:
    compile_catalogue(TRANSLATIONS / f"{PATIENT_CATALOGUE}.ts", tmp_path, PATIENT_CATALOGUE)
    translators = install_translations(CODE, folder=tmp_path, catalogue=PATIENT_CATALOGUE)
    assert translators, "the pseudo catalogue did not load"
    yield
    remove_translations(translators)


def test_pseudo_text_is_40_percent_longer_and_keeps_placeholders() -> None:
    assert pseudo("Step {0} of {1}: {2}").count("{") == 3
    assert len(pseudo("Please check your answers")) >= 1.4 * len("Please check your answers")


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_kiosk_page_fits_with_longer_words(
    width: int, height: int, pseudo_catalogue, qtbot, knee_questionnaire, tmp_path: Path
) -> None:
    tablet = Tablet(qtbot, knee_questionnaire, tmp_path)
    try:
        consent = load_consent(resources_dir() / "consent", "en")
        languages = pseudo_languages(knee_questionnaire, consent)
        kiosk = tablet.kiosk(languages={
            "languages": languages.names, "patient_languages": languages,
            "article": lambda _language: plain_article(pseudo(ARTICLE)),
        })  # fmt: skip
        kiosk.resize(width, height)
        found = []

        def look(page: str) -> None:
            qtbot.wait(20)  # laid out at this size
            found.extend(f"{page}: {problem}" for problem in cut_or_overlapping(kiosk))

        look("welcome")
        kiosk.use_language(CODE)
        kiosk._show(kiosk.welcome)
        look("welcome, in the longer language")
        kiosk._start(CODE)
        look("article")
        for index in range(kiosk.form.section_count):
            kiosk.go_to_section(index)
            look(f"section {index + 1}")
        kiosk._show_review()
        look("review")
        kiosk._show(kiosk.consent)
        look("consent")
        kiosk._show(kiosk.thank_you)
        look("thank you")
        kiosk._ask_if_still_there()
        look("still there")
        assert found == [], "\n".join(found)
    finally:
        tablet.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_pc_form_fits_with_longer_words(
    width: int, height: int, pseudo_catalogue, qtbot, knee_questionnaire, tmp_path: Path
) -> None:
    from app.intake.form_check import FormChecker
    from app.intake.submit import IntakeService
    from ui.content_view import ContentView
    from ui.form.questionnaire_form import QuestionnaireForm
    from ui.pc_form.intake_panel import IntakePanel
    from ui.pc_form.main_window import MainWindow
    from ui.pc_form.notice_banner import NoticeBanner

    consent = load_consent(resources_dir() / "consent", "en")
    languages = pseudo_languages(knee_questionnaire, consent)
    words = languages.words(CODE)
    service = IntakeService(knee_questionnaire, tmp_path / "k.db", FormChecker(knee_questionnaire))
    form = QuestionnaireForm(words.questionnaire, FormChecker(words.questionnaire))
    panel = IntakePanel(service, form, NoticeBanner(), words.consent, languages=languages)
    window = MainWindow(ContentView(pseudo(ARTICLE)), panel, confirm_discard=lambda _w: True)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    found = cut_or_overlapping(window)
    panel.submit()  # incomplete: every question's message shows, at its longest
    qtbot.wait(20)
    found.extend(cut_or_overlapping(window))
    assert found == []
    window.close()
    service.close()
