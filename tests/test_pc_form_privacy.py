"""The patient form on a PC, left by one patient and found by the next: cleared after the
clinic's idle time, and a draft that survives a crash or restart for that time only."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.clinic.data_folder import database_path
from tests.form_driver import FormDriver
from tests.sqlite_file import open_file
from ui.main import build_application
from ui.pc_form.building import Application
from ui.pc_form.form_privacy import StillThereDialog


def open_form(data_dir: Path, qtbot, idle_ms: int) -> tuple[Application, FormDriver]:
    built = build_application(data_dir, confirm_discard=lambda _window: True, idle_ms=idle_ms)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    privacy = built.window.privacy
    assert privacy is not None
    privacy.countdown_s = 2
    privacy.tick.setInterval(20)
    privacy.autosave.setInterval(30)
    return built, FormDriver(built.window.intake.form, qtbot)


def drafts(data_dir: Path) -> list[tuple]:
    with closing(open_file(database_path(data_dir))) as conn:
        return conn.execute("SELECT device FROM draft").fetchall()


def test_a_patient_who_walks_away_leaves_nothing_for_the_next(
    data_dir: Path, qtbot, styled_qapp
) -> None:
    built, driver = open_form(data_dir, qtbot, idle_ms=300)
    driver.type("first-name", "Maria")
    driver.type("last-name", "Lopez")
    qtbot.waitUntil(lambda: drafts(data_dir) == [("pc-form",)])  # kept meanwhile
    qtbot.waitUntil(lambda: built.window.intake.findChild(StillThereDialog) is not None)
    dialog = built.window.intake.findChild(StillThereDialog)
    assert dialog.isVisible() and dialog.count.text() in ("2", "1", "0")
    qtbot.waitUntil(lambda: not driver.form.has_answers(), timeout=3000)
    assert driver.text("first-name") == "" and driver.text("last-name") == ""
    assert "cleared" in built.window.intake.banner.text.text()
    assert "Maria" not in built.window.intake.banner.text.text()
    assert drafts(data_dir) == []
    built.window.close()
    built.service.close()


def test_someone_still_there_keeps_their_answers(data_dir: Path, qtbot, styled_qapp) -> None:
    built, driver = open_form(data_dir, qtbot, idle_ms=300)
    driver.type("first-name", "Maria")
    qtbot.waitUntil(lambda: built.window.intake.findChild(StillThereDialog) is not None)
    dialog = built.window.intake.findChild(StillThereDialog)
    qtbot.mouseClick(dialog.here, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.wait(150)  # well past the count: it stopped
    assert driver.text("first-name") == "Maria"
    built.window.close()
    built.service.close()


def test_a_pc_restarted_mid_form_brings_the_answers_back_within_the_idle_time(
    data_dir: Path, qtbot, styled_qapp
) -> None:
    built, driver = open_form(data_dir, qtbot, idle_ms=60_000)
    driver.type("first-name", "Maria")
    driver.choose("knee", "left")
    qtbot.waitUntil(lambda: drafts(data_dir) == [("pc-form",)])
    # The PC crashes: no close, no question; a new start of the app.
    built.window.privacy.autosave.stop()
    built.service.close()
    again, driver = open_form(data_dir, qtbot, idle_ms=60_000)
    assert driver.text("first-name") == "Maria"
    assert driver.form.raw_answers()["knee"] == ("left",)
    assert "back" in again.window.intake.banner.text.text()
    again.window.close()  # closed on purpose (the answers confirmed lost): no draft kept
    again.service.close()
    assert drafts(data_dir) == []


def test_a_draft_older_than_the_idle_time_is_deleted_unread(
    data_dir: Path, qtbot, styled_qapp
) -> None:
    built, driver = open_form(data_dir, qtbot, idle_ms=400)
    driver.type("first-name", "Maria")
    qtbot.waitUntil(lambda: drafts(data_dir) == [("pc-form",)])
    built.window.privacy.autosave.stop()
    built.window.privacy.idle.remove()
    built.service.close()
    time.sleep(0.5)  # the patient has long gone
    QApplication.processEvents()
    later, driver = open_form(data_dir, qtbot, idle_ms=400)
    assert driver.text("first-name") == ""
    assert drafts(data_dir) == []
    later.window.close()
    later.service.close()
