"""The consent on the PC form: the same text, version and storage as the kiosk's.

The patient ticks "I agree" and signs in the box with the mouse or a finger, or, where
nothing can draw, types their full name. The dialog stays open until the intake is
stored: a busy or full database says so above the buttons and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.intake.consent import ConsentText, SignedConsent, is_a_signature, is_a_typed_signature
from app.system.clock import utc_now
from ui.dialog_parts import issue_label, ok_cancel
from ui.plain_text import plain_label
from ui.signature_pad import SignaturePad
from ui.window_fit import place

# Stores the intake with the consent: None when stored, or the message to show.
Send = Callable[[SignedConsent], str | None]


class ConsentDialog(QDialog):
    """Accepted once the intake is stored with the consent given here."""

    def __init__(
        self,
        consent: ConsentText,
        send: Send,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consent-dialog")
        self.setWindowTitle(consent.title)
        self._consent = consent
        self._send = send
        self._clock = clock
        text = QWidget()
        text_layout = QVBoxLayout(text)
        for paragraph in consent.paragraphs:
            label = plain_label(paragraph)
            label.setWordWrap(True)
            text_layout.addWidget(label)
        text_layout.addStretch(1)
        area = QScrollArea()
        area.setObjectName("consent-text")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(text)
        area.setMinimumHeight(180)
        self.agree = QCheckBox(self.tr("I have read this and I agree"))
        self.agree.setObjectName("consent-agree")
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(150)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("signature-clear")
        clear.clicked.connect(self.pad.clear)
        self.typed_name = QLineEdit()
        self.typed_name.setObjectName("consent-typed-name")
        self.typed_name.setAccessibleName(self.tr("Or type your full name"))
        self.issue = issue_label("consent-issue")  # sending's problems, above the buttons
        # The tick's and the signature's problems beneath them, gone once fixed.
        self.agree_issue = issue_label("consent-agree-issue")
        self.agree.toggled.connect(self.agree_issue.hide)
        self.signature_issue = issue_label("consent-signature-issue")
        self.pad.changed.connect(self.signature_issue.hide)
        self.typed_name.textEdited.connect(self.signature_issue.hide)
        sign_row = QHBoxLayout()
        sign_row.addWidget(QLabel(self.tr("Sign in the box with the mouse or your finger:")), 1)
        sign_row.addWidget(clear)
        title = plain_label(consent.title)
        title.setProperty("formTitle", True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(area, 1)
        layout.addWidget(self.agree)
        layout.addWidget(self.agree_issue)
        layout.addLayout(sign_row)
        layout.addWidget(self.pad)
        layout.addWidget(QLabel(self.tr("Or, if you cannot sign here, type your full name:")))
        layout.addWidget(self.typed_name)
        layout.addWidget(self.signature_issue)
        layout.addWidget(self.issue)
        buttons = ok_cancel(self, self.tr("Sign and send"))
        buttons.button(buttons.StandardButton.Cancel).setText(self.tr("Back to my answers"))
        layout.addWidget(buttons)
        place(self, QSize(720, 640))

    def accept(self) -> None:
        self.issue.hide()
        strokes = self.pad.strokes()
        typed = self.typed_name.text().strip()
        signed_somehow = is_a_signature(strokes) or is_a_typed_signature(typed)
        # Both problems at once, each beside what fixes it.
        self.agree_issue.setText(self.tr("Please tick “I have read this and I agree”."))
        self.agree_issue.setVisible(not self.agree.isChecked())
        self.signature_issue.setText(
            self.tr("Please sign in the box, or type your full name below it.")
        )
        self.signature_issue.setVisible(not signed_somehow)
        if not self.agree.isChecked():
            self.agree.setFocus()
            return
        if not signed_somehow:
            self.typed_name.setFocus()
            return
        signed = SignedConsent(
            self._consent.version,
            self._clock().isoformat(timespec="seconds"),
            strokes if is_a_signature(strokes) else (),
            "" if is_a_signature(strokes) else typed,
            language=self._consent.language,
        )
        problem = self._send(signed)
        if problem is not None:
            self._say(problem)  # the answers and the signature stay
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.issue.setText(text)
        self.issue.show()
