"""What the migrations share: running a script of SQL inside sqlite-utils' transaction,
and widening a CHECK in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.driver import sqlite3

if TYPE_CHECKING:
    from sqlite_utils import Database


def execute_statements(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the transaction
    # sqlite-utils wraps each migration in.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement at the end of a migration")


def widen_check(db: Database, table: str, old: str, new: str) -> None:
    """Replace a CHECK constraint with one every stored row already meets, the way
    SQLite's documentation gives for removing or loosening a constraint without
    rebuilding the table (https://sqlite.org/lang_altertable.html, "Making Other Kinds
    Of Table Schema Changes"): rebuilding would cascade the deletes of a dropped table
    to its follow-ups, as foreign keys cannot be turned off inside the migration's
    transaction. Checked after: the old rows pass the new constraint, and the schema
    reads back whole."""
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if sql.count(old) != 1:
        raise ValueError(f"{table}: the constraint to widen is not in its schema")
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
            [sql.replace(old, new), table],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    problems = db.execute(f"PRAGMA integrity_check({table})").fetchall()
    if problems != [("ok",)]:
        raise ValueError(f"{table}: the schema did not read back after widening")
