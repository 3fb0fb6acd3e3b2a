"""The workspace's part in encryption and backups (a mixin of WorkspaceWindow): the
administrators' "Backups…" button, and at an administrator's sign-in, the recovery key
until one has confirmed it and the backup warning until it is fixed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.backups.backup_settings import backup_status
from app.encryption.key_changes import pending_recovery_key, recovery_key_written_down
from app.storage.driver import sqlite3
from app.system.clock import utc_now
from ui.backups.backup_words import backup_warning
from ui.backups.backups_dialog import BackupsDialog
from ui.backups.recovery_key_dialog import RecoveryKeyDialog
from ui.translate import tr

if TYPE_CHECKING:
    from app.network.host_service import HostService
    from app.staff.accounts import Staff, StaffAccounts


class BackupDuties:
    """Needs the workspace's ``_conn``, ``_data_dir``, ``_host``, ``_accounts``,
    ``staff``, ``_show_problem`` and ``sign_out``."""

    _conn: sqlite3.Connection | None
    _data_dir: Path | None
    _host: HostService | None
    _accounts: StaffAccounts
    staff: Staff
    recovery_dialog: RecoveryKeyDialog | None = None
    backups_dialog: BackupsDialog | None = None

    def _show_problem(self, text: str) -> None: ...  # the workspace's

    def sign_out(self, idle: bool = False) -> None: ...  # the workspace's

    def _admin_duties(self) -> None:
        if not self.staff.is_administrator or self._conn is None or self._data_dir is None:
            return
        try:
            warning = backup_warning(backup_status(self._conn, self._data_dir, utc_now()))
        except sqlite3.Error:
            warning = ""
        if warning:
            self._show_problem(warning)
        pending = pending_recovery_key(self._data_dir)
        if pending is not None:
            self._show_recovery_key(pending)

    def _show_recovery_key(self, recovery_key: str) -> None:
        assert self._conn is not None and self._data_dir is not None
        conn, folder = self._conn, self._data_dir
        dialog = RecoveryKeyDialog(recovery_key, self._accounts.clinic_name(), self)  # type: ignore[arg-type]
        actor = self.staff.username

        def written_down() -> str | None:
            recovery_key_written_down(folder, conn, actor)
            return None

        dialog.save = written_down
        self.recovery_dialog = dialog
        dialog.open()

    def manage_backups(self) -> BackupsDialog | None:
        """Administrators only, on the main PC: restoring and changing the key reach
        every record. Checked here, where the dialog is made, not only by which
        buttons the staff bar shows."""
        if not self.staff.is_administrator or self._conn is None or self._data_dir is None:
            self._show_problem(tr("Backups and the database key are for administrators."))
            return None
        conn = self._conn
        host = self._host
        dialog = BackupsDialog(
            conn, self._data_dir, self.staff.username, self._accounts.clinic_name(),
            self,  # type: ignore[arg-type]
            quiet=host.stop if host is not None else lambda: None,
            resume=(lambda: host.start_if_enabled(conn)) if host is not None else lambda: None,
        )  # fmt: skip
        # Every screen shows the restored records only after a fresh sign-in.
        dialog.restored.connect(lambda: self.sign_out())
        self.backups_dialog = dialog
        dialog.open()
        return dialog
