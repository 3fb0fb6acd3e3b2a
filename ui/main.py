"""Composition root: reads the options, builds the services and windows, starts Qt.

Nothing else in the program creates services or finds windows: they are built here and
passed in by constructor.
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

from app.clinic.data_folder import (
    ENVIRONMENT_VARIABLE,
    content_override_dir,
    data_folder,
    database_path,
)
from app.clinic.educational_content import ShownArticle, plain_article
from app.clinic.resource_paths import questionnaire_path, resources_dir
from app.intake.questionnaire import QuestionnaireError, load_questionnaire
from app.storage.errors import StorageError
from app.system.version import VersionAction
from ui.first_frame import after_first_frame
from ui.issue_messages import cannot_open_message
from ui.language_choice import content_languages
from ui.style import apply_style, qt_arguments
from ui.translations import install_pc_translations, system_language

# The patient form's modules are imported where the form is made: the sign-in and the
# kiosk start without them (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    from app.backups.backup_schedule import BackupSchedule
    from app.follow_ups.reminder_schedule import ReminderSchedule
    from app.intake.submit import IntakeService
    from app.network.host_service import HostService
    from app.network.station_config import StationConfig
    from app.network.station_kiosk import OutboxIntakes
    from app.staff.accounts import Staff
    from app.storage.driver import sqlite3
    from ui.kiosk.kiosk_window import KioskTimings, KioskWindow
    from ui.main_window import MainWindow
    from ui.staff.session import StaffSession
    from ui.station.station_panel import StationPanel

log = logging.getLogger("knee_intake")


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


@dataclass
class Application:
    """Everything main() built, so tests can drive the real composition."""

    window: MainWindow
    service: IntakeService | OutboxIntakes  # on a paired station: the outbox
    storage_error: StorageError | None
    # build_application(open_storage_later=True): opens the database, reports a problem
    # on screen and brings back a draft; main() calls it after the first frame.
    open_storage: Callable[[], None] | None = None


def build_application(
    data_dir: Path,
    *,
    language: str = "en",
    opener: Callable[[Path], sqlite3.Connection] | None = None,
    confirm_discard: Callable[[QWidget], bool] | None = None,
    idle_ms: int | None = None,
    open_storage_later: bool = False,
) -> Application:
    """Build services and the main window for ``data_dir`` (a QApplication must exist).

    ``opener`` opens the database; tests pass one with a short lock timeout.
    ``confirm_discard`` asks before closing over unsubmitted answers (default: a dialog).
    ``open_storage_later``: the database is opened by ``Application.open_storage``, not
    now (the form's first frame needs none of it: SQLCipher, the key, the migrations).
    """
    from app.clinic.educational_content import load_content
    from app.intake.form_check import FormChecker
    from app.intake.patient_languages import PatientLanguages
    from app.intake.submit import IntakeService
    from app.network.station_config import StationConfig as PairedStation
    from ui.content_view import ContentView
    from ui.form.questionnaire_form import QuestionnaireForm
    from ui.intake_panel import IntakePanel
    from ui.main_window import MainWindow
    from ui.notice_banner import NoticeBanner

    station = PairedStation.load(data_dir)
    if station is not None:
        return _build_station_form(data_dir, station, language, confirm_discard)
    questionnaire = load_questionnaire(questionnaire_path())
    checker = FormChecker(questionnaire)
    service = IntakeService(questionnaire, database_path(data_dir), checker, opener=opener)
    # The article alone at first: its results (if any) are in the database, opened
    # after the first frame.
    content = ContentView("")
    content.show_article(plain_article(
        load_content(language, resources_dir() / "content", content_override_dir(data_dir))
    ))  # fmt: skip
    form = QuestionnaireForm(questionnaire, checker)
    from app.intake.consent import load_consent

    consent = load_consent(resources_dir() / "consent", language)
    names = content_languages(resources_dir() / "content")
    languages = PatientLanguages.bundled(
        questionnaire, questionnaire_path(), resources_dir() / "consent", names
    )
    intake = IntakePanel(
        service, form, NoticeBanner(), consent, languages=languages,
        article_shown=lambda: content.shown,
    )  # fmt: skip
    opened: list[sqlite3.Connection] = []

    def show_article(chosen: str) -> None:
        from app.outcomes.clinic_results import clinic_article  # SQL: not at the first frame
        from app.system.clock import utc_now_text

        conn = opened[0] if opened else None
        content.show_article(clinic_article(conn, chosen, data_dir, utc_now_text()))

    intake.languageChanged.connect(show_article)
    window = MainWindow(content, intake, confirm_discard=confirm_discard)
    built = Application(window=window, service=service, storage_error=None)

    def open_storage() -> None:
        conn = None
        try:
            conn = service.open()
        except StorageError as exc:
            built.storage_error = exc
            intake.report_storage_problem(exc)
        if conn is not None:
            from app.staff.accounts import StaffAccounts

            opened.append(conn)
            show_article(intake.language)  # now with the clinic's results, if published
            intake.clinic_name = StaffAccounts(conn).clinic_name()  # for the patient's copy
        _guard_privacy(window, conn, idle_ms)

    if open_storage_later:
        built.open_storage = open_storage
    else:
        open_storage()
    return built


def _guard_privacy(
    window: MainWindow, conn: sqlite3.Connection | None, idle_ms: int | None
) -> None:
    """The PC form clears itself after the clinic's idle time and keeps a draft for that
    long (ui/form_privacy.py); a recent draft comes back now."""
    from app.clinic.settings import kiosk_idle_seconds
    from app.intake.kiosk_draft import DraftStore
    from ui.form_privacy import PC_FORM_DEVICE, FormPrivacy

    if idle_ms is None:
        idle_ms = (kiosk_idle_seconds(conn) if conn is not None else 120) * 1000
    drafts = DraftStore(conn, device=PC_FORM_DEVICE) if conn is not None else None
    window.privacy = FormPrivacy(window.intake, drafts, idle_ms)
    window.privacy.restore()


def _build_station_form(
    data_dir: Path,
    station: StationConfig,
    language: str,
    confirm_discard: Callable[[QWidget], bool] | None,
) -> Application:
    """The patient form on a paired station: the main PC's form, intakes through the
    outbox to the main PC, as on a tablet's kiosk."""
    from app.intake.form_check import FormChecker
    from app.intake.patient_languages import PatientLanguages
    from app.network.outbox import Outbox
    from app.network.station_kiosk import Courier, OutboxIntakes, host_form
    from app.network.station_link import HostLink
    from app.storage.errors import StorageProblem
    from ui.content_view import ContentView
    from ui.form.questionnaire_form import QuestionnaireForm
    from ui.intake_panel import IntakePanel
    from ui.main_window import MainWindow
    from ui.notice_banner import NoticeBanner

    link = HostLink(station)
    served = host_form(link, data_dir)
    link.close()
    if served is None:
        raise StorageError(StorageProblem.HOST_UNREACHABLE, station.host)
    checker = FormChecker(served.questionnaire)
    outbox = Outbox(data_dir)  # made (and its file set up) before the courier opens it
    courier = Courier(data_dir, station)
    courier.start()
    service = OutboxIntakes(checker, outbox, courier, owns_courier=True)

    def article(chosen: str) -> ShownArticle:
        return served.articles.get(chosen) or served.articles.get("en") or plain_article("")

    content = ContentView("")
    content.show_article(article(language))
    form = QuestionnaireForm(served.questionnaire, checker)
    consent = served.consent.get(language) or next(iter(served.consent.values()))
    offered = {k: v for k, v in content_languages(resources_dir() / "content").items()
               if k in served.articles}  # fmt: skip
    languages = PatientLanguages(served.questionnaire, served.translations, served.consent, offered)
    intake = IntakePanel(
        service,
        form,
        NoticeBanner(),
        consent,
        languages=languages,  # type: ignore[arg-type]
        article_shown=lambda: content.shown,
    )
    intake.languageChanged.connect(lambda chosen: content.show_article(article(chosen)))
    intake.clinic_name = served.clinic_name
    window = MainWindow(content, intake, confirm_discard=confirm_discard)
    # A file of this station's own keeps the form's draft, and nothing else: the
    # answers go to the main PC, and no records are kept here.
    from app.storage.database import close_database, open_database

    drafts_conn = open_database(data_dir / STATION_FORM_DRAFT_FILE)
    window.destroyed.connect(lambda: close_database(drafts_conn))
    _guard_privacy(window, drafts_conn, served.kiosk_idle_seconds * 1000)
    return Application(window=window, service=service, storage_error=None)


STATION_FORM_DRAFT_FILE = "form-draft.db"


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
    """Set-up or sign-in, then the reception workspace or the kiosk, on their own
    connection; raises StorageError."""
    # Imported here: the patient form's start-up never pays for the workspace or printing,
    # nor the sign-in's for the kiosk (make_kiosk's own imports).
    from app.network.host_service import HostService
    from app.network.station_config import StationConfig as PairedStation
    from app.staff.accounts import KioskExitDoor, StaffAccounts
    from app.storage.database import close_database, open_database
    from ui.staff.session import StaffSession

    opener = opener or open_database

    station = PairedStation.load(data_dir)
    if station is not None and station.kind == "kiosk":
        return _build_tablet_session(data_dir, station, opener, kiosk_timings, full_screen)
    if station is not None:
        return _build_reception_session(data_dir, station, idle_ms, full_screen)
    questionnaire = load_questionnaire(questionnaire_path())
    conn = opener(database_path(data_dir))
    accounts = StaffAccounts(conn)

    def make_kiosk() -> KioskWindow:
        from app.clinic.settings import kiosk_idle_seconds
        from app.intake.consent import load_consent
        from app.intake.form_check import FormChecker
        from app.intake.kiosk_draft import DraftStore
        from app.intake.patient_languages import PatientLanguages
        from app.intake.submit import IntakeService
        from app.intake.timing import typical_minutes
        from app.outcomes import follow_up_questionnaire
        from app.outcomes.clinic_results import clinic_article
        from app.outcomes.follow_up_desk import LocalFollowUpDesk
        from app.system.clock import utc_now_text
        from ui.kiosk.kiosk_window import KioskTimings, KioskWindow

        checker = FormChecker(questionnaire)
        service = IntakeService(
            questionnaire, database_path(data_dir), checker, opener=opener, source="kiosk"
        )

        def article(language: str) -> ShownArticle:
            return clinic_article(conn, language, data_dir, utc_now_text())

        timings = kiosk_timings or KioskTimings(idle_ms=kiosk_idle_seconds(conn) * 1000)
        follow_ups = LocalFollowUpDesk(
            FormChecker(follow_up_questionnaire()), database_path(data_dir), opener=opener
        )
        languages = content_languages(resources_dir() / "content")
        kiosk = KioskWindow(
            questionnaire, checker, service, KioskExitDoor(accounts), DraftStore(conn),
            load_consent(resources_dir() / "consent", "en"), article,
            languages=languages, timings=timings, follow_ups=follow_ups,
            patient_languages=PatientLanguages.bundled(
                questionnaire, questionnaire_path(), resources_dir() / "consent", languages
            ),
            typical_minutes=lambda: typical_minutes(conn),
        )  # fmt: skip
        kiosk.destroyed.connect(service.close)
        kiosk.destroyed.connect(follow_ups.close)
        return kiosk

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


def _build_tablet_session(
    data_dir: Path,
    station: StationConfig,
    opener: Callable[[Path], sqlite3.Connection],
    kiosk_timings: KioskTimings | None,
    full_screen: bool,
) -> StaffSession:
    """A tablet paired as a kiosk: the form the host serves (or its last copy), intakes
    into the outbox and on to the host, staff checked by the host, drafts kept here."""
    from app.intake.form_check import FormChecker
    from app.intake.kiosk_draft import DraftStore
    from app.intake.patient_languages import PatientLanguages
    from app.network.outbox import Outbox
    from app.network.station_follow_ups import HostFollowUpDesk
    from app.network.station_kiosk import Courier, HostStaffDoor, OutboxIntakes, host_form
    from app.network.station_link import HostLink
    from app.outcomes import follow_up_questionnaire
    from app.storage.database import close_database
    from app.storage.errors import StorageProblem
    from ui.kiosk.kiosk_window import KioskTimings, KioskWindow
    from ui.staff.session import StaffSession
    from ui.station.station_panel import StationPanel

    link = HostLink(station)
    form = host_form(link, data_dir)
    if form is None:  # never reached the host since pairing, and no copy yet
        raise StorageError(StorageProblem.HOST_UNREACHABLE, station.host)
    conn = opener(database_path(data_dir))  # this tablet's own file: drafts only
    door = HostStaffDoor(link, form.clinic_name)
    Outbox(data_dir).close()  # the file set up before the courier and the kiosk open it
    courier = Courier(data_dir, station)
    courier.start()
    languages = content_languages(resources_dir() / "content")

    def make_kiosk() -> KioskWindow:
        checker = FormChecker(form.questionnaire)
        intakes = OutboxIntakes(checker, Outbox(data_dir), courier)
        timings = kiosk_timings or KioskTimings(idle_ms=form.kiosk_idle_seconds * 1000)
        consent = form.consent.get("en") or next(iter(form.consent.values()))
        follow_ups = HostFollowUpDesk(
            station, FormChecker(follow_up_questionnaire()), Outbox(data_dir), courier
        )
        offered = {k: v for k, v in languages.items() if k in form.articles}
        kiosk = KioskWindow(
            form.questionnaire, checker, intakes, door, DraftStore(conn), consent,
            lambda language: (
                form.articles.get(language) or form.articles.get("en") or plain_article("")
            ),
            languages=offered, timings=timings, follow_ups=follow_ups,
            patient_languages=PatientLanguages(
                form.questionnaire, form.translations, form.consent, offered
            ),
            typical_minutes=lambda: form.typical_intake_minutes,  # the host's, at start
        )  # fmt: skip
        kiosk.destroyed.connect(intakes.close)
        kiosk.destroyed.connect(follow_ups.close)
        return kiosk

    def panel(staff: Staff) -> StationPanel:
        outbox = Outbox(data_dir)
        made = StationPanel(staff, station, outbox.waiting, courier)
        made.finished.connect(outbox.close)  # after the panel's own timer stopped
        return made

    session = StaffSession(
        conn, form.questionnaire, door, kiosk_factory=make_kiosk, full_screen=full_screen,
        station_panel=panel,
    )  # fmt: skip

    def finish() -> None:
        courier.stop()
        link.close()
        close_database(conn)

    session.destroyed.connect(finish)
    return session


def _build_reception_session(
    data_dir: Path, station: StationConfig, idle_ms: int | None, full_screen: bool
) -> StaffSession:
    """A reception PC paired with the main PC: staff sign in there, and the workspace
    reads and changes the records there (the same screens as on the main PC)."""
    from app.network.host_records import HostClinicRecords, HostStaffAccounts
    from app.network.station_kiosk import host_form
    from app.network.station_link import HostLink
    from app.storage.errors import StorageProblem
    from ui.staff.session import StaffSession

    link = HostLink(station)
    form = host_form(link, data_dir)
    if form is None:
        raise StorageError(StorageProblem.HOST_UNREACHABLE, station.host)
    accounts = HostStaffAccounts(link, form.clinic_name)

    def clinic() -> HostClinicRecords:
        assert accounts.session is not None
        return HostClinicRecords(link, accounts.session)

    # The clinic's idle sign-out, as on the main PC (whose session ends at the same time).
    idle = idle_ms if idle_ms is not None else form.staff_idle_minutes * 60_000
    session = StaffSession(
        None, form.questionnaire, accounts, idle_ms=idle,
        full_screen=full_screen, clinic=clinic,
    )  # fmt: skip
    session.destroyed.connect(link.close)
    return session


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
