"""A paired station, built: the patient form on a PC, the kiosk on a tablet, or the
workspace on a second reception PC, each against the main PC (docs/ARCHITECTURE.md).

Nothing here opens the clinic's records: the form comes from the host (or its last
copy), intakes go through the outbox, staff sign in on the host.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.clinic.educational_content import ShownArticle, plain_article
from app.clinic.resource_paths import resources_dir
from app.intake.form_check import FormChecker
from app.intake.kiosk_draft import DraftStore
from app.intake.patient_languages import PatientLanguages
from app.network.outbox import Outbox
from app.network.station_config import StationConfig
from app.network.station_kiosk import Courier, HostStaffDoor, OutboxIntakes, host_form
from app.network.station_link import HostLink
from app.staff.accounts import Staff
from app.storage.database import close_database, open_database
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, StorageProblem
from ui.language_choice import content_languages
from ui.staff.session import StaffSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.kiosk.kiosk_window import KioskTimings, KioskWindow
    from ui.pc_form.building import Application

# A file of the station's own keeps the PC form's draft, and nothing else.
STATION_FORM_DRAFT_FILE = "form-draft.db"


def build_station_form(
    data_dir: Path,
    station: StationConfig,
    language: str,
    confirm_discard: Callable[[QWidget], bool] | None,
) -> Application:
    """The patient form on a paired station: the main PC's form, intakes through the
    outbox to the main PC, as on a tablet's kiosk; raises StorageError when the host
    has never been reached."""
    from ui.content_view import ContentView
    from ui.form.questionnaire_form import QuestionnaireForm
    from ui.pc_form.building import Application, guard_privacy
    from ui.pc_form.intake_panel import IntakePanel
    from ui.pc_form.main_window import MainWindow
    from ui.pc_form.notice_banner import NoticeBanner

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
    # The answers go to the main PC, and no records are kept here: only the draft.
    drafts_conn = open_database(data_dir / STATION_FORM_DRAFT_FILE)
    window.destroyed.connect(lambda: close_database(drafts_conn))
    guard_privacy(window, drafts_conn, served.kiosk_idle_seconds * 1000)
    return Application(window=window, service=service, storage_error=None)


def build_tablet_session(
    data_dir: Path,
    station: StationConfig,
    opener: Callable[[Path], sqlite3.Connection],
    kiosk_timings: KioskTimings | None,
    full_screen: bool,
) -> StaffSession:
    """A tablet paired as a kiosk: the form the host serves (or its last copy), intakes
    into the outbox and on to the host, staff checked by the host, drafts kept here."""
    from app.clinic.data_folder import database_path
    from app.network.station_follow_ups import HostFollowUpDesk
    from app.outcomes import follow_up_questionnaire
    from ui.kiosk.kiosk_window import KioskTimings, KioskWindow
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


def build_reception_session(
    data_dir: Path, station: StationConfig, idle_ms: int | None, full_screen: bool
) -> StaffSession:
    """A reception PC paired with the main PC: staff sign in there, and the workspace
    reads and changes the records there (the same screens as on the main PC)."""
    from app.network.host_records import HostClinicRecords, HostStaffAccounts

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
