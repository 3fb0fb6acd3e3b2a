"""A small chart painted with QPainter: panels stacked over one x axis, points joined by
lines, optional spreads (median with quartiles), a dashed reference line, and vertical
markers (treatments).

Painted by hand rather than with a chart library: QtCharts needs PySide6-Addons and
pyqtgraph or matplotlib need numpy, each tens of megabytes in the installer for two line
charts (docs/PERFORMANCE.md has the figures). It is built only when a record or the
report is opened, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1d2330")
GRID = QColor("#d9dde5")
MARKER = QColor("#6b7280")
REFERENCE = QColor("#2e7d32")


@dataclass(frozen=True)
class Panel:
    title: str
    low: float
    high: float
    ticks: tuple[float, ...]
    colour: str
    points: tuple[tuple[float, float | None], ...] = ()  # (x, y); y None: no value there
    spreads: tuple[tuple[float, float, float], ...] = ()  # (x, low, high) whiskers
    reference: tuple[float, str] | None = None  # a dashed line at y, with its label
    missing_label: str = ""  # written where a point has no value ("incomplete")


@dataclass(frozen=True)
class ChartData:
    x_low: float
    x_high: float
    x_ticks: tuple[tuple[float, str], ...]
    panels: tuple[Panel, ...]
    markers: tuple[tuple[float, str], ...] = ()  # vertical dashed lines, labelled at the top


class TimeChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setMinimumHeight(170)  # a small laptop still shows the whole record
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    def set_data(self, data: ChartData, description: str) -> None:
        """``description`` says in words what the chart shows (for screen readers)."""
        self.data = data
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def image(self, width: int, height: int) -> QImage:
        """The chart drawn at this size, for a printed page."""
        picture = QImage(width, height, QImage.Format.Format_ARGB32)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        try:
            self._draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return picture

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            self._draw(painter, QRectF(self.rect()))
        finally:
            painter.end()

    # --- drawing -------------------------------------------------------------------------
    def _draw(self, painter: QPainter, area: QRectF) -> None:
        data = self.data
        if data is None or not data.panels:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("100") + 14
        right = 16
        span = (data.x_high - data.x_low) or 1.0
        width_guess = area.width() - left - right
        # Treatment labels in as many rows as they need not to overlap (at most three).
        rows = self._label_rows(data, area, left, width_guess, metrics.horizontalAdvance)
        top = line * (max(rows.values(), default=-1) + 1.3) if data.markers else line * 0.3
        bottom = line * 2.0
        plot = QRectF(area.left() + left, area.top() + top, width_guess,
                      area.height() - top - bottom)  # fmt: skip
        if plot.width() < 40 or plot.height() < 40:
            return
        title = line * 1.4  # each panel's title sits above it, never over its line
        gap = line * 0.8
        height = (plot.height() - (title + gap) * len(data.panels) + gap) / len(data.panels)
        if height < 30:  # a short window (1280×720): titles closer, rather than nothing
            title, gap = line * 1.1, line * 0.3
            height = (plot.height() - (title + gap) * len(data.panels) + gap) / len(data.panels)
        if height < 18:
            return

        def x_of(x: float) -> float:
            return plot.left() + (x - data.x_low) / span * plot.width()

        for index, panel in enumerate(data.panels):
            panel_top = plot.top() + index * (title + height + gap)
            box = QRectF(plot.left(), panel_top + title, plot.width(), height)
            self._draw_panel(painter, panel, box, x_of)
        # Treatments: dashed verticals over every panel, labelled at the top.
        painter.setPen(QPen(MARKER, 1.2, Qt.PenStyle.DashLine))
        for n, (x, label) in enumerate(data.markers):
            px = x_of(x)
            painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()))
            if n in rows:
                width = metrics.horizontalAdvance(label)
                start = min(max(px - width / 2, area.left()), area.right() - width)
                painter.drawText(QPointF(start, area.top() + line * (rows[n] + 0.9)), label)
        # The x axis under the last panel.
        painter.setPen(INK)
        last_end = -1e9
        for x, label in data.x_ticks:
            px = x_of(x)
            width = metrics.horizontalAdvance(label)
            start = min(max(px - width / 2, area.left()), area.right() - width)
            if start > last_end + 8:
                painter.drawText(QPointF(start, plot.bottom() + metrics.ascent() + 6), label)
                last_end = start + width

    @staticmethod
    def _label_rows(
        data: ChartData,
        area: QRectF,
        left: float,
        width: float,
        advance: Callable[[str], int],
    ) -> dict[int, int]:
        """Marker index → the row its label goes in; a label with no room is left out."""
        span = (data.x_high - data.x_low) or 1.0
        ends: list[float] = []  # where each row's last label ends
        rows: dict[int, int] = {}
        for n, (x, label) in enumerate(data.markers):
            px = area.left() + left + (x - data.x_low) / span * width
            size = advance(label)
            start = min(max(px - size / 2, area.left()), area.right() - size)
            for row, end in enumerate(ends):
                if start > end + 8:
                    ends[row] = start + size
                    rows[n] = row
                    break
            else:
                if len(ends) < 3:
                    ends.append(start + size)
                    rows[n] = len(ends) - 1
        return rows

    def _draw_panel(
        self, painter: QPainter, panel: Panel, box: QRectF, x_of: Callable[[float], float]
    ) -> None:
        metrics = painter.fontMetrics()

        def y_of(y: float) -> float:
            return box.bottom() - (y - panel.low) / ((panel.high - panel.low) or 1) * box.height()

        painter.setPen(QPen(GRID, 1))
        ticks = panel.ticks
        while len(ticks) > 2 and abs(y_of(ticks[0]) - y_of(ticks[1])) < metrics.height() * 1.1:
            ticks = ticks[::2] if ticks[-1] in ticks[::2] else (*ticks[:-1:2], ticks[-1])
        for tick in ticks:
            painter.drawLine(QPointF(box.left(), y_of(tick)), QPointF(box.right(), y_of(tick)))
            label = f"{tick:g}"
            painter.setPen(INK)
            painter.drawText(
                QPointF(box.left() - metrics.horizontalAdvance(label) - 6,
                        y_of(tick) + metrics.ascent() / 2 - 1), label)  # fmt: skip
            painter.setPen(QPen(GRID, 1))
        painter.setPen(INK)
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.save()
        painter.setFont(title_font)
        painter.drawText(QPointF(box.left(), box.top() - metrics.descent() - 4), panel.title)
        painter.restore()
        if panel.reference is not None:
            y, label = panel.reference
            painter.setPen(QPen(REFERENCE, 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(box.left(), y_of(y)), QPointF(box.right(), y_of(y)))
            painter.drawText(
                QPointF(box.right() - metrics.horizontalAdvance(label) - 4, y_of(y) - 4), label
            )
        colour = QColor(panel.colour)
        painter.setPen(QPen(colour, 1.6))
        for x, low, high in panel.spreads:
            px = x_of(x)
            painter.drawLine(QPointF(px, y_of(low)), QPointF(px, y_of(high)))
            for end in (low, high):
                painter.drawLine(QPointF(px - 6, y_of(end)), QPointF(px + 6, y_of(end)))
        path = QPainterPath()
        started = False
        for x, value in panel.points:
            if value is None:
                continue
            point = QPointF(x_of(x), y_of(value))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setPen(QPen(colour, 2.4))
        painter.drawPath(path)
        painter.setBrush(colour)
        for x, value in panel.points:
            if value is not None:
                painter.drawEllipse(QPointF(x_of(x), y_of(value)), 5, 5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(MARKER, 1.4))
        for x, value in panel.points:
            if value is None:  # no value: an open ring on the axis, and why
                px = x_of(x)
                painter.drawEllipse(QPointF(px, box.bottom() - 6), 5, 5)
                if panel.missing_label:
                    painter.drawText(QPointF(px + 8, box.bottom() - 2), panel.missing_label)
