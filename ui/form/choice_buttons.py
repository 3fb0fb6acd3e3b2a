"""Answers chosen by touch: large toggle buttons instead of small radio dots or combo boxes.

The container carries the item's linkId; each button is named ``linkId:code``. A chosen
button shows a tick as well as its colour, so the choice never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.intake.answers import OpenChoice, RawAnswer
from app.intake.questionnaire import Item
from ui.flow_layout import FlowLayout

TICK = "\N{CHECK MARK}  "
# Several answers allowed: a box on every button says so before anything is pressed.
BOX = "\N{BALLOT BOX}  "
TICKED_BOX = "\N{BALLOT BOX WITH CHECK}  "
# The narrowest form column designed for (a 1280 px tablet with the article beside the
# form): buttons are laid out so a row of them never needs more than this.
ROW_BUDGET_PX = 620
BUTTON_CHROME_PX = 64  # padding, border and the tick of a chosen button
FLOW_PADDING_PX = 28  # a flowing button's padding and border (the tick is measured)
MAX_BUTTONS_IN_A_ROW = 3
SCALE_ROW_BUDGET_PX = 760  # an ordered scale in one row (KOOS JR's five answers)


class ChoiceButtons(QWidget):
    """Toggle buttons for a choice item: one answer, or several when the item repeats.

    Signals: ``edited`` and ``committed``, both on every click.
    """

    edited = Signal()
    committed = Signal()

    def __init__(
        self,
        item: Item,
        options: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
        *,
        columns: int | None = None,
        ordered: bool = False,
        flow: bool = False,
    ) -> None:
        """``ordered``: a scale (None … Extreme) whose options keep their order: one row
        when they fit, else one per row, never a grid read in two directions. ``flow``:
        each button as wide as its words, wrapped onto as few lines as the width allows
        (a clinician's form, where the height is short and the words are known)."""
        super().__init__(parent)
        self.ordered_scale = item.horizontal  # keeps its order: never two columns on touch
        self.setObjectName(item.link_id)
        self.setAccessibleName(item.text)
        self._multiple = item.repeats
        self._buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        pairs = options if options is not None else [(o.code, o.display) for o in item.options]
        self._flow = flow
        layout: QGridLayout | FlowLayout
        if flow:
            layout = FlowLayout(self, spacing=6, line_spacing=6)
            per_row = 0
        else:
            layout = QGridLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setHorizontalSpacing(8)
            layout.setVerticalSpacing(8)
            labels = [label for _code, label in pairs]
            per_row = columns or (
                self._ordered_columns(labels) if ordered else self._columns_for(labels)
            )
        for index, (code, label) in enumerate(pairs):
            button = QPushButton(label, self)
            button.setObjectName(f"{item.link_id}:{code}")
            # A screen reader moving from button to button hears which question each
            # answers, not a bare "Left" or "7".
            button.setAccessibleName(f"{label} — {item.text}")
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.clicked.connect(lambda _checked=False, c=code: self._on_clicked(c))
            if isinstance(layout, FlowLayout):
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                layout.addWidget(button)
            else:
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                layout.addWidget(button, index // per_row, index % per_row)
            self._buttons[code] = button
            self._labels[code] = label
        for column in range(per_row):
            layout.setColumnStretch(column, 1)
        self._layout = layout
        self.columns = per_row
        self._refresh_ticks()
        if flow:
            self._fit_chosen_words()

    def _fit_chosen_words(self) -> None:
        """A flowing button as wide as its words will be when chosen (bold, ticked): the
        style sheet's bold is not in Qt's size hint, and the words were cut."""
        for code, button in self._buttons.items():
            button.ensurePolished()
            font = QFont(button.font())
            font.setBold(True)
            mark = TICKED_BOX if self._multiple else TICK
            words = QFontMetrics(font).horizontalAdvance(mark + self._labels[code])
            button.setMinimumWidth(words + FLOW_PADDING_PX)

    def widest_label(self) -> int:
        """In the buttons' own font as the style sheet sets it (the kiosk's buttons are
        larger than its text), bold as a chosen one is."""
        button = next(iter(self._buttons.values()))
        button.ensurePolished()
        font = QFont(button.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(label) for label in self._labels.values())

    def set_columns(self, columns: int) -> None:
        """Lay the same buttons out again in ``columns`` (the kiosk turned, or widened)."""
        if columns == self.columns or not isinstance(self._layout, QGridLayout):
            return
        buttons = list(self._buttons.values())
        for button in buttons:
            self._layout.removeWidget(button)
        for column in range(max(columns, self.columns)):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        for index, button in enumerate(buttons):
            self._layout.addWidget(button, index // columns, index % columns)
        self.columns = columns

    def _columns_for(self, labels: list[str]) -> int:
        """All in one row when three or fewer fit, else two columns, else a list."""
        metrics = self.fontMetrics()  # the application's font (ui/style.py)
        widest = max(metrics.horizontalAdvance(label) for label in labels) + BUTTON_CHROME_PX
        candidates = ([len(labels)] if len(labels) <= MAX_BUTTONS_IN_A_ROW else []) + [2, 1]
        return next(c for c in candidates if c == 1 or c * (widest + 8) <= ROW_BUDGET_PX)

    def _ordered_columns(self, labels: list[str]) -> int:
        metrics = self.fontMetrics()
        needed = sum(metrics.horizontalAdvance(label) + BUTTON_CHROME_PX + 8 for label in labels)
        return len(labels) if needed <= SCALE_ROW_BUDGET_PX else 1

    def _on_clicked(self, code: str) -> None:
        if not self._multiple and self._buttons[code].isChecked():
            for other, button in self._buttons.items():
                if other != code:
                    button.setChecked(False)
        self._refresh_ticks()
        self.edited.emit()
        self.committed.emit()

    def _refresh_ticks(self) -> None:
        chosen, not_chosen = (TICKED_BOX, BOX) if self._multiple else (TICK, "")
        for code, button in self._buttons.items():
            button.setText((chosen if button.isChecked() else not_chosen) + self._labels[code])

    def chosen_codes(self) -> tuple[str, ...]:
        return tuple(code for code, button in self._buttons.items() if button.isChecked())

    def raw_value(self) -> RawAnswer:
        return self.chosen_codes()

    def set_raw_value(self, raw: RawAnswer) -> None:
        """Put back what was chosen (a draft restored); emits nothing."""
        self.set_chosen(raw if isinstance(raw, tuple) else ())

    def set_chosen(self, codes: tuple[str, ...]) -> None:
        for code, button in self._buttons.items():
            button.setChecked(code in codes)
        self._refresh_ticks()

    def clear_value(self) -> None:
        for button in self._buttons.values():
            button.setChecked(False)
        self._refresh_ticks()

    def focus_input(self) -> None:
        chosen = self.chosen_codes()
        target = self._buttons[chosen[0]] if chosen else next(iter(self._buttons.values()))
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class YesNoButtons(ChoiceButtons):
    """A boolean item as two large buttons, named ``linkId:yes`` and ``linkId:no``."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, [("yes", self.tr("Yes")), ("no", self.tr("No"))], parent)
        for button in self._buttons.values():
            button.setMaximumWidth(220)
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        layout.setColumnStretch(2, 2)

    def raw_value(self) -> RawAnswer:
        chosen = self.chosen_codes()
        return (chosen[0] == "yes") if chosen else None

    def set_raw_value(self, raw: RawAnswer) -> None:
        self.set_chosen(() if not isinstance(raw, bool) else ("yes",) if raw else ("no",))


class ScaleButtons(ChoiceButtons):
    """A small whole-number range (a 0–10 pain score) as one row of number buttons."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        self._question = item.text  # before the buttons are made: their names use it
        low, high = int(item.min_value or 0), int(item.max_value or 10)
        numbers = [(str(n), str(n)) for n in range(low, high + 1)]
        super().__init__(item, numbers, parent, columns=len(numbers))
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        layout.setHorizontalSpacing(6)
        for button in self._buttons.values():
            button.setProperty("scale", True)
        # The ends' meaning under the first and the last number, always in view with
        # them (the question above may have scrolled away on a tablet).
        lower, upper = item.anchors
        self.anchors: tuple[QLabel, QLabel] | None = None
        if lower or upper:
            low_label, high_label = QLabel(lower, self), QLabel(upper, self)
            for label, name, align in (
                (low_label, "lower", Qt.AlignmentFlag.AlignLeft),
                (high_label, "upper", Qt.AlignmentFlag.AlignRight),
            ):
                label.setObjectName(f"{item.link_id}:{name}")
                label.setProperty("scaleAnchor", True)
                label.setWordWrap(True)
                label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
            half = len(numbers) // 2
            layout.addWidget(low_label, 1, 0, 1, half)
            layout.addWidget(high_label, 1, len(numbers) - half, 1, half)
            self.anchors = (low_label, high_label)
            self.setAccessibleDescription(f"{lower}; {upper}")

    def _refresh_ticks(self) -> None:
        # The numbers are short; a chosen one is shown by colour and a bold frame
        # (see the style sheet) plus its accessible name.
        for code, button in self._buttons.items():
            chosen = self.tr("{number}, chosen").format(number=code)
            name = chosen if button.isChecked() else code
            button.setAccessibleName(f"{name} — {self._question}")

    def raw_value(self) -> RawAnswer:
        chosen = self.chosen_codes()
        return chosen[0] if chosen else ""

    def set_raw_value(self, raw: RawAnswer) -> None:
        self.set_chosen((raw,) if isinstance(raw, str) and raw else ())


class OpenChoiceButtons(QWidget):
    """Choice buttons plus a line for an answer that is not in the list (open-choice).

    Signals: ``edited`` and ``committed``.
    """

    edited = Signal()
    committed = Signal()

    def __init__(
        self, item: Item, parent: QWidget | None = None, *, columns: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(item.link_id)
        self.setAccessibleName(item.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._choices = ChoiceButtons(item, parent=self, columns=columns)
        self._choices.setObjectName(f"{item.link_id}:choices")
        self._other = QLineEdit(self)
        self._other.setObjectName(f"{item.link_id}:other")
        self._other.setPlaceholderText(self.tr("Something else (type it here)"))
        self._other.setAccessibleName(self.tr("Something else"))
        row = QHBoxLayout()
        row.addWidget(self._other)
        layout.addWidget(self._choices)
        layout.addLayout(row)
        self._choices.edited.connect(self.edited)
        self._choices.committed.connect(self.committed)
        self._other.textEdited.connect(self.edited)
        self._other.editingFinished.connect(self.committed)

    def raw_value(self) -> RawAnswer:
        return OpenChoice(self._choices.chosen_codes(), self._other.text())

    def set_raw_value(self, raw: RawAnswer) -> None:
        chosen = raw if isinstance(raw, OpenChoice) else OpenChoice()
        self._choices.set_chosen(chosen.codes)
        self._other.setText(chosen.other)

    def clear_value(self) -> None:
        self._choices.clear_value()
        self._other.setText("")  # not clear(): that can be undone (see LineAnswer)

    def focus_input(self) -> None:
        self._choices.focus_input()
