"""Run by tests/test_windows_fit.py on one offscreen screen of a given size: opens each
window as the app does and prints every button, and the list's key columns, that fall
outside the screen's work area ("OUT ..."), then "DONE"."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.child_app import settle


def check(name: str, window: QWidget, area: QRect) -> None:
    settle()
    frame = window.frameGeometry()
    if not area.contains(frame):
        print("OUT", name, "window", *frame.getRect(), flush=True)
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        if button.objectName() in ("", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"):
            continue
        if button.parentWidget() and button.parentWidget().objectName().startswith("qt_"):
            continue
        top_left = button.mapToGlobal(button.rect().topLeft())
        rect = QRect(top_left, button.size())
        # A button inside a scrolling area may be scrolled to; one outside may not.
        if not area.contains(rect) and not _in_scroll_area(button, window):
            print("OUT", name, button.objectName(), *rect.getRect(), flush=True)
    print("CHECKED", name, *frame.getRect(), flush=True)
    keep = os.environ.get("SCREENSHOTS_TO")  # scripts: docs/screenshots/fit-*.png
    wanted = not name.startswith("kiosk-section") or name == "kiosk-section-2"
    if keep and wanted:
        window.grab().save(str(Path(keep) / f"fit-{name}-{os.environ['SCREEN_NAME']}.png"))


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def main() -> None:
    app = QApplication(sys.argv)
    app.setOrganizationName("KneeIntakeWindowCheck")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from ui.style import apply_style

    apply_style(app)
    area = app.primaryScreen().availableGeometry()
    print("AREA", *area.getRect(), flush=True)

    from app.clinic.resource_paths import questionnaire_path
    from app.intake.form_check import FormChecker
    from app.intake.questionnaire import load_questionnaire
    from app.records.demo_data import add_demo_records
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database
    from ui.main import build_application
    from ui.workspace.workspace_window import WorkspaceWindow

    data = folder / "data"
    built = build_application(data, confirm_discard=lambda _w: True)
    built.window.show()
    check("patient-form", built.window, area)
    built.window.close()
    built.service.close()

    conn = open_database(data / "knee-intake.db")
    questionnaire = load_questionnaire(questionnaire_path())
    add_demo_records(conn, questionnaire, 300, force=True,
                     now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))  # fmt: skip
    accounts = StaffAccounts(conn)
    rita = accounts.set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
    window = WorkspaceWindow(
        conn, questionnaire, FormChecker(questionnaire), rita, accounts, data_dir=data
    )
    window.show()
    check("workspace", window, area)
    settle(100)  # the recovery key, shown at once to an administrator
    assert window.recovery_dialog is not None
    check("recovery-key", window.recovery_dialog, area)
    window.recovery_dialog.reject()
    header = window.table.horizontalHeader()
    viewport = window.table.viewport()
    from app.records.records_list import Column

    for column in (Column.NAME, Column.PHONE, Column.SCREENING_REVIEW, Column.STATUS,
                   Column.NEXT_FOLLOW_UP):  # fmt: skip
        start = header.sectionViewportPosition(column)
        if header.isSectionHidden(column) or start < 0 or start + 40 > viewport.width():
            print("OUT", "workspace", f"column-{column.name}", start, flush=True)
    intake_id = window.model.record_at(0).intake_id
    view = window.open_record(intake_id)
    check("record", view, area)
    view.close()
    # The Outcomes tab of a patient with the most answered follow-ups and two treatments.
    busiest = conn.execute(
        "SELECT intake_id FROM follow_up_response GROUP BY intake_id"
        " ORDER BY count(*) DESC, intake_id LIMIT 1"
    ).fetchone()[0]
    view = window.open_record(busiest)
    view.tabs.setCurrentWidget(view.outcomes)
    check("record-outcomes", view, area)
    from PySide6.QtWidgets import QListWidget

    # Read without scrolling sideways, and the chart given the room it draws in.
    for listing in view.findChildren(QListWidget):
        if listing.isVisibleTo(view) and listing.horizontalScrollBar().isVisible():
            print("OUT", "record-outcomes", f"sideways-{listing.objectName()}", flush=True)
    chart = view.outcomes.chart
    if chart.height() < chart.minimumHeight() or view.outcomes.responses.count() < 2:
        print("OUT", "record-outcomes", "chart-or-answers", chart.height(), flush=True)
    # Recording a treatment (issue 25): the questions scroll, its buttons never do.
    view.tabs.setCurrentIndex(0)
    view.findChild(QWidget, "add-treatment").click()
    settle()
    treatment = next(d for d in view.findChildren(QWidget, "treatment-dialog") if d.isVisible())
    check("treatment", treatment, area)
    treatment.reject()  # type: ignore[attr-defined]
    view.close()
    # A clinician rating a reported problem (issue 25).
    reported = conn.execute(
        "SELECT intake_id FROM follow_up_response WHERE problems <> '[]' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    view = window.open_record(reported)
    view.tabs.setCurrentWidget(view.outcomes)
    view.outcomes.rate.click()
    settle()
    rating = next(d for d in view.findChildren(QWidget, "adverse-event-dialog") if d.isVisible())
    check("adverse-events", rating, area)
    rating.reject()  # type: ignore[attr-defined]
    view.close()
    # The report by preparation: the groups' table in the chart's place, the dialog no
    # taller for it.
    report = window.show_outcomes()
    assert report is not None
    report.include_demo.setChecked(True)  # type: ignore[attr-defined]
    box = report.group_by  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData("product"))
    check("outcomes-report-by-product", report, area)
    if report.groups.horizontalScrollBar().isVisible():  # type: ignore[attr-defined]
        print("OUT", "outcomes-report-by-product", "sideways", flush=True)
    box.setCurrentIndex(0)
    report.reject()  # type: ignore[attr-defined]
    # Publishing "Results at this clinic" (issue 25): both languages' previews side by side.
    settings = window.edit_settings()
    assert settings is not None
    results = settings.open_results()  # type: ignore[attr-defined]
    results.include_demo.setChecked(True)
    check("clinic-results", results, area)
    results.reject()
    following = settings.open_following_up()  # type: ignore[attr-defined]
    check("following-up", following, area)
    following.reject()
    settings.reject()
    follow_ups = window.show_follow_ups()
    check("follow-ups-today", follow_ups, area)
    follow_ups.reject()
    for name, opener in (("outcomes-report", window.show_outcomes),
                         ("new-intake", window.new_intake),
                         ("settings", window.edit_settings),
                         ("backups", window.manage_backups),
                         ("audit-trail", window.show_audit)):  # fmt: skip
        dialog = opener()
        assert dialog is not None
        check(name, dialog, area)
        dialog.reject()
    window.sign_out()
    conn.close()

    # The patients' kiosk, full screen, on each kind of page (tablets and PC screens of
    # 768 px and more; a 1280×720 screen is the reception laptop's case).
    if area.height() < 768:
        print("DONE", flush=True)
        return
    from ui.main import build_staff_session

    session = build_staff_session(data, full_screen=True)
    session.start(kiosk=True)
    settle(600)
    kiosk = session.kiosk
    assert kiosk is not None
    if kiosk.minimumSizeHint().height() > area.height():
        print("OUT", "kiosk", "minimum-height", kiosk.minimumSizeHint().height(), flush=True)
    check("kiosk-welcome", kiosk, area)
    kiosk._start("en")
    for index in range(kiosk.form.section_count):
        kiosk.go_to_section(index)
        check(f"kiosk-section-{index + 1}", kiosk, area)
    kiosk._show_review()
    check("kiosk-review", kiosk, area)
    kiosk._show(kiosk.consent)
    check("kiosk-consent", kiosk, area)
    session.finish()
    print("DONE", flush=True)
    del app


if __name__ == "__main__":
    main()
