"""Administrators: the stations paired with this PC, adding one, revoking one.

Adding a station shows a one-time code for the new tablet or PC, with this PC's
address, and turns serving on (from now on whenever Knee Intake is open here).
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.network.host_service import HostService
from app.network.pairing import CODE_MINUTES, PairingDesk, StationKind, format_code
from app.network.stations import Station, StationRegistry
from app.staff.accounts import Staff
from app.storage.driver import sqlite3
from app.storage.errors import StorageError, translate_errors
from ui.dialog_parts import issue_label
from ui.issue_messages import storage_message
from ui.named_button import named_button
from ui.plain_text import plain_label
from ui.translate import tr
from ui.window_fit import place
from ui.workspace.labels import show_time

COLUMNS = ("name", "kind", "last seen", "waiting", "state")


def this_pcs_addresses() -> list[str]:
    """This PC's name and the addresses it resolves to (IPv4, not loopback): what a
    station is given. Read from the system's own tables; nothing is sent."""
    name = socket.gethostname()
    try:
        found = {str(info[4][0]) for info in socket.getaddrinfo(name, None, socket.AF_INET)}
    except OSError:
        found = set()
    return [name, *sorted(a for a in found if not a.startswith("127."))]


class StationsDialog(QDialog):
    def __init__(
        self,
        conn: sqlite3.Connection,
        staff: Staff,
        host: HostService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stations-dialog")
        self.setWindowTitle(tr("Stations — tablets and PCs that use this PC's records"))
        self._conn = conn
        self._staff = staff
        self._host = host
        self._stations: list[Station] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("stations-table")
        self.table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Kind"), tr("Last seen"), tr("Intakes waiting"), tr("State")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.code_box = QFrame()
        self.code_box.setObjectName("pairing-box")
        box = QVBoxLayout(self.code_box)
        self.code_intro = plain_label()
        self.code_intro.setWordWrap(True)
        self.code = plain_label()
        self.code.setObjectName("pairing-code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_details = plain_label()
        self.code_details.setObjectName("pairing-details")
        self.code_details.setWordWrap(True)
        self.code_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.code_intro, self.code, self.code_details):
            box.addWidget(label)
        self.code_box.hide()
        self.issue = issue_label("stations-issue")
        buttons = QHBoxLayout()
        for text, name, slot in (
            (tr("Add a tablet (kiosk)…"), "add-kiosk", lambda: self.add_station("kiosk")),
            (tr("Add a reception PC…"), "add-reception", lambda: self.add_station("reception")),
            (tr("Revoke selected"), "revoke-station", self.revoke_selected),
        ):
            buttons.addWidget(named_button(text, name, slot))
        buttons.addStretch(1)
        buttons.addWidget(named_button(tr("Close"), "close-stations", self.accept))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.code_box)
        layout.addWidget(self.issue)
        layout.addLayout(buttons)
        place(self, QSize(900, 480))
        self.refresh()

    def refresh(self) -> None:
        try:
            with translate_errors("stations"):
                self._stations = StationRegistry(self._conn).all()
        except StorageError as exc:
            self._say(storage_message(exc.problem, exc.path))
            return
        kinds = {"kiosk": tr("Tablet (kiosk)"), "reception": tr("Reception PC")}
        self.table.setRowCount(len(self._stations))
        for row, station in enumerate(self._stations):
            state = (
                tr("Revoked {0}").format(show_time(station.revoked_at))
                if station.revoked_at
                else tr("Active")
            )
            seen = show_time(station.last_seen_at) if station.last_seen_at else tr("Not yet")
            for column, text in enumerate(
                (station.name, kinds[station.kind], seen, str(station.waiting_intakes), state)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_station(self, kind: StationKind) -> None:
        try:
            with translate_errors("stations"):
                self._host.enable(self._conn)
                issued = PairingDesk(self._conn, self._host.identity.fingerprint).issue(
                    kind, self._staff.username
                )
        except StorageError as exc:
            self._say(storage_message(exc.problem, exc.path))
            return
        port = self._host.port
        if kind == "kiosk":
            intro = tr(
                "On the new tablet, start Knee Intake Kiosk and choose “Pair with the clinic's "
                "main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:"
            )
        else:
            intro = tr(
                "On the new reception PC, start Knee Intake Records and choose “Pair with the "
                "clinic's main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:"
            )
        self.code_intro.setText(intro)
        self.code.setText(format_code(issued.code))
        self.code_details.setText(
            tr("Address: {0}    Port: {1}\nThe code works once, for {2} minutes.").format(
                " or ".join(this_pcs_addresses()),
                port if port is not None else tr("the one this PC's service uses"),
                CODE_MINUTES,
            )
        )
        self.code_box.show()
        self.issue.hide()

    def revoke_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._stations):
            self._say(tr("Choose the station to revoke in the list first."))
            return
        station = self._stations[row]
        answer = QMessageBox.question(
            self,
            tr("Revoke {0}?").format(station.name),
            tr("{0} will get nothing from this PC from now on; to use it again, pair it "
               "again. Intakes it still holds stay on it until then.").format(station.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with translate_errors("stations"):
                StationRegistry(self._conn).revoke(station.id, by=self._staff.username)
        except StorageError as exc:
            self._say(storage_message(exc.problem, exc.path))
            return
        self.refresh()

    def _say(self, text: str) -> None:
        self.issue.setText(text)
        self.issue.show()
