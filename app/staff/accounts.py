"""Staff accounts: first-run set-up, sign-in with lock-out, password changes.

Passwords are hashed with argon2id by argon2-cffi and never stored, logged or shown.
Five wrong passwords in a row lock the name for a while, counted atomically across
every program and station (sign_in_guard.py); every attempt, right or wrong, is
written to the audit trail. An unknown user name gets the same replies, the same
timing and the same lock as a known one, so nothing tells which names exist.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.clinic.settings import put_setting, read_setting
from app.staff.audit_log import AuditLog
from app.staff.sign_in_guard import LOCK_MINUTES, SignInGuard, Turn
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

Role = Literal["reception", "clinician", "administrator"]
ROLES: tuple[Role, ...] = ("reception", "clinician", "administrator")
MIN_PASSWORD_LENGTH = 10
CLINIC_NAME_KEY = "clinic_name"
UNKNOWN_ACTOR = "(unknown)"


@dataclass(frozen=True)
class Staff:
    id: int
    username: str
    display_name: str
    role: Role
    must_change_password: bool

    @property
    def is_administrator(self) -> bool:
        return self.role == "administrator"


class SignInOutcome(enum.Enum):
    SIGNED_IN = "signed-in"
    WRONG = "wrong"  # unknown name or wrong password: never said which
    LOCKED = "locked"


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    staff: Staff | None = None
    locked_until: dt.datetime | None = None


class AccountRefused(Exception):
    """A change that cannot be made; ``code`` says why, for the message beside the field."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password will not do, as a code, or None. Length over rules (NIST
    SP 800-63B): no forced mix of symbols, but not short and not the user name."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password-too-short"
    if username and password.strip().casefold() == username.strip().casefold():
        return "password-is-username"
    return None


if TYPE_CHECKING:
    from argon2 import PasswordHasher

# What a storage message names when staff accounts cannot be read or kept: never a
# person's data.
STAFF_DATA = "staff accounts"


class StaffAccounts:
    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._conn = conn
        self._given_hasher = hasher
        self._clock = clock
        self.audit = AuditLog(conn, clock=clock)
        self._guard = SignInGuard(conn)
        self._dummy_hash: str | None = None

    # --- first run ------------------------------------------------------------------
    def needs_set_up(self) -> bool:
        return int(self._conn.execute("SELECT count(*) FROM staff").fetchone()[0]) == 0

    def clinic_name(self) -> str:
        name = read_setting(self._conn, CLINIC_NAME_KEY)
        return name if isinstance(name, str) else ""

    def set_up(self, clinic_name: str, username: str, display_name: str, password: str) -> Staff:
        """The clinic's name and its first administrator, once."""
        if not clinic_name.strip():
            raise AccountRefused("clinic-name-required")
        self._check_new(username, display_name, password)
        with write_transaction(self._conn):
            if not self.needs_set_up():
                raise AccountRefused("already-set-up")
            put_setting(self._conn, CLINIC_NAME_KEY, clinic_name.strip())
            staff = self._insert(username, display_name, "administrator", password, False)
        self.audit.record(staff.username, "clinic-set-up")
        return staff

    # --- administrators ---------------------------------------------------------------
    def add(self, by: Staff, username: str, display_name: str, role: Role, password: str) -> Staff:
        """A new account with a first password the person must change at first sign-in."""
        self._require_administrator(by)
        if role not in ROLES:
            raise AccountRefused("unknown-role")
        self._check_new(username, display_name, password)
        with write_transaction(self._conn):
            taken = self._conn.execute(
                "SELECT 1 FROM staff WHERE username = ?", [username.strip()]
            ).fetchone()
            if taken:
                raise AccountRefused("username-taken")
            staff = self._insert(username, display_name, role, password, True)
        self.audit.record(by.username, "staff-added", detail=f"{staff.username} ({role})")
        return staff

    def reset_password(self, by: Staff, username: str, new_password: str) -> None:
        """A temporary password, to be changed at the next sign-in; unlocks the account."""
        self._require_administrator(by)
        self._set_temporary_password(username, new_password)
        self.audit.record(by.username, "password-reset", detail=username.strip())

    def recover_access(self, username: str, new_password: str, actor: str) -> None:
        """For clinic IT with the data folder (knee-intake-admin), when no administrator
        can sign in: the same temporary password, unlocked, to be changed at sign-in."""
        self._set_temporary_password(username, new_password)
        self.audit.record(actor, "password-reset", detail=f"{username.strip()} (admin tool)")

    def deactivate(self, by: Staff, username: str) -> None:
        """The person can no longer sign in, here or at any station; the account and
        everything the trail says they did are kept. Not oneself, so an administrator
        always remains (and one deactivated elsewhere can do nothing more here)."""
        name = username.strip()
        if name == by.username:
            raise AccountRefused("cannot-deactivate-self")
        with write_transaction(self._conn):
            self._require_administrator(by)  # inside: two deactivating each other at once
            changed = self._conn.execute(
                "UPDATE staff SET active = 0 WHERE username = ? AND active = 1", [name]
            ).rowcount
            if not changed:
                raise AccountRefused("unknown-user")
            self.audit.put(by.username, "staff-deactivated", detail=name)

    def reactivate(self, by: Staff, username: str, temporary_password: str) -> None:
        """A deactivated account back, with a temporary password to change at sign-in."""
        self._require_administrator(by)
        self._set_temporary_password(username, temporary_password)
        self.audit.record(by.username, "staff-reactivated", detail=username.strip())

    def deactivated_staff(self) -> list[Staff]:
        return [
            self._staff(row)
            for row in self._conn.execute(
                "SELECT id, username, display_name, role, must_change_password FROM staff"
                " WHERE active = 0 ORDER BY display_name COLLATE NOCASE"
            )
        ]

    def _set_temporary_password(self, username: str, new_password: str) -> None:
        problem = password_problem(new_password, username)
        if problem:
            raise AccountRefused(problem)
        with write_transaction(self._conn):
            changed = self._conn.execute(
                "UPDATE staff SET password_hash = ?, must_change_password = 1,"
                " active = 1 WHERE username = ?",
                [self._hasher.hash(new_password), username.strip()],
            ).rowcount
        if not changed:
            raise AccountRefused("unknown-user")
        self._guard.clear(username)  # unlocked

    def all_staff(self) -> list[Staff]:
        return [
            self._staff(row)
            for row in self._conn.execute(
                "SELECT id, username, display_name, role, must_change_password FROM staff"
                " WHERE active = 1 ORDER BY display_name COLLATE NOCASE"
            )
        ]

    # --- everyone ---------------------------------------------------------------------
    def sign_in(
        self, username: str, password: str, *, counted_as: str | None = None
    ) -> SignInResult:
        """Known and unknown names take the same path, the same time and the same
        replies: each attempt is counted before any password is checked (SignInGuard),
        a locked name still costs one hash check, and an unknown name checks against a
        stand-in hash and counts towards its own lock. ``counted_as`` counts the
        attempts under another name: a tablet's kiosk exit locks that exit, not the
        staff member's account everywhere."""
        username = username.strip()
        guarded = counted_as or username
        now = self._clock()
        row = self._conn.execute(
            "SELECT id, username, display_name, role, must_change_password, password_hash"
            " FROM staff WHERE username = ? AND active = 1",
            [username],
        ).fetchone()
        staff = self._staff(row[:5]) if row else None
        # Not the name typed when no account has it: it may be a password typed into
        # the wrong box.
        actor = staff.username if staff else UNKNOWN_ACTOR
        reservation = self._guard.reserve(guarded, now)
        # Counted elsewhere, an attempt still honours the account's own lock: a name
        # locked by guesses at reception is not opened at a kiosk's exit either.
        account_locked = self._guard.locked_until(username, now) if counted_as else None
        if reservation.turn is Turn.LOCKED or account_locked is not None:
            self._verify(self._dummy(), password)  # as long as a real check
            self.audit.record(actor, "sign-in-failed", detail="locked")
            until = account_locked or reservation.locked_until
            return SignInResult(SignInOutcome.LOCKED, locked_until=until)
        stored_hash = str(row[5]) if row else self._dummy()
        if staff is None or not self._verify(stored_hash, password):
            self.audit.record(
                actor, "sign-in-failed", detail="wrong password" if staff else "unknown user name"
            )
            locked_until = self._guard.wrong(reservation, now)
            if locked_until is not None:
                self.audit.record(actor, "account-locked", detail=f"{LOCK_MINUTES} minutes")
                return SignInResult(SignInOutcome.LOCKED, locked_until=locked_until)
            return SignInResult(SignInOutcome.WRONG)
        self._guard.clear(guarded)
        if self._hasher.check_needs_rehash(stored_hash):
            with write_transaction(self._conn):
                self._conn.execute(
                    "UPDATE staff SET password_hash = ? WHERE id = ?",
                    [self._hasher.hash(password), staff.id],
                )
        self.audit.record(staff.username, "sign-in")
        return SignInResult(SignInOutcome.SIGNED_IN, staff)

    def credential_of(self, staff_id: int, now: dt.datetime) -> str | None:
        """What a session on the host was opened with: the account's password hash,
        while the account is active and not locked; None otherwise. A session whose
        credential is no longer this one ends (a password reset, a lock)."""
        row = self._conn.execute(
            "SELECT password_hash, username FROM staff WHERE id = ? AND active = 1", [staff_id]
        ).fetchone()
        if row is None or self._guard.locked_until(str(row[1]), now) is not None:
            return None
        return str(row[0])

    def change_password(self, staff: Staff, current: str, new: str) -> Staff:
        row = self._conn.execute(
            "SELECT password_hash FROM staff WHERE id = ?", [staff.id]
        ).fetchone()
        if row is None or not self._verify(row[0], current):
            raise AccountRefused("current-password-wrong")
        problem = password_problem(new, staff.username)
        if problem:
            raise AccountRefused(problem)
        if new == current:
            raise AccountRefused("password-unchanged")
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE staff SET password_hash = ?, must_change_password = 0 WHERE id = ?",
                [self._hasher.hash(new), staff.id],
            )
        self.audit.record(staff.username, "password-changed")
        return Staff(staff.id, staff.username, staff.display_name, staff.role, False)

    def note(self, actor: str, action: str) -> None:
        """A kiosk event for the audit trail (the kiosk's StaffDoor)."""
        self.audit.record(actor, action)

    def sign_out(self, staff: Staff, *, idle: bool = False) -> None:
        self.audit.record(staff.username, "signed-out-idle" if idle else "sign-out")

    # --- inside -----------------------------------------------------------------------
    @property
    def _hasher(self) -> PasswordHasher:
        """Made at the first password: the sign-in and the kiosk are drawn without it."""
        if self._given_hasher is None:
            from argon2 import PasswordHasher

            self._given_hasher = PasswordHasher()
        return self._given_hasher

    def _verify(self, stored_hash: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash("not a real password")
        return self._dummy_hash

    def _check_new(self, username: str, display_name: str, password: str) -> None:
        if not username.strip():
            raise AccountRefused("username-required")
        if not display_name.strip():
            raise AccountRefused("display-name-required")
        problem = password_problem(password, username)
        if problem:
            raise AccountRefused(problem)

    def _insert(
        self, username: str, display_name: str, role: Role, password: str, must_change: bool
    ) -> Staff:
        cursor = self._conn.execute(
            "INSERT INTO staff (username, display_name, role, password_hash,"
            " must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [username.strip(), display_name.strip(), role, self._hasher.hash(password),
             int(must_change), self._clock().isoformat(timespec="seconds")],
        )  # fmt: skip
        return Staff(int(cursor.lastrowid or 0), username.strip(), display_name.strip(), role,
                     must_change)  # fmt: skip

    def _require_administrator(self, by: Staff) -> None:
        """An administrator, by the database, not only by the session's Staff: one
        deactivated (or made reception) while signed in on another PC is refused."""
        still = self._conn.execute(
            "SELECT 1 FROM staff WHERE id = ? AND active = 1 AND role = 'administrator'",
            [by.id],
        ).fetchone()
        if not by.is_administrator or still is None:
            raise AccountRefused("administrators-only")

    @staticmethod
    def _staff(row: tuple[object, ...]) -> Staff:
        staff_id, username, display_name, role, must_change = row
        return Staff(int(staff_id), str(username), str(display_name), role,  # type: ignore[arg-type,call-overload]
                     bool(must_change))  # fmt: skip


KIOSK_EXIT_ON_THIS_PC = "kiosk-exit@this-pc"


class KioskExitDoor:
    """The kiosk's way out on the PC that keeps the records: staff sign in as anywhere,
    but wrong passwords lock this kiosk's exit for a while, not the person's account on
    every PC (a patient trying passwords at the kiosk cannot lock the staff out)."""

    def __init__(self, accounts: StaffAccounts) -> None:
        self._accounts = accounts

    def clinic_name(self) -> str:
        return self._accounts.clinic_name()

    def sign_in(self, username: str, password: str) -> SignInResult:
        return self._accounts.sign_in(username, password, counted_as=KIOSK_EXIT_ON_THIS_PC)

    def note(self, actor: str, action: str) -> None:
        self._accounts.note(actor, action)
