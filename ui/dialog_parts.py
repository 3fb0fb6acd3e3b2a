"""Small parts every dialog of the app shares: a message beside a field, the OK and
Cancel buttons, and a dialog that stays open with everything typed when storing fails.

Kept apart from the record dialogs so the sign-in and the kiosk import no more than
these (start-up, docs/PERFORMANCE.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget


def issue_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("issue", True)
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("dialog-ok")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("dialog-cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


Save = Callable[[], str | None]  # stores what the dialog holds: None, or why it could not


class SavingDialog(QDialog):
    """A dialog that is stored before it closes. If storing fails (the disk is full, the
    database busy), it stays open with everything typed and says why above its buttons,
    so Save can simply be pressed again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save: Save | None = None
        self.save_problem = issue_label("save-problem")

    def finish(self) -> None:
        """Called by accept() once the fields are valid."""
        problem = self.save() if self.save is not None else None
        if problem:
            self.save_problem.setText(problem)
            self.save_problem.show()
            return
        self.save_problem.hide()
        QDialog.accept(self)
