"""The audit trail is chained: a row deleted or edited with an ordinary tool is named by
``knee-intake-admin check``; the app's own rows, and the triggers' rows, chain alike."""

from __future__ import annotations

import io
from contextlib import closing
from pathlib import Path

import pytest

from app.admin_cli import check
from app.staff.audit_chain import verify_chain
from app.staff.audit_log import AuditLog
from app.storage.database import open_database
from app.storage.driver import sqlite3
from tests.sqlite_file import open_file


@pytest.fixture
def trail(tmp_path: Path) -> Path:
    path = tmp_path / "knee-intake.db"
    conn = open_database(path)
    audit = AuditLog(conn)
    for n in range(6):
        audit.record(f"staff{n}", "sign-in")
    conn.close()
    return path


def check_output(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = check(path, out)
    return code, out.getvalue()


def tamper(path: Path, *statements: str) -> None:
    """What someone with the file and the sqlite3 tool can do: drop the guards, edit."""
    conn = open_file(path)
    conn.execute("DROP TRIGGER audit_rows_are_never_updated")
    conn.execute("DROP TRIGGER audit_rows_are_never_deleted")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_intact_trail_passes_and_check_prints_its_head(trail: Path) -> None:
    code, out = check_output(trail)
    with closing(open_file(trail)) as conn:
        head = verify_chain(conn).head
    assert code == 0 and f"audit trail: 6 rows, chain intact, head {head}" in out
    assert len(head) == 64


def test_a_deleted_row_is_named(trail: Path) -> None:
    tamper(trail, "DELETE FROM audit WHERE id = 3")
    code, out = check_output(trail)
    assert code == 1
    assert "PROBLEM: audit trail: row 4 was changed, deleted or inserted" in out


def test_an_edited_row_is_named(trail: Path) -> None:
    tamper(trail, "UPDATE audit SET actor = 'someone else' WHERE id = 2")
    code, out = check_output(trail)
    assert code == 1 and "row 2 was changed" in out


def test_the_database_still_refuses_updates_and_deletes(trail: Path) -> None:
    conn = open_database(trail)
    for statement in ("UPDATE audit SET actor = 'x' WHERE id = 1", "DELETE FROM audit"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    # A row inserted with a hash of its own making is refused too.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(
            "INSERT INTO audit (at, actor, action, row_hash) VALUES ('now', 'x', 'sign-in', 'f')"
        )
    conn.close()


def test_an_ordinary_tool_cannot_add_a_record_change_unchained(trail: Path) -> None:
    with (
        closing(open_file(trail)) as conn,  # no knee_audit_hash here
        pytest.raises(sqlite3.OperationalError, match="knee_audit_hash"),
    ):
        conn.execute("INSERT INTO audit (at, actor, action) VALUES ('now', 'x', 'sign-in')")


def test_an_upgraded_trail_keeps_every_row_chained_and_locks_carry_over(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from app.storage.schema import MIGRATION_NAMES, migrations

    path = tmp_path / "knee-intake.db"
    db = Database(path)
    db.conn.create_function("knee_audit_hash", 7, lambda *_: "")
    migrations().apply(db, stop_before="m005_defects_found_by_careless_and_hostile_use")
    db.execute(
        "INSERT INTO staff (username, display_name, role, password_hash, failed_attempts,"
        " locked_until, created_at) VALUES ('Rita', 'Rita Chen', 'administrator',"
        " '$argon2id$x', 3, NULL, 'now')"
    )
    for n in range(3):
        db.execute(
            "INSERT INTO audit (at, actor, action, detail) VALUES (?, 'Rita', 'sign-in', ?)",
            [f"2026-11-0{n + 1}T09:00:00+00:00", f"visit {n}"],
        )
    db.conn.commit()
    db.close()

    conn = open_database(path)
    assert len(MIGRATION_NAMES) >= 5
    chain = verify_chain(conn)
    assert chain.intact and chain.rows == 3
    details = [d for (d,) in conn.execute("SELECT detail FROM audit ORDER BY id")]
    assert details == ["visit 0", "visit 1", "visit 2"]
    assert conn.execute("SELECT * FROM sign_in_guard").fetchall() == [("rita", 3, None)]
    AuditLog(conn).record("Rita", "sign-out")
    assert verify_chain(conn).rows == 4 and verify_chain(conn).intact
    conn.close()
