"""Translations: the catalogue of on-screen strings is current, and a compiled
translation changes what the screens say."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.intake.questionnaire import Item
from ui.translate import tr
from ui.translations import install_translations, remove_translations

ROOT = Path(__file__).resolve().parent.parent


def update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_holds_every_string_on_screen(tmp_path: Path) -> None:
    """Fails when a string was added or changed without running
    scripts/update_translations.py, so translators never miss one."""
    fresh = tmp_path / "knee_intake.ts"
    update_script().lupdate(fresh)
    committed = ROOT / "resources" / "translations" / "knee_intake.ts"
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
    text = committed.read_text(encoding="utf-8")
    for sample in ("Sign and send", "Are you still there?", "Export list to CSV…", "Day"):
        assert f"<source>{sample}</source>" in text


def test_a_compiled_translation_changes_module_and_widget_text(
    tmp_path: Path, styled_qapp, qtbot
) -> None:
    (tmp_path / "knee_intake_de.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name></name>
<message><source>Sign out</source><translation>Abmelden</translation></message>
</context>
<context><name>DateAnswer</name>
<message><source>Day</source><translation>Tag</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
         str(tmp_path / "knee_intake_de.ts"), "-qm", str(tmp_path / "knee_intake_de.qm")],
        check=True,
    )  # fmt: skip
    translators = install_translations("de", folder=tmp_path)
    try:
        assert tr("Sign out") == "Abmelden"
        from ui.form.date_answer import DateAnswer

        item = Item(link_id="born", text="Date of birth", type="date")
        answer = DateAnswer(item)
        qtbot.addWidget(answer)
        captions = {label.text() for label in answer.findChildren(QLabel)}
        assert "Tag" in captions
    finally:
        remove_translations(translators)
    assert tr("Sign out") == "Sign out"


def test_no_screen_names_a_developer_file() -> None:
    # What staff and patients read never sends them to the source tree ("docs/…md").
    import re
    import xml.etree.ElementTree as ElementTree

    developer = re.compile(r"\b(docs|app|ui|tests|scripts)/|\.(md|py)\b")
    for catalogue in (ROOT / "resources" / "translations").glob("*.ts"):
        sources = [s.text or "" for s in ElementTree.parse(catalogue).iter("source")]
        assert len(sources) > 50, catalogue
        assert [s for s in sources if developer.search(s)] == [], catalogue.name
