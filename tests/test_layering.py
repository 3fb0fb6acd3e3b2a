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


def import_graph() -> dict[str, set[str]]:
    """Every module of app/ and ui/ and the ones of them it imports (at the top, inside
    functions or for type checking alike: a circle is a circle to a reader)."""
    root = APP.parent
    files = {}
    for package in ("app", "ui"):
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[module] = {name for name in names if name in files and name != module}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_no_import_circles_in_app_or_ui() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# The layers, lowest first (docs/ARCHITECTURE.md draws them). A module may import its own
# layer and the ones below, never one above; the longest name in the table that a module's
# name starts with decides its layer, so a new package must be given one here.
APP_LAYERS: tuple[tuple[str, ...], ...] = (
    ("app", "app.system", "app.people"),  # the computer; people's details as written
    ("app.storage", "app.encryption"),  # the database file, opened with its key
    ("app.clinic", "app.staff"),  # the clinic's settings and content; accounts, audit
    ("app.intake", "app.records", "app.outcomes", "app.follow_ups"),  # the features
    # What works on all of the above: stations and the host, backups, a new key.
    ("app.network", "app.backups", "app.encryption.key_changes", "app.encryption.admin_commands"),
    ("app.admin_cli",),  # the command for clinic IT
)
UI_LAYERS: tuple[tuple[str, ...], ...] = (
    ("ui",),  # the parts every screen shares (words, style, dialogs' parts, printing)
    ("ui.form",),  # any questionnaire as widgets
    ("ui.pc_form", "ui.kiosk", "ui.workspace", "ui.outcomes", "ui.follow_ups",
     "ui.backups", "ui.staff", "ui.station"),  # the screens, each mode built beside it
    ("ui.main", "ui.launch"),  # the composition root and the command's entry
)  # fmt: skip
# What a patient is handed never leads to the records: no patient screen imports one of
# the staff's.
PATIENT_SCREENS = ("ui.form", "ui.pc_form", "ui.kiosk")
STAFF_SCREENS = ("ui.workspace", "ui.outcomes", "ui.follow_ups", "ui.backups", "ui.staff")


def layer_of(module: str, layers: tuple[tuple[str, ...], ...]) -> int | None:
    found = [
        (len(name), level)
        for level, names in enumerate(layers)
        for name in names
        if module == name or module.startswith(name + ".")
    ]
    return max(found)[1] if found else None


def upward_imports(graph: dict[str, set[str]], layers: tuple[tuple[str, ...], ...]) -> list[str]:
    wrong = []
    for module in sorted(graph):
        level = layer_of(module, layers)
        if level is None:
            continue
        for other in sorted(graph[module]):
            other_level = layer_of(other, layers)
            if other_level is not None and other_level > level:
                wrong.append(f"{module} (layer {level}) imports {other} (layer {other_level})")
    return wrong


def test_every_module_has_a_layer() -> None:
    graph = import_graph()
    assert [m for m in graph if m.startswith("app") and layer_of(m, APP_LAYERS) is None] == []
    assert [m for m in graph if m.startswith("ui") and layer_of(m, UI_LAYERS) is None] == []


def test_no_module_imports_a_layer_above_its_own() -> None:
    graph = import_graph()
    assert upward_imports(graph, APP_LAYERS) == []
    assert upward_imports(graph, UI_LAYERS) == []


def test_storage_imports_no_feature() -> None:
    # Said on its own as well: the database's code knows nothing of what is kept in it.
    graph = import_graph()
    storage = [
        m for m in graph if layer_of(m, APP_LAYERS) is not None and m.startswith("app.storage")
    ]
    assert storage
    assert [
        f"{m} imports {o}" for m in storage for o in graph[m] if (layer_of(o, APP_LAYERS) or 0) > 1
    ] == []


def test_no_patient_screen_imports_a_staff_screen() -> None:
    graph = import_graph()
    assert [
        f"{m} imports {o}"
        for m in sorted(graph)
        if m.startswith(PATIENT_SCREENS)
        for o in sorted(graph[m])
        if o.startswith(STAFF_SCREENS)
    ] == []


def test_the_layer_check_finds_an_import_from_below() -> None:
    graph = {"app.storage.schema": {"app.records.record_book"}, "app.records.record_book": set()}
    assert upward_imports(graph, APP_LAYERS) == [
        "app.storage.schema (layer 1) imports app.records.record_book (layer 3)"
    ]
    assert layer_of("app.encryption.key_changes", APP_LAYERS) == 4
    assert layer_of("app.encryption.key_store", APP_LAYERS) == 1
    assert layer_of("ui.kiosk.building", UI_LAYERS) == 2
    assert layer_of("ui.signature_pad", UI_LAYERS) == 0


def test_every_folder_of_code_is_a_package() -> None:
    # A folder without __init__.py imports from a checkout but is left out of the wheel
    # and the installers (setuptools' find and PyInstaller look for packages).
    folders = [
        path
        for package in ("app", "ui")
        for path in [APP.parent / package, *(APP.parent / package).rglob("*")]
        if path.is_dir() and path.name != "__pycache__" and any(path.glob("*.py"))
    ]
    assert len(folders) > 10
    assert [str(f) for f in folders if not (f / "__init__.py").exists()] == []


def test_the_composition_root_loads_no_mode_until_it_is_built() -> None:
    # Each mode's modules load when that mode is built: the sign-in starts without the
    # patient form's, the form without the workspace's (docs/PERFORMANCE.md, start-up).
    script = (
        "import sys\n"
        "import ui.main\n"
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('ui.')\n"
        "    and m.split('.')[1] in ('pc_form', 'kiosk', 'workspace', 'staff', 'station')}))\n"
        "from ui.main import Application\n"
        "print(Application.__module__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=APP.parent
    )
    assert out.stdout.split("\n")[:2] == ["[]", "ui.pc_form.building"]
