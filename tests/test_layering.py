"""app/ is the pure-Python core: it never imports Qt or the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_module_in_app_imports_qt_or_ui() -> None:
    offenders = {
        f"{path.relative_to(APP.parent)}: {module}"
        for path in APP.rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    }
    assert not offenders


def test_importing_every_app_module_loads_no_qt() -> None:
    modules = [".".join(p.relative_to(APP.parent).with_suffix("").parts) for p in APP.rglob("*.py")]
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + (
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'ui')))"
        )
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=APP.parent
    )
    assert out.stdout.strip() == "[]"
