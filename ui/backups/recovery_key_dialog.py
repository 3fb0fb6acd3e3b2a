"""The recovery key, shown to an administrator until they confirm they wrote it down.

Shown at set-up (the first administrator's first sign-in) and at each administrator's
sign-in until one confirms; and for a new key when an administrator changes it. To
confirm, they type two groups of it, chosen at random, from what they wrote down: a
key copied wrongly is found now, not on the day it is needed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.encryption.key_changes import confirms, groups_to_confirm
from app.system.clock import local_today
from ui.dialog_parts import SavingDialog, issue_label
from ui.named_button import named_button
from ui.translate import tr
from ui.window_fit import place

PrinterChooser = Callable[[QWidget], QPrinter | None]


def ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Knee Intake document")  # a queue's job names are seen by anyone
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def recovery_key_page(recovery_key: str, clinic_name: str, today: dt.date) -> str:
    """The printed page: the key, whose it is, and what to do with it."""
    keep_it = tr(
        "This key opens the clinic’s encrypted patient records on any computer. Keep "
        "this page locked away from the computer, where only the clinic’s "
        "administrators can reach it."
    )
    use_it = tr(
        "To open the records on another computer, or after this computer’s key store "
        "is lost, run: knee-intake-admin unlock"
    )
    return (
        f"<h1>{html.escape(tr('Knee Intake recovery key'))}</h1>"
        f"<p>{html.escape(clinic_name)} — {today.isoformat()}</p>"
        # One line, never broken at a dash: 39 characters of 16 pt fit an A4 page.
        "<p style='font-family: monospace; font-size: 16pt; white-space: pre'>"
        f"<b>{recovery_key}</b></p>"
        f"<p>{html.escape(keep_it)}</p><p>{html.escape(use_it)}</p>"
    )


class RecoveryKeyDialog(SavingDialog):
    """``save`` (SavingDialog) runs once the groups typed match: it forgets the pending
    key, or changes the database key; a problem it returns is shown above the buttons."""

    def __init__(
        self,
        recovery_key: str,
        clinic_name: str,
        parent: QWidget | None = None,
        *,
        new_key: bool = False,
        choose_printer: PrinterChooser = ask_printer,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-key-dialog")
        self.setWindowTitle(tr("Change the database key") if new_key
                            else tr("Write down the recovery key"))  # fmt: skip
        self._key = recovery_key
        self._clinic_name = clinic_name
        self._choose_printer = choose_printer
        self._today = today
        self.asked = groups_to_confirm()
        why = QLabel(
            tr("This will be the new recovery key. Once you confirm it, the records are "
               "encrypted with it, and the old recovery key only opens backups made before "
               "today.") if new_key else
            tr("Knee Intake encrypts the clinic’s patient records. This computer keeps the "
               "key, so nobody has to type it. If this computer’s key store is lost, or "
               "the records move to another computer, only this recovery key opens them. "
               "Write it down or print it, and keep it locked away from this computer.")
        )  # fmt: skip
        why.setWordWrap(True)
        shown = QLabel(recovery_key)
        shown.setObjectName("recovery-key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setWeight(QFont.Weight.Bold)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        printing = QHBoxLayout()
        printing.addStretch(1)
        printing.addWidget(named_button(tr("Print…"), "print-recovery-key", self.print_key))
        printing.addStretch(1)
        ask = QLabel(
            tr("To confirm you have it, type group {0} and group {1} from what you wrote "
               "down (groups of four, counted from the left).").format(*self.asked)
        )  # fmt: skip
        ask.setWordWrap(True)
        self.typed: list[QLineEdit] = []
        typing = QHBoxLayout()
        for n, number in enumerate(self.asked, start=1):
            label = QLabel(tr("Group {0}:").format(number))
            box = QLineEdit()
            box.setObjectName(f"confirm-group-{n}")
            box.setMaxLength(4)
            box.setFont(font)
            box.setFixedWidth(box.fontMetrics().horizontalAdvance("MMMMM") + 24)
            label.setBuddy(box)
            typing.addWidget(label)
            typing.addWidget(box)
            typing.addSpacing(24)
            self.typed.append(box)
        typing.addStretch(1)
        self.problem = issue_label("confirm-problem")
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            tr("Change the key") if new_key else tr("I have written it down"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setObjectName("dialog-ok")
        later = buttons.addButton(
            tr("Cancel") if new_key else tr("Remind me next time"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        later.setObjectName("dialog-cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (why, shown):
            layout.addWidget(widget)
        layout.addLayout(printing)
        layout.addSpacing(12)
        layout.addWidget(ask)
        layout.addLayout(typing)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_problem)
        layout.addWidget(buttons)
        place(self, QSize(760, 460))

    def accept(self) -> None:
        if not confirms(self._key, self.asked, [box.text() for box in self.typed]):
            self.problem.setText(
                tr("That is not what the key has in those groups. Check what you wrote "
                   "down against the key above.")
            )  # fmt: skip
            self.problem.show()
            return
        self.problem.hide()
        self.finish()

    def print_key(self) -> None:
        printer = self._choose_printer(self)
        if printer is None:
            return
        document = QTextDocument()
        document.setHtml(recovery_key_page(self._key, self._clinic_name, self._today()))
        document.print_(printer)
