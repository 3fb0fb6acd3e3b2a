"""A database that is locked, read-only, corrupt or unreachable: a clear message, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from app.clinic.data_folder import database_path
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.conftest import close_without_asking
from tests.form_driver import FormDriver
from tests.sqlite_file import open_file
from ui.main import build_application
from ui.pc_form.building import Application


@pytest.fixture
def build(styled_qapp, qtbot) -> Iterator:
    made: list[Application] = []

    def _build(data_dir: Path, **kwargs) -> tuple[Application, FormDriver]:
        built = build_application(data_dir, confirm_discard=close_without_asking, **kwargs)
        qtbot.addWidget(built.window)
        built.window.show()
        made.append(built)
        return built, FormDriver(built.window.intake.form, qtbot)

    yield _build
    for built in made:
        built.service.close()


def intake_count(db_file: Path) -> int:
    conn = open_file(db_file)
    try:
        return conn.execute("SELECT count(*) FROM intake").fetchone()[0]
    finally:
        conn.close()


def test_locked_database_keeps_the_answers_and_works_once_free(build, data_dir: Path) -> None:
    built, driver = build(data_dir, opener=partial(open_database, busy_timeout=0.05))
    driver.fill_valid_intake()
    other_program = open_file(database_path(data_dir), isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    driver.submit()
    # Said beside the consent's buttons; the consent, its signature and the answers stay.
    problem = driver.consent_problem()
    assert "still here" in problem and "busy" in problem
    assert driver.text("first-name") == "Maria" and driver.text("phone") == "(202) 555-0143"
    other_program.execute("ROLLBACK")
    other_program.close()

    driver.send_consent_again()
    banner = built.window.intake.banner
    assert driver.consent_dialog() is None and banner.kind == "success"
    assert intake_count(database_path(data_dir)) == 1


def test_read_only_database(build, data_dir: Path) -> None:
    open_database(database_path(data_dir)).close()

    def read_only(path: Path) -> sqlite3.Connection:
        return open_file(path, read_only=True)

    _built, driver = build(data_dir, opener=read_only)
    driver.fill_valid_intake()
    driver.submit()
    text = driver.consent_problem()
    assert "read-only" in text and str(database_path(data_dir)) in text
    assert driver.text("last-name") == "Lopez"
    assert intake_count(database_path(data_dir)) == 0


def test_corrupt_database_is_reported_at_start_and_on_submit(build, data_dir: Path) -> None:
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"this is not a database" * 500)
    built, driver = build(data_dir)
    banner = built.window.intake.banner
    assert banner.isVisible() and "damaged" in banner.text.text()
    assert "does not have its key" in banner.text.text()
    assert "cannot be saved right now" in banner.text.text()
    driver.fill_valid_intake()
    driver.submit()
    assert "still here" in driver.consent_problem() and "damaged" in driver.consent_problem()
    assert driver.text("first-name") == "Maria"


def test_data_folder_that_cannot_be_created(build, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    built, driver = build(blocker / "data")
    assert "data folder cannot be created" in built.window.intake.banner.text.text()
    driver.fill_valid_intake()
    driver.submit()
    assert driver.text("first-name") == "Maria"


def test_no_patient_data_in_the_log_when_a_save_fails(build, data_dir: Path, caplog) -> None:
    _built, driver = build(data_dir, opener=partial(open_database, busy_timeout=0.05))
    driver.fill_valid_intake()
    other_program = open_file(database_path(data_dir), isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    with caplog.at_level("DEBUG"):
        driver.submit()
    other_program.execute("ROLLBACK")
    other_program.close()
    assert "intake not saved: locked" in caplog.text
    for private in ("Maria", "Lopez", "555", "1961", "example.com"):
        assert private not in caplog.text
