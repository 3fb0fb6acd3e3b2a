"""The flow layout (ui/flow_layout.py): buttons keep their words and wrap; columns whose
own content wraps (the treatment record's two groups) sit side by side where their
narrowest fits, under each other where not, and are never cut at the edge."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout


def column(title: str, words: list[str]) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(title))
    choices = QWidget()
    flow = FlowLayout(choices)
    for word in words:
        flow.addWidget(QPushButton(word))
    layout.addWidget(choices)
    return box


def laid_out(qtbot, width: int) -> tuple[QWidget, list[QWidget]]:
    page = QWidget()
    qtbot.addWidget(page)
    columns = FlowLayout(page, spacing=20, line_spacing=16)
    made = [
        column("The preparation", ["Bone marrow aspirate concentrate", "Fat", "Platelet-rich"]),
        column("The injection", ["Ultrasound", "Fluoroscopy", "None (landmarks)"]),
    ]
    for widget in made:
        columns.addWidget(widget)
    page.resize(width, columns.heightForWidth(width))
    page.show()
    qtbot.waitExposed(page)
    columns.setGeometry(page.rect())
    return page, made


def inside(widget: QWidget, page: QWidget) -> bool:
    return widget.geometry().right() < page.width()


def test_wrapping_columns_sit_side_by_side_where_they_fit(qtbot) -> None:
    page, (first, second) = laid_out(qtbot, 1400)
    assert first.y() == second.y()  # one row, both at its top
    assert second.x() > first.geometry().right()
    assert inside(second, page)


def test_wrapping_columns_stack_and_are_not_cut_where_they_do_not_fit(qtbot) -> None:
    page, (first, second) = laid_out(qtbot, 300)
    assert second.y() > first.geometry().bottom()  # under it
    for box in (first, second):
        assert inside(box, page)
        for button in box.findChildren(QPushButton):  # each button whole, in its column
            assert button.width() >= button.sizeHint().width()
            assert button.mapTo(page, button.rect().topRight()).x() < page.width()
    # A column as narrow as its widest button: the page may be this narrow, no narrower.
    widest = max(b.sizeHint().width() for b in page.findChildren(QPushButton))
    assert page.layout().minimumSize().width() == widest
