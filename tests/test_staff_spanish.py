"""Staff screens on a PC set to Spanish (knee_intake_es, knee-treatment.es.json): the
treatment record, its follow-up dates and the clinic's settings read and take
Spanish, and what is stored is the same codes and English words as on an English PC."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from tests.workspace_desk import Desk
from ui.follow_ups.follow_up_settings_dialog import FollowUpSettingsDialog
from ui.translations import install_pc_translations, pc_language
from ui.workspace.record_dialogs import TreatmentDialog
from ui.workspace.settings_dialog import SettingsDialog


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    install_pc_translations("es_ES")
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    try:
        yield made
    finally:
        made.close()
        install_pc_translations("en")
    assert pc_language() == "en"


def test_a_treatment_recorded_in_spanish_is_stored_as_in_english(desk: Desk, qtbot) -> None:
    saved = desk.factory.submit("Ana", "López", knee=("left",), pain_now="7")
    window = desk.open()
    view = window.open_record(saved.intake_id)
    desk.click(view, "add-treatment")
    dialog = view.findChild(TreatmentDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Registrar un tratamiento"
    prp = dialog.findChild(QPushButton, "product:prp")
    assert prp.text() == "Plasma rico en plaquetas (PRP)"
    assert [t.text() for t, _, _ in dialog._follow_ups][:2] == [
        "6 semanas tras el tratamiento 1", "3 meses tras el tratamiento 1"
    ]  # fmt: skip
    qtbot.keyClicks(dialog.clinician, "Dra. Ruiz")
    for name in ("product:prp", "image-guidance:ultrasound", "injection-site:intra-articular"):
        qtbot.mouseClick(dialog.findChild(QWidget, name), Qt.MouseButton.LeftButton)
    volume = dialog.details.rows["injected-volume"].input
    qtbot.keyClicks(volume, "lots")
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible()  # a message in Spanish beside the field, nothing stored
    assert dialog.details.issue_text("injected-volume").startswith("Escriba un número")
    assert desk.rows("SELECT count(*) FROM treatment") == [(0,)]
    volume.clear()
    qtbot.keyClicks(volume, "4.5")
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()

    ((product, guidance, details),) = desk.rows(
        "SELECT cell_source, image_guidance, details FROM treatment"
    )
    assert (product, guidance) == ("prp", "ultrasound")
    answers = json.loads(details)["answers"]
    assert answers["product"][0]["display"] == "Platelet-rich plasma (PRP)"
    assert answers["image-guidance"][0]["display"] == "Ultrasound"
    assert desk.rows("SELECT purpose FROM follow_up ORDER BY due_on LIMIT 1") == [
        ("6 weeks after treatment 1",)
    ]
    # The record reads it back in Spanish, from the codes.
    line = view.findChild(QWidget, "record-treatments").item(0).text()
    assert "Ecografía" in line and "Volumen inyectado (mL): 4.5" in line
    assert "Ultrasound" not in line


def test_the_record_and_its_summary_read_in_spanish(desk: Desk) -> None:
    saved = desk.factory.submit("Ana", "López", knee=("left",), pain_now="7")
    window = desk.open()
    view = window.open_record(saved.intake_id)
    answers = view.answers.toPlainText()
    assert "La izquierda" in answers and "Left" not in answers  # by code, in its words
    assert view.flags.text() == (
        "⚑ Necesita imagen: no consta radiografía, resonancia, TAC ni ecografía"
    )
    summary = view.summary()
    assert "Resumen de la admisión" in summary and "Alertas" in summary
    assert "Intake summary" not in summary and "Flags" not in summary
    # What is stored stays English: the answer row the summary read from.
    assert desk.rows(
        "SELECT display FROM answer WHERE intake_id = ? AND link_id = 'knee'", (saved.intake_id,)
    ) == [("Left",)]


def test_the_settings_show_and_read_spanish_intervals_and_steps(desk: Desk, qtbot) -> None:
    window = desk.open()
    desk.click(window, "clinic-settings")
    dialog = window.findChild(SettingsDialog)
    edit = dialog.findChild(QLineEdit, "follow-up-intervals")
    assert edit.text() == "6 semanas, 3 meses, 6 meses, 12 meses"
    edit.clear()
    qtbot.keyClicks(edit, "3 meses, 2 semanas, 3 mses")
    desk.click(dialog, "dialog-ok")
    issue = dialog.findChild(QLabel, "follow-up-intervals-issue")
    assert issue.isVisible() and issue.text().startswith("«3 mses» no es un intervalo")
    edit.clear()
    qtbot.keyClicks(edit, "3 meses, 2 semanas, 1 mes")
    desk.click(dialog, "following-up")
    steps = dialog.findChild(FollowUpSettingsDialog, "follow-up-settings")
    ladder = steps.findChild(QLineEdit, "follow-up-ladder")
    assert ladder.text().startswith("aviso 0, aviso 7, llamada 14")
    ladder.clear()
    qtbot.keyClicks(ladder, "aviso 0, llamada 10, carta 20")
    desk.click(steps, "dialog-ok")
    assert not steps.isVisible()
    qtbot.mouseClick(dialog.findChildren(QWidget, "dialog-ok")[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk.rows("SELECT value FROM setting WHERE key = 'follow_up_intervals'") == [
        ('[{"count": 2, "unit": "weeks"}, {"count": 1, "unit": "months"},'
         ' {"count": 3, "unit": "months"}]',)
    ]  # fmt: skip
    (stored,) = desk.rows("SELECT value FROM setting WHERE key = 'follow_up_ladder'")
    assert [(s["kind"], s["day"]) for s in json.loads(stored[0])["steps"]] == [
        ("reminder", 0), ("call", 10), ("letter", 20)
    ]  # fmt: skip
