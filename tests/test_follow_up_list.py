"""Today's follow-ups (issue 26) as reception meets them: who is due and at which step
of the ladder, a call's result in one click, the letter read back from its PDF in the
patient's language, letting a follow-up go, and each step in the record's history and
the audit trail, with who took it and how."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from app.follow_ups.ladder import DEFAULT_LADDER, checked_ladder, position
from app.intake.consent import SignedConsent
from app.records.follow_up_plan import ProposedFollowUp
from app.records.record_book import RecordBook, TreatmentEntry
from app.system.clock import local_today
from tests.workspace_desk import TODAY, Desk
from ui.follow_ups.work_list_dialog import WorkListDialog


def pdf_text(path: Path) -> str:
    """The PDF's words, lines joined as the page wrapped them."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed; .ci/run installs it")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          timeout=60, check=True).stdout  # fmt: skip
    return " ".join(text.split())


def treated(desk: Desk, first: str, due: dt.date, *, language: str = "en") -> int:
    consent = SignedConsent("en-2026-01", "2026-04-01T10:00:00+00:00",
                            typed_name=f"{first} Ruiz", language=language)  # fmt: skip
    saved = desk.factory.submit(first, "Ruiz", email=f"{first.lower()}@example.com",
                                born=("1958", "3", "12"), consent=consent)  # fmt: skip
    RecordBook(desk.conn, desk.questionnaire).add_treatment(
        saved.intake_id, TreatmentEntry(due - dt.timedelta(weeks=6), "left", "fat", 1, "Dr Okafor"),
        "rita", [ProposedFollowUp(due, "6 weeks after treatment 1")],
    )  # fmt: skip
    return saved.intake_id


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.factory.close()
    made.conn.close()


def test_the_ladder_says_the_step_due_and_never_one_passed_over() -> None:
    due = dt.date(2026, 6, 1)
    at = lambda days, taken=(): position(DEFAULT_LADDER, due, due + dt.timedelta(days=days), taken)  # noqa: E731
    assert at(0).step == 0 and at(0).due_since == due
    assert at(6, {0}).step is None  # reminded; the second reminder on day 7
    assert at(7, {0}).step == 1
    assert at(16).step == 2  # two weeks and nothing done: the call, not a late reminder
    assert at(16, {2}).step is None
    assert at(30, {0, 1, 2, 3}).step == 4  # the letter
    assert at(43).let_go and at(10, {-1}).let_go
    with pytest.raises(ValueError, match="same day"):
        checked_ladder([("reminder", 0), ("call", 0)], 30)
    with pytest.raises(ValueError, match="after the last step"):
        checked_ladder([("reminder", 0), ("letter", 28)], 20)


def test_reception_takes_each_step_from_todays_list(desk: Desk, qtbot, tmp_path: Path) -> None:
    ann = treated(desk, "Ann", TODAY)  # a reminder today
    bea = treated(desk, "Bea", TODAY - dt.timedelta(days=15))  # the first call
    carla = treated(desk, "Carla", TODAY - dt.timedelta(days=29), language="es")  # a letter
    treated(desk, "Dora", TODAY - dt.timedelta(days=60))  # long let go: not listed
    window = desk.open()
    desk.click(window, "follow-ups-today")
    dialog = window.findChild(WorkListDialog, "work-list-dialog")
    assert dialog is not None and dialog.isVisible()
    assert [item.name for item in dialog.items] == ["Carla Ruiz", "Bea Ruiz", "Ann Ruiz"]
    cell = lambda row, column: dialog.table.item(row, column).text()  # noqa: E731
    assert cell(0, 4).startswith("Letter 1, due since 23 Nov 2026")
    assert cell(1, 4).startswith("Call 1, due since 23 Nov 2026")
    assert cell(2, 4).startswith("Reminder 1, due since 24 Nov 2026")
    assert "3 follow-ups due or overdue; 3 with a step to take today, 1 of them a letter" in (
        dialog.summary.text()
    )
    # Bea's call: one click for its result.
    dialog.select(dialog.items[1].follow_up_id)
    assert dialog.buttons["step-no-answer"].isVisible()
    assert not dialog.buttons["step-letter"].isVisible()
    desk.click(dialog, "step-no-answer")
    steps = desk.rows(f"SELECT step, kind, way, result, done_by FROM follow_up_step"
                      f" WHERE intake_id = {bea}")  # fmt: skip
    assert steps == [(2, "call", "phone", "no-answer", "Rita")]
    assert desk.rows(f"SELECT channel, outcome, contacted_by FROM contact_log"
                     f" WHERE intake_id = {bea}") == [("call", "no-answer", "Rita")]  # fmt: skip
    bea_row = next(n for n, item in enumerate(dialog.items) if item.intake_id == bea)
    assert cell(bea_row, 4).startswith("Nothing today")
    # When it was taken is the real clock's (the audit trail's), whatever "today" is here.
    assert re.fullmatch(r"Call by phone no answer \(\d+ \w+ \d{4}, Rita\)", cell(bea_row, 5))
    # Carla's letter, in Spanish, saved as a PDF and read back.
    dialog.select(dialog.items[0].follow_up_id)
    desk.click(dialog, "step-letter-pdf")
    pdf = tmp_path / "summary.pdf"  # the desk's PDF chooser
    assert desk.rows(f"SELECT kind, way, result FROM follow_up_step WHERE intake_id = {carla}") == [
        ("letter", "post", "printed")
    ]
    text = pdf_text(pdf)
    assert "Estimado/a Carla Ruiz" in text and "Riverside Knee Clinic" in text
    assert "6 semanas después de su tratamiento" in text
    assert "12 de marzo de 1958" in text  # for staff, to find the record
    assert "Responda a las preguntas de abajo" in text and "KOOS" not in text.split("Estimado")[0]
    # Ann: let go, with a reason; off the list.
    dialog.select(next(item.follow_up_id for item in dialog.items if item.intake_id == ann))
    desk.click(dialog, "let-go")
    assert dialog.problem.isVisible() and "Say why" in dialog.problem.text()
    qtbot.keyClicks(dialog.let_go_reason, "Moved abroad")
    desk.click(dialog, "let-go")
    assert ann not in [item.intake_id for item in dialog.items]
    assert desk.rows(f"SELECT kind, result, note FROM follow_up_step WHERE intake_id = {ann}") == [
        ("let-go", "let-go", "Moved abroad")
    ]
    trail = desk.rows("SELECT actor, detail FROM audit WHERE action = 'follow-up-step' ORDER BY id")
    assert trail == [("Rita", "call 3: phone, no-answer"), ("Rita", "letter 5: post, printed"),
                     ("Rita", "let-go 0: let-go")]  # fmt: skip
    # The answers by phone, from the list: the record's follow-up entry opens.
    dialog.select(dialog.items[0].follow_up_id)
    desk.click(dialog, "enter-answers")
    entry = window.findChildren(QDialog, "follow-up-entry")
    assert entry and entry[-1].isVisible()


def test_the_list_for_everyone_s_letters_prints_one_page_each(desk: Desk, tmp_path: Path) -> None:
    for first in ("Eva", "Flor"):
        treated(desk, first, TODAY - dt.timedelta(days=28))
    window = desk.open()
    dialog = window.show_follow_ups()
    assert dialog is not None
    desk.click(dialog, "all-letters-pdf")
    assert desk.rows("SELECT count(*) FROM follow_up_step WHERE kind = 'letter'") == [(2,)]
    assert all(b.isVisible() is False for b in dialog.findChildren(QPushButton, "step-letter"))
    text = pdf_text(tmp_path / "summary.pdf")
    assert "Dear Eva Ruiz" in text and "Dear Flor Ruiz" in text
    assert "Please answer the questions below" in text
    # Each letter starts a page of its own: Flor's greeting opens a later page.
    pages = subprocess.run(["pdftotext", str(tmp_path / "summary.pdf"), "-"],
                           capture_output=True, text=True, timeout=60).stdout  # fmt: skip
    pages = pages.split("\f")
    assert any(page.lstrip().startswith("Riverside Knee Clinic") and "Dear Flor" in page
               for page in pages[1:])  # fmt: skip


def test_an_administrator_sets_the_ladder_the_phone_and_the_mail_server(
    desk: Desk, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from app.clinic.settings import clinic_phone
    from app.follow_ups.ladder import read_ladder
    from app.follow_ups.mail_server import read_mail_server
    from tests.mail_servers import PASSWORD, USER, Mailbox, free_port, mail_server
    from ui.follow_ups.follow_up_settings_dialog import FollowUpSettingsDialog

    window = desk.open()
    settings = window.edit_settings()
    assert settings is not None
    assert settings.following_up_button.text() == (
        "reminder 0, reminder 7, call 14, call 21, letter 28; no e-mail reminders: change…"
    )
    desk.click(settings, "following-up")
    dialog = settings.findChild(FollowUpSettingsDialog, "follow-up-settings")
    assert dialog is not None and dialog.isVisible()

    def type_into(name: str, text: str) -> None:
        field = dialog.findChild(QLineEdit, name)
        field.clear()
        qtbot.keyClicks(field, text)

    type_into("follow-up-ladder", "reminder 0, call 10, cal 20")
    desk.click(dialog, "dialog-ok")
    assert (
        dialog.ladder_issue.isVisible() and "“cal 20” is not a step" in dialog.ladder_issue.text()
    )
    type_into("follow-up-ladder", "reminder 0, call 10, letter 20")
    type_into("clinic-phone", "(202) 555-0100")
    port = free_port()
    type_into("mail-host", "127.0.0.1")
    dialog.port.setValue(port)
    type_into("mail-username", USER)
    type_into("mail-password", PASSWORD)
    type_into("mail-sender", "not an address")
    dialog.resize(dialog.width(), 360)  # a short screen: the page scrolls
    dialog.page_area.verticalScrollBar().setValue(0)
    desk.click(dialog, "dialog-ok")
    assert dialog.mail_issue.text() == "The From address is not an e-mail address."
    # The message is scrolled into sight beside its field, not left below the fold.
    viewport = dialog.page_area.viewport()
    seen = QRect(dialog.mail_issue.mapTo(viewport, QPoint(0, 0)), dialog.mail_issue.size())
    assert dialog.page_area.verticalScrollBar().value() > 0
    assert viewport.rect().contains(seen), (seen, viewport.rect())
    dialog.resize(dialog.width(), 800)
    type_into("mail-sender", "reminders@riverside.example")
    mailbox = Mailbox()
    with mail_server(tmp_path, mailbox, port) as context:
        import ssl

        # The test trusts its own server's certificate, as a clinic's system store would.
        with monkeypatch.context() as patched:
            patched.setattr(ssl, "create_default_context", lambda *a, **k: context)
            type_into("mail-test-address", "rita@riverside.example")
            desk.click(dialog, "mail-test")
    assert dialog.test_result.text() == "Sent to rita@riverside.example: check that it arrived."
    assert mailbox.recipients == ["rita@riverside.example"]
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    ladder = read_ladder(desk.conn)
    assert [(s.kind, s.day) for s in ladder.steps] == [("reminder", 0), ("call", 10),
                                                       ("letter", 20)]  # fmt: skip
    assert clinic_phone(desk.conn) == "(202) 555-0100"
    server = read_mail_server(desk.conn)
    assert server is not None and (server.host, server.port) == ("127.0.0.1", port)
    assert settings.following_up_button.text().endswith("e-mail reminders on: change…")
    trail = desk.rows("SELECT detail FROM audit WHERE action = 'mail-settings-changed'")
    assert trail == [(f"127.0.0.1:{port} (starttls), as {USER}, from reminders@riverside.example",)]
    assert PASSWORD not in str(desk.rows("SELECT detail FROM audit"))


def test_a_reception_pc_works_the_list_through_the_host_which_checks_each_step(
    knee_questionnaire, tmp_path: Path
) -> None:
    from app.network.follow_ups_wire import list_from_json
    from app.storage.database import open_database
    from tests.fixed_clock import Clock
    from tests.test_host_checks_what_stations_send import Clinic, call

    clinic = Clinic(tmp_path, knee_questionnaire, Clock())
    try:
        conn = open_database(tmp_path / "knee-intake.db")
        from tests.intake_factory import IntakeFactory

        factory = IntakeFactory(knee_questionnaire, tmp_path / "knee-intake.db")
        saved = factory.submit("Gil", "Ruiz", email="gil@example.com")
        factory.close()
        due = local_today() - dt.timedelta(days=15)  # the host's own today (its clock)
        RecordBook(conn, knee_questionnaire).add_treatment(
            saved.intake_id, TreatmentEntry(due - dt.timedelta(weeks=6), "left", "fat", 1,
                                            "Dr Okafor"),
            "rita", [ProposedFollowUp(due, "6 weeks after treatment 1")],
        )  # fmt: skip
        conn.close()
        session = clinic.sign_in()
        status, body = call(clinic.app, "GET", "/v1/follow-ups/today", **session)
        assert status == 200
        [item] = list_from_json(body).items
        assert (item.name, item.next_kind, item.position.step) == ("Gil Ruiz", "call", 2)
        step = f"/v1/follow-ups/{item.follow_up_id}/steps"
        good = {"step": 2, "kind": "call", "way": "phone", "result": "no-answer", "note": "",
                "by": "someone else"}  # fmt: skip
        for bad in ({**good, "kind": "bribe"}, {**good, "step": "2"}, {**good, "step": 99},
                    {**good, "result": "let-go"}, {**good, "note": "x" * 600}):  # fmt: skip
            assert call(clinic.app, "POST", step, bad, **session) == (
                422, {"problem": "malformed-step"}
            )  # fmt: skip
        assert call(clinic.app, "POST", step, good, **session)[0] == 201
        assert call(clinic.app, "POST", step, good, **session) == (
            409, {"problem": "step-already-taken"}
        )  # fmt: skip
        let_go = f"/v1/follow-ups/{item.follow_up_id}/let-go"
        assert call(clinic.app, "POST", let_go, {"note": " "}, **session)[0] == 422
        assert call(clinic.app, "POST", let_go, {"note": "Moved"}, **session)[0] == 201
        from app.network.outcomes_wire import rates_from_json

        status, body = call(clinic.app, "POST", "/v1/outcomes/response", {"filter": {}},
                            **session)  # fmt: skip
        assert status == 200
        [rate] = rates_from_json(body)
        assert (rate.time_point, rate.due, rate.let_go, rate.answered) == ("6 weeks", 1, 1, 0)
        stop = f"/v1/records/{saved.intake_id}/email-reminders-stopped"
        assert call(clinic.app, "POST", stop, {}, **session)[0] == 200
        assert call(clinic.app, "POST", "/v1/records/999/email-reminders-stopped", {},
                    **session)[0] == 404  # fmt: skip
        # Without a staff session, nothing.
        assert call(clinic.app, "GET", "/v1/follow-ups/today", **clinic.bearer["reception"]
                    )[0] == 401  # fmt: skip
        # The session's staff member and station, whatever the station said.
        assert clinic.rows("SELECT done_by, kind FROM follow_up_step ORDER BY id") == [
            ("rita via Desk 2", "call"),
            ("rita via Desk 2", "let-go"),
        ]
        stopped = clinic.rows("SELECT email_reminders_stopped_by FROM patient")
        assert stopped == [("rita via Desk 2",)]
    finally:
        clinic.close()


def test_the_admin_tool_prints_todays_list(desk: Desk, capsys) -> None:
    from app.admin_cli import main

    treated(desk, "Hal", TODAY - dt.timedelta(days=14))
    treated(desk, "Ida", TODAY + dt.timedelta(days=3))  # not due yet: not listed
    folder = str(desk.path.parent)
    assert main(["--data-dir", folder, "follow-ups", "--due", "today",
                 "--on", TODAY.isoformat()]) == 0  # fmt: skip
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "due\tnow\tsince\tpatient\tphone\tfollow-up"
    assert lines[1:] == ["2026-11-10\tcall 3\t2026-11-24\tHal Ruiz\t(202) 555-0143"
                         "\t6 weeks after treatment 1"]  # fmt: skip
    assert err.strip() == "1 due or overdue on 2026-11-24, 1 with a step to take"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_patients_own_copy_reads_back_in_their_language(
    desk: Desk, tmp_path: Path, language: str
) -> None:
    from app.clinic.resource_paths import resources_dir
    from app.intake.consent import load_consent

    wording = load_consent(resources_dir() / "consent", language)
    strokes = (((0.1, 0.5), (0.3, 0.2), (0.5, 0.7), (0.8, 0.4)),)
    consent = SignedConsent(wording.version, "2026-11-20T10:00:00+00:00", strokes,
                            language=language, article_version="0123456789ab")  # fmt: skip
    saved = desk.factory.submit("Luz", "Ortega", consent=consent, knee=("left",))
    window = desk.open()
    view = window.open_record(saved.intake_id)
    desk.click(view, "patient-copy")
    text = pdf_text(tmp_path / "summary.pdf")
    if language == "es":
        assert "Sus respuestas a Riverside Knee Clinic" in text
        assert "Esta es su copia de lo que nos dijo el" in text
        assert "Su rodilla" in text and "La izquierda" in text, text  # the question, its answer
        assert "Firmado el 20 de noviembre de 2026." in text
        assert "Junto a las preguntas leyó nuestro artículo (versión 0123456789ab)." in text
    else:
        assert "Your answers to Riverside Knee Clinic" in text
        assert "Your knee" in text and "Left" in text
        assert "Signed on 20 November 2026." in text
        assert "Beside the questions you read our article (version 0123456789ab)." in text
    assert wording.title in text
    assert desk.rows(f"SELECT action FROM audit WHERE intake_id = {saved.intake_id}"
                     f" AND action = 'export-pdf'") == [("export-pdf",)]  # fmt: skip


def test_a_patient_on_the_pc_form_prints_their_own_copy_and_the_next_does_not_see_it(
    built_app, driver, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    from ui.printing import write_pdf

    panel = built_app.window.intake
    qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
    driver.form = panel.form  # rebuilt in Spanish
    driver.fill_valid_intake()
    driver.submit(typed_name="Maria Lopez")
    qtbot.waitUntil(lambda: driver.consent_dialog() is None)
    offer = panel.banner.action
    assert panel.banner.isVisible() and offer.isVisible()
    assert offer.text() == "Imprimir una copia de mis respuestas"  # still in Spanish
    printed: list = []
    monkeypatch.setattr(panel, "print_copy", printed.append)  # the print dialog's part
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    [copy] = printed
    write_pdf(copy.html, tmp_path / "copy.pdf", copy.images())
    text = pdf_text(tmp_path / "copy.pdf")
    assert "Sus respuestas a" in text and "Maria" in text and "Lopez" in text
    assert "Firmado el" in text and "«Maria Lopez»" in text
    assert "Junto a las preguntas leyó nuestro artículo (versión" in text
    # The next person starts: the offer goes at once.
    driver.form = panel.form
    driver.type("first-name", "Jo")
    assert not panel.banner.isVisible() and not offer.isVisible()


def test_the_patients_progress_page_reads_back_in_their_language(
    desk: Desk, tmp_path: Path, follow_up_questionnaire
) -> None:
    from app.intake.form_check import FormChecker
    from app.outcomes.follow_up_desk import store_follow_up
    from tests.follow_up_answers import follow_up_raw, intake_koos_raw

    consent = SignedConsent("es-2026-01", "2026-04-01T10:00:00+00:00", typed_name="Luz Ortega",
                            language="es")  # fmt: skip
    saved = desk.factory.submit("Luz", "Ortega", consent=consent, pain_now="7",
                                **intake_koos_raw((2,) * 7))  # fmt: skip
    treated_on = dt.date(2026, 4, 6)
    RecordBook(desk.conn, desk.questionnaire).add_treatment(
        saved.intake_id, TreatmentEntry(treated_on, "left", "fat", 1, "Dr Okafor"), "rita",
        [ProposedFollowUp(treated_on + dt.timedelta(weeks=6), "6 weeks after treatment 1")],
    )  # fmt: skip
    check = FormChecker(follow_up_questionnaire, today=lambda: TODAY)
    result = store_follow_up(desk.conn, check, saved.intake_id,
                             follow_up_raw((1,) * 7, pain_now=3), source="staff-phone",
                             by="rita", answered_at="2026-05-18T10:00:00+00:00")  # fmt: skip
    assert result.saved is not None
    view = desk.open().open_record(saved.intake_id)
    desk.click(view, "patient-progress")
    text = pdf_text(tmp_path / "summary.pdf")
    assert "Luz Ortega: su rodilla a lo largo del tiempo" in text
    laid_out = subprocess.run(["pdftotext", "-layout", str(tmp_path / "summary.pdf"), "-"],
                              capture_output=True, text=True, timeout=60).stdout  # fmt: skip
    rows = laid_out.splitlines()
    row = lambda start: next(line.split() for line in rows if line.strip().startswith(start))  # noqa: E731
    assert row("Antes del tratamiento")[-2:] == ["52", "7"]
    assert row("18 de mayo de 2026")[-2:] == ["68", "3"]
    assert "Desde antes del tratamiento: puntuación de la rodilla +16, dolor -4." in text
    _html, images = view.progress_page()
    assert list(images) == ["progress.png"] and images["progress.png"].width() == 760


def test_the_outcomes_report_shows_how_the_follow_ups_were_answered(
    desk: Desk, tmp_path: Path, follow_up_questionnaire
) -> None:
    from PySide6.QtCore import QPoint, Qt

    from app.intake.form_check import FormChecker
    from app.outcomes.follow_up_desk import store_follow_up
    from tests.follow_up_answers import follow_up_raw

    answered = treated(desk, "Jo", TODAY - dt.timedelta(days=10))
    treated(desk, "Kit", TODAY - dt.timedelta(days=50))  # never answered: let go
    check = FormChecker(follow_up_questionnaire, today=lambda: TODAY)
    saved = store_follow_up(desk.conn, check, answered, follow_up_raw(), source="staff-phone",
                            by="rita", answered_at=f"{TODAY}T10:00:00+00:00")  # fmt: skip
    assert saved.saved is not None and saved.saved.follow_up_id is not None
    window = desk.open(choose_report_path=lambda _parent, _name, kind: tmp_path / f"out.{kind}")
    report = window.show_outcomes()
    assert not report.response.isVisible() and report.rates == ()  # not read until asked
    tick = report.show_response
    desk.qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(10, tick.height() // 2))
    assert report.response.isVisible() and not report.chart.isVisible()
    cells = [report.response.item(0, n).text() for n in range(report.response.columnCount())]
    assert cells == ["6 weeks", "2", "1 (50 %)", "0", "1", "0", "0", "1", "0", "0", "0"]
    report.save_csv()
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("time_point,due,answered,answered_late,let_go")
    assert rows[1] == "6 weeks,2,1,0,1,0,0,1,0,0,0"
