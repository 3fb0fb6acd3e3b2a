"""Pairing this PC or tablet with the clinic's main PC, from the first start.

Asked for on a machine that has no clinic yet: instead of setting up a new clinic,
staff enter the main PC's address and the one-time code an administrator got there
(Stations… in the records). The station then pins the main PC's certificate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from app.network.host_server import DEFAULT_PORT
from app.network.station_link import HostUnreachable, PairingFailed, StationConfig, pair
from ui.dialog_parts import issue_label, ok_cancel, text_edit
from ui.plain_text import plain_label
from ui.translate import tr


class PairDialog(QDialog):
    """Accepted once paired; ``config`` is then saved in ``folder``."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pair-dialog")
        self.setWindowTitle(tr("Pair with the clinic's main PC"))
        self._folder = folder
        self.config: StationConfig | None = None
        intro = plain_label(
            tr("On the clinic's main PC, an administrator opens Stations… in the records "
               "and adds this tablet or PC. Enter what it shows.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.address = text_edit("pair-address")
        self.port = QSpinBox()
        self.port.setObjectName("pair-port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.code = text_edit("pair-code")
        self.code.setPlaceholderText("ABCD-EFGH-JKMN")
        self.name = text_edit("pair-name")
        self.name.setPlaceholderText(tr("for example: Tablet 2, Waiting room"))
        self.issue = issue_label("pair-issue")
        form = QFormLayout()
        form.addRow(tr("Main PC's address"), self.address)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("This station's name"), self.name)
        form.addRow("", self.issue)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, tr("Pair")))
        self.setMinimumWidth(600)

    def accept(self) -> None:
        address, code, name = (
            self.address.text().strip(), self.code.text().strip(), self.name.text().strip()
        )  # fmt: skip
        for value, field, message in (
            (address, self.address, tr("Enter the main PC's address.")),
            (code, self.code, tr("Enter the code the main PC shows.")),
            (name, self.name, tr("Give this station a name staff will recognise.")),
        ):
            if not value:
                self._say(message, field)
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            config = pair(address, self.port.value(), code, name)
        except HostUnreachable:
            self._say(
                tr("No main PC answers at {0}, port {1}. Check the address, and that "
                   "Knee Intake is open there.").format(address, self.port.value()),
                self.address,
            )  # fmt: skip
            return
        except PairingFailed:
            self._say(
                tr("The code was not accepted: it may be mistyped, used already or expired "
                   "(a code lasts 10 minutes), or the name is taken. Ask for a new code."),
                self.code,
            )  # fmt: skip
            return
        finally:
            QApplication.restoreOverrideCursor()
        config.save(self._folder)
        self.config = config
        super().accept()

    def _say(self, text: str, field: QWidget) -> None:
        self.issue.setText(text)
        self.issue.show()
        self.adjustSize()  # the whole message, not its first line
        field.setFocus()
