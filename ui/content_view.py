"""The clinic's educational content, rendered from Markdown as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.clinic.educational_content import ShownArticle

# Around 70 characters a line at the article's size: comfortable to read, on any screen.
MAX_TEXT_WIDTH = 720
MIN_MARGIN = 28
LINE_HEIGHT_PERCENT = 135


class ContentView(QTextBrowser):
    """Read-only article pane. Links do not open a browser: a kiosk must not leave the app."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("content")
        self.setAccessibleName(self.tr("About stem cell therapy for knees"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.document().setDocumentMargin(MIN_MARGIN)
        # What the patient reads now, with its versions for the consent (None: words
        # shown without a version, as a test's or the first frame's).
        self.shown: ShownArticle | None = None
        self._markdown = ""
        self.set_markdown(markdown)

    def show_article(self, article: ShownArticle) -> None:
        if article.markdown != self._markdown:  # the same words: the place in them stays
            self.set_markdown(article.markdown)
        self.shown = article

    def set_markdown(self, markdown: str) -> None:
        # Through the QTextEdit, not its document, so the cursor (and the view) starts at
        # the top instead of following the cursor to the end of the article.
        self.shown = None
        self._markdown = markdown
        self.setMarkdown(markdown)
        self._space_out()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.scroll_to_top()

    def _space_out(self) -> None:
        # Markdown gives tight lines and headings that touch the text above them.
        block = self.document().begin()
        while block.isValid():
            fmt = QTextBlockFormat(block.blockFormat())
            if fmt.headingLevel() == 0:
                fmt.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # 1 = ProportionalHeight
            elif fmt.headingLevel() > 1:
                fmt.setTopMargin(18)
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre(max(MIN_MARGIN, (self._viewport_width() - MAX_TEXT_WIDTH) // 2))

    def _centre(self, side: int) -> None:
        """Left and right margins of ``side``; above and below, MIN_MARGIN only (the
        document's margin is all four sides: on a wide screen it left a band as tall as
        the side margins above the article's title)."""
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() == side and fmt.topMargin() == MIN_MARGIN:
            return  # a change lays the article out again
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(MIN_MARGIN)
        fmt.setBottomMargin(MIN_MARGIN)
        root.setFrameFormat(fmt)

    def side_margin(self) -> float:
        return self.document().rootFrame().frameFormat().leftMargin()

    def _viewport_width(self) -> int:
        """viewport().width(), worked out without asking for viewport(): PySide's first
        wrapping of the viewport makes Python enums of some 70 widget classes, about
        10 ms of the patient form's first frame. The scroll bar counts when it is shown
        in this view (isVisibleTo: the window itself may not be shown yet)."""
        bar = self.verticalScrollBar()
        taken = bar.width() if bar.isVisibleTo(self) else 0
        return self.contentsRect().width() - taken

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
