"""The way into the records: first-run set-up, sign-in, the workspace, sign-out.

Nothing behind it is built before someone signs in, and signing out closes the
workspace with everything it opened; the next person starts from the sign-in.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from app.intake.questionnaire import Questionnaire
from app.staff.accounts import Staff, StaffAccounts
from app.storage.driver import sqlite3
from app.system.clock import local_today
from ui.translate import tr

if TYPE_CHECKING:
    # Imported where they are first used: a kiosk starting needs neither the records'
    # screens nor the client of a main PC (docs/PERFORMANCE.md, start-up).
    from app.intake.kiosk_services import StaffDoor
    from app.network.host_records import HostStaffAccounts
    from app.network.host_service import HostService
    from app.records.clinic_records import ClinicRecords
    from ui.kiosk.kiosk_window import KioskWindow
    from ui.staff.account_dialogs import ChangePasswordDialog, SetUpDialog, SignInDialog
    from ui.workspace.workspace_window import WorkspaceWindow

KioskFactory = Callable[[], "KioskWindow"]
# On a paired tablet, what staff get on leaving the kiosk instead of the records.
StationPanelFactory = Callable[[Staff], QDialog]


class StaffSession(QObject):
    """Signals: ``ended`` when nobody signs in (the sign-in was closed);
    ``kioskRequested`` when staff hand the screen to patients."""

    ended = Signal()
    kioskRequested = Signal()
    paired = Signal()  # this PC was paired with a host at first start: start it as a station

    def __init__(
        self,
        conn: sqlite3.Connection | None,  # None on a reception PC: records on the main PC
        questionnaire: Questionnaire,
        accounts: StaffAccounts | HostStaffAccounts | StaffDoor,
        *,
        idle_ms: int | None = None,
        today: Callable[[], dt.date] = local_today,
        kiosk_factory: KioskFactory | None = None,
        full_screen: bool = True,
        station_panel: StationPanelFactory | None = None,
        host: HostService | None = None,
        data_dir: Path | None = None,
        clinic: Callable[[], ClinicRecords] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._questionnaire = questionnaire
        self._accounts = accounts
        self._idle_ms = idle_ms
        self._today = today
        self.dialog: SignInDialog | SetUpDialog | ChangePasswordDialog | None = None
        self.workspace: WorkspaceWindow | None = None
        self.kiosk: KioskWindow | None = None
        self._kiosk_factory = kiosk_factory
        self._full_screen = full_screen
        self._finishing = False
        self._station_panel = station_panel
        self._host = host
        self._data_dir = data_dir
        self._clinic = clinic  # a reception PC: the records on the main PC
        self.panel: QDialog | None = None
        self.kioskRequested.connect(self.open_kiosk)

    @property
    def accounts(self) -> StaffAccounts:
        """Staff accounts: this PC's own, or the main PC's for a reception PC (which
        answers the same calls). A tablet has none: it never opens the records."""
        # (Only a tablet has imported its door: no HTTP client is imported to ask.)
        tablet = sys.modules.get("app.network.station_kiosk")
        assert tablet is None or not isinstance(self._accounts, tablet.HostStaffDoor), (
            "a tablet has no records"
        )
        return self._accounts  # type: ignore[return-value]

    def start(self, *, kiosk: bool = False) -> None:
        """The sign-in (or the first-run set-up); with ``kiosk``, the patients' kiosk
        straight away, once the clinic has been set up."""
        if self._station_panel is not None:  # a tablet: the kiosk, always
            self.open_kiosk()
        elif self.accounts.needs_set_up():
            from ui.staff.account_dialogs import SetUpDialog  # (not the kiosk's start-up)

            dialog = SetUpDialog(self.accounts, pair_into=self._data_dir)
            dialog.paired.connect(self.paired)
            dialog.accepted.connect(
                self.open_kiosk if kiosk else lambda: self._open_workspace(dialog.staff)
            )
            self._show(dialog)
        elif kiosk:
            self.open_kiosk()
        else:
            self.sign_in()

    def open_kiosk(self) -> None:
        assert self._kiosk_factory is not None
        self.dialog = None
        kiosk = self._kiosk_factory()
        kiosk.exited.connect(self._kiosk_left)
        self.kiosk = kiosk
        if self._full_screen:
            kiosk.fill_screen()
        else:
            kiosk.show()
        kiosk.begin()

    def _kiosk_left(self, staff: Staff) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
        self.kiosk = None
        if self._station_panel is not None:
            panel = self._station_panel(staff)
            panel.accepted.connect(self.open_kiosk)
            panel.rejected.connect(self.ended)
            self.panel = panel
            panel.show()
            return
        self._open_workspace(staff)

    def sign_in(self) -> None:
        from ui.staff.account_dialogs import SignInDialog

        dialog = SignInDialog(self.accounts)
        dialog.accepted.connect(lambda: self._open_workspace(dialog.staff))
        self._show(dialog)

    def _show(self, dialog: SignInDialog | SetUpDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self.ended)
        dialog.show()

    def _open_workspace(self, staff: Staff | None) -> None:
        """Every way in (sign-in, set-up, the kiosk's staff exit) ends here, so the
        rules of the way in are applied here: a temporary password is changed first."""
        assert staff is not None
        self.dialog = None
        if staff.must_change_password:
            self._ask_for_own_password(staff)
            return
        from app.intake.form_check import FormChecker

        checker = FormChecker(self._questionnaire, today=self._today)
        from ui.workspace.workspace_window import WorkspaceWindow

        window = WorkspaceWindow(
            self._conn, self._questionnaire, checker, staff, self.accounts,
            today=self._today, idle_ms=self._idle_ms, host=self._host,
            clinic=self._clinic() if self._clinic is not None else None,
            data_dir=self._data_dir if self._conn is not None else None,
        )  # fmt: skip
        window.signedOut.connect(lambda _idle: self._after_sign_out(window))
        window.kioskRequested.connect(self.kioskRequested)  # after the sign-out
        self.workspace = window
        window.show()

    def _ask_for_own_password(self, staff: Staff) -> None:
        from ui.staff.account_dialogs import ChangePasswordDialog

        change = ChangePasswordDialog(
            self.accounts, staff, reason=tr("Choose your own password to go on.")
        )
        change.accepted.connect(lambda: self._open_workspace(change.staff))
        # No new password, no records: back to the sign-in.
        change.rejected.connect(self.sign_in)
        self.dialog = change
        change.show()

    def _after_sign_out(self, window: WorkspaceWindow) -> None:
        window.deleteLater()
        self.workspace = None
        if not window.handing_to_kiosk and not self._finishing:
            self.sign_in()

    def finish(self) -> None:
        """The app is closing: sign out whoever is signed in; ask nobody to sign in."""
        self._finishing = True
        if self.kiosk is not None:
            self.kiosk.shut_down()
            self.kiosk.deleteLater()  # and with it what it sends through (its files)
            self.kiosk = None
        if self.workspace is not None:
            self.workspace.sign_out()
        if self.dialog is not None:
            self.dialog.close()
        if self.panel is not None:
            self.panel.close()
