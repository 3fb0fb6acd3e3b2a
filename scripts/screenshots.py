"""Render the main window to PNGs for the README and for review.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a throw-away data folder and Qt's offscreen platform, so it runs anywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# A screen larger than any size asked for (2560×1600): on Qt's default 800×800 offscreen
# screen a 1920×1080 window is cut to the screen, and its picture is not the window.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('screenshot-screen.json')}",
)
# The throw-away folders' database keys in a throw-away folder too, not the user's store.
os.environ["KNEE_INTAKE_KEY_DIR"] = tempfile.mkdtemp(prefix="knee-intake-keys-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for sample answers

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.main import build_application
from ui.style import apply_style

SIZES = {"pc": (1920, 1080), "tablet": (1280, 800), "small-pc": (1366, 768)}
_ASKED: dict[int, tuple[int, int]] = {}


class WrongSize(RuntimeError):
    """A window was not the size the script asked for: its picture would mislead."""


def sized(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget``, and remember the size asked for, for ``shoot`` to check."""
    widget.resize(width, height)
    _ASKED[id(widget)] = (width, height)


def shoot(widget: QWidget, path: str) -> None:
    """Save ``widget`` as a PNG, if it is the size asked for (and fail if not)."""
    asked = _ASKED.get(id(widget))
    got = (widget.width(), widget.height())
    if asked is not None and got != asked:
        raise WrongSize(
            f"{Path(path).name}: asked for {asked[0]}×{asked[1]}, got {got[0]}×{got[1]}"
        )
    picture = widget.grab()
    if asked is not None and (picture.width(), picture.height()) != asked:
        raise WrongSize(f"{Path(path).name}: the picture is {picture.size().toTuple()}")
    if not picture.save(path):
        raise OSError(f"could not write {path}")


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def workspace_shots(out: Path) -> None:
    """The reception workspace on 2,000 demo records, and one record with some history."""
    import datetime as dt

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.records.follow_up_plan import propose_follow_ups
    from app.records.record_book import ContactEntry, TreatmentEntry
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.staff.account_dialogs import SignInDialog
    from ui.workspace.workspace_window import WorkspaceWindow

    with tempfile.TemporaryDirectory() as data_dir:
        conn = open_database(Path(data_dir) / "knee-intake.db")
        questionnaire = load_questionnaire(questionnaire_path())
        add_demo_records(conn, questionnaire, 2000)
        accounts = StaffAccounts(conn)
        rita = accounts.set_up(
            "Riverside Knee Clinic", "rita", "Rita Chen", "correct horse battery"
        )
        sign_in = SignInDialog(accounts)
        sign_in.username.setText("rita")
        sign_in.show()
        settle()
        shoot(sign_in, str(out / "sign-in.png"))
        sign_in.close()
        from app.clinic.settings import write_setting
        from app.network.host_service import PORT_KEY, HostService
        from tests.clinic_network import free_port

        write_setting(conn, PORT_KEY, free_port())
        host = HostService(Path(data_dir), address="127.0.0.1")  # loopback only, here
        window = WorkspaceWindow(
            conn, questionnaire, FormChecker(questionnaire), rita, accounts, host=host
        )
        intake_id = window.model.record_at(0).intake_id
        book = window.records.book  # type: ignore[attr-defined]
        treated = dt.date.today() - dt.timedelta(days=50)
        book.change_status(intake_id, "treatment", "rita")
        book.add_treatment(
            intake_id,
            TreatmentEntry(
                treated,
                "left",
                "bone-marrow",
                1,
                "Dr Shah",
                "No complications",
                details={
                    "product": ("bone-marrow",),
                    "image-guidance": ("ultrasound",),
                    "separation": ("centrifugation",),
                    "injected-volume": "6",
                    "harvest-site": ("posterior-iliac-crest",),
                },
            ),
            "rita",
            propose_follow_ups(treated, 1, book.follow_up_intervals()),
        )
        book.log_contact(intake_id, ContactEntry("call", "reached", "Booked 6-week check"), "rita")
        # A returning patient with a new number: suggested, for staff to decide.
        from tests.intake_factory import IntakeFactory

        factory = IntakeFactory(questionnaire, Path(data_dir) / "knee-intake.db")
        factory.submit("Kamala", "Raj", phone="202 555 0143")
        returning = factory.submit("Kamala", "Raj", phone="415 555 0199").intake_id
        factory.close()
        window.refresh()
        for name, (width, height) in SIZES.items():
            sized(window, width, height)
            window.show()
            settle()
            shoot(window, str(out / f"workspace-{name}.png"))
            window.filters.search.setText("555 01")
            settle(400)
            shoot(window, str(out / f"workspace-search-{name}.png"))
            window.filters.search.setText("")
            calls = window.filters.follow_up
            calls.setCurrentIndex(calls.findData("due-now"))
            settle(400)
            shoot(window, str(out / f"workspace-call-list-{name}.png"))
            window.table.selectRow(0)
            call = window.log_call()
            assert call is not None
            settle()
            shoot(call, str(out / f"call-from-list-{name}.png"))
            call.reject()
            calls.setCurrentIndex(0)
            window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
            settle(400)
            view = window.open_record(intake_id)
            sized(view, width - 80, height - 40)
            settle()
            shoot(view, str(out / f"record-{name}.png"))
            view.close()
            view = window.open_record(returning)
            sized(view, width - 80, height - 40)
            settle()
            shoot(view, str(out / f"record-same-patient-{name}.png"))
            view.close()
            settings = window.edit_settings()
            assert settings is not None
            settings.intervals_edit.setText("6 weeks, 3 mnths")
            settings.accept()  # refused: shows what it cannot read
            settle()
            shoot(settings, str(out / f"settings-{name}.png"))
            settings.reject()
            trail = window.show_audit()
            sized(trail, min(width - 80, 1400), height - 160)
            settle()
            shoot(trail, str(out / f"audit-trail-{name}.png"))
            trail.reject()
            entry = window.new_intake()
            sized(entry, min(1000, width - 80), height - 80)
            entry.source.setCurrentIndex(entry.source.findData("staff-phone"))
            entry.agreed.setChecked(True)
            settle()
            shoot(entry, str(out / f"new-intake-{name}.png"))
            entry.reject()
            stations = window.manage_stations()
            stations.add_station("kiosk")
            settle()
            shoot(stations, str(out / f"stations-{name}.png"))
            stations.reject()
        host.stop()
        window.sign_out()
        conn.close()


def backups_shots(out: Path) -> None:
    """Issue 13: the recovery key at an administrator's first sign-in, the warning when
    the backup folder is gone, and the Backups dialog with a week of backups."""
    import datetime as dt

    from app.backups.backup_run import back_up_clinic
    from app.backups.backup_settings import choose_backup_folder
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.workspace.workspace_window import WorkspaceWindow

    with tempfile.TemporaryDirectory() as data_dir:
        folder = Path(data_dir)
        conn = open_database(folder / "knee-intake.db")
        questionnaire = load_questionnaire(questionnaire_path())
        add_demo_records(conn, questionnaire, 300)
        accounts = StaffAccounts(conn)
        rita = accounts.set_up(
            "Riverside Knee Clinic", "rita", "Rita Chen", "correct horse battery"
        )
        now = dt.datetime.now(dt.UTC)
        drive = folder / "usb-drive"

        def open_workspace(width: int, height: int) -> WorkspaceWindow:
            window = WorkspaceWindow(
                conn, questionnaire, FormChecker(questionnaire), rita, accounts, data_dir=folder
            )
            window.setWindowState(Qt.WindowState.WindowNoState)
            sized(window, width, height)
            window.show()
            settle(200)  # the recovery key shows at once to an administrator
            return window

        for name, (width, height) in SIZES.items():
            window = open_workspace(width, height)
            assert window.recovery_dialog is not None
            window.recovery_dialog.typed[0].setText("7K3M")
            window.recovery_dialog.accept()  # a group copied wrongly: said beside the fields
            settle()
            shoot(window.recovery_dialog, str(out / f"recovery-key-{name}.png"))
            window.recovery_dialog.reject()
            dialog = window.manage_backups()
            assert dialog is not None
            settle()
            shoot(dialog, str(out / f"backups-first-{name}.png"))
            drive.mkdir(exist_ok=True)
            choose_backup_folder(conn, drive, "rita")
            for days in range(6, -1, -1):
                back_up_clinic(conn, folder, now - dt.timedelta(days=days, hours=2))
            dialog.refresh()
            settle()
            shoot(dialog, str(out / f"backups-{name}.png"))
            dialog.reject()
            window.sign_out()
            for backup in drive.iterdir():
                backup.unlink()
            drive.rmdir()  # unplugged: the warning at the next sign-in
            window = open_workspace(width, height)
            if window.recovery_dialog is not None:
                window.recovery_dialog.reject()
            settle()
            shoot(window, str(out / f"backup-warning-{name}.png"))
            window.sign_out()
            from app.clinic.settings import write_setting

            write_setting(conn, "backup_folder", None)
            write_setting(conn, "last_good_backup", None)
        conn.close()


def outcomes_shots(out: Path, suffix: str = "") -> None:
    """A demo patient's Outcomes tab with its chart, the follow-up dialogs, and the
    clinic's outcomes report (demo records included: a demo database has no others)."""
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.outcomes.follow_up_dialogs import FollowUpEntryDialog, HandOverDialog
    from ui.outcomes.report_dialog import OutcomesReportDialog
    from ui.workspace.workspace_window import WorkspaceWindow

    with tempfile.TemporaryDirectory() as data_dir:
        conn = open_database(Path(data_dir) / "knee-intake.db")
        questionnaire = load_questionnaire(questionnaire_path())
        add_demo_records(conn, questionnaire, 2000)
        accounts = StaffAccounts(conn)
        rita = accounts.set_up(
            "Riverside Knee Clinic", "rita", "Rita Chen", "correct horse battery"
        )
        # A patient with two treatments, three follow-up answers and a clear change.
        intake_id = conn.execute(
            "SELECT r.intake_id FROM follow_up_response AS r JOIN intake AS i"
            " ON i.id = r.intake_id WHERE i.koos_jr_score IS NOT NULL"
            " AND (SELECT count(*) FROM treatment WHERE intake_id = i.id) = 2"
            " GROUP BY r.intake_id HAVING count(*) >= 3"
            " ORDER BY max(r.koos_jr_score) - i.koos_jr_score DESC LIMIT 1"
        ).fetchone()[0]
        # A patient who reported a problem at a follow-up, for the rating dialog.
        with_problems = conn.execute(
            "SELECT intake_id FROM follow_up_response WHERE problems <> '[]' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        window = WorkspaceWindow(conn, questionnaire, FormChecker(questionnaire), rita, accounts)
        for name, (width, height) in SIZES.items():
            sized(window, width, height)
            window.show()
            view = window.open_record(intake_id)
            sized(view, width - 80, height - 40)
            view.tabs.setCurrentWidget(view.outcomes)
            settle()
            shoot(view, str(out / f"record-outcomes-{name}{suffix}.png"))
            view.outcomes.enter.click()
            settle()
            entry = view.findChild(FollowUpEntryDialog)
            assert entry is not None
            sized(entry, min(980, width - 120), height - 120)
            settle()
            shoot(entry, str(out / f"follow-up-entry-{name}{suffix}.png"))
            entry.reject()
            view.outcomes.hand_over.click()
            settle()
            hand_over = view.findChild(HandOverDialog)
            assert hand_over is not None
            shoot(hand_over, str(out / f"hand-over-{name}{suffix}.png"))
            hand_over.reject()
            view.close()
            report = window.show_outcomes()
            assert isinstance(report, OutcomesReportDialog)
            report.include_demo.setChecked(True)
            sized(report, min(1200, width - 80), height - 80)
            settle()
            shoot(report, str(out / f"outcomes-report-{name}{suffix}.png"))
            report.group_by.setCurrentIndex(report.group_by.findData("product"))
            settle()
            shoot(report, str(out / f"outcomes-report-by-product-{name}{suffix}.png"))
            report.group_by.setCurrentIndex(0)
            report.reject()
            view = window.open_record(intake_id)
            view.findChild(QWidget, "add-treatment").click()
            settle()
            treatment = view.findChild(QWidget, "treatment-dialog")
            assert treatment is not None
            sized(treatment, min(1320, width - 60), min(860, height - 80))
            settle()
            shoot(treatment, str(out / f"treatment-dialog-{name}{suffix}.png"))
            treatment.reject()  # type: ignore[attr-defined]
            view.close()
            view = window.open_record(with_problems)
            view.tabs.setCurrentWidget(view.outcomes)
            view.outcomes.rate.click()
            settle()
            rating = view.findChild(QWidget, "adverse-event-dialog")
            assert rating is not None
            sized(rating, min(1100, width - 120), min(420, height - 120))
            settle()
            shoot(rating, str(out / f"adverse-events-{name}{suffix}.png"))
            rating.reject()  # type: ignore[attr-defined]
            view.close()
        window.sign_out()
        conn.close()


def staff_spanish_shots(out: Path) -> None:
    """The staff screens on a PC set to Spanish (the records, a record's outcomes, the
    treatment record, the grouped report): ``*-es.png``."""
    from PySide6.QtCore import QLocale

    from ui.translations import install_pc_translations

    before = QLocale()
    install_pc_translations("es")
    QLocale.setDefault(QLocale("es_ES"))  # as on a PC set to Spanish: "4 dic 2026"
    try:
        outcomes_shots(out, "-es")
    finally:
        install_pc_translations("en")
        QLocale.setDefault(before)


def paper_form_shots(out: Path) -> None:
    """The blank paper form's first page in each language, as the PDF staff save prints
    it (rendered by poppler's pdftoppm; skipped, saying so, where it is missing)."""
    import shutil
    import subprocess

    from app.clinic.resource_paths import questionnaire_path, resources_dir
    from app.intake.patient_languages import PatientLanguages
    from app.intake.questionnaire import load_questionnaire
    from ui.language_choice import content_languages
    from ui.workspace.paper_form_button import PaperFormButton

    if shutil.which("pdftoppm") is None:
        print("paper form pages skipped: pdftoppm (poppler-utils) is not installed")
        return
    questionnaire = load_questionnaire(questionnaire_path())
    languages = PatientLanguages.bundled(
        questionnaire, questionnaire_path(), resources_dir() / "consent",
        content_languages(resources_dir() / "content"),
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        for code in languages.names:
            pdf = Path(folder) / f"{code}.pdf"
            button = PaperFormButton(
                languages, "Riverside Knee Clinic", choose_pdf_path=lambda _p, _n, f=pdf: f
            )
            button.save_pdf(code)
            tag = "" if code == "en" else f"-{code}"
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                 str(pdf), str(out / f"paper-form{tag}-page-1")],
                check=True,
            )  # fmt: skip


def scroll_to(view: QWidget, words: str) -> None:
    """The article scrolled so ``words`` (a heading) is near the top."""
    document = view.document()  # type: ignore[attr-defined]
    block = document.find(words).block()
    top = document.documentLayout().blockBoundingRect(block).top()
    view.verticalScrollBar().setValue(int(top) - 24)  # type: ignore[attr-defined]


def clinic_results_shots(out: Path) -> None:
    """ "Results at this clinic" (issue 25): an administrator publishing them, then the
    article with them on the PC form and on the tablet, in English and Spanish. On the
    demo's records, said to patients to be demonstration figures."""
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.questionnaire import load_questionnaire
    from app.outcomes.clinic_results import publish_results, work_out_results
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from app.system.clock import local_today, utc_now_text
    from ui.main import build_staff_session
    from ui.outcomes.clinic_results_dialog import ClinicResultsDialog
    from ui.workspace.workspace_window import WorkspaceWindow

    with tempfile.TemporaryDirectory() as data_dir:
        conn = open_database(Path(data_dir) / "knee-intake.db")
        questionnaire = load_questionnaire(questionnaire_path())
        add_demo_records(conn, questionnaire, 2000)
        accounts = StaffAccounts(conn)
        rita = accounts.set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
        from app.intake.form_check import FormChecker

        window = WorkspaceWindow(conn, questionnaire, FormChecker(questionnaire), rita, accounts)
        for name, (width, height) in SIZES.items():
            sized(window, width, height)
            window.show()
            settings = window.edit_settings()
            assert settings is not None
            results = settings.open_results()
            assert isinstance(results, ClinicResultsDialog)
            results.include_demo.setChecked(True)
            sized(results, min(1100, width - 80), min(720, height - 80))
            settle()
            shoot(results, str(out / f"clinic-results-dialog-{name}.png"))
            results.reject()
            settings.reject()
        window.sign_out()
        figures = work_out_results(conn, questionnaire, 2, local_today(), include_demo=True)
        publish_results(conn, figures, "rita", utc_now_text())
        conn.close()
        for name, (width, height) in SIZES.items():
            built = build_application(Path(data_dir), confirm_discard=lambda _window: True)
            assert built.open_storage is None
            form_window = built.window
            sized(form_window, width, height)
            form_window.show()
            for language, tag in (("en", ""), ("es", "-es")):
                form_window.intake.use_language(language)
                settle()
                scroll_to(form_window.content, "Results at this clinic" if language == "en"
                          else "Resultados en esta clínica")  # fmt: skip
                settle()
                shoot(form_window, str(out / f"article-results{tag}-{name}.png"))
            form_window.intake.use_language("en")
            form_window.close()
            built.service.close()
        session = build_staff_session(Path(data_dir), full_screen=False)
        session.start(kiosk=True)
        kiosk = session.kiosk
        assert kiosk is not None
        for language, tag in (("en", ""), ("es", "-es")):
            for screen, (width, height) in (("landscape", (1280, 800)), ("portrait", (800, 1280))):
                sized(kiosk, width, height)
                kiosk.reset()
                kiosk._start(language)
                settle()
                scroll_to(kiosk.article_view, "Results at this clinic" if language == "en"
                          else "Resultados en esta clínica")  # fmt: skip
                settle()
                shoot(kiosk, str(out / f"kiosk-article-results-{screen}{tag}.png"))
        kiosk.reset()
        session.finish()


def follow_ups_shots(out: Path) -> None:
    """Today's follow-ups on the demo's records (issue 26), and a letter's first page."""
    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.workspace.workspace_window import WorkspaceWindow

    with tempfile.TemporaryDirectory() as data_dir:
        conn = open_database(Path(data_dir) / "knee-intake.db")
        questionnaire = load_questionnaire(questionnaire_path())
        add_demo_records(conn, questionnaire, 2000)
        accounts = StaffAccounts(conn)
        rita = accounts.set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
        letter = Path(data_dir) / "letter.pdf"
        window = WorkspaceWindow(conn, questionnaire, FormChecker(questionnaire), rita, accounts,
                                 choose_pdf_path=lambda _parent, _name: letter)  # fmt: skip
        for name, (width, height) in SIZES.items():
            sized(window, width, height)
            window.show()
            dialog = window.show_follow_ups()
            assert dialog is not None
            sized(dialog, min(1280, width - 60), min(720, height - 80))
            calls = [n for n, item in enumerate(dialog.items) if item.next_kind == "call"]
            if calls:
                dialog.table.selectRow(calls[0])
            settle()
            shoot(dialog, str(out / f"follow-ups-today-{name}.png"))
            dialog.reject()
        letters = [item for item in dialog.items if item.next_kind == "letter"][:1]
        if letters:
            from ui.follow_ups.work_desk import letters_for
            from ui.printing import write_pdf

            write_pdf(
                letters_for(letters, "Riverside Knee Clinic", "(202) 555-0100", dialog._desk.today),
                letter,
            )  # type: ignore[attr-defined]
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(letter),
                            str(out / "follow-up-letter")], check=True, timeout=120)  # fmt: skip
        # A patient's own copy, from their record, in Spanish where a demo patient is.
        from app.clinic.resource_paths import resources_dir
        from app.intake.consent import SignedConsent, load_consent
        from tests.intake_factory import IntakeFactory
        from ui.printing import write_pdf as write_copy

        spanish = load_consent(resources_dir() / "consent", "es")
        strokes = (((0.08, 0.6), (0.2, 0.3), (0.32, 0.7), (0.45, 0.35), (0.6, 0.65),
                    (0.75, 0.4), (0.9, 0.55)),)  # fmt: skip
        factory = IntakeFactory(questionnaire, Path(data_dir) / "knee-intake.db")
        saved = factory.submit("Lucía", "Ortega", email="lucia@example.com", knee=("left",),
                               consent=SignedConsent(spanish.version, "2026-11-20T10:00:00+00:00",
                                                     strokes, language="es",
                                                     article_version="3f2a9c41d07e"))  # fmt: skip
        factory.close()
        view = window.open_record(saved.intake_id)
        copy = Path(data_dir) / "copy.pdf"
        write_copy(view.patient_copy(), copy, view.summary_images())
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(copy),
                        str(out / "patient-copy")], check=True, timeout=120)  # fmt: skip
        view.close()
        # A demo patient's progress page (several follow-ups answered).
        (followed,) = conn.execute(
            "SELECT intake_id FROM follow_up_response GROUP BY intake_id"
            " HAVING count(*) >= 3 ORDER BY intake_id LIMIT 1"
        ).fetchone()
        view = window.open_record(followed)
        html, images = view.progress_page()
        progress = Path(data_dir) / "progress.pdf"
        write_copy(html, progress, images)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(progress),
                        str(out / "patient-progress")], check=True, timeout=120)  # fmt: skip
        view.close()
        window.sign_out()
        conn.close()


def kiosk_shots(out: Path) -> None:
    """Every kiosk page, landscape and portrait, with a patient part-way through."""
    from app.outcomes.kiosk_handover import Handover
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from tests.intake_factory import complete_raw_answers
    from ui.main import build_staff_session

    with tempfile.TemporaryDirectory() as data_dir:
        conn = open_database(Path(data_dir) / "knee-intake.db")
        StaffAccounts(conn).set_up("Riverside Knee Clinic", "maria", "Maria", "correct horse 1")
        conn.close()
        session = build_staff_session(Path(data_dir), full_screen=False)
        session.start(kiosk=True)
        kiosk = session.kiosk
        assert kiosk is not None
        raw = complete_raw_answers(kiosk.form._questionnaire)  # type: ignore[attr-defined]
        raw.update({"first-name": "Maria", "last-name": "Okafor", "pain-now": "7"})
        screens = (("landscape", (1280, 800)), ("portrait", (800, 1280)))
        for language, tag in (("en", ""), ("es", "-es")):  # docs: the Spanish pages too
            for screen, (width, height) in screens:
                name = f"{screen}{tag}"
                sized(kiosk, width, height)
                kiosk.reset()
                settle()
                shoot(kiosk, str(out / f"kiosk-welcome-{name}.png"))
                kiosk._start(language)
                settle()
                shoot(kiosk, str(out / f"kiosk-article-{name}.png"))
                kiosk.go_to_section(0)
                settle()
                shoot(kiosk, str(out / f"kiosk-section-1-{name}.png"))
                kiosk.form.focus_question("phone")
                settle()
                shoot(kiosk, str(out / f"kiosk-phone-{name}.png"))
                kiosk.form.set_raw_answers(raw)
                kiosk.go_to_section(1)
                settle()
                shoot(kiosk, str(out / f"kiosk-section-2-{name}.png"))
                kiosk.go_to_section(kiosk.form.section_of("pain-now"))
                kiosk.form.focus_question("pain-now")
                settle()
                shoot(kiosk, str(out / f"kiosk-pain-{name}.png"))
                kiosk._ask_if_still_there()
                kiosk._countdown.stop()
                settle()
                shoot(kiosk, str(out / f"kiosk-still-there-{name}.png"))
                kiosk._show_review()
                settle()
                shoot(kiosk, str(out / f"kiosk-review-{name}.png"))
                kiosk._show(kiosk.consent)
                settle()
                shoot(kiosk, str(out / f"kiosk-consent-{name}.png"))
                kiosk._show(kiosk.thank_you)
                settle()
                shoot(kiosk, str(out / f"kiosk-thank-you-{name}.png"))
                kiosk.ask_for_staff()
                settle()
                shoot(kiosk, str(out / f"kiosk-staff-exit-{name}.png"))
                kiosk._leave_staff_exit()
                # A follow-up handed to the kiosk for one patient (docs/OUTCOMES.md).
                kiosk.reset()
                kiosk._greet(Handover(0, 0, None, "Maria"))
                settle()
                shoot(kiosk, str(out / f"kiosk-follow-up-greeting-{name}.png"))
                kiosk.go_to_follow_up_section(0)
                settle()
                shoot(kiosk, str(out / f"kiosk-follow-up-{name}.png"))
                kiosk.handover = None
                kiosk.reset()
        session.finish()


def patient_form_shots(out: Path) -> None:
    """The patient form at each size, in English and Spanish: problems shown, the
    consent, the idle question, cleared for the next person, and the thank-you."""
    for name, (width, height) in SIZES.items():
        with tempfile.TemporaryDirectory() as data_dir:
            built = build_application(Path(data_dir), confirm_discard=lambda _window: True)
            window = built.window
            sized(window, width, height)
            window.show()
            settle()
            shoot(window, str(out / f"main-window-{name}.png"))
            window.intake.use_language("es")  # the patient chose Español
            settle()
            shoot(window, str(out / f"main-window-es-{name}.png"))
            window.intake.use_language("en")
            form = window.intake.form
            form.row("first-name").input_widget.setText("Maria")  # type: ignore[attr-defined]
            form.row("phone").input_widget.setText("555 12")  # type: ignore[attr-defined]
            window.intake.submit()
            form.focus_question("phone")
            settle()
            shoot(window, str(out / f"form-issues-{name}.png"))
            from tests.intake_factory import complete_raw_answers

            form.set_raw_answers(complete_raw_answers(form._questionnaire))  # type: ignore[attr-defined]
            window.intake.submit()
            dialog = window.intake.consent_dialog
            assert dialog is not None
            dialog.agree.setChecked(True)
            dialog.typed_name.setText("Maria Lopez")
            settle()
            shoot(dialog, str(out / f"consent-pc-form-{name}.png"))
            dialog.reject()
            privacy = window.privacy
            assert privacy is not None
            privacy.idle.idle.emit()  # as if nobody had touched the PC for the idle time
            privacy.tick.stop()
            settle()
            assert privacy.dialog is not None
            shoot(privacy.dialog, str(out / f"pc-form-still-there-{name}.png"))
            privacy.clear()
            settle()
            shoot(window, str(out / f"pc-form-cleared-{name}.png"))
            # Sent: the thank-you, and beside it the patient's own copy to print (issue 26).
            form = window.intake.form
            form.set_raw_answers(complete_raw_answers(form._questionnaire))  # type: ignore[attr-defined]
            window.intake.submit()
            dialog = window.intake.consent_dialog
            assert dialog is not None
            dialog.agree.setChecked(True)
            dialog.typed_name.setText("Maria Lopez")
            dialog.accept()
            settle()
            shoot(window, str(out / f"pc-form-thank-you-{name}.png"))
            window.close()
            built.service.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    # Window sizes people choose are remembered (ui/window_fit.py): here in a folder of
    # this run's own, or one run's remembered size would become the next run's picture.
    from PySide6.QtCore import QSettings

    remembered = tempfile.mkdtemp(prefix="knee-intake-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, remembered)
    if len(sys.argv) > 2:  # one group only, e.g. "clinic_results" or "patient_form"
        globals()[f"{sys.argv[2]}_shots"](out)
        return 0
    patient_form_shots(out)
    workspace_shots(out)
    backups_shots(out)
    outcomes_shots(out)
    staff_spanish_shots(out)
    clinic_results_shots(out)
    follow_ups_shots(out)
    kiosk_shots(out)
    paper_form_shots(out)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
