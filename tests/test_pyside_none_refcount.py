"""Regression: PySide6 6.12.0 on Python < 3.12 drops a reference to None on every call
of a void-returning Qt method, until the interpreter aborts (``none_dealloc``).

The dependency pins keep that build off Python 3.11; this test fails if any
installed combination brings the bug back. On 3.12+ None is immortal and its count
never moves, so the check holds there too.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

CALLS = 2000


def test_void_qt_calls_leave_the_none_refcount_alone(qapp) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setEnabled(True)  # returns void
        widget.setToolTip("")
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"None lost {lost} references over {CALLS} void Qt calls"
