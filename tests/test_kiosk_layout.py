"""The kiosk uses the width it has: two columns of choices on a landscape tablet where
their words fit, one per row in portrait and for ordered scales, and a scroll bar a
finger can find and drag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.kiosk_tablet import Tablet
from ui.form.choice_buttons import ChoiceButtons


@pytest.fixture
def tablet(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def columns(kiosk, link_id: str) -> int:
    found = kiosk.form.findChild(QWidget, link_id)
    assert isinstance(found, ChoiceButtons), link_id
    return found.columns


def test_landscape_shows_two_columns_where_they_fit_and_portrait_one(tablet: Tablet) -> None:
    kiosk = tablet.kiosk()
    kiosk._start("en")
    kiosk.go_to_section(1)  # Your knee
    tablet.qtbot.waitUntil(lambda: columns(kiosk, "knee") == 2)
    assert columns(kiosk, "pain-duration") == 2
    kiosk.go_to_section(2)  # KOOS JR: an ordered scale reads top to bottom
    assert columns(kiosk, "koos-jr-1") == 1
    bar = kiosk.form.verticalScrollBar()
    assert bar.width() >= 28  # a finger finds it
    kiosk.resize(800, 1280)  # the tablet turned
    kiosk.go_to_section(1)
    tablet.qtbot.waitUntil(lambda: columns(kiosk, "knee") == 1)
    # Every answer still fits its button: nothing cut off in either orientation.
    for button in kiosk.form.findChild(QWidget, "pain-duration").findChildren(QWidget):
        if button.isVisible() and hasattr(button, "text"):
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
