"""A box to sign in with a finger (or a mouse): the strokes, kept as points.

Points are stored in the pad's own 0-1 coordinates, so the signature can be drawn
again at any size. Touch screens deliver a finger as mouse events to a widget that
does not take touch itself, so mouse events are all this needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.intake.consent import Point, Stroke

INK = QColor("#102a5c")
GUIDE = QColor("#9aa5b1")


class SignaturePad(QWidget):
    """Signals: ``changed`` when a stroke is finished or the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature-pad")
        self.setAccessibleName(self.tr("Signature: sign here with your finger"))
        self.setMinimumSize(400, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(240)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._strokes: list[list[Point]] = []
        self._drawing = False

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(stroke) for stroke in self._strokes if len(stroke) > 1)

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    def _point(self, event: QMouseEvent) -> Point:
        position = event.position()
        width, height = max(1, self.width()), max(1, self.height())
        return (
            min(1.0, max(0.0, position.x() / width)),
            min(1.0, max(0.0, position.y() / height)),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = True
            self._strokes.append([self._point(event)])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._strokes[-1].append(self._point(event))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._drawing = False
            self._strokes[-1].append(self._point(event))
            self.update()
            self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(GUIDE, 2))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        baseline = self.height() * 0.75
        painter.setPen(QPen(GUIDE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        painter.setPen(
            QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(signature_path(self.strokes(), self.width(), self.height()))
        painter.end()


def signature_path(strokes: tuple[Stroke, ...], width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    for stroke in strokes:
        path.moveTo(stroke[0][0] * width, stroke[0][1] * height)
        for x, y in stroke[1:]:
            path.lineTo(x * width, y * height)
    return path
