"""What staff see when they leave the kiosk on a paired tablet.

The tablet holds no records (they are on the host), so there is no workspace here:
how many intakes are waiting to be sent, a way to send them now, back to the kiosk,
or close the app.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.network.station_config import StationConfig
from app.network.station_kiosk import Courier
from app.staff.accounts import Staff
from ui.plain_text import plain_label
from ui.translate import tr
from ui.window_fit import place

REFRESH_MS = 1000


class StationPanel(QDialog):
    """Accepted: back to the kiosk. Rejected: close Knee Intake on this tablet."""

    def __init__(
        self,
        staff: Staff,
        config: StationConfig,
        waiting: Callable[[], int],
        courier: Courier | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("station-panel")
        self.setWindowTitle(tr("This tablet — Knee Intake"))
        self._waiting = waiting
        self._courier = courier
        title = plain_label(tr("Signed in: {0}").format(staff.display_name))
        title.setProperty("formTitle", True)
        about = plain_label(
            tr("This tablet is “{0}”, a kiosk of the clinic's main computer at {1}. The "
               "records are kept there, not here.").format(config.name, config.host)
        )  # fmt: skip
        about.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("station-waiting")
        self.status.setWordWrap(True)
        send = self._button(tr("Send now"), "station-send-now")
        send.clicked.connect(self._send_now)
        back = self._button(tr("Back to the kiosk"), "station-back-to-kiosk")
        back.clicked.connect(self.accept)
        close = self._button(tr("Close Knee Intake"), "station-close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(send)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.finished.connect(self._timer.stop)  # before whoever made it closes the outbox
        self.refresh()
        place(self, QSize(640, 320))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def refresh(self) -> None:
        waiting = self._waiting()
        last = self._courier.last if self._courier is not None else None
        if waiting == 0:
            text = tr("Every intake from this tablet has reached the main computer.")
        else:
            text = tr("{0} intake(s) waiting to be sent to the main computer.").format(waiting)
            if last is not None and not last.host_reached:
                text += " " + tr(
                    "The main computer does not answer: check that it is on and Knee Intake "
                    "is open there. Nothing is lost meanwhile."
                )
        self.status.setText(text)

    def _send_now(self) -> None:
        if self._courier is not None:
            self._courier.kick()
