"""The kiosk on a slow tablet (issue 15): one CPU core, and optionally a busy process on
that core as well (a tablet half as fast again). Drives the whole kiosk flow as a
patient does and times, for each page:

- a page turn: the tap on Next (or Start, Check, Send) to the next page drawn;
- a tap on a choice to its tick drawn;
- a keystroke in a text box to it shown;

then the peak memory after the first patient and after the last (no leak across
patients). "Drawn" is the window rendered (`QWidget.grab`) after the event was handled.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_kiosk_tablet.py \
        [--patients 50] [--busy 1]

Goals: page turn under 100 ms, tap and keystroke under 50 ms, at the 95th percentile;
memory after 50 patients within 10 % of after the first. No timed assertion lives in
the test suite: the figures go in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# Throw-away data folders: their database keys in a throw-away folder, not the user's store.
os.environ.setdefault("KNEE_INTAKE_KEY_DIR", tempfile.mkdtemp(prefix="knee-bench-keys-"))

BUSY_LOOP = "import time\nend = time.monotonic() + 1800\nwhile time.monotonic() < end: pass\n"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=50)
    parser.add_argument("--busy", type=int, default=0, help="busy processes on the same core")
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})  # one core, as a cheap tablet's app effectively gets
    hogs = [
        subprocess.Popen(
            [sys.executable, "-c", BUSY_LOOP], preexec_fn=lambda: os.sched_setaffinity(0, {0})
        )
        for _ in range(args.busy)
    ]
    try:
        run(args.patients)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait(timeout=10)


def run(patients: int) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

    from app.intake.answers import DateParts
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from tests.intake_factory import complete_raw_answers
    from ui.main import build_staff_session
    from ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    timings: dict[tuple[str, str], list[float]] = defaultdict(list)
    peaks: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(Path(folder) / "knee-intake.db")
        StaffAccounts(conn).set_up("Riverside Knee Clinic", "rita", "Rita", "correct horse 1")
        conn.close()
        session = build_staff_session(Path(folder), full_screen=False)
        session.start(kiosk=True)
        kiosk = session.kiosk
        assert kiosk is not None
        kiosk.resize(1280, 800)
        kiosk.show()

        def a_patient_walks_up() -> None:
            # The welcome page shows for a while before anyone touches it: what the
            # kiosk does after its first frame (its other pages, the form's sections)
            # is done by then, as on a real tablet.
            QTest.qWait(500)

        def timed(kind: str, page: str, action) -> None:  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            action()
            kiosk.grab()  # drawn
            timings[(kind, page)].append((time.perf_counter() - started) * 1000)

        def tap(name: str) -> None:
            [button] = [b for b in kiosk.findChildren(QPushButton, name) if b.isVisible()]
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

        for patient in range(patients):
            a_patient_walks_up()
            raw = complete_raw_answers(kiosk.form._questionnaire)  # type: ignore[attr-defined]
            # Every other patient reads Spanish: the first one waits for the Spanish
            # pages to be made; the kiosk keeps them for the next.
            if patient % 2:
                timed("page turn", "welcome → article, Español",
                      lambda: tap("start-es"))  # fmt: skip
            else:
                timed("page turn", "welcome → article", lambda: tap("start-en"))
            timed("page turn", "article → step 1", lambda: tap("article-next"))
            for index in range(kiosk.form.section_count):
                page = f"step {index + 1}"
                section = kiosk.form._questionnaire.items[index]  # type: ignore[attr-defined]
                for item in section.walk():
                    if not item.is_question or not kiosk.form.is_shown(item.link_id):
                        continue
                    if item.type == "string" and item.role in ("first-name", "last-name"):
                        box = kiosk.form.findChild(QLineEdit, item.link_id)
                        box.setFocus()
                        for char in "Ann" if item.role == "first-name" else "Lee":
                            timed("keystroke", page,
                                  lambda c=char, b=box: QTest.keyClick(b, c))  # fmt: skip
                    elif item.type == "choice" and item.options:
                        code = item.options[min(1, len(item.options) - 1)].code
                        button = kiosk.form.findChild(QPushButton, f"{item.link_id}:{code}")
                        if button is not None and button.isVisible():
                            kiosk.form.ensureWidgetVisible(button)
                            timed("tap", page, lambda b=button: QTest.mouseClick(
                                b, Qt.MouseButton.LeftButton))  # fmt: skip
                # The rest as a restored draft puts them (dates by keypad, long texts).
                given = {k: v for k, v in kiosk.form.raw_answers().items()
                         if v and not (isinstance(v, DateParts) and v.is_blank())}  # fmt: skip
                kiosk.form.set_raw_answers({**raw, **given})
                label = "→ review" if index + 1 == kiosk.form.section_count else "→ next"
                timed("page turn", f"{page} {label}", lambda: tap("questions-next"))
                if kiosk.questions.issue.isVisible() and kiosk.pages.currentWidget() is (
                    kiosk.questions
                ):
                    marked = [i.link_id for i in section.walk() if i.is_question
                              and kiosk.form.issue_text(i.link_id)]  # fmt: skip
                    raise SystemExit(f"{page}: answers refused: {marked}")
            timed("page turn", "review → consent", lambda: tap("review-next"))
            QTest.mouseClick(kiosk.consent.agree, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
            pad = kiosk.consent.pad
            QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 150))
            for x, y in ((120, 90), (200, 170), (300, 100), (420, 160)):
                QTest.mouseMove(pad, QPoint(x, y))
            QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(460, 150))
            timed("page turn", "consent → thank you (sent)", lambda: tap("consent-send"))
            timed("page turn", "thank you → welcome", lambda: tap("thank-you-done"))
            peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        session.finish()

    print(f"{patients} patients, one core (pid {os.getpid()}), Python {sys.version.split()[0]}")
    print("| what | page | median ms | 95th percentile ms | worst ms |")
    print("| --- | --- | --- | --- | --- |")
    for (kind, page), values in sorted(timings.items()):
        print(f"| {kind} | {page} | {statistics.median(values):.0f} |"
              f" {percentile(values, 0.95):.0f} | {max(values):.0f} |")  # fmt: skip
    for kind in ("page turn", "tap", "keystroke"):
        every = [v for (k, _), values in timings.items() if k == kind for v in values]
        print(f"all {kind}s: 95th percentile {percentile(every, 0.95):.0f} ms (n = {len(every)})")
    first, last = peaks[0] / 1024, peaks[-1] / 1024
    print(f"peak memory: {first:.0f} MiB after the first patient, {last:.0f} MiB after"
          f" {patients} ({(last / first - 1) * 100:+.1f} %)")  # fmt: skip


if __name__ == "__main__":
    main()
