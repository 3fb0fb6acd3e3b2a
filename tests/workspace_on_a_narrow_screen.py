"""Run by tests/test_workspace_narrow.py on one offscreen screen: opens the workspace
each role really gets (an administrator on the main PC, with Stations and Backups; a
receptionist) and prints every button, box and list whose words do not fit it
("CLIPPED ...") or that is off the window ("OUT ..."), then "DONE"."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QTableView,
    QWidget,
)

from tests.child_app import settle


def measure(role: str, window: QWidget) -> None:
    settle()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print("WINDOW", role, *frame.getRect(), flush=True)
    if not area.contains(frame):
        print("OUT", role, "window", *frame.getRect(), flush=True)
    inside = QRect(0, 0, window.width(), window.height())
    for widget in [*window.findChildren(QAbstractButton), *window.findChildren(QComboBox)]:
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if not widget.objectName() or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a scroll bar's arrows, a calendar's)
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not inside.contains(where):
            print("OUT", role, widget.objectName(), *where.getRect(), flush=True)
        # Narrower than Qt says its words need: they are cut ("art kio", "e passw").
        if widget.width() < widget.sizeHint().width():
            print("CLIPPED", role, widget.objectName(), widget.width(),
                  widget.sizeHint().width(), flush=True)  # fmt: skip
    for box in window.findChildren(QLineEdit):  # a hint cut short hides what it is for
        if box.isVisibleTo(window) and box.placeholderText():
            needs = box.fontMetrics().horizontalAdvance(box.placeholderText()) + 24
            if box.width() < needs:
                print("CLIPPED", role, box.objectName(), box.width(), needs, flush=True)
    table = window.findChild(QTableView, "records-table")
    if table is not None:
        measure_columns(role, table)
    print("MEASURED", role, flush=True)


def measure_columns(role: str, table: QTableView) -> None:
    """The list's columns that must show whole (the next follow-up: the call list's due
    date) and every column's title: in view without scrolling sideways, words uncut."""
    from app.records.records_list import Column

    header, model = table.horizontalHeader(), table.model()
    viewport = table.viewport().width()
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    print("COLUMNS", role, len(shown), flush=True)
    for column in shown:
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if left < 0 or left + width > viewport:
            print("OUT", role, "column", title, left, width, viewport, flush=True)
        if header.fontMetrics().horizontalAdvance(title) + 12 > width:
            print("CLIPPED", role, "column title", title, width, flush=True)
    cells = [model.index(row, Column.NEXT_FOLLOW_UP).data() for row in range(model.rowCount())]
    widest = max((table.fontMetrics().horizontalAdvance(cell) for cell in cells), default=0)
    if widest + 12 > header.sectionSize(Column.NEXT_FOLLOW_UP):
        print("CLIPPED", role, "next follow-up", widest, flush=True)


def main() -> None:
    app = QApplication([*sys.argv, "-style", "Fusion"])
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from ui.style import apply_style

    apply_style(app)
    from app.clinic.resource_paths import questionnaire_path
    from app.clinic.settings import write_setting
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.network.host_service import PORT_KEY, HostService
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from tests.clinic_network import free_port
    from ui.workspace.workspace_window import WorkspaceWindow

    data = folder / "data"
    conn = open_database(data / "knee-intake.db")
    questionnaire = load_questionnaire(questionnaire_path())
    add_demo_records(conn, questionnaire, 40, now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    accounts = StaffAccounts(conn)
    today = dt.date(2026, 12, 3)  # some follow-ups overdue, some due, some later
    rita = accounts.set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
    ben = accounts.add(rita, "ben", "Ben Ortiz", "reception", "temporary pass 1")
    write_setting(conn, PORT_KEY, free_port())
    host = HostService(data, address="127.0.0.1")  # the main PC: the Stations entry
    for role, staff in (("administrator", rita), ("reception", ben)):
        window = WorkspaceWindow(
            conn, questionnaire, FormChecker(questionnaire, today=lambda: today), staff,
            accounts, host=host, data_dir=data, today=lambda: today,
        )  # fmt: skip
        window.show()
        if window.recovery_dialog is not None:  # shown at once to an administrator
            window.recovery_dialog.reject()
        measure(role, window)
        window.sign_out()
    host.stop()
    conn.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
