"""A tablet paired as a kiosk, against a real host process on 127.0.0.1: what a patient
signs reaches reception, the tablet keeps nothing once it has, and staff leaving the
kiosk are checked by the host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from app.encryption.encrypted_file import is_plain_sqlite
from tests.clinic_network import PASSWORD, Host
from tests.intake_factory import complete_raw_answers
from tests.sqlite_file import open_file
from ui.kiosk.kiosk_window import KioskTimings
from ui.main import build_staff_session
from ui.station.station_panel import StationPanel

TIMINGS = KioskTimings(idle_ms=60_000, countdown_s=3, tick_ms=20, draft_ms=60_000,
                       thank_you_ms=60_000, hold_ms=50)  # fmt: skip


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Host]:
    made = Host(tmp_path / "host").start()
    yield made
    made.stop()


def dispose(session) -> None:
    """What quitting the app does: the session goes, and its tablet services with it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    session.finish()
    session.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pair_tablet(host: Host, folder: Path) -> None:
    from app.network.station_link import pair

    pair("127.0.0.1", host.port, host.code("kiosk"), "Tablet 1").save(folder)


def tap(qtbot, parent: QWidget, name: str) -> None:
    target = parent.findChild(QPushButton, name)
    assert target is not None and target.isVisible(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def sign_and_send(qtbot, kiosk) -> None:
    tap(qtbot, kiosk, "start-en")
    tap(qtbot, kiosk, "article-next")
    raw = complete_raw_answers(kiosk.form._questionnaire) | {"first-name": "Ann"}
    kiosk.form.set_raw_answers(raw)
    kiosk.go_to_section(kiosk.form.section_count - 1)
    tap(qtbot, kiosk, "questions-next")
    tap(qtbot, kiosk, "review-next")
    qtbot.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    pad = kiosk.consent.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 150))
    for x, y in ((120, 90), (200, 170), (300, 100), (420, 160)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(460, 150))
    tap(qtbot, kiosk, "consent-send")
    assert kiosk.pages.currentWidget() is kiosk.thank_you


def leave_kiosk(qtbot, kiosk, username: str, password: str) -> None:
    kiosk.ask_for_staff()
    for name, text in (("exit-username", username), ("exit-password", password)):
        edit = kiosk.findChild(QLineEdit, name)
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(edit, text)
    tap(qtbot, kiosk, "exit-unlock")


def test_a_patients_intake_on_the_tablet_reaches_the_host_and_leaves_the_tablet(
    host: Host, tmp_path: Path, qtbot, styled_qapp
) -> None:
    folder = tmp_path / "tablet"
    pair_tablet(host, folder)
    session = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    session.start()
    kiosk = session.kiosk
    assert kiosk is not None
    assert kiosk.welcome.corner.text() == "Riverside Knee Clinic"  # from the host
    sign_and_send(qtbot, kiosk)
    qtbot.waitUntil(lambda: host.rows("SELECT count(*) FROM intake") == [(1,)], timeout=10_000)
    assert host.rows("SELECT source FROM intake") == [("kiosk",)]  # said by the station's kind
    assert host.rows("SELECT p.first_name, s.name FROM intake i JOIN patient p"
                     " ON p.id = i.patient_id JOIN station s ON s.id = i.station_id") == [
        ("Ann", "Tablet 1")
    ]  # fmt: skip
    from contextlib import closing

    with closing(open_file(folder / "outbox.db")) as outbox:
        qtbot.waitUntil(lambda: outbox.execute("SELECT count(*) FROM outbox").fetchone() == (0,))
    # Staff leave: checked by the host, with its lock-out; a wrong password is refused.
    leave_kiosk(qtbot, kiosk, "rita", "not the password")
    assert "do not match" in kiosk.staff_exit.issue.text()
    kiosk.findChild(QLineEdit, "exit-password").clear()
    qtbot.keyClicks(kiosk.findChild(QLineEdit, "exit-password"), PASSWORD)
    tap(qtbot, kiosk, "exit-unlock")
    panel = session.panel
    assert isinstance(panel, StationPanel) and panel.isVisible()
    assert "Every intake" in panel.findChild(QLabel, "station-waiting").text()
    assert host.rows("SELECT actor, detail FROM audit WHERE action = 'kiosk-exit'") == [
        ("rita", "Tablet 1")
    ]
    assert host.rows("SELECT actor FROM audit WHERE action = 'kiosk-exit-failed'") == [
        ("station:Tablet 1",)
    ]
    tap(qtbot, panel, "station-back-to-kiosk")
    assert session.kiosk is not None and session.kiosk.isVisible()
    dispose(session)


def test_with_the_host_away_the_tablet_keeps_taking_intakes(
    host: Host, tmp_path: Path, qtbot, styled_qapp
) -> None:
    folder = tmp_path / "tablet"
    pair_tablet(host, folder)
    first = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    dispose(first)  # the form was fetched once and kept
    host.stop()
    session = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    session.start()
    kiosk = session.kiosk
    assert kiosk is not None
    sign_and_send(qtbot, kiosk)  # thanked: the intake is safe in the outbox
    leave_kiosk(qtbot, kiosk, "rita", PASSWORD)
    assert "does not answer" in kiosk.staff_exit.issue.text()  # staff need the host
    host.start()
    dispose(session)
    later = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    later.start()
    qtbot.waitUntil(lambda: host.rows("SELECT count(*) FROM intake") == [(1,)], timeout=10_000)
    dispose(later)


def test_a_new_tablet_pairs_from_its_first_start_instead_of_setting_up_a_clinic(
    host: Host, tmp_path: Path, qtbot, styled_qapp
) -> None:
    from PySide6.QtWidgets import QSpinBox

    from ui.staff.account_dialogs import SetUpDialog
    from ui.station.pair_dialog import PairDialog

    folder = tmp_path / "new-tablet"
    session = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    session.start(kiosk=True)
    set_up = session.dialog
    assert isinstance(set_up, SetUpDialog)
    tap(qtbot, set_up, "set-up-pair")
    pairing = set_up.findChild(PairDialog)
    code = host.code("kiosk")

    def type_into(name: str, text: str) -> None:
        edit = pairing.findChild(QLineEdit, name)
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(edit, text)

    type_into("pair-address", "127.0.0.1")
    pairing.findChild(QSpinBox, "pair-port").setValue(host.port)
    type_into("pair-code", "0000-0000-0000")  # mistyped
    type_into("pair-name", "Waiting room")
    tap(qtbot, pairing, "dialog-ok")
    assert "not accepted" in pairing.findChild(QLabel, "pair-issue").text()
    pairing.findChild(QLineEdit, "pair-code").clear()
    type_into("pair-code", code.lower())
    with qtbot.waitSignal(session.paired):
        tap(qtbot, pairing, "dialog-ok")
    assert (folder / "station.json").exists()
    assert host.rows("SELECT name, kind FROM station") == [("Waiting room", "kiosk")]
    # Nothing of a clinic was set up here: the tablet keeps no staff and no records.
    assert host.rows("SELECT count(*) FROM staff") == [(1,)]
    dispose(session)
    tablet = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
    tablet.start()
    assert tablet.kiosk is not None and tablet.kiosk.isVisible()
    dispose(tablet)


def test_the_patient_form_on_a_paired_pc_sends_to_the_main_pc_not_to_a_file_of_its_own(
    host: Host, tmp_path: Path, qtbot, styled_qapp
) -> None:
    from contextlib import closing

    from tests.conftest import close_without_asking
    from tests.form_driver import FormDriver
    from ui.main import build_application

    folder = tmp_path / "waiting-room-pc"
    pair_tablet(host, folder)
    built = build_application(folder, confirm_discard=close_without_asking)
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    driver = FormDriver(built.window.intake.form, qtbot)
    driver.fill_valid_intake(first="Ana", last="Ruiz")
    driver.submit(typed_name="Ana Ruiz")
    assert built.window.intake.banner.kind == "success"
    qtbot.waitUntil(lambda: host.rows("SELECT count(*) FROM intake") == [(1,)], timeout=10_000)
    assert host.rows("SELECT p.first_name, c.signed_as FROM intake i JOIN patient p ON"
                     " p.id = i.patient_id JOIN consent c ON c.intake_id = i.id") == [
        ("Ana", "typed")
    ]  # fmt: skip
    assert not (folder / "knee-intake.db").exists()  # no records kept on this PC
    assert not is_plain_sqlite(folder / "form-draft.db")  # encrypted, with this PC's key
    with closing(open_file(folder / "form-draft.db")) as drafts:  # the draft's file
        assert drafts.execute("SELECT count(*) FROM intake").fetchone() == (0,)
        assert drafts.execute("SELECT count(*) FROM draft").fetchone() == (0,)  # sent: gone
    built.window.close()
    built.service.close()


def test_a_follow_up_handed_to_the_tablet_greets_the_patient_and_reaches_the_host(
    tmp_path: Path, qtbot, styled_qapp, knee_questionnaire
) -> None:
    """End to end: reception hands Tablet 1 over on the main PC; the tablet's kiosk,
    on its welcome page, greets Ann, takes her answers and sends them through its
    outbox; the main PC stores them as the kiosk's, through Tablet 1."""
    import datetime as dt
    from contextlib import closing

    from app.clinic.data_folder import database_path
    from app.outcomes.kiosk_handover import KioskHandovers
    from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
    from app.records.record_book import RecordBook, TreatmentEntry
    from app.storage.database import open_database
    from tests.follow_up_answers import answer_every_section
    from tests.intake_factory import IntakeFactory

    host = Host(tmp_path / "host")
    factory = IntakeFactory(knee_questionnaire, database_path(host.folder))
    intake_id = factory.submit("Ann", "Lee").intake_id
    factory.close()
    treated = dt.date(2026, 10, 13)
    with closing(open_database(database_path(host.folder))) as conn:
        RecordBook(conn, knee_questionnaire).add_treatment(
            intake_id, TreatmentEntry(treated, "left", "fat", 1, "Dr Okafor"), "rita",
            propose_follow_ups(treated, 1, DEFAULT_INTERVALS),
        )  # fmt: skip
    host.start()
    try:
        folder = tmp_path / "tablet"
        pair_tablet(host, folder)
        timings = KioskTimings(**{**TIMINGS.__dict__, "handover_ms": 50})
        session = build_staff_session(folder, kiosk_timings=timings, full_screen=False)
        session.start()
        kiosk = session.kiosk
        assert kiosk is not None and kiosk.pages.currentWidget() is kiosk.welcome
        [(tablet_id,)] = host.rows("SELECT id FROM station WHERE name = 'Tablet 1'")
        with closing(open_database(database_path(host.folder))) as conn:
            KioskHandovers(conn).hand_over(intake_id, None, "rita", tablet_id)
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() is kiosk.greeting, timeout=10_000)
        assert kiosk.greeting.hello.text() == "Hello, Ann"
        tap(qtbot, kiosk, "follow-up-start")
        answer_every_section(qtbot, kiosk)
        assert kiosk.pages.currentWidget() is kiosk.thank_you
        qtbot.waitUntil(
            lambda: host.rows("SELECT count(*) FROM follow_up_response") == [(1,)], timeout=10_000
        )
        assert host.rows(
            "SELECT r.entered_by, r.koos_jr_score, s.name FROM follow_up_response AS r"
            " JOIN station AS s ON s.id = r.station_id"
        ) == [("kiosk", 68.284, "Tablet 1")]
        assert host.rows("SELECT state FROM kiosk_handover") == [("answered",)]
        dispose(session)
    finally:
        host.stop()
