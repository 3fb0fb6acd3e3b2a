"""Small parts every dialog of the app shares: a message beside a field, the OK and
Cancel buttons, and a dialog that stays open with everything typed when storing fails.

Kept apart from the record dialogs so the sign-in and the kiosk import no more than
these (start-up, docs/PERFORMANCE.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def issue_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("issue", True)
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str) -> QLabel:
    """A line or two of help under a field, in the hint's colour, wrapped, at the top of
    the room it is given (a form may give a wrapped label more height than it needs)."""
    hint = QLabel(text)
    hint.setProperty("hint", True)
    hint.setWordWrap(True)
    hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return hint


def lead_label(text: str) -> QLabel:
    lead = QLabel(text)
    lead.setWordWrap(True)
    return lead


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def text_edit(name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMinimumWidth(320)
    return edit


def scrolling_page(content: QLayout | QWidget, name: str) -> QScrollArea:
    """Everything of a dialog but its buttons, scrolling up and down when the screen is
    too short for it (a 1366 × 768 laptop, Windows' larger type): Save stays in reach
    and the window inside the screen."""
    if isinstance(content, QLayout):
        page = QWidget()
        page.setObjectName(f"{name}-page")
        page.setLayout(content)
    else:
        page = content
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def show_issue(area: QScrollArea, issue: QLabel, text: str, field: QWidget) -> None:
    """A field's problem shown under it, the field focused, and both scrolled into view:
    on a short screen the message may lie below the visible part of the page, and focus
    alone does not scroll a QScrollArea."""
    issue.setText(text)
    issue.show()
    field.setFocus()
    page = area.widget()
    if page is not None and page.layout() is not None:
        page.layout().activate()  # the message's place, before it is painted
    area.ensureWidgetVisible(field)
    area.ensureWidgetVisible(issue)


def form_section(form: QFormLayout, title: str) -> QFormLayout:
    """A titled group of the settings: the title across the form, its rows below (one
    form for all, so the labels line up from group to group)."""
    heading = QLabel(title)
    heading.setProperty("subsectionTitle", True)
    if form.rowCount():
        heading.setContentsMargins(0, 10, 0, 0)
    form.addRow(heading)
    return form


# Around a scrolling page: the dialog's margins, and its buttons below (see page_size).
PAGE_ROOM = QSize(48, 140)


def page_size(area: QScrollArea) -> QSize:
    """The size a dialog holding ``area`` would like: its page whole, with room for the
    margins and the buttons below it."""
    hint = area.widget().sizeHint()
    scroll_bar = area.verticalScrollBar().sizeHint().width()
    return QSize(hint.width() + scroll_bar, hint.height()) + PAGE_ROOM


def wrapping_list(name: str, title: str = "") -> QListWidget:
    """A list whose long lines wrap to the width it has: read on a 1366-px screen
    without scrolling sideways (issue 28)."""
    listing = QListWidget()
    listing.setObjectName(name)
    if title:
        listing.setAccessibleName(title)
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListView.ResizeMode.Adjust)
    listing.setTextElideMode(Qt.TextElideMode.ElideNone)
    return listing


class FieldIssues:
    """A message beneath each field of a dialog: the problem shows where it is fixed,
    one at a time, and goes as soon as the field is changed."""

    def __init__(self) -> None:
        self._labels: dict[QWidget, QLabel] = {}

    def beneath(self, field: QWidget) -> QWidget:
        """``field`` with its message label under it, for the dialog's layout; the label
        is named after the field ("<field>-issue")."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(field)
        label = issue_label(f"{field.objectName()}-issue")
        column.addWidget(label)
        self._labels[field] = label
        if isinstance(field, QLineEdit):
            field.textEdited.connect(label.hide)
        elif isinstance(field, QAbstractButton):
            field.toggled.connect(label.hide)
        return box

    def say(self, field: QWidget, text: str) -> None:
        """Show ``text`` beneath ``field`` (and no other message), and focus it."""
        for other, label in self._labels.items():
            label.setVisible(other is field)
        self._labels[field].setText(text)
        field.setFocus()

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()

    def say_apart(self, label: QLabel, text: str) -> None:
        """A problem of no one field (the database's): in ``label``, the fields' go."""
        self.clear()
        label.setText(text)
        label.show()

    def shown(self) -> str:
        """The message showing, if any (for tests and screen readers' summaries)."""
        return next((lb.text() for lb in self._labels.values() if not lb.isHidden()), "")


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
