"""Every write transaction begins IMMEDIATE: no `with conn:` and no sqlite-utils
`atomic()` anywhere in the app, which would begin deferred and fail at once under a
second program's lock (issue 10; app/storage/write_transaction.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def deferred_transactions(source: str) -> list[int]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.With):
            continue
        for item in node.items:
            expr = item.context_expr
            name = expr.attr if isinstance(expr, ast.Attribute) else getattr(expr, "id", "")
            called = expr.func if isinstance(expr, ast.Call) else None
            if name.endswith("conn") or (
                isinstance(called, ast.Attribute) and called.attr == "atomic"
            ):
                found.append(node.lineno)
    return found


def test_the_check_finds_a_deferred_transaction() -> None:
    assert deferred_transactions("with self._conn:\n    pass\n") == [1]
    assert deferred_transactions("with db.atomic():\n    pass\n") == [1]
    assert deferred_transactions("with write_transaction(conn):\n    pass\n") == []


def test_no_module_opens_a_deferred_write_transaction() -> None:
    offenders = {
        str(path.relative_to(ROOT)): lines
        for folder in ("app", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if (lines := deferred_transactions(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
