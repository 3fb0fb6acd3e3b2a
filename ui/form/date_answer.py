"""A date as three short boxes (month, day, year, in the locale's order).

Separate boxes avoid the two classic failures of a single date field: guessing the
order of day and month, and fighting a calendar pop-up on a touch screen. The boxes
are named ``linkId:day``, ``linkId:month`` and ``linkId:year``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.intake.answers import DateParts, RawAnswer
from app.intake.questionnaire import Item


def date_field_order(locale: QLocale) -> list[str]:
    """ "day", "month", "year" in the order the locale writes a short date."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {
        part: pattern.find(letter) for part, letter in (("day", "d"), ("month", "M"), ("year", "y"))
    }
    if min(positions.values()) < 0:
        return ["month", "day", "year"]
    return sorted(positions, key=positions.__getitem__)


class DateAnswer(QWidget):
    """Day, month and year boxes; digits only, focus moves on when a box is full.

    Signals: ``edited`` on every keystroke, ``committed`` when focus leaves all three.
    """

    edited = Signal()
    committed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(item.link_id)
        self.setAccessibleName(item.text)
        captions = {"day": self.tr("Day"), "month": self.tr("Month"), "year": self.tr("Year")}
        placeholders = {"day": self.tr("DD"), "month": self.tr("MM"), "year": self.tr("YYYY")}
        widths = {"day": 2, "month": 2, "year": 4}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self._boxes: dict[str, QLineEdit] = {}
        order = date_field_order(QLocale())
        for part in order:
            box = QLineEdit(self)
            box.setObjectName(f"{item.link_id}:{part}")
            box.setAccessibleName(f"{item.text}, {captions[part]}")
            box.setPlaceholderText(placeholders[part])
            box.setMaxLength(widths[part])
            box.setInputMethodHints(
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setProperty("dateBox", part)
            caption = QLabel(captions[part], self)
            caption.setBuddy(box)
            caption.setProperty("caption", True)
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(caption)
            column.addWidget(box)
            layout.addLayout(column)
            self._boxes[part] = box
            box.textEdited.connect(lambda _text, p=part: self._on_edited(p))
        layout.addStretch(1)
        self._order = order
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]

    def _on_edited(self, part: str) -> None:
        box = self._boxes[part]
        if len(box.text()) == box.maxLength():
            index = self._order.index(part)
            if index + 1 < len(self._order):
                self._boxes[self._order[index + 1]].setFocus(Qt.FocusReason.TabFocusReason)
        self.edited.emit()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        boxes = set(self._boxes.values())
        if old in boxes and new not in boxes:
            self.committed.emit()

    def raw_value(self) -> RawAnswer:
        return DateParts(
            year=self._boxes["year"].text(),
            month=self._boxes["month"].text(),
            day=self._boxes["day"].text(),
        )

    def part_order(self) -> list[str]:
        """ "day", "month", "year" as the boxes stand, left to right."""
        return list(self._order)

    def box(self, part: str) -> QLineEdit:
        return self._boxes[part]

    def set_raw_value(self, raw: RawAnswer) -> None:
        """Put back what was typed (a draft restored); emits nothing."""
        parts = raw if isinstance(raw, DateParts) else DateParts()
        for part, text in (("year", parts.year), ("month", parts.month), ("day", parts.day)):
            self._boxes[part].setText(text)

    def clear_value(self) -> None:
        for box in self._boxes.values():
            box.setText("")  # not clear(): that can be undone (see LineAnswer)

    def focus_input(self) -> None:
        empty = [self._boxes[p] for p in self._order if not self._boxes[p].text()]
        (empty[0] if empty else self._boxes[self._order[0]]).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
