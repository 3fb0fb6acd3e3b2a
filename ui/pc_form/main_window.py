"""The main window: the educational content beside the intake form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from ui.content_view import ContentView
from ui.pc_form.intake_panel import IntakePanel
from ui.translate import tr
from ui.window_fit import place

if TYPE_CHECKING:
    from ui.pc_form.form_privacy import FormPrivacy

CONTENT_SHARE = 0.42  # of the window's width, for the article at first show


def ask_to_discard(parent: QWidget) -> bool:
    """Ask before closing over answers that were never submitted."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Close Knee Intake?"))
    box.setText(tr("The answers on screen have not been submitted."))
    box.setInformativeText(tr("If you close now, they will be lost."))
    keep = box.addButton(tr("Keep filling in"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(tr("Close and lose the answers"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is not keep


class MainWindow(QMainWindow):
    """Layout only: the article and the form in a splitter the user can move."""

    def __init__(
        self,
        content: ContentView,
        intake: IntakePanel,
        parent: QWidget | None = None,
        *,
        confirm_discard: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._confirm_discard = confirm_discard or ask_to_discard
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Knee Intake"))
        self.content = content
        self.intake = intake
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.splitter.addWidget(content)
        self.splitter.addWidget(intake)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        content.setMinimumWidth(340)
        intake.setMinimumWidth(560)
        self._sized = False
        self.privacy: FormPrivacy | None = None  # set by ui/pc_form/building.py
        self.setCentralWidget(self.splitter)
        place(self, QSize(1280, 800), remember_as="patient-form")
        self._connect_signals()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Stretch factors only share out later growth; the first split is set here.
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([int(width * CONTENT_SHARE), int(width * (1 - CONTENT_SHARE))])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.intake.form.has_answers() and not self._confirm_discard(self):
            event.ignore()
            return
        if self.privacy is not None:
            self.privacy.close(keep_draft=False)  # closed on purpose: nothing kept
        super().closeEvent(event)

    def _connect_signals(self) -> None:
        # After a save the next person starts at the top of the article too.
        self.intake.intakeSaved.connect(self.content.scroll_to_top)
        self.intake.cleared.connect(self.content.scroll_to_top)
