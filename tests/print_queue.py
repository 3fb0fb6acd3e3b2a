"""A real print queue for the tests that print: CUPS with its PDF printer (Debian's cups
and printer-driver-cups-pdf, which .ci/run installs), set up for one test and removed
after it; the scheduler started if it was not running."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"


def cups_answers() -> bool:
    return subprocess.run(["lpstat", "-r"], capture_output=True, text=True,
                          timeout=10).stdout.strip() == "scheduler is running"  # fmt: skip


def pdf_print_queue() -> Iterator[str]:
    """A CUPS-PDF queue of the test's own (the conftest's ``pdf_printer`` fixture); the
    scheduler started if it was not running."""
    needed = ("lpadmin", "lpstat", "cupsd", "pdftoppm", "tesseract")
    if any(shutil.which(tool) is None for tool in needed) or not CUPS_PDF_BACKEND.exists():
        pytest.skip(
            "CUPS, its PDF printer or poppler-utils is not installed; .ci/run installs them"
        )
    if os.geteuid() != 0:
        pytest.skip("setting up a print queue needs root (as in CI)")
    started = None
    if not cups_answers():
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 15
        while not cups_answers():
            assert time.monotonic() < deadline, "the CUPS scheduler did not start"
            time.sleep(0.2)
    name = f"KneeIntakeTest{uuid.uuid4().hex[:8]}"
    subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-m", PPD, "-E"], check=True,
                   capture_output=True, timeout=30)  # fmt: skip
    try:
        yield name
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30)
        if started is not None:
            started.terminate()
            started.wait(timeout=15)
