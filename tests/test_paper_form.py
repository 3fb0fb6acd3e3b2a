"""A blank paper form for a patient without a tablet (issue 28): every question of the
clinic's questionnaire numbered, a box for each choice, the scales with their ends'
words, the conditions in plain words, the consent with a place to sign; in the
patient's language; saved as a PDF from the New intake dialog and read back."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.intake.consent import load_consent
from app.records.paper_form import BOX, blank_form_html
from tests.workspace_desk import Desk
from ui.form.paper_form_words import paper_words


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def test_every_question_is_on_paper_numbered_with_its_boxes(knee_questionnaire) -> None:
    consent = load_consent(resources_dir() / "consent", "en")
    html = blank_form_html(knee_questionnaire, consent, paper_words("en"), "Riverside Knee")
    questions = [item for item in knee_questionnaire.walk() if item.is_question]
    numbers = [int(n) for n in re.findall(r"<p class='q'>(\d+)\. ", html)]
    assert numbers == list(range(1, len(questions) + 1))
    assert "Riverside Knee" in html and consent.paragraphs[0].replace("'", "&#x27;") in html
    knee = knee_questionnaire.item("knee")
    assert all(f"{BOX} {option.display}" in html for option in knee.options)
    # A 0-10 scale: eleven boxes and its ends' words; a condition in plain words.
    assert f"{BOX} 0&nbsp;&nbsp; {BOX} 1" in html and f"{BOX} 10</p>" in html
    assert "0 = no pain" in html
    assert "Only if you answered “After an injury” to question" in html
    assert f"{BOX} I have read this and I agree" in html and "Signature:" in html
    assert "<script" not in html.lower()


def test_the_spanish_form_is_in_spanish(knee_questionnaire) -> None:
    from app.intake.patient_languages import PatientLanguages
    from ui.language_choice import content_languages

    languages = PatientLanguages.bundled(
        knee_questionnaire, questionnaire_path(), resources_dir() / "consent",
        content_languages(resources_dir() / "content"),
    )  # fmt: skip
    words = languages.words("es")
    html = blank_form_html(words.questionnaire, words.consent, paper_words("es"))
    assert "Su rodilla: preguntas antes de la consulta" in html
    assert "Responda con bolígrafo" in html
    assert words.questionnaire.item("knee").text in html
    assert "Marque todas las que correspondan." in html and "Firma:" in html
    assert "Tick all that apply" not in html


def test_staff_save_a_blank_form_as_pdf_from_the_new_intake_dialog(
    desk: Desk, qtbot, tmp_path: Path
) -> None:
    from ui.workspace.new_intake_dialog import NewIntakeDialog
    from ui.workspace.paper_form_button import PaperFormButton

    target = tmp_path / "paper-form.pdf"
    window = desk.open(choose_blank_pdf_path=lambda _parent, _name: target)
    window.new_intake()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewIntakeDialog))
    dialog = QApplication.activeModalWidget()
    button = dialog.findChild(PaperFormButton, "blank-paper-form")
    assert button is not None and button.isVisible()
    action = next(a for a in button.menu().actions() if a.objectName() == "save-blank-es")
    assert action.text() == "Save as PDF, in Español…"
    action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.findChild(object, "blank-form-note").text() == "Saved: paper-form.pdf"
    assert desk.rows("SELECT count(*) FROM intake") == [(0,)]  # nothing stored by it
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed; .ci/run installs it")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    text = " ".join(text.split())  # lines as the page wrapped them
    assert "Su rodilla: preguntas antes de la consulta" in text
    assert "Riverside Knee Clinic" in text
    assert "Firma" in text
