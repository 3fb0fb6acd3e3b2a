"""The outcomes report by preparation (issue 25) against a small clinic worked out by
hand: the shares, their Wilson intervals, the minimum group size, and the same choice of
answers as the ungrouped report; then on screen and in the CSV staff save."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clinic.settings import write_setting
from app.intake.form_check import FormChecker
from app.outcomes.follow_up_desk import store_follow_up
from app.outcomes.grouped_report import (
    MIN_GROUP_KEY,
    build_grouped_report,
    target_day_sql,
    wilson_interval,
)
from app.outcomes.outcomes_report import JULIAN_ORDINAL, ReportFilter, build_report
from app.records.follow_up_plan import Interval
from app.records.record_book import RecordBook, TreatmentEntry
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.intake_factory import IntakeFactory

FIRST = dt.date(2026, 3, 2)  # everyone's first treatment; 6 weeks: 13 April
TODAY = dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("better", "answered", "low", "high"),
    [  # Newcombe, Statistics in Medicine 1998; 17: 857-872, table I, method 3
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (4, 6, 0.3000, 0.9032),  # this clinic's marrow group, worked out below
    ],
)
def test_the_wilson_interval_matches_the_published_values(better, answered, low, high) -> None:
    got = wilson_interval(better, answered)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_the_time_points_day_in_sql_is_the_follow_up_plans() -> None:
    """Every first-treatment day of four years (month ends and 29 February included)."""
    conn = sqlite3.connect(":memory:")
    day = dt.date(2027, 1, 1)
    while day < dt.date(2031, 1, 1):
        for interval in (Interval(6, "weeks"), Interval(1, "months"), Interval(3, "months"),
                         Interval(12, "months"), Interval(13, "months")):  # fmt: skip
            (got,) = conn.execute(
                f"SELECT {target_day_sql(interval, 'first_on')} FROM (SELECT ? AS first_on)",
                [day.isoformat()],
            ).fetchone()
            assert got == interval.after(day).toordinal(), (day, interval)
        day += dt.timedelta(days=1)
    assert JULIAN_ORDINAL == 1721424.5


@pytest.fixture
def clinic(
    knee_questionnaire, follow_up_questionnaire, tmp_path: Path
) -> Iterator[sqlite3.Connection]:
    """Six patients given bone marrow under ultrasound, five PRP, two fat; everyone's
    KOOS JR 52.465 (raw 14) at the intake. At 6 weeks (13 April), 68.284 (raw 7) is
    a meaningful gain (+15.8, the default 14); 52.465 is not."""
    path = tmp_path / "k.db"
    factory = IntakeFactory(knee_questionnaire, path)
    people = [(f"M{n}", "bone-marrow") for n in range(6)] + [(f"P{n}", "prp") for n in range(5)]
    people += [(f"F{n}", "fat") for n in range(2)]
    ids = {name: factory.submit(name, "Lee", **intake_koos_raw((2,) * 7)).intake_id
           for name, _ in people}  # fmt: skip
    factory.close()
    conn = open_database(path)
    book = RecordBook(conn, knee_questionnaire)
    for name, product in people:
        details = {"product": (product,), "image-guidance": ("ultrasound",),
                   "separation": ("centrifugation",)}  # fmt: skip
        book.add_treatment(
            ids[name], TreatmentEntry(FIRST, "left", product, 1, "Dr Okafor", details=details),  # type: ignore[arg-type]
            "rita",
        )  # fmt: skip
    check = FormChecker(follow_up_questionnaire, today=lambda: TODAY)

    def answer(name: str, on: str, raw: int) -> None:
        result = store_follow_up(
            conn, check, ids[name], follow_up_raw((raw,) * 7, pain_now=5),
            source="staff-phone", by="rita", answered_at=f"{on}T10:00:00+00:00",
        )  # fmt: skip
        assert result.saved is not None, result.issues

    for name in ("M0", "M1", "M2", "M3"):
        answer(name, "2026-04-13", 1)  # better
    answer("M4", "2026-04-13", 2)  # the same
    # Two days either side of the time point: the earlier one counts (the same).
    answer("M5", "2026-04-15", 1)
    answer("M5", "2026-04-11", 2)
    answer("P0", "2026-04-20", 1)  # a week late, within the 21-day window: better
    for name in ("P1", "P2", "P3", "P4"):
        answer(name, "2026-04-13", 2)
    answer("F0", "2026-04-13", 1)
    answer("F1", "2026-04-13", 1)
    write_setting(conn, MIN_GROUP_KEY, 5)
    yield conn
    conn.close()


def test_the_groups_match_the_answer_worked_out_by_hand(clinic, knee_questionnaire) -> None:
    report = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "product")
    assert report.time_points == ("6 weeks", "3 months", "6 months", "12 months")
    marrow, prp, fat = report.groups  # the largest first
    assert (marrow.group, marrow.patients, marrow.shown) == ("bone-marrow", 6, True)
    six_weeks = marrow.koos_jr[0]
    assert six_weeks is not None and (six_weeks.better, six_weeks.answered) == (4, 6)
    assert (six_weeks.low, six_weeks.high) == pytest.approx((0.3000, 0.9032), abs=5e-5)
    assert marrow.koos_jr[1:] == (None, None, None)  # nobody answered yet: no figure
    p = prp.koos_jr[0]
    assert prp.group == "prp" and p is not None and (p.better, p.answered) == (1, 5)
    assert (p.low, p.high) == pytest.approx((0.0362, 0.6245), abs=5e-5)
    # Two patients: under the minimum of 5, so not a figure, not even how many.
    assert (fat.group, fat.shown, fat.patients, fat.koos_jr) == ("fat", False, 0, ())

    # The same answers chosen as by the report without groups (fat's two included there).
    overall = build_report(clinic, knee_questionnaire, ReportFilter(), TODAY)
    assert overall.time_points[1].koos_jr_improved == (4 + 1 + 2, 6 + 5 + 2)

    # The minimum is the clinic's: at 10, neither group shows a figure.
    write_setting(clinic, MIN_GROUP_KEY, 10)
    strict = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "product")
    assert [g.shown for g in strict.groups] == [False, False, False]


def test_grouping_by_guidance_and_by_number_of_treatments(clinic, knee_questionnaire) -> None:
    by_guidance = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "image-guidance")
    ((group, patients),) = [(g.group, g.patients) for g in by_guidance.groups]
    assert (group, patients) == ("ultrasound", 13)
    by_count = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "injections")
    assert [(g.group, g.patients) for g in by_count.groups] == [("1", 13)]
    share = by_count.groups[0].koos_jr[0]
    assert share is not None and (share.better, share.answered) == (7, 13)
    with pytest.raises(ValueError):
        build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "astrology")  # type: ignore[arg-type]


def test_the_report_dialog_shows_and_saves_the_groups(
    clinic, knee_questionnaire, qtbot, styled_qapp, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.records.clinic_records import LocalClinicRecords
    from ui.outcomes.report_dialog import OutcomesReportDialog

    saved = tmp_path / "groups.csv"
    dialog = OutcomesReportDialog(
        LocalClinicRecords(clinic, knee_questionnaire), knee_questionnaire, "Riverside",
        today=TODAY, choose_path=lambda *_: saved,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1200, 688)  # a 1366 × 768 screen's room
    assert not dialog.groups.isVisible()
    group_by = dialog.findChild(QComboBox, "report-group-by")
    group_by.setCurrentIndex(group_by.findData("product"))
    assert dialog.groups.isVisible()
    table = dialog.groups

    def row(r: int) -> list[str]:
        return [table.item(r, c).text() if table.item(r, c) else "" for c in range(4)]

    # Everyone first (13, 7 of 13 better at 6 weeks), then each group: a row a measure,
    # then the adverse events.
    assert row(0) == ["All treated patients", "13", "KOOS JR", "54 % (29–77) · 7/13"]
    assert row(2)[2:] == ["Events †", "none reported"]
    assert row(3) == ["Bone marrow", "6", "KOOS JR", "67 % (30–90) · 4/6"]
    assert row(4)[2:] == ["Pain", "0 % (0–39) · 0/6"]  # nobody's pain fell
    assert row(6)[:4] == ["Platelet-rich plasma", "5", "KOOS JR", "20 % (4–62) · 1/5"]
    assert row(9) == ["Fat (adipose)", "fewer than 5", "KOOS JR", "too few to show"]
    assert row(11)[2:] == ["Events †", ""]  # not even its problems: no figure at all
    assert table.item(3, 4).text() == "fewer than 5 answered"  # 3 months: nobody yet
    assert not dialog.table.isVisible() and not dialog.chart.isVisible()
    assert dialog.size().toTuple() == (1200, 688)  # it did not grow past the screen
    group_by.setCurrentIndex(0)
    assert dialog.table.isVisible() and not dialog.groups.isVisible()
    assert dialog.size().toTuple() == (1200, 688)
    group_by.setCurrentIndex(group_by.findData("product"))
    assert "Wilson" in dialog.notes.text()
    assert dialog.save_csv() == saved
    with saved.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    marrow = [r for r in rows if r["group"] == "bone-marrow" and r["measure"] == "koos_jr"]
    assert (marrow[0]["meaningfully_better"], marrow[0]["answered"]) == ("4", "6")
    assert marrow[0]["ci95_low"] == "0.3" and marrow[1]["answered"] == ""  # 3 months: none
    fat = [r for r in rows if r["group"] == "fat"]
    assert fat and all(r["patients"] == "" and r["answered"] == "" for r in fat)
    assert "Bone marrow" in dialog.html() and "fewer than 5" in dialog.html()
    dialog.close()


def test_the_report_filters_by_the_first_treatments_processing_and_guidance(
    clinic, knee_questionnaire
) -> None:
    from app.network.outcomes_wire import report_filter_from_json, report_filter_to_json

    def patients(**chosen: str) -> int:
        report_filter = ReportFilter(**chosen)  # type: ignore[arg-type]
        # The same filter as a reception PC sends it to the host.
        assert report_filter_from_json(report_filter_to_json(report_filter)) == report_filter
        return build_report(clinic, knee_questionnaire, report_filter, TODAY).patients

    assert patients() == 13
    assert patients(processing="centrifugation") == 13
    assert patients(processing="microfragmentation") == 0
    assert patients(image_guidance="ultrasound", cell_source="prp") == 5
    assert patients(image_guidance="fluoroscopy") == 0


def test_demo_data_has_each_preparation_with_its_details_and_rated_events(
    knee_questionnaire, tmp_path: Path
) -> None:
    """Issue 25's demo: the report by preparation means something on a demo database."""
    from app.records.demo_data import add_demo_records

    conn = open_database(tmp_path / "k.db")
    try:
        add_demo_records(conn, knee_questionnaire, 600,
                         now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))  # fmt: skip
        kinds = dict(conn.execute(
            "SELECT cell_source, count(*) FROM treatment WHERE details IS NOT NULL"
            " GROUP BY cell_source"
        ).fetchall())  # fmt: skip
        assert set(kinds) == {"bone-marrow", "fat", "prp"} and min(kinds.values()) >= 20
        assert conn.execute(
            "SELECT count(*) FROM treatment WHERE details IS NULL OR image_guidance IS NULL"
        ).fetchone() == (0,)
        (rated, related, linked) = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE relatedness IN"
            " ('possible', 'probable', 'definite')), count(treatment_id) FROM adverse_event"
        ).fetchone()
        assert rated > 0 and 0 < related < rated and linked == rated
        report = build_grouped_report(conn, knee_questionnaire, ReportFilter(include_demo=True),
                                      "product")  # fmt: skip
        assert {g.group for g in report.groups if g.shown} == {"bone-marrow", "fat", "prp"}
    finally:
        conn.close()


def test_the_grouped_figures_add_up_to_the_ungrouped_reports_on_demo_data(
    knee_questionnaire, tmp_path: Path
) -> None:
    """The report by preparation and the report without groups choose their answers by
    different code (SQL with packed keys; Python): on 800 demo patients, the groups add
    up to the whole at every time point, for both measures, with and without the demo
    filter, and for a window wide enough that an answer is near two time points."""
    from app.outcomes.outcome_settings import OutcomeSettings, put_outcome_settings
    from app.records.demo_data import add_demo_records

    conn = open_database(tmp_path / "k.db")
    try:
        add_demo_records(conn, knee_questionnaire, 800,
                         now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))  # fmt: skip
        write_setting(conn, MIN_GROUP_KEY, 5)
        for window in (21, 60):
            put_outcome_settings(conn, OutcomeSettings(window_days=window))
            conn.commit()
            everyone = ReportFilter(include_demo=True)
            whole = build_report(conn, knee_questionnaire, everyone, dt.date(2026, 11, 24))
            grouped = build_grouped_report(conn, knee_questionnaire, everyone, "product")
            assert all(g.shown for g in grouped.groups)
            assert sum(g.patients for g in grouped.groups) == whole.patients
            for n, point in enumerate(whole.time_points[1:]):
                for measure, expected in (("koos_jr", point.koos_jr_improved),
                                          ("pain", point.pain_improved)):  # fmt: skip
                    shares = [getattr(g, measure)[n] for g in grouped.groups]
                    got = (sum(s.better for s in shares if s), sum(s.answered for s in shares if s))
                    assert got == expected, (window, point.label, measure)
            # Without the demo's patients there is nobody: no group at all.
            assert build_grouped_report(conn, knee_questionnaire, ReportFilter(),
                                        "product").groups == ()  # fmt: skip
    finally:
        conn.close()


def test_an_answer_s_own_offset_and_time_of_day_decide_a_tie(
    clinic, knee_questionnaire, follow_up_questionnaire
) -> None:
    """Two answers as near the time point as each other on the same day: the earlier
    one counts, by the instant, whatever the offset it was written in; and the day is
    the one it was answered on where it was answered."""
    (intake_id,) = clinic.execute(
        "SELECT i.id FROM intake AS i JOIN patient AS p ON p.id = i.patient_id"
        " WHERE p.first_name = 'P1'"
    ).fetchone()
    check = FormChecker(follow_up_questionnaire, today=lambda: TODAY)
    # P1 said "the same" on 13 April at 10:00 UTC. Earlier that day (in New York, 05:30
    # there is 09:30 UTC) they said "better": that one counts.
    result = store_follow_up(
        clinic, check, intake_id, follow_up_raw((1,) * 7, pain_now=5),
        source="staff-phone", by="rita", answered_at="2026-04-13T05:30:00-04:00",
    )  # fmt: skip
    assert result.saved is not None
    prp = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "product").groups[1]
    share = prp.koos_jr[0]
    assert prp.group == "prp" and share is not None and (share.better, share.answered) == (2, 5)
    # P2 answered "better" late that evening in New York (after midnight UTC): still
    # 13 April there, and later than their 10:00 UTC "the same", so it does not count.
    (other,) = clinic.execute(
        "SELECT i.id FROM intake AS i JOIN patient AS p ON p.id = i.patient_id"
        " WHERE p.first_name = 'P2'"
    ).fetchone()
    result = store_follow_up(
        clinic, check, other, follow_up_raw((1,) * 7, pain_now=5),
        source="staff-phone", by="rita", answered_at="2026-04-13T23:30:00-04:00",
    )  # fmt: skip
    assert result.saved is not None
    prp = build_grouped_report(clinic, knee_questionnaire, ReportFilter(), "product").groups[1]
    share = prp.koos_jr[0]
    assert share is not None and (share.better, share.answered) == (2, 5)
