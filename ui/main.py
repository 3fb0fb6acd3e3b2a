"""Composition root: reads the options, chooses the mode (the patient form, the records'
sign-in, the kiosk; on the main PC or on a paired station), has it built by the module
beside that mode, starts Qt and what runs in the background, and stops it all at the end.

Nothing else in the program decides which services and windows exist: the builders make
them and pass them in by constructor.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.clinic.data_folder import ENVIRONMENT_VARIABLE, data_folder, database_path
from app.clinic.resource_paths import resources_dir
from app.intake.questionnaire import QuestionnaireError
from app.storage.errors import StorageError
from app.system.version import VersionAction
from ui.first_frame import after_first_frame
from ui.issue_messages import cannot_open_message
from ui.language_choice import content_languages
from ui.style import apply_style, qt_arguments
from ui.translations import install_pc_translations, system_language

# Each mode is built by a module beside it (ui/pc_form, ui/staff, ui/kiosk, ui/station),
# imported when that mode is made: the sign-in and the kiosk start without the patient
# form's modules, and the form without the workspace's (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    from app.backups.backup_schedule import BackupSchedule
    from app.follow_ups.reminder_schedule import ReminderSchedule
    from app.network.host_service import HostService
    from app.storage.driver import sqlite3
    from ui.kiosk.kiosk_window import KioskTimings
    from ui.pc_form.building import Application
    from ui.staff.session import StaffSession

log = logging.getLogger("knee_intake")

# What other code and the tests take from here; content_languages and Application lived
# here before the modes were built beside themselves, and still import from here.
__all__ = ["Application", "build_application", "build_staff_session", "content_languages", "main"]


def __getattr__(name: str) -> object:
    # ``from ui.main import Application`` still works (it was defined here before the
    # modes were built beside themselves), without loading the form at every start.
    if name == "Application":
        from ui.pc_form.building import Application

        return Application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Options:
    data_dir: Path
    smoke: bool = False
    records: bool = False
    kiosk: bool = False


def parse_options(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(
        prog="knee-intake",
        description="Patient intake for stem cell therapy for knees.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the database and content overrides "
        f"(default: ${ENVIRONMENT_VARIABLE}, else the platform's user data folder)",
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, show the main window, say when its first frame was drawn, and quit "
        "(exit code 0 if all is well)",
    )
    parser.add_argument(
        "--records",
        action="store_true",
        help="open the reception workspace (records, follow-up) instead of the patient form",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full-screen patient kiosk for a tablet; leaving it takes a staff sign-in "
        "(hold the clinic's name for 3 seconds, or press Ctrl+Alt+Shift+X)",
    )
    args = parser.parse_args(argv)
    return Options(
        data_dir=data_folder(args.data_dir), smoke=args.smoke, records=args.records,
        kiosk=args.kiosk,
    )  # fmt: skip


def build_application(
    data_dir: Path,
    *,
    language: str = "en",
    opener: Callable[[Path], sqlite3.Connection] | None = None,
    confirm_discard: Callable[[QWidget], bool] | None = None,
    idle_ms: int | None = None,
    open_storage_later: bool = False,
) -> Application:
    """The patient form for ``data_dir``: on a paired station the main PC's form
    (ui/station/building.py), else on the clinic's own database (ui/pc_form/building.py,
    which says what the options do). A QApplication must exist."""
    from app.network.station_config import StationConfig as PairedStation

    station = PairedStation.load(data_dir)
    if station is not None:
        from ui.station.building import build_station_form

        return build_station_form(data_dir, station, language, confirm_discard)
    from ui.pc_form.building import build_pc_form

    return build_pc_form(
        data_dir, language=language, opener=opener, confirm_discard=confirm_discard,
        idle_ms=idle_ms, open_storage_later=open_storage_later,
    )  # fmt: skip


def _log_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # The exception's message is left out on purpose: it can quote what a patient typed.
    frames = "".join(traceback.format_tb(tb))
    log.error("unexpected %s\n%s", exc_type.__name__, frames)


def build_staff_session(
    data_dir: Path,
    *,
    opener: Callable[[Path], sqlite3.Connection] | None = None,
    idle_ms: int | None = None,
    kiosk_timings: KioskTimings | None = None,
    full_screen: bool = True,
) -> StaffSession:
    """Set-up or sign-in, then the reception workspace or the kiosk: on a paired tablet
    or reception PC against the main PC (ui/station/building.py), else on the clinic's
    own database (ui/staff/building.py); raises StorageError."""
    # Imported here: the patient form's start-up never pays for the workspace or printing,
    # nor the sign-in's for the kiosk.
    from app.network.station_config import StationConfig as PairedStation
    from app.storage.database import open_database

    opener = opener or open_database
    station = PairedStation.load(data_dir)
    if station is not None and station.kind == "kiosk":
        from ui.station.building import build_tablet_session

        return build_tablet_session(data_dir, station, opener, kiosk_timings, full_screen)
    if station is not None:
        from ui.station.building import build_reception_session

        return build_reception_session(data_dir, station, idle_ms, full_screen)
    from ui.staff.building import build_main_pc_session

    return build_main_pc_session(
        data_dir, opener, idle_ms=idle_ms, kiosk_timings=kiosk_timings, full_screen=full_screen
    )


RESTART_AS_STATION = 75


def _run_workspace(qt_app: QApplication, options: Options) -> int:
    try:
        session = build_staff_session(options.data_dir)
    except StorageError as exc:
        print(f"knee-intake: database problem ({exc.problem.value}): {exc.path}", file=sys.stderr)
        if not options.smoke:
            QMessageBox.critical(None, "Knee Intake", cannot_open_message(exc.problem, exc.path))
        return 1
    session.ended.connect(qt_app.quit)
    # Paired at first start: start again, as the station it now is.
    session.paired.connect(lambda: qt_app.exit(RESTART_AS_STATION))
    later = _StartedLater()

    def start_the_rest() -> None:  # after the first frame, which needs none of it
        later.backups = _back_up_on_schedule(options.data_dir)
        later.reminders = _remind_on_schedule(options.data_dir)
        later.done = True

    session.start(kiosk=options.kiosk)
    first_window = session.kiosk or session.dialog  # shown, and drawn at the loop's start
    after_first_frame(first_window, start_the_rest, at_the_latest_ms=AT_THE_LATEST_MS)
    if options.smoke:
        _smoke_exit(
            qt_app,
            first_window,
            lambda: later.done and (session.kiosk is None or session.kiosk.form.fully_made()),
        )
    code = qt_app.exec()
    session.finish()
    session.deleteLater()
    later.stop()
    if code == RESTART_AS_STATION:
        return _run_workspace(qt_app, replace(options, kiosk=True))
    return code


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    options = parse_options(sys.argv[1:] if argv is None else argv)
    sys.excepthook = _log_uncaught
    existing = QApplication.instance()
    qt_app = existing or QApplication(qt_arguments(sys.argv[0]))
    assert isinstance(qt_app, QApplication)
    # Qt's own words and ours in the PC's language (the translators are the app's children).
    install_pc_translations(system_language())
    qt_app.setApplicationName("Knee Intake")
    qt_app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "knee-intake.svg")))
    if options.smoke and qt_app.windowIcon().pixmap(64, 64).isNull():
        # A bundle without Qt's SVG plugins (packaging/knee-intake.spec keeps them).
        print("knee-intake: the icon cannot be drawn: Qt's SVG support is missing", file=sys.stderr)
        return 4
    qt_app.setOrganizationName("KneeIntake")
    apply_style(qt_app, style_made=existing is None)
    if options.records or options.kiosk:
        return _run_workspace(qt_app, options)
    try:
        built = build_application(options.data_dir, open_storage_later=True)
    except QuestionnaireError as exc:
        print(f"knee-intake: the questionnaire is not valid: {exc}", file=sys.stderr)
        return 2
    except StorageError as exc:  # a station that has never reached its main PC
        print(f"knee-intake: {exc.problem.value}: {exc.path}", file=sys.stderr)
        if not options.smoke:
            QMessageBox.critical(None, "Knee Intake", cannot_open_message(exc.problem, exc.path))
        return 1
    # What the first frame does not need starts right after it: the database, serving
    # the stations, the backups.
    later = _StartedLater()

    def start_the_rest() -> None:
        assert built.open_storage is not None
        built.open_storage()
        later.host = _serve_if_enabled(options.data_dir, built)
        if built.storage_error is None:
            later.backups = _back_up_on_schedule(options.data_dir)
            later.reminders = _remind_on_schedule(options.data_dir)
        later.done = True

    after_first_frame(built.window, start_the_rest, at_the_latest_ms=AT_THE_LATEST_MS)
    if options.smoke:
        _smoke_exit(
            qt_app, built.window, lambda: later.done and built.window.intake.form.fully_made()
        )
    built.window.show()
    code = qt_app.exec()
    if later.host is not None:
        later.host.stop()
    built.service.close()
    later.stop()
    if options.smoke and built.storage_error is not None:
        print(
            f"knee-intake: database problem ({built.storage_error.problem.value}): "
            f"{built.storage_error.path}",
            file=sys.stderr,
        )
        return 1
    return code


# What is put off until after the first frame starts by then even if no frame is drawn:
# an app started minimised still opens its database, serves its stations, backs up.
AT_THE_LATEST_MS = 2000
SMOKE_DEADLINE_MS = 60_000


@dataclass
class _StartedLater:
    """What main() started after the first frame, to stop at the end."""

    host: HostService | None = None
    backups: BackupSchedule | None = None
    reminders: ReminderSchedule | None = None
    done: bool = False

    def stop(self) -> None:
        """The schedules, the closing backup last (after the last reminder's step)."""
        if self.reminders is not None:
            self.reminders.stop()
        if self.backups is not None:
            self.backups.stop(back_up=True)


def _smoke_exit(qt_app: QApplication, window: QWidget | None, done: Callable[[], bool]) -> None:
    """--smoke: say when the first window's first frame was drawn (the time since the
    epoch, so a benchmark can tell how long the start took), then leave once the work
    put off until after it (``done``) is done."""

    drew: list[bool] = []

    def drawn() -> None:
        drew.append(True)
        print(f"knee-intake: first frame drawn at {time.time():.6f}", flush=True)
        leave_when_done()

    def leave_when_done() -> None:
        if done():
            # exit(), not quit(): quit() asks every window to close first, and the kiosk
            # refuses (that is the point of it), which would cancel the quit.
            qt_app.exit(0)
        else:
            QTimer.singleShot(10, leave_when_done)

    def never_drawn() -> None:
        if not drew:  # a check that hangs tells nobody anything
            print("knee-intake: no window was drawn", file=sys.stderr, flush=True)
            qt_app.exit(3)

    after_first_frame(window, drawn)
    QTimer.singleShot(SMOKE_DEADLINE_MS, never_drawn)


def _back_up_on_schedule(data_dir: Path) -> BackupSchedule | None:
    """On the main PC (not a paired station, which keeps no records): daily backups
    while the app runs, and one as it closes (app/backups)."""
    from app.backups.backup_schedule import BackupSchedule
    from app.network.station_config import StationConfig as PairedStation

    if PairedStation.load(data_dir) is not None:
        return None
    schedule = BackupSchedule(database_path(data_dir))
    schedule.start()
    return schedule


def _remind_on_schedule(data_dir: Path) -> ReminderSchedule | None:
    """On the main PC: the follow-ups' e-mail reminders, sent while the app runs (only
    once an administrator sets the clinic's mail server: app/follow_ups/reminders.py)."""
    from app.follow_ups.reminder_schedule import ReminderSchedule
    from app.network.station_config import StationConfig as PairedStation

    if PairedStation.load(data_dir) is not None:
        return None
    schedule = ReminderSchedule(database_path(data_dir))
    schedule.start()
    return schedule


def _serve_if_enabled(data_dir: Path, built: Application) -> HostService | None:
    """The patient form on the host PC serves the stations too, once any are paired."""
    from app.intake.submit import IntakeService

    if built.storage_error is not None or not isinstance(built.service, IntakeService):
        return None  # a station serves nothing
    from app.network.host_service import HostService

    host = HostService(data_dir)
    try:
        host.start_if_enabled(built.service.open())
    except StorageError:
        return None
    return host


if __name__ == "__main__":
    sys.exit(main())
