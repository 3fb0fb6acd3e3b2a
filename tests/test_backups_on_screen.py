"""The administrator's side of issue 13 on screen: the recovery key shown until it is
confirmed, the Backups dialog (back up now, choose a folder, restore, change the key)
and the warning at sign-in."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QLineEdit

from app.backups.backup_file import backups_in
from app.encryption.folder_keys import forget, keys_of
from app.encryption.key_changes import pending_recovery_key
from app.encryption.recovery_key import database_key
from tests.clicking import named
from tests.workspace_desk import Desk
from ui.backups.backups_dialog import BackupsDialog
from ui.backups.recovery_key_dialog import RecoveryKeyDialog


@pytest.fixture
def desk(qtbot, knee_questionnaire, tmp_path: Path):
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    made.factory.submit("Ann", "Lee")
    yield made
    made.close()


def type_groups(qtbot, dialog: RecoveryKeyDialog, key: str, *, wrong: bool = False) -> None:
    groups = key.split("-")
    for n, number in enumerate(dialog.asked, start=1):
        box = dialog.findChild(QLineEdit, f"confirm-group-{n}")
        assert box is not None
        box.clear()
        text = groups[number - 1]
        qtbot.keyClicks(box, ("ZZZZ" if text != "ZZZZ" else "YYYY") if wrong else text.lower())


def test_the_recovery_key_is_shown_to_an_administrator_until_confirmed(
    desk: Desk, qtbot, tmp_path: Path
) -> None:
    pending = pending_recovery_key(tmp_path)
    assert pending is not None
    window = desk.open(data_dir=tmp_path)
    qtbot.waitUntil(
        lambda: window.recovery_dialog is not None and window.recovery_dialog.isVisible()
    )
    dialog = window.recovery_dialog
    assert dialog is not None
    assert dialog.findChild(QLabel, "recovery-key").text() == pending
    # Printed, on Qt's own PDF printer here (a real print queue is tested elsewhere).
    pdf = tmp_path / "recovery.pdf"

    def pdf_printer(_parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    dialog._choose_printer = pdf_printer
    desk.click(dialog, "print-recovery-key")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert pending in text and "Riverside Knee Clinic" in text
    # A group copied wrongly: said beside the fields, nothing forgotten, still open.
    type_groups(qtbot, dialog, pending, wrong=True)
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Check what you wrote down" in dialog.problem.text()
    forget(tmp_path)
    assert pending_recovery_key(tmp_path) == pending
    type_groups(qtbot, dialog, pending)
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    forget(tmp_path)
    assert pending_recovery_key(tmp_path) is None  # on paper only from now on
    assert desk.rows("SELECT actor FROM audit WHERE action = 'recovery-key-confirmed'") == [
        ("Rita",)
    ]
    window.close()
    again = desk.open(data_dir=tmp_path)
    qtbot.wait(50)
    assert again.recovery_dialog is None


def open_backups(desk: Desk, qtbot, tmp_path: Path) -> BackupsDialog:
    window = desk.open(data_dir=tmp_path)
    qtbot.waitUntil(lambda: window.recovery_dialog is not None)
    window.recovery_dialog.reject()  # "Remind me next time"
    desk.click(window, "backups")
    dialog = window.backups_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_back_up_now_choose_a_folder_and_restore(desk: Desk, qtbot, tmp_path: Path) -> None:
    dialog = open_backups(desk, qtbot, tmp_path)
    assert "No backup yet" in dialog.last.text()
    assert "same disk" in dialog.warning.text()  # the default folder, inside the data folder
    drive = tmp_path / "usb-drive"
    drive.mkdir()
    dialog._choose_folder = lambda _parent, _start: drive
    desk.click(dialog, "choose-backup-folder")
    assert str(drive) in dialog.folder.text() and not dialog.warning.isVisible()
    assert desk.rows("SELECT detail FROM audit WHERE action = 'backup-folder-changed'") == [
        (str(drive),)
    ]
    desk.click(dialog, "back-up-now")
    assert len(backups_in(drive)) == 1 and dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (1, 2)] == ["1", "1"]
    assert "Backed up and checked: 1 patients, 1 intakes" in dialog.outcome.text()
    assert "Last good backup" in dialog.last.text()
    # A patient added afterwards; the backup put back; everyone signed out.
    desk.factory.submit("Bea", "Later")
    desk.factory.close()  # (a patient form left open would hold the file: tested below)
    assert len(desk.rows("SELECT id FROM intake")) == 2
    asked: list[str] = []
    dialog._confirm = lambda _parent, question: asked.append(question) or True
    window = desk.window
    assert window is not None
    with qtbot.waitSignal(window.signedOut, timeout=5000):
        dialog.table.selectRow(0)
        desk.click(dialog, "restore-backup")
    assert "1 patients and 1 intakes" in asked[0]
    assert desk.rows("SELECT first_name FROM patient") == [("Ann",)]
    assert desk.rows("SELECT actor FROM audit WHERE action = 'backup-restored'") == [("Rita",)]
    assert len(backups_in(drive)) >= 1


def test_change_the_key_from_the_dialog(desk: Desk, qtbot, tmp_path: Path) -> None:
    desk.factory.close()
    before = keys_of(tmp_path)
    dialog = open_backups(desk, qtbot, tmp_path)
    desk.click(dialog, "change-key")
    key_dialog = dialog.key_dialog
    assert key_dialog is not None
    qtbot.waitExposed(key_dialog)
    new_key = key_dialog.findChild(QLabel, "recovery-key").text()
    type_groups(qtbot, key_dialog, new_key)
    # The patient form is open in another program on this PC: refused, nothing changed.
    from app.storage.database import open_database

    other = open_database(desk.path)
    desk.click(key_dialog, "dialog-ok")
    assert key_dialog.isVisible() and "Close it and try again" in key_dialog.save_problem.text()
    forget(tmp_path)
    assert keys_of(tmp_path) == before
    other.close()
    desk.click(key_dialog, "dialog-ok")
    assert not key_dialog.isVisible()
    forget(tmp_path)
    after = keys_of(tmp_path)
    assert after is not None and after.current == database_key(new_key)
    assert desk.rows("SELECT first_name FROM patient") == [("Ann",)]
    assert "key is changed" in dialog.outcome.text()


def test_administrators_are_warned_at_sign_in_when_backups_stop(
    desk: Desk, qtbot, tmp_path: Path
) -> None:
    from app.backups.backup_settings import choose_backup_folder

    drive = tmp_path / "usb-drive"
    drive.mkdir()
    choose_backup_folder(desk.conn, drive, "rita")
    drive.rmdir()  # unplugged
    window = desk.open(data_dir=tmp_path)
    qtbot.waitUntil(lambda: window.problem.isVisible())
    assert "is not there" in window.problem.text() and str(drive) in window.problem.text()
    window.close()
    # A receptionist is not shown it: there is nothing they can do about it.
    ben = desk.accounts.add(desk.admin, "ben", "Ben Ortiz", "reception", "temporary pass 1")
    reception = desk.open(ben, data_dir=tmp_path)
    qtbot.wait(50)
    assert not reception.problem.isVisible() and reception.recovery_dialog is None
    assert named(reception, "backups") is None
    # And not by another way in either: the dialog itself refuses a receptionist.
    assert reception.manage_backups() is None and reception.backups_dialog is None
    assert "for administrators" in reception.problem.text()
