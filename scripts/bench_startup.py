"""Start-up time of the patient form, the kiosk and the records (to the sign-in), each
against a bare PySide6 window of the same size, side by side in one run (issue 15).

    .venv/bin/python scripts/bench_startup.py [--runs 15]

Each run is a fresh process on Qt's offscreen platform, timed twice: from the launch to
the window's first frame drawn (what a person waits for: `--smoke` says when, through
ui/first_frame.py, and so does the bare window), and from the launch to the exit, which
`--smoke` takes once the work put off until after the first frame is done. The patient
form also runs on a new data folder (first start: creates and migrates the database).
The kiosk and the records run on a clinic that is set up (the kiosk opens at once; the
records show the sign-in). Prints Markdown tables; goal: at most 2× the matching bare
window, to the first frame.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Throw-away data folders: their database keys in a throw-away folder, not the user's store.
os.environ.setdefault("KNEE_INTAKE_KEY_DIR", tempfile.mkdtemp(prefix="knee-bench-keys-"))

# A bare window: a 1280×800 main window, a full-screen one, or a small dialog; its
# first frame is noticed the same way as the app's.
BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from ui.first_frame import after_first_frame
app = QApplication([])
kind = sys.argv[1]
window = QDialog() if kind == "dialog" else QMainWindow()
def drawn():
    print(f"first frame drawn at {time.time():.6f}", flush=True)
    app.exit(0)
after_first_frame(window, drawn)
if kind == "full":
    window.showFullScreen()
else:
    window.resize(*((1280, 800) if kind == "main" else (440, 360)))
    window.show()
app.exec()
"""

SET_UP_CLINIC = """
import sys
from pathlib import Path
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
conn = open_database(Path(sys.argv[1]) / "knee-intake.db")
StaffAccounts(conn).set_up("Riverside Knee Clinic", "rita", "Rita", "correct horse battery")
conn.close()
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the launch to the first frame drawn, and to the exit."""
    start = time.time()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    total = time.time() - start
    said = re.search(r"first frame drawn at (\d+\.\d+)", done.stdout)
    if said is None:
        raise SystemExit(f"no first frame reported by {cmd}: {done.stdout} {done.stderr}")
    return float(said.group(1)) - start, total


def frozen_bare_window(root: Path) -> Path:
    """The bare window as a PyInstaller bundle, made with the app's build environment."""
    folder = root / "build" / "bench-bare"
    binary = folder / "dist" / "bare-window" / "bare-window"
    if binary.exists():
        return binary
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "bare-window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    pyinstaller = root / "build" / "venv" / "bin" / "pyinstaller"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--onedir",
         "--name", "bare-window", "--paths", str(root),
         "--distpath", str(folder / "dist"), "--workpath", str(folder / "work"),
         "--specpath", str(folder), str(script)],
        check=True,
    )  # fmt: skip
    return binary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile the app's modules at every start (as with PYTHONDONTWRITEBYTECODE "
        "and no __pycache__), instead of from compiled bytecode as an installed app does",
    )
    parser.add_argument(
        "--frozen",
        type=Path,
        metavar="BUNDLE",
        help="time the installed app: the PyInstaller bundle packaging/build-deb.sh makes "
        "(build/dist/knee-intake), against a bare window frozen the same way (made here "
        "with that build's PyInstaller, into build/bench-bare)",
    )
    arguments = parser.parse_args()
    runs = arguments.runs
    root = Path(__file__).resolve().parents[1]
    # An installed app starts from compiled bytecode (the installer's bundle holds it);
    # a checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the project's sandbox) would
    # compile every module of the app at every start, about 0.14 s of this machine's
    # time that no clinic waits for. So the app's modules are compiled once here.
    if not arguments.no_bytecode:
        subprocess.run([sys.executable, "-m", "compileall", "-q", "app", "ui", "resources"],
                       cwd=root, check=True)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    kinds = ("main", "full", "dialog")
    if arguments.frozen:
        app = [str(arguments.frozen / "knee-intake"), "--smoke", "--data-dir"]
        bare_window = frozen_bare_window(root)
        bare = {kind: [str(bare_window), kind] for kind in kinds}
    else:
        app = [sys.executable, "-m", "ui.main", "--smoke", "--data-dir"]
        bare = {kind: [sys.executable, "-c", BARE_WINDOW, kind] for kind in kinds}
    names = ("bare-main", "bare-full", "bare-dialog", "form", "form-first", "kiosk", "records")
    drawn: dict[str, list[float]] = {name: [] for name in names}
    ended: dict[str, list[float]] = {name: [] for name in names}

    def run(name: str, command: list[str]) -> None:
        to_frame, to_exit = timed(command, env)
        drawn[name].append(to_frame)
        ended[name].append(to_exit)

    with tempfile.TemporaryDirectory() as tmp:
        existing = str(Path(tmp) / "existing")
        timed([*app, existing], env)  # create it once; also warms the OS file cache
        subprocess.run([sys.executable, "-c", SET_UP_CLINIC, existing], env=env, check=True)
        for kind in bare.values():
            timed(kind, env)
        for i in range(runs):
            for kind, command in bare.items():
                run(f"bare-{kind}", command)
            run("form", [*app, existing])
            run("form-first", [*app, str(Path(tmp) / f"new-{i}")])
            run("kiosk", [*app, existing, "--kiosk"])
            run("records", [*app, existing, "--records"])
    print(
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, {runs} runs each, median (min-max) seconds, "
        + (
            f"the installed bundle {arguments.frozen} against a bare window frozen alike\n"
            if arguments.frozen
            else "the app's modules "
            f"{'compiled at each start' if arguments.no_bytecode else 'from bytecode'}\n"
        )
    )
    for title, times in (("to the first frame drawn", drawn), ("to the exit", ended)):
        print(f"\n{title}:\n")
        table(times)
    return 0


def table(times: dict[str, list[float]]) -> None:
    """Medians, and the median of each run's own ratio: each run starts the app right
    after its bare window, so a machine that slows for a while slows both alike."""
    print("| what | median | min | max | bare window of its size | vs bare | vs bare, run by run |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, label, against in (
        ("bare-main", "bare PySide6 window, 1280×800", "bare-main"),
        ("bare-full", "bare PySide6 window, full screen", "bare-full"),
        ("bare-dialog", "bare PySide6 dialog, 440×360", "bare-dialog"),
        ("form", "knee-intake (patient form), existing database", "bare-main"),
        ("form-first", "knee-intake (patient form), first start (new database)", "bare-main"),
        ("kiosk", "knee-intake --kiosk", "bare-full"),
        ("records", "knee-intake --records (to the sign-in)", "bare-dialog"),
    ):
        values, base = times[name], statistics.median(times[against])
        med = statistics.median(values)
        paired = statistics.median(v / b for v, b in zip(values, times[against], strict=True))
        print(f"| {label} | {med:.3f} | {min(values):.3f} | {max(values):.3f} |"
              f" {base:.3f} | {med / base:.2f}x | {paired:.2f}x |")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
