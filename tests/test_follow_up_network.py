"""Follow-ups across stations, against a real main PC process on 127.0.0.1: a reception
PC hands a named tablet to the patient, the tablet greets them and sends the answers
through its outbox; answers entered by phone, the report and FHIR come from the host."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.clinic.data_folder import database_path
from app.intake.form_check import FormChecker
from app.network.host_records import HostClinicRecords, HostStaffAccounts
from app.network.outbox import Outbox
from app.network.station_follow_ups import HostFollowUpDesk
from app.network.station_link import HostLink, pair
from app.outcomes import follow_up_questionnaire
from app.outcomes.adverse_events import Rating
from app.outcomes.outcomes_report import ReportFilter
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import ChangeRefused, RecordBook, TreatmentEntry
from app.staff.accounts import SignInOutcome
from app.storage.database import open_database
from tests.clinic_network import PASSWORD, Host, Station
from tests.follow_up_answers import follow_up_raw, intake_koos_raw
from tests.intake_factory import IntakeFactory

TREATED = dt.date(2026, 10, 13)


@pytest.fixture
def host(tmp_path: Path, knee_questionnaire) -> Iterator[Host]:
    made = Host(tmp_path / "host")
    path = database_path(made.folder)
    factory = IntakeFactory(knee_questionnaire, path)
    made.intake_id = factory.submit("Ann", "Lee", **intake_koos_raw((2,) * 7)).intake_id
    factory.close()
    conn = open_database(path)
    RecordBook(conn, knee_questionnaire).add_treatment(
        made.intake_id, TreatmentEntry(TREATED, "left", "fat", 1, "Dr Okafor"), "rita",
        propose_follow_ups(TREATED, 1, DEFAULT_INTERVALS),
    )  # fmt: skip
    conn.close()
    made.start()
    yield made
    made.stop()


@pytest.fixture
def records(host: Host, tmp_path: Path) -> Iterator[HostClinicRecords]:
    """Rita, signed in on the reception PC "Desk 2"."""
    config = pair("127.0.0.1", host.port, host.code("reception"), "Desk 2")
    config.save(tmp_path / "desk")
    link = HostLink(config)
    accounts = HostStaffAccounts(link, "Riverside Knee Clinic")
    assert accounts.sign_in("rita", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    assert accounts.session is not None
    yield HostClinicRecords(link, accounts.session, today=lambda: dt.date(2026, 11, 24))
    link.close()


def wait_for_handover(desk: HostFollowUpDesk, seconds: float = 10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        taken = desk.take_waiting()
        if taken is not None:
            return taken
        time.sleep(0.05)
    return None


def test_a_reception_pc_hands_a_named_tablet_over_and_the_answers_reach_the_host(
    host: Host, records: HostClinicRecords, tmp_path: Path
) -> None:
    tablet = Station(host, tmp_path / "tablet-1", "kiosk", "Tablet 1")
    other = Station(host, tmp_path / "tablet-2", "kiosk", "Tablet 2")
    checker = FormChecker(follow_up_questionnaire())
    desks = [
        HostFollowUpDesk(s.config, checker, Outbox(s.folder), None, interval=0.05)
        for s in (tablet, other)
    ]
    try:
        kiosks = dict((name, station_id) for station_id, name in records.kiosks())
        assert set(kiosks) == {"Tablet 1", "Tablet 2"}
        six_weeks = host.rows("SELECT min(id) FROM follow_up")[0][0]
        records.hand_over_kiosk(host.intake_id, six_weeks, kiosks["Tablet 1"], "ignored")
        for desk in desks:
            desk.look(True)
        handover = wait_for_handover(desks[0])
        assert handover is not None and handover.first_name == "Ann"
        assert desks[1].take_waiting() is None  # handed to Tablet 1, not to Tablet 2

        # Answered in Spanish on the tablet: the same codes, marked with the language.
        assert desks[0].submit(handover, follow_up_raw((1,) * 7), language="es").issues == {}
        assert tablet.deliver() == (1, 0, True)  # from the tablet's outbox to the host
        [row] = host.rows(
            "SELECT source, entered_by, follow_up_id, koos_jr_score,"
            " (SELECT name FROM station WHERE id = station_id), language"
            " FROM follow_up_response"
        )
        assert row == ("kiosk", "kiosk", six_weeks, 68.284, "Tablet 1", "es")
        assert host.rows("SELECT state, created_by FROM kiosk_handover") == [
            ("answered", "rita via Desk 2")
        ]
        assert tablet.deliver() == (0, 0, True)  # nothing left on the tablet
    finally:
        for desk in desks:
            desk.close()
        tablet.close()
        other.close()


def test_phone_answers_the_report_and_fhir_come_from_the_host(
    host: Host, records: HostClinicRecords
) -> None:
    result = records.enter_follow_up(
        host.intake_id, follow_up_raw((0,) * 7, problems=("problem-redness",)),
        "staff-phone", "ignored", None,
    )  # fmt: skip
    assert result.saved is not None and result.saved.needs_review
    incomplete = follow_up_raw()
    del incomplete["satisfaction"]
    refused = records.enter_follow_up(host.intake_id, incomplete, "staff-phone", "x", None)
    assert list(refused.issues) == ["satisfaction"] and refused.saved is None
    assert host.rows("SELECT entered_by, source FROM follow_up_response") == [
        ("rita via Desk 2", "staff-phone")
    ]
    detail = records.load_record(host.intake_id)
    assert detail.intake["clinical_review_needed"] == 1
    records.mark_reviewed(host.intake_id, "ignored", "reception")  # the host asks the session
    assert host.rows("SELECT reviewed_by FROM follow_up_response") == [("rita via Desk 2",)]
    # The problem rated as an adverse event from the reception PC, by the host's rules.
    (problem,) = records.reported_problems(host.intake_id)
    assert problem.problem == "problem-redness" and problem.rating is None
    rating = Rating(problem.response_id, problem.problem, "possible", 1, "recovered", "Ice")
    assert records.rate_problems(host.intake_id, [rating], "ignored", "reception") == 1
    assert host.rows("SELECT grade, rated_by FROM adverse_event") == [(1, "rita via Desk 2")]
    (problem,) = records.reported_problems(host.intake_id)
    assert problem.rating is not None and problem.rating.note == "Ice"
    nonsense = Rating(problem.response_id, problem.problem, "possible", 9, "recovered")
    with pytest.raises(ChangeRefused, match="adverse-event-grade"):
        records.rate_problems(host.intake_id, [nonsense], "x", "x")
    grouped = records.grouped_outcomes(ReportFilter(), "product")
    assert grouped.group_by == "product" and grouped.min_group_size == 10
    assert [g.shown for g in grouped.groups] == [False]  # one patient: no figure
    assert grouped.everyone_adverse is not None and grouped.everyone_adverse.related == 1

    report = records.outcomes_report(ReportFilter())
    assert report.patients == 1 and report.problems == {"problem-redness": 1}
    assert report.time_points[0].koos_jr is not None
    assert report.time_points[0].koos_jr.median == 52.465
    bundle = records.fhir_bundle(host.intake_id)
    kinds = sorted(e["resource"]["resourceType"] for e in bundle["entry"])
    assert kinds.count("Observation") == 2 and "Procedure" in kinds
    assert host.rows("SELECT actor, intake_id FROM audit WHERE action = 'export-fhir'") == [
        ("rita via Desk 2", host.intake_id)
    ]  # written by the host as the record left it


def test_a_tablet_can_take_a_handover_but_read_nothing_else(host: Host, tmp_path: Path) -> None:
    tablet = Station(host, tmp_path / "tablet", "kiosk", "Tablet 1")
    link = tablet.link()
    try:
        for method, path in (("GET", "/v1/kiosks"), ("POST", "/v1/outcomes/report"),
                             ("GET", f"/v1/records/{host.intake_id}/fhir"),
                             ("GET", "/v1/outcome-settings")):  # fmt: skip
            assert link.request(method, path, {}).status_code == 403, path
        assert link.request("POST", "/v1/kiosk/handover", {}).json() == {"handover": None}
    finally:
        link.close()
        tablet.close()


def test_a_reception_pc_enters_an_intake_by_phone_named_as_its_staff_member(
    host: Host, records: HostClinicRecords, knee_questionnaire
) -> None:
    from tests.intake_factory import complete_raw_answers

    raw = complete_raw_answers(knee_questionnaire) | {"first-name": "Olu", "last-name": "Bello"}
    result = records.enter_intake(raw, "staff-phone", "ignored", "by-phone")
    assert result.saved is not None
    assert host.rows("SELECT source, entered_by FROM intake WHERE id = ?",
                     (result.saved.intake_id,)) == [("staff-phone", "rita via Desk 2")]  # fmt: skip
    assert host.rows("SELECT given, recorded_by FROM consent_recorded") == [
        ("by-phone", "rita via Desk 2")
    ]
    refused = records.enter_intake({"first-name": "Olu"}, "staff-phone", "x", "by-phone")
    assert refused.saved is None and "last-name" in refused.issues


def test_reception_cannot_mark_a_problem_reviewed_whatever_its_pc_says(
    host: Host, tmp_path: Path
) -> None:
    """The rule is the host's: a receptionist's session is refused, even though the
    reception PC says the role is a clinician's."""
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST

    from app.staff.accounts import StaffAccounts

    with closing(open_database(database_path(host.folder))) as conn:
        accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST))
        accounts.add(host.admin, "bo", "Bo", "reception", "first password 1")
    config = pair("127.0.0.1", host.port, host.code("reception"), "Desk 3")
    link = HostLink(config)
    try:
        door = HostStaffAccounts(link, "Riverside Knee Clinic")
        signed = door.sign_in("bo", "first password 1")
        assert signed.staff is not None and signed.staff.must_change_password
        door.change_password(signed.staff, "first password 1", "a new password for bo")
        assert door.session is not None
        records = HostClinicRecords(link, door.session)
        with pytest.raises(ChangeRefused, match="clinicians-only"):
            records.mark_reviewed(host.intake_id, "bo", "clinician")
    finally:
        link.close()
