"""Start-up time of `knee-intake --smoke` against a bare PySide6 window.

    .venv/bin/python scripts/bench_startup.py [--runs 15]

Each run is a fresh process (what a person waits for), on Qt's offscreen platform. The
app runs twice per round: on a new data folder (first start: creates and migrates the
database) and on an existing one (every later start). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = [sys.executable, "-m", "ui.main", "--smoke", "--data-dir"]
    bare, first, later = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        existing = str(Path(tmp) / "existing")
        timed([*app, existing], env)  # create it once; also warms the OS file cache
        timed([sys.executable, "-c", BARE_WINDOW], env)
        for i in range(runs):
            bare.append(timed([sys.executable, "-c", BARE_WINDOW], env))
            first.append(timed([*app, str(Path(tmp) / f"new-{i}")], env))
            later.append(timed([*app, existing], env))
    base = statistics.median(bare)
    print(
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, {runs} runs each, median (min-max) seconds\n"
    )
    print("| what | median | min | max | vs bare window |")
    print("| --- | --- | --- | --- | --- |")
    for name, values in (
        ("bare PySide6 window", bare),
        ("knee-intake --smoke, existing database", later),
        ("knee-intake --smoke, first start (new database)", first),
    ):
        med = statistics.median(values)
        print(f"| {name} | {med:.3f} | {min(values):.3f} | {max(values):.3f} | {med / base:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
