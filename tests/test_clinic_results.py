""" "Results at this clinic" beside the article (issue 25): the plain words in both
languages, the figures worked out from a small clinic by hand (a group under the
minimum never shown), an administrator publishing them from the settings, the patient
reading them on the PC form and on a tablet, and each consent keeping which article and
which figures the patient saw, checked by the host."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTextBrowser

from app.clinic.educational_content import article_version, load_content
from app.clinic.resource_paths import resources_dir
from app.clinic.settings import write_setting
from app.intake.form_check import FormChecker
from app.outcomes.clinic_results import (
    ClinicResults,
    ResultFigure,
    about,
    load_wording,
    publish_results,
    results_markdown,
    shown_results,
    withdraw_results,
    work_out_results,
)
from app.outcomes.follow_up_desk import store_follow_up
from app.outcomes.grouped_report import MIN_GROUP_KEY
from app.records.follow_up_plan import Interval
from app.records.record_book import RecordBook, TreatmentEntry
from app.storage.driver import sqlite3
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.form_driver import FormDriver
from tests.workspace_desk import TODAY, Desk
from ui.main import build_application
from ui.outcomes.clinic_results_dialog import ClinicResultsDialog

WORDING = resources_dir() / "results"
FIRST = dt.date(2026, 3, 2)  # everyone's first treatment; 6 months: 2 September
AT_SIX_MONTHS = "2026-09-02"
ISSUE_EXAMPLE = ClinicResults(
    "2026-12-04", Interval(6, "months"), 14, 10,
    (ResultFigure("bone-marrow", 84, 61), ResultFigure("prp", 25, 1),
     ResultFigure("fat", 10, 0)),
)  # fmt: skip


def test_the_figures_read_as_plain_words_in_english_and_spanish() -> None:
    english = results_markdown(ISSUE_EXAMPLE, load_wording(WORDING, "en"))
    assert "## Results at this clinic" in english
    assert (
        "Of 84 patients treated here with their own bone marrow cells who answered our"
        " 6-month questions, 61 — about 7 in 10 — reported a clear improvement." in english
    )
    assert ("platelet-rich plasma (PRP) from their own blood who answered our 6-month"
            " questions, 1 — fewer than 1 in 10 — reported") in english  # fmt: skip
    assert "cells from their own fat tissue who answered our 6-month questions, none" in english
    assert "at least 14 points better on the knee questionnaire" in english
    assert "Worked out on 4 December 2026 from 119 patients' answers." in english
    assert "demonstration" not in english
    spanish = results_markdown(ISSUE_EXAMPLE, load_wording(WORDING, "es"))
    assert "## Resultados en esta clínica" in spanish
    assert (
        "De 84 pacientes tratados aquí con células de su propia médula ósea que respondieron"
        " a nuestras preguntas de los 6 meses, 61 (unos 7 de cada 10) notaron una clara"
        " mejoría." in spanish
    )
    assert "1 (menos de 1 de cada 10) notó una clara mejoría." in spanish
    assert (
        "de su propio tejido graso que respondieron a nuestras preguntas de los 6 meses,"
        " ninguno notó" in spanish
    )
    assert "Calculado el 4 de diciembre de 2026 con las respuestas de 119 pacientes." in spanish
    # A language with no wording of its own reads the English.
    assert load_wording(WORDING, "fr")["language"] == "en"


@pytest.mark.parametrize(
    ("improved", "answered", "said"),
    [
        (61, 84, "about 7 in 10"),
        (10, 10, "all of them"),
        (99, 100, "almost all of them"),  # never "10 in 10" when someone did not
        (1, 30, "fewer than 1 in 10"),  # never "0 in 10" when someone did
        (1, 11, "about 1 in 10"),
        (5, 10, "about 5 in 10"),
    ],
)
def test_a_share_is_said_as_a_natural_frequency(improved, answered, said) -> None:
    assert about(improved, answered, load_wording(WORDING, "en")) == said


def test_the_version_is_the_figures_own() -> None:
    again = ClinicResults.from_json(ISSUE_EXAMPLE.to_json())
    assert again == ISSUE_EXAMPLE and again.version == ISSUE_EXAMPLE.version
    other = ClinicResults("2026-12-05", *list(vars(ISSUE_EXAMPLE).values())[1:])
    assert other.version != ISSUE_EXAMPLE.version  # another day's figures, another version
    assert len(ISSUE_EXAMPLE.version) == 12


def treat_and_follow_up(conn: sqlite3.Connection, factory, questionnaire, follow_up) -> None:
    """Six bone marrow patients (four better at 6 months), five PRP (one better), three
    fat (all better: too few to show), and six demo patients given PRP, all better.
    Everyone's KOOS JR was 52.465 at the intake; 68.284 at 6 months is meaningful."""
    people = [(f"M{n}", "bone-marrow", n < 4) for n in range(6)]
    people += [(f"P{n}", "prp", n < 1) for n in range(5)]
    people += [(f"F{n}", "fat", True) for n in range(3)]
    ids = {name: factory.submit(name, "Lee", **intake_koos_raw((2,) * 7)).intake_id
           for name, _, _ in people}  # fmt: skip
    demo = [factory.submit(f"D{n}", "Demo", **intake_koos_raw((2,) * 7)).intake_id
            for n in range(6)]  # fmt: skip
    conn.execute(
        f"UPDATE patient SET is_demo = 1 WHERE id IN (SELECT patient_id FROM intake"
        f" WHERE id IN ({', '.join(map(str, demo))}))"
    )
    conn.commit()
    book = RecordBook(conn, questionnaire)
    check = FormChecker(follow_up, today=lambda: TODAY)
    everyone = [(ids[name], product, better) for name, product, better in people]
    for intake_id, product, better in everyone + [(d, "prp", True) for d in demo]:
        book.add_treatment(
            intake_id,
            TreatmentEntry(FIRST, "left", product, 1, "Dr Okafor"),
            "rita",  # type: ignore[arg-type]
        )
        saved = store_follow_up(
            conn, check, intake_id, follow_up_raw((1 if better else 2,) * 7, pain_now=4),
            source="staff-phone", by="rita", answered_at=f"{AT_SIX_MONTHS}T10:00:00+00:00",
        )  # fmt: skip
        assert saved.saved is not None, saved.issues
    write_setting(conn, MIN_GROUP_KEY, 5)


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, follow_up_questionnaire, tmp_path: Path
         ) -> Iterator[Desk]:  # fmt: skip
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    treat_and_follow_up(made.conn, made.factory, knee_questionnaire, follow_up_questionnaire)
    yield made
    made.factory.close()
    made.conn.close()


def test_the_figures_are_the_clinics_own_and_a_small_group_has_none(
    desk: Desk, knee_questionnaire
) -> None:
    six_months = 2  # of 6 weeks, 3 months, 6 months, 12 months
    worked = work_out_results(desk.conn, knee_questionnaire, six_months, TODAY)
    assert worked.figures == (ResultFigure("bone-marrow", 6, 4), ResultFigure("prp", 5, 1))
    assert (worked.time_point, worked.koos_jr_points, worked.min_group_size) == (
        Interval(6, "months"), 14, 5
    )  # fmt: skip
    assert worked.computed_on == TODAY.isoformat() and not worked.includes_demo
    # The demo's patients only when asked, and the words then say so.
    demo = work_out_results(desk.conn, knee_questionnaire, six_months, TODAY, include_demo=True)
    assert demo.figures[1] == ResultFigure("prp", 11, 7) and demo.version != worked.version
    assert "demonstration figures" in results_markdown(demo, load_wording(WORDING, "en"))
    # No time point but the clinic's; at 6 weeks nobody answered, so nothing to show.
    assert work_out_results(desk.conn, knee_questionnaire, 0, TODAY).figures == ()
    with pytest.raises(ValueError):
        work_out_results(desk.conn, knee_questionnaire, 4, TODAY)
    with pytest.raises(ValueError):
        publish_results(desk.conn, work_out_results(desk.conn, knee_questionnaire, 0, TODAY),
                        "rita", "2026-11-24T10:00:00+00:00")  # fmt: skip
    assert shown_results(desk.conn) is None  # nothing until an administrator publishes


def open_results_dialog(desk: Desk) -> ClinicResultsDialog:
    window = desk.open()
    settings = window.edit_settings()
    assert settings is not None
    assert settings.results_button.text() == "No results shown: set up…"
    desk.click(settings, "clinic-results")
    dialog = settings.findChild(ClinicResultsDialog, "clinic-results-dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_administrator_publishes_them_and_the_patient_reads_them_and_signs(
    desk: Desk, qtbot, tmp_path: Path
) -> None:
    dialog = open_results_dialog(desk)
    assert dialog.time_point.currentText() == "6 months after the first treatment"
    english = dialog.findChild(QTextBrowser, "results-preview-en").toPlainText()
    assert "Of 6 patients treated here with their own bone marrow cells" in english
    assert "fat tissue" not in english  # three patients: under the minimum of five
    spanish = dialog.findChild(QTextBrowser, "results-preview-es").toPlainText()
    assert "De 5 pacientes tratados aquí con plasma rico en plaquetas" in spanish
    assert dialog.state.text() == "Patients see no results now."
    assert not dialog.withdraw_button.isEnabled()
    desk.click(dialog, "results-publish")
    assert dialog.state.text() == (
        "Patients see the figures worked out on 24 Nov 2026, at 6 months: the same as above."
    )
    [(version, figures, by)] = desk.rows(
        "SELECT version, figures, published_by FROM published_results"
    )
    assert by == "Rita" and ClinicResults.from_json(figures).version == version
    assert desk.rows("SELECT detail FROM audit WHERE action = 'results-published'") == [
        (f"{version}: 6 months, worked out 2026-11-24, 2 groups, 11 patients",)
    ]
    # At 6 weeks there is nothing to show: publishing is not offered.
    dialog.time_point.setCurrentIndex(0)
    assert not dialog.publish_button.isEnabled()
    assert (
        "No preparation has 5 or more patients who answered"
        in dialog.findChild(QTextBrowser, "results-preview-en").toPlainText()
    )
    desk.click(dialog, "results-close")

    # The patient form on this PC: the article, then the figures beneath it.
    built = build_application(tmp_path, confirm_discard=lambda _window: True)
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    try:
        content = built.window.content
        shown = content.toPlainText()
        assert "Results at this clinic" in shown and "Of 6 patients treated here" in shown
        assert shown.index("Results at this clinic") > shown.index("Stem cell")
        article = load_content("en", resources_dir() / "content", tmp_path / "content")
        assert content.shown is not None and content.shown.version == article_version(article)
        panel = built.window.intake
        qtbot.mouseClick(panel.language_choice.buttons["es"], Qt.MouseButton.LeftButton)
        assert "Resultados en esta clínica" in content.toPlainText()
        qtbot.mouseClick(panel.language_choice.buttons["en"], Qt.MouseButton.LeftButton)
        driver = FormDriver(panel.form, qtbot)
        driver.fill_valid_intake()
        driver.submit()
        qtbot.waitUntil(lambda: driver.consent_dialog() is None)
    finally:
        built.service.close()
    [(article_seen, results_seen)] = desk.rows(
        "SELECT article_version, results_version FROM consent"
    )
    assert (article_seen, results_seen) == (article_version(article), version)
    # The record says so, and both versions can be read back: the article's words,
    # the figures as published.
    from app.records.intake_report import read_beside
    from app.records.record_detail import load_record

    [(intake_id,)] = desk.rows("SELECT intake_id FROM consent")
    assert read_beside(load_record(desk.conn, intake_id).consents[0].values) == (
        f"Beside the form: the article, version {article_seen}, and the clinic's results"
        f" version {version}, worked out on 24 November 2026."
    )
    assert desk.rows(f"SELECT markdown FROM article_text WHERE version = '{article_seen}'") == [
        (article,)
    ]

    # Withdrawn: the next patient reads the article alone, and the history stays.
    withdraw_results(desk.conn, "Rita")
    again = build_application(tmp_path, confirm_discard=lambda _window: True)
    qtbot.addWidget(again.window)
    try:
        assert "Results at this clinic" not in again.window.content.toPlainText()
        assert again.window.content.shown is not None
        assert again.window.content.shown.results_version == ""
    finally:
        again.service.close()
    assert desk.rows("SELECT count(*) FROM published_results") == [(1,)]
    assert desk.rows("SELECT detail FROM audit WHERE action = 'results-withdrawn'") == [(version,)]


def test_a_tablet_shows_the_hosts_figures_and_the_host_keeps_what_the_patient_saw(
    knee_questionnaire, follow_up_questionnaire, qtbot, styled_qapp, tmp_path: Path
) -> None:
    """A real host process, and a tablet paired with it: the figures published on the
    main PC reach the tablet's article in the patient's language, and the consent the
    host files names them."""
    from app.clinic.data_folder import database_path
    from app.storage.database import open_database
    from tests.clinic_network import Host
    from tests.intake_factory import IntakeFactory
    from tests.test_tablet_station import TIMINGS, dispose, pair_tablet, sign_and_send, tap
    from ui.main import build_staff_session

    host = Host(tmp_path / "host")
    factory = IntakeFactory(knee_questionnaire, database_path(host.folder))
    conn = open_database(database_path(host.folder))
    treat_and_follow_up(conn, factory, knee_questionnaire, follow_up_questionnaire)
    factory.close()
    results = work_out_results(conn, knee_questionnaire, 2, TODAY)
    publish_results(conn, results, "rita", "2026-11-24T10:00:00+00:00")
    conn.close()
    host.start()
    try:
        folder = tmp_path / "tablet"
        pair_tablet(host, folder)
        session = build_staff_session(folder, kiosk_timings=TIMINGS, full_screen=False)
        session.start()
        kiosk = session.kiosk
        assert kiosk is not None
        sign_and_send(qtbot, kiosk)  # in English
        assert "Of 6 patients treated here" in kiosk.article_view.toPlainText()
        qtbot.waitUntil(lambda: host.rows("SELECT count(*) FROM consent") == [(1,)],
                        timeout=10_000)  # fmt: skip
        [(article_seen, results_seen)] = host.rows(
            "SELECT article_version, results_version FROM consent"
        )
        assert results_seen == results.version
        article = load_content("en", resources_dir() / "content", host.folder / "content")
        assert article_seen == article_version(article)
        assert host.rows("SELECT language FROM article_text ORDER BY language") == [
            ("en",), ("es",)
        ]  # fmt: skip
        # The next patient, in Spanish, reads them in Spanish.
        tap(qtbot, kiosk, "thank-you-done")
        [start] = [b for b in kiosk.findChildren(QPushButton, "start-es") if b.isVisible()]
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
        assert "De 6 pacientes tratados aquí" in kiosk.article_view.toPlainText()
        dispose(session)
    finally:
        host.stop()


def test_the_host_files_no_consent_to_words_or_figures_it_never_served(
    knee_questionnaire, tmp_path: Path
) -> None:
    from tests.fixed_clock import Clock
    from tests.test_host_checks_what_stations_send import Clinic, call

    clinic = Clinic(tmp_path, knee_questionnaire, Clock())
    try:
        status, form = call(clinic.app, "GET", "/v1/form", **clinic.bearer["kiosk"])
        assert status == 200
        served = form["article_versions"]["en"]
        assert served == {"article": article_version(form["articles"]["en"]), "results": ""}
        refused = {
            (422, "article-not-served"): clinic.intake(article_version="0123456789ab"),
            (422, "results-not-published"): clinic.intake(
                article_version=served["article"], results_version="0123456789ab"
            ),
            (400, "malformed-intake"): clinic.intake(article_version="../../etc"),
        }
        for (status, problem), body in refused.items():
            assert clinic.send(body) == (status, {"problem": problem}), problem
        assert clinic.rows("SELECT count(*) FROM intake") == [(0,)]
        # What it served; and a station too old to say (no versions), as before.
        assert clinic.send(clinic.intake(article_version=served["article"]))[0] == 201
        old = clinic.intake()
        del old["consent"]["article_version"], old["consent"]["results_version"]
        assert clinic.send(old)[0] == 201
        seen = clinic.rows("SELECT article_version, results_version FROM consent ORDER BY 1")
        assert seen == [(None, None), (served["article"], None)]
    finally:
        clinic.close()


def test_a_database_that_cannot_be_written_still_shows_the_article_and_its_figures(
    desk: Desk, knee_questionnaire, tmp_path: Path
) -> None:
    from app.outcomes.clinic_results import clinic_article

    results = work_out_results(desk.conn, knee_questionnaire, 2, TODAY)
    publish_results(desk.conn, results, "Rita", "2026-11-24T10:00:00+00:00")
    desk.conn.execute("PRAGMA query_only = ON")  # as a read-only file behaves
    try:
        shown = clinic_article(desk.conn, "es", tmp_path, "2026-11-24T10:00:00+00:00")
    finally:
        desk.conn.execute("PRAGMA query_only = OFF")
    assert shown.results_version == results.version
    assert "Resultados en esta clínica" in shown.markdown
    assert desk.rows("SELECT count(*) FROM article_text") == [(0,)]  # not kept, not fatal
    # Without a database (the PC form's first frame), the article alone.
    alone = clinic_article(None, "en", tmp_path, "")
    assert alone.results_version == "" and "Results at this clinic" not in alone.markdown
