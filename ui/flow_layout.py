"""A row of widgets that wraps onto the next line when the window is too narrow for it,
so a button never clips its words (a 1024-px laptop, a 125 % screen, a longer language).

Qt ships no flow layout; this one follows Qt's own example (FlowLayout) and adds two
things a toolbar of buttons needs: a row can be pushed to the right edge, and widgets
that ask to expand (a search box) share out what a row has left.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

_GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps them; its height follows its width."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 12,
        line_spacing: int = 8,
        align_right: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._align_right = align_right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout's interface ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    # Qt asks for the items while it takes a window down too, after Python has let go
    # of the list: then there are none.
    def count(self) -> int:
        return len(getattr(self, "_items", ()))

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = getattr(self, "_items", [])
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = getattr(self, "_items", [])
        return items.pop(index) if 0 <= index < len(items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything: what it takes when there is room."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """As narrow as its widest widget (a button keeps all its words); a widget whose
        own content wraps (a column of questions) may be narrower than its one-row
        width, and is given its height for the width it gets."""
        size = QSize()
        for item in self._visible():
            least = item.minimumSize()
            size = size.expandedTo(least if item.hasHeightForWidth()
                                   else least.expandedTo(item.sizeHint()))  # fmt: skip
        return size + self._margin_size()

    # --- the arrangement ----------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wanted = self._least_width(item)
            if rows and used + self._spacing + wanted <= width:
                rows[-1].append(item)
                used += self._spacing + wanted
            else:
                rows.append([item])
                used = wanted
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the widgets in ``rect`` (when ``move``); returns the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        y = area.y()
        rows = self._rows(area.width())
        for row in rows:
            widths = self._widths(row, area)
            heights = [
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, width in zip(row, widths, strict=True)
            ]
            height = max(heights)
            if move:
                self._place_row(row, widths, heights, area, y, height)
            y += height + self._line_spacing
        taken = y - area.y() - (self._line_spacing if rows else 0)
        margins = self.contentsMargins()
        return taken + margins.top() + margins.bottom()

    @staticmethod
    def _least_width(item: QLayoutItem) -> int:
        """The width an item needs in a row: a button its one-line width; a widget whose
        content wraps, its minimum (it shares the row, as narrow as it must)."""
        if item.hasHeightForWidth():
            return max(item.minimumSize().width(), 1)
        return item.sizeHint().width()

    def _widths(self, row: list[QLayoutItem], area: QRect) -> list[int]:
        """Each widget's width in its row: its wish, within the row, and what the row
        leaves shared among those that ask to grow; widgets that wrap give up width
        (down to their minimum) where the row holds more than it can."""
        widths = [min(item.sizeHint().width(), area.width()) for item in row]
        spare = area.width() - self._spacing * (len(row) - 1)
        wrapping = [n for n, item in enumerate(row) if item.hasHeightForWidth()]
        while sum(widths) > spare and wrapping:
            share = -(-(sum(widths) - spare) // len(wrapping))  # rounded up
            for n in wrapping:
                widths[n] = max(self._least_width(row[n]), widths[n] - share)
            wrapping = [n for n in wrapping if widths[n] > self._least_width(row[n])]
        left = area.width() - sum(widths) - self._spacing * (len(row) - 1)
        growing = [
            n
            for n, item in enumerate(row)
            if item.widget() is not None
            and item.widget().sizePolicy().horizontalPolicy() in _GROWING
        ]
        if left > 0 and growing:
            share = left // len(growing)
            for n in growing:  # as far as each may grow (a search box has a maximum)
                widths[n] = min(widths[n] + share, row[n].maximumSize().width())
        return widths

    def _place_row(
        self,
        row: list[QLayoutItem],
        widths: list[int],
        heights: list[int],
        area: QRect,
        y: int,
        height: int,
    ) -> None:
        left = area.width() - sum(widths) - self._spacing * (len(row) - 1)
        x = area.x() + (max(0, left) if self._align_right else 0)
        for item, item_height, width in zip(row, heights, widths, strict=True):
            if item.widget() is None:
                item_height = height
            # A button centred on its row; a widget that wraps (a column) at its top.
            top = y if item.hasHeightForWidth() else y + (height - item_height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
            x += width + self._spacing
