"""Staff accounts and the audit trail against a real database file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.staff.accounts import AccountRefused, SignInOutcome, StaffAccounts
from app.staff.audit_log import AuditFilter, AuditLog
from app.staff.sign_in_guard import MAX_FAILED_ATTEMPTS
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.fixed_clock import Clock

PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(tmp_path / "k.db")
    yield connection
    connection.close()


@pytest.fixture
def accounts(conn: sqlite3.Connection, clock: Clock) -> StaffAccounts:
    return StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST), clock=clock)


def audit(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    return conn.execute("SELECT actor, action, detail FROM audit ORDER BY id").fetchall()


def test_first_run_sets_the_clinic_and_an_administrator_once(accounts, conn) -> None:
    assert accounts.needs_set_up()
    admin = accounts.set_up("Riverside Knee Clinic", "maria", "Maria Lopez", PASSWORD)
    assert admin.is_administrator and not accounts.needs_set_up()
    assert accounts.clinic_name() == "Riverside Knee Clinic"
    with pytest.raises(AccountRefused, match="already-set-up"):
        accounts.set_up("Other", "eve", "Eve", PASSWORD)
    stored = conn.execute("SELECT password_hash FROM staff").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert audit(conn) == [("maria", "clinic-set-up", None)]


def test_passwords_must_be_long_and_not_the_user_name(accounts) -> None:
    with pytest.raises(AccountRefused, match="password-too-short"):
        accounts.set_up("Clinic", "maria", "Maria", "short")
    with pytest.raises(AccountRefused, match="password-is-username"):
        accounts.set_up("Clinic", "maria.lopez1", "Maria", "Maria.Lopez1")
    assert accounts.needs_set_up()


def test_sign_in_right_wrong_and_unknown_are_audited_without_passwords(accounts, conn) -> None:
    accounts.set_up("Clinic", "maria", "Maria Lopez", PASSWORD)
    assert accounts.sign_in("Maria", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    assert accounts.sign_in("maria", "wrong password").outcome is SignInOutcome.WRONG
    # A password typed into the name box is never written down.
    assert accounts.sign_in(PASSWORD, PASSWORD).outcome is SignInOutcome.WRONG
    assert audit(conn)[1:] == [
        ("maria", "sign-in", None),
        ("maria", "sign-in-failed", "wrong password"),
        ("(unknown)", "sign-in-failed", "unknown user name"),
    ]
    assert not any(PASSWORD in str(row) or "wrong password " in str(row) for row in audit(conn))


def test_five_wrong_passwords_lock_the_account_for_a_while(accounts, conn, clock) -> None:
    accounts.set_up("Clinic", "maria", "Maria Lopez", PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert accounts.sign_in("maria", "nope nope nope").outcome is SignInOutcome.WRONG
    locked = accounts.sign_in("maria", "nope nope nope")
    assert locked.outcome is SignInOutcome.LOCKED
    assert locked.locked_until == clock.now + dt.timedelta(minutes=15)
    # Even the right password waits.
    assert accounts.sign_in("maria", PASSWORD).outcome is SignInOutcome.LOCKED
    clock.now += dt.timedelta(minutes=16)
    assert accounts.sign_in("maria", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    actions = [action for _, action, _ in audit(conn)]
    assert actions.count("account-locked") == 1
    assert actions[-1] == "sign-in"


def test_new_staff_change_their_first_password_and_an_admin_can_reset_it(accounts, conn) -> None:
    admin = accounts.set_up("Clinic", "maria", "Maria Lopez", PASSWORD)
    rita = accounts.add(admin, "rita", "Rita Chen", "reception", "first password 1")
    assert rita.must_change_password
    with pytest.raises(AccountRefused, match="administrators-only"):
        accounts.add(rita, "sam", "Sam", "clinician", "first password 1")
    with pytest.raises(AccountRefused, match="username-taken"):
        accounts.add(admin, "RITA", "Another Rita", "reception", "first password 1")
    signed = accounts.sign_in("rita", "first password 1").staff
    assert signed is not None and signed.must_change_password
    with pytest.raises(AccountRefused, match="current-password-wrong"):
        accounts.change_password(signed, "guess guess guess", "my own password")
    changed = accounts.change_password(signed, "first password 1", "my own password")
    assert not changed.must_change_password
    assert accounts.sign_in("rita", "my own password").outcome is SignInOutcome.SIGNED_IN
    accounts.reset_password(admin, "rita", "temporary pass 2")
    again = accounts.sign_in("rita", "temporary pass 2").staff
    assert again is not None and again.must_change_password
    assert ("maria", "password-reset", "rita") in audit(conn)
    assert ("rita", "password-changed", None) in audit(conn)


def test_audit_rows_cannot_be_updated_or_deleted(accounts, conn) -> None:
    accounts.set_up("Clinic", "maria", "Maria Lopez", PASSWORD)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit")
    conn.rollback()
    assert audit(conn) == [("maria", "clinic-set-up", None)]


def test_changes_to_a_record_audit_themselves(knee_questionnaire, tmp_path: Path) -> None:
    from app.records.record_book import ContactEntry, RecordBook
    from tests.intake_factory import IntakeFactory

    factory = IntakeFactory(knee_questionnaire, tmp_path / "k.db")
    saved = factory.submit("Ann", "Lee")
    factory.close()
    conn = open_database(tmp_path / "k.db")
    try:
        book = RecordBook(conn, knee_questionnaire)
        book.change_status(saved.intake_id, "contacted", "rita")
        book.log_contact(saved.intake_id, ContactEntry("call", "reached", "Ann Lee, 555"), "rita")
        rows = conn.execute("SELECT actor, action, intake_id, detail FROM audit").fetchall()
        assert rows == [
            ("rita", "status-changed", saved.intake_id, "new -> contacted"),
            ("rita", "contact-logged", saved.intake_id, "call: reached"),
        ]
        assert "Ann" not in str(rows)  # never the patient's data
    finally:
        conn.close()


def test_the_trail_filters_by_who_what_record_and_day(conn, clock) -> None:
    log = AuditLog(conn, clock=clock)
    log.record("maria", "sign-in")
    log.record("rita", "record-opened", intake_id=7)
    clock.now += dt.timedelta(days=1)
    log.record("rita", "export-csv", detail="12 rows")
    assert [e.action for e in log.entries(AuditFilter(actor="RITA"))] == [
        "export-csv", "record-opened"
    ]  # fmt: skip
    assert [e.actor for e in log.entries(AuditFilter(intake_id=7))] == ["rita"]
    assert [e.action for e in log.entries(AuditFilter(on_or_after=clock.now.date()))] == [
        "export-csv"
    ]
    assert [e.action for e in log.entries(AuditFilter(action="sign-in"))] == ["sign-in"]
    with pytest.raises(ValueError):
        log.record("rita", "made-up-action")


def test_every_audit_action_has_words_for_the_administrators_screen(styled_qapp) -> None:
    from app.storage.vocabulary import AUDIT_ACTIONS
    from ui.staff.admin_dialogs import action_labels

    assert set(action_labels()) == set(AUDIT_ACTIONS)
