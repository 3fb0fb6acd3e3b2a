"""The clinic's article: corrected, rendered as rich text, replaceable without code."""

from __future__ import annotations

from pathlib import Path

from app.clinic.data_folder import content_override_dir
from app.clinic.educational_content import load_content
from app.clinic.resource_paths import resources_dir
from ui.main import build_application

BUNDLED = resources_dir() / "content"


def test_the_article_is_corrected_and_ends_with_a_disclaimer() -> None:
    text = load_content("en", BUNDLED, None)
    assert "irritated tendons" in text and "imitated" not in text
    assert "can adapt to" in text and "adopt" not in text
    assert "Contact Us Today" not in text and "Our reception team" in text
    assert text.count("## How stem cells are prepared") == 1 and "## The procedure" in text
    assert "does not replace a\nconsultation" in text


def test_the_content_pane_shows_headings_and_bullet_lists(built_app) -> None:
    document = built_app.window.content.document()
    headings, list_items = [], 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings.append(block.text())
        if block.textList() is not None:
            list_items += 1
        block = block.next()
    assert headings[0] == "Stem Cell Therapy for Knees"
    assert "After stem cell therapy" in headings and "Please note" in headings
    assert list_items == 7
    # Long enough to scroll, and it opens at the top, not where the cursor ended up.
    scroll = built_app.window.content.verticalScrollBar()
    assert scroll.maximum() > 0 and scroll.value() == 0
    assert built_app.window.content.textCursor().position() == 0


def test_a_clinic_file_replaces_the_bundled_one_and_new_files_are_added(
    styled_qapp, qtbot, data_dir: Path
) -> None:
    override = content_override_dir(data_dir)
    override.mkdir(parents=True)
    (override / "10-stem-cell-therapy-for-knees.md").write_text(
        "# Our own article\n\nWritten by the clinic.\n", encoding="utf-8"
    )
    (override / "20-opening-hours.md").write_text(
        "# Opening hours\n\nMon–Fri 8–6\n", encoding="utf-8"
    )
    built = build_application(data_dir)
    qtbot.addWidget(built.window)
    shown = built.window.content.toPlainText()
    built.service.close()
    assert "Our own article" in shown and "Opening hours" in shown
    assert "Stem Cell Therapy for Knees" not in shown
    assert shown.index("Our own article") < shown.index("Opening hours")


def test_an_unreadable_override_falls_back_without_failing(tmp_path: Path) -> None:
    override = tmp_path / "content"
    override.mkdir()
    (override / "30-broken.md").write_bytes(b"\xff\xfe\x00 not utf-8 \xff")
    text = load_content("en", BUNDLED, override)
    assert "Stem Cell Therapy for Knees" in text


def test_the_article_is_centred_on_what_its_view_shows(styled_qapp, qtbot) -> None:
    # The margins are worked out without asking for viewport() (start-up, issue 15):
    # they must still be those the viewport's own width gives, scroll bar or not.
    from pathlib import Path

    from app.clinic.educational_content import load_content
    from app.clinic.resource_paths import resources_dir
    from ui.content_view import MAX_TEXT_WIDTH, MIN_MARGIN, ContentView

    view = ContentView(load_content("en", resources_dir() / "content", Path("/nowhere")))
    qtbot.addWidget(view)
    view.show()
    for width, height in ((1000, 700), (1400, 700), (700, 700), (1600, 4000)):
        view.resize(width, height)
        qtbot.wait(20)
        expected = max(MIN_MARGIN, (view.viewport().width() - MAX_TEXT_WIDTH) // 2)
        assert view.side_margin() == expected, (width, height)
        # Above the title, the same small margin at every width: no empty band.
        title = view.document().documentLayout().blockBoundingRect(view.document().begin())
        assert title.top() == MIN_MARGIN, (width, height)
    assert not view.verticalScrollBar().isVisibleTo(view)  # the last: tall enough for all
