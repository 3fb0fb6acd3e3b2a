"""The workspace at its narrowest (issue 23): on an 800-px screen, a 1024-px laptop and
a 1366×768 PC, the window every role really gets fits the screen and no button, box or
filter cuts its words; what does not fit in a row wraps onto the next."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.child_app import offscreen_screens, run_child


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1024, 768), (1280, 800), (1366, 768)])
def test_no_button_of_the_workspace_is_cut_or_off_the_window(
    tmp_path: Path, width: int, height: int
) -> None:
    platform = offscreen_screens(tmp_path, (0, 0, width, height, 1))
    lines = run_child("tests.workspace_on_a_narrow_screen", {"QT_QPA_PLATFORM": platform})
    assert [line.split()[1] for line in lines if line.startswith("MEASURED")] == [
        "administrator", "reception"
    ]  # fmt: skip
    windows = [line.split() for line in lines if line.startswith("WINDOW")]
    assert all(int(w[4]) <= width for w in windows), windows
    problems = [line for line in lines if line.startswith(("OUT", "CLIPPED"))]
    assert problems == []
    assert lines[-1] == "DONE"
