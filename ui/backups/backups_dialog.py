"""Backups and encryption, for administrators on the main PC.

What is protected and where the key is kept; where backups go (and a warning when that
is the database's own disk); the last good backup; every backup in the folder with what
it holds; and three actions: back up now, restore a backup, change the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backups.backup_file import (
    BackupContents,
    BackupFailedCheck,
    BackupFolderMissing,
    backups_in,
)
from app.backups.backup_run import back_up_clinic
from app.backups.backup_settings import BackupStatus, backup_status, choose_backup_folder
from app.backups.restore import BackupTooNew, restore_backup, what_it_holds
from app.encryption.encrypted_file import WrongKey
from app.encryption.folder_keys import store
from app.encryption.key_changes import change_database_key
from app.encryption.recovery_key import new_recovery_key
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import utc_now
from ui.backups.backup_words import backup_warning, failure_words, when_words
from ui.backups.recovery_key_dialog import RecoveryKeyDialog
from ui.dialog_parts import issue_label
from ui.named_button import add_buttons
from ui.plain_text import plain_label
from ui.translate import tr
from ui.window_fit import place

FolderChooser = Callable[[QWidget, Path], Path | None]
Confirm = Callable[[QWidget, str], bool]


def ask_folder(parent: QWidget, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, tr("Where backups go"), str(start))
    return Path(chosen) if chosen else None


def ask_yes(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, tr("Restore a backup"), question)
    return answer == QMessageBox.StandardButton.Yes


def _shown(name: str) -> QLabel:
    label = plain_label()
    label.setObjectName(name)
    return label


class BackupsDialog(QDialog):
    """``restored`` after a restore: every screen must read the records again.
    ``quiet`` and ``resume`` run around a restore or a change of key, which need this
    program's connection to be the only one (the main PC's server is paused)."""

    restored = Signal()

    def __init__(
        self,
        conn: sqlite3.Connection,
        data_dir: Path,
        actor: str,
        clinic_name: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = utc_now,
        choose_folder: FolderChooser = ask_folder,
        confirm: Confirm = ask_yes,
        quiet: Callable[[], None] = lambda: None,
        resume: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups-dialog")
        self.setWindowTitle(tr("Backups and encryption"))
        self._conn = conn
        self._data_dir = data_dir
        self._actor = actor
        self._clinic_name = clinic_name
        self._now = now
        self._choose_folder = choose_folder
        self._confirm = confirm
        self._quiet = quiet
        self._resume = resume
        self.key_dialog: RecoveryKeyDialog | None = None
        self.encryption = _shown("encryption-status")
        self.encryption.setWordWrap(True)
        self.folder = _shown("backup-folder")
        self.folder.setWordWrap(True)
        self.last = _shown("last-backup")
        self.warning = issue_label("backup-warning")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backup-list")
        self.table.setHorizontalHeaderLabels(
            [tr("Taken"), tr("Patients"), tr("Intakes"), tr("Made by")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outcome = _shown("backup-outcome")
        self.outcome.setWordWrap(True)
        self.problem = issue_label("backup-problem")
        top = QHBoxLayout()
        top.addWidget(self.encryption, 1)
        add_buttons(top, [(tr("Change the key…"), "change-key", self.change_key)])
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        add_buttons(where, [(tr("Choose folder…"), "choose-backup-folder", self.choose)])
        actions = QHBoxLayout()
        add_buttons(
            actions,
            [
                (tr("Back up now"), "back-up-now", self.back_up_now),
                (tr("Restore selected…"), "restore-backup", self.restore_selected),
            ],
        )
        actions.addStretch(1)
        add_buttons(actions, [(tr("Close"), "dialog-close", self.accept)])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(where)
        layout.addWidget(self.last)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        self.backups: list[BackupContents | Path] = []
        self.refresh()
        place(self, QSize(1000, 640), remember_as="backups")

    def status(self) -> BackupStatus:
        return backup_status(self._conn, self._data_dir, self._now())

    def refresh(self) -> None:
        status = self.status()
        self.encryption.setText(
            tr("The records are encrypted. This computer keeps the key in {0}.").format(
                store().description
            )
        )
        self.folder.setText(tr("Backups go to: {0}").format(status.folder))
        if status.last_good is None:
            self.last.setText(tr("No backup yet."))
        else:
            good = status.last_good
            self.last.setText(
                tr("Last good backup: {0} ({1} patients, {2} intakes).").format(
                    when_words(good.at), good.patients, good.intakes
                )
            )
        warning = backup_warning(status)
        advice = (
            tr(
                "These backups are on the same disk as the records: they help after a "
                "mistake, not after the disk fails or the PC is stolen. Choose a second "
                "disk, a USB drive or a network share."
            )
            if status.on_this_disk
            else ""
        )
        failure = failure_words(status.failure) if status.failure else ""
        shown = " ".join(text for text in (warning, failure, advice) if text)
        self.warning.setText(shown)
        self.warning.setVisible(bool(shown))
        self._fill(status.folder)

    def _fill(self, folder: Path) -> None:
        self.backups = []
        for path in backups_in(folder):
            try:
                self.backups.append(what_it_holds(path, self._data_dir))
            except (WrongKey, StorageError, sqlite3.Error):
                self.backups.append(path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            if isinstance(backup, Path):
                cells = [backup.name, "", "", tr("Under a key this computer does not have")]
            else:
                made_by = f"Knee Intake {backup.app_version}" if backup.app_version else ""
                if backup.newer_than_this_app:
                    made_by = tr("A newer version of Knee Intake")
                cells = [
                    f"{backup.taken_at:%Y-%m-%d %H:%M}",
                    f"{backup.patients:,}",
                    f"{backup.intakes:,}",
                    made_by,
                ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)

    def _say(self, outcome: str = "", problem: str = "") -> None:
        self.outcome.setText(outcome)
        self.outcome.setVisible(bool(outcome))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def back_up_now(self) -> None:
        try:
            contents = back_up_clinic(self._conn, self._data_dir, self._now())
        except BackupFolderMissing:
            self._say(
                problem=tr(
                    "The backup folder is not there. Plug the drive in or "
                    "connect the share, or choose another folder."
                )
            )
        except BackupFailedCheck:
            self._say(
                problem=tr(
                    "The backup did not pass its check and was deleted. "
                    "Try again; if it fails again, choose another folder."
                )
            )
        except (OSError, sqlite3.Error):
            self._say(
                problem=tr(
                    "The backup could not be written there (the disk may be "
                    "full, or the folder read-only)."
                )
            )
        else:
            self._say(
                tr("Backed up and checked: {0} patients, {1} intakes.").format(
                    contents.patients, contents.intakes
                )
            )
        self.refresh()

    def choose(self) -> None:
        current = self.status().folder
        chosen = self._choose_folder(self, current if current.is_dir() else Path.home())
        if chosen is None:
            return
        if not chosen.is_dir():
            self._say(problem=tr("That is not a folder."))
            return
        choose_backup_folder(self._conn, chosen, self._actor)
        self._say(
            tr(
                "Backups now go to {0}. The next one is taken within the day; "
                "press Back up now to take one straight away."
            ).format(chosen)
        )
        self.refresh()

    def selected(self) -> BackupContents | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        backup = self.backups[rows[0].row()]
        return backup if isinstance(backup, BackupContents) else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            self._say(problem=tr("Choose a backup this computer can open."))
            return
        if backup.newer_than_this_app:
            self._say(
                problem=tr(
                    "That backup was made by a newer version of Knee Intake. "
                    "Update this computer first."
                )
            )
            return
        question = tr(
            "Replace the current records with the backup taken {0}? It holds {1} "
            "patients and {2} intakes. The current records are backed up first, and "
            "everyone signed in here is signed out."
        ).format(f"{backup.taken_at:%Y-%m-%d %H:%M}", backup.patients, backup.intakes)
        if not self._confirm(self, question):
            return
        self._quiet()
        try:
            done = restore_backup(self._conn_path(), backup.file, self._actor, live=self._conn)
        except BackupTooNew:
            self._say(problem=tr("That backup was made by a newer version of Knee Intake."))
            return
        except StorageError as exc:
            if exc.problem is not StorageProblem.LOCKED:
                raise
            self._say(
                problem=tr(
                    "Knee Intake is open in another window on this PC (the "
                    "patient form or the kiosk). Close it and try again. "
                    "Nothing was changed."
                )
            )
            return
        finally:
            self._resume()
        self._say(
            tr("Restored. The records as they were before are kept in {0}.").format(
                done.kept_first.file.name
            )
        )
        self.refresh()
        self.restored.emit()

    def _conn_path(self) -> Path:
        from app.clinic.data_folder import database_path

        return database_path(self._data_dir)

    def change_key(self) -> None:
        recovery = new_recovery_key()
        dialog = RecoveryKeyDialog(recovery, self._clinic_name, self, new_key=True)
        dialog.save = lambda: self._change_key_to(recovery)
        dialog.accepted.connect(
            lambda: self._say(
                tr("The key is changed. Backups made before now still need the old recovery key.")
            )
        )
        self.key_dialog = dialog
        dialog.open()

    def _change_key_to(self, recovery: str) -> str | None:
        self._quiet()
        try:
            change_database_key(self._data_dir, self._conn, recovery, self._actor)
        except StorageError as exc:
            if exc.problem is not StorageProblem.LOCKED:
                raise
            return tr(
                "Knee Intake is open in another window on this PC (the patient form "
                "or the kiosk). Close it and try again. The key was not changed."
            )
        finally:
            self._resume()
        return None
