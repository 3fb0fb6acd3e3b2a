"""Pages on paper and in PDF: the summary, the outcomes report, the blank paper form.
Qt's own printer and PDF writer, the HTML through a QTextDocument, with 2 cm margins and
page numbers; a PDF is owner-only before Qt writes a byte."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.intake.consent import Stroke
from app.records.intake_report import SIGNATURE_SIZE
from app.system.private_files import open_owner_only
from ui.signature_pad import signature_path


def write_pdf(html: str, path: Path, images: Mapping[str, QImage] | None = None) -> None:
    """Qt's own PDF writer: A4, 2 cm margins, the summary's HTML; ``images`` are the
    pictures it shows by name (<img src="name">), such as a chart.

    Raises OSError if the file cannot be written (Qt itself would fail silently).
    """
    # Owner-only before Qt writes a byte, and a first check that we can write there at
    # all: Qt only says so in a log line.
    open_owner_only(path, "wb").close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # Qt's 2 cm are the margins (print_document)
            QPageLayout.Unit.Millimeter,
        )
    )
    print_document(html_document(html, images), printer)
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path.name}")


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """``document`` with 2 cm margins and page numbers. QTextDocument.print_ puts its own
    2 cm inside the printer's margins: with both, a summary used only two thirds of an
    A4 page's width. (A printer that cannot print so near the edge keeps its minimum.)"""
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document.print_(printer)


def html_document(html: str, images: Mapping[str, QImage] | None = None) -> QTextDocument:
    document = QTextDocument()
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    return document


def signature_image(strokes: tuple[Stroke, ...]) -> QImage:
    """A drawn signature in ink on white, at the summary's size."""
    width, height = SIGNATURE_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1b2330"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))  # fmt: skip
    painter.drawPath(signature_path(strokes, width, height))
    painter.end()
    return image
