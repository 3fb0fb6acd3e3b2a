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


def printed_pdf(out: Path, started: float, timeout_s: float = 30) -> Path:
    """The one PDF cups-pdf wrote in ``out`` since ``started`` (waited for)."""
    deadline = time.monotonic() + timeout_s
    printed: list[Path] = []
    while not printed and time.monotonic() < deadline:
        printed = [p for p in out.glob("*.pdf") if p.stat().st_mtime >= started
                   and p.stat().st_size > 0] if out.exists() else []  # fmt: skip
        time.sleep(0.2)
    assert printed, "the print job never arrived in the PDF printer's folder"
    [pdf] = printed
    return pdf


def first_page_read(pdf: Path, folder: Path) -> str:
    """The printed page's words as a person reads them: rendered, then read by OCR
    (cups-pdf keeps the look, not the text's encoding)."""
    page = folder / "printed"
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(page)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    [image] = folder.glob("printed*.png")
    return subprocess.run(["tesseract", str(image), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout  # fmt: skip
