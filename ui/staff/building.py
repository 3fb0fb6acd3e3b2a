"""The records' way in, built on the main PC (or a one-PC clinic): set-up or sign-in, then
the workspace or the kiosk, on the clinic's own database, serving paired stations while
it is open.

A paired station's session is built by ui/station/building.py; ui/main.py chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.clinic.data_folder import database_path
from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import load_questionnaire
from app.network.host_service import HostService
from app.staff.accounts import StaffAccounts
from app.storage.database import close_database
from app.storage.driver import sqlite3
from ui.staff.session import StaffSession

if TYPE_CHECKING:
    from ui.kiosk.kiosk_window import KioskTimings, KioskWindow


def build_main_pc_session(
    data_dir: Path,
    opener: Callable[[Path], sqlite3.Connection],
    *,
    idle_ms: int | None = None,
    kiosk_timings: KioskTimings | None = None,
    full_screen: bool = True,
) -> StaffSession:
    """The session on its own connection from ``opener``; raises StorageError."""
    questionnaire = load_questionnaire(questionnaire_path())
    conn = opener(database_path(data_dir))
    accounts = StaffAccounts(conn)

    def make_kiosk() -> KioskWindow:
        # Imported here: the sign-in's start never pays for the kiosk's form.
        from ui.kiosk.building import build_main_pc_kiosk

        return build_main_pc_kiosk(conn, questionnaire, accounts, data_dir, opener, kiosk_timings)

    host = HostService(data_dir)
    host.start_if_enabled(conn)  # stations reach the records while the app is open
    session = StaffSession(
        conn, questionnaire, accounts, idle_ms=idle_ms, kiosk_factory=make_kiosk,
        full_screen=full_screen, host=host, data_dir=data_dir,
    )  # fmt: skip

    def finish() -> None:
        host.stop()
        close_database(conn)

    session.destroyed.connect(finish)
    return session
