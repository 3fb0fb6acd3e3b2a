"""Lock-out holds across programs and says nothing about which names exist."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from app.staff.accounts import SignInOutcome, StaffAccounts
from app.staff.sign_in_guard import MAX_FAILED_ATTEMPTS
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.fixed_clock import Clock
from tests.sqlite_file import open_file

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"


def test_three_programs_guessing_at_once_check_no_more_than_the_limit(tmp_path: Path) -> None:
    db_path = tmp_path / "knee-intake.db"
    conn = open_database(db_path)
    # The real hasher: each check takes long enough for the programs to overlap.
    StaffAccounts(conn).set_up("Clinic", "rita", "Rita Chen", PASSWORD)
    conn.close()
    go = tmp_path / "go"
    guessers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.guess_passwords_worker", str(db_path), "rita", "5",
             str(go)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(3)
    ]  # fmt: skip
    go.touch()
    outcomes: list[str] = []
    for guesser in guessers:
        out, err = guesser.communicate(timeout=120)
        assert guesser.returncode == 0, err
        outcomes += json.loads(out)
    with closing(open_file(db_path)) as check:
        checked, locked = check_counts(check)
    assert checked == MAX_FAILED_ATTEMPTS  # of 15 guesses, only 5 were checked
    assert outcomes.count("wrong") <= MAX_FAILED_ATTEMPTS - 1
    assert outcomes.count("wrong") + outcomes.count("locked") == 15
    assert locked is not None


def check_counts(check: sqlite3.Connection) -> tuple[int, str | None]:
    checked = check.execute(
        "SELECT count(*) FROM audit WHERE action = 'sign-in-failed' AND detail = 'wrong password'"
    ).fetchone()[0]
    row = check.execute("SELECT locked_until FROM sign_in_guard WHERE name_key = 'rita'").fetchone()
    return int(checked), row[0] if row else None


def test_an_unknown_name_gets_the_same_replies_and_the_same_lock(tmp_path: Path) -> None:
    clock = Clock()
    conn = open_database(tmp_path / "knee-intake.db")
    accounts = StaffAccounts(conn, hasher=PasswordHasher.from_parameters(CHEAPEST), clock=clock)
    accounts.set_up("Clinic", "rita", "Rita Chen", PASSWORD)

    def replies(name: str) -> list[tuple[SignInOutcome, dt.datetime | None]]:
        return [
            (result.outcome, result.locked_until)
            for result in (accounts.sign_in(name, "wrong guess") for _ in range(7))
        ]

    known, unknown = replies("rita"), replies("nobody")
    assert known == unknown
    assert [outcome for outcome, _ in known] == [SignInOutcome.WRONG] * 4 + [
        SignInOutcome.LOCKED
    ] * 3
    # Case does not make a new name to guess under.
    assert accounts.sign_in("RITA", PASSWORD).outcome is SignInOutcome.LOCKED
    clock.now += dt.timedelta(minutes=16)
    assert accounts.sign_in("Rita", "still wrong").outcome is SignInOutcome.WRONG
    assert accounts.sign_in("rita", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    # A right password starts the count again.
    assert (
        conn.execute("SELECT count(*) FROM sign_in_guard WHERE name_key = 'rita'").fetchone()[0]
        == 0
    )
    typed = [a for (a,) in conn.execute("SELECT actor FROM audit WHERE action LIKE 'sign-in%'")]
    assert "nobody" not in typed  # an unknown name is never written down
    conn.close()
