"""How the follow-ups were answered, per time point (issue 26): on screen in the
outcomes report, in its PDF and its CSV (app/follow_ups/response_rates.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.follow_ups.response_rates import ResponseRate
from ui.translate import tr


def response_headers() -> list[str]:
    return [tr("Follow-up"), tr("Due"), tr("Answered"), tr("… late, after the window"),
            tr("Let go"), tr("Still open"), tr("Tablet"), tr("Phone"), tr("Paper"),
            tr("Desk"), tr("E-mail reminder, then a visit")]  # fmt: skip


def response_cells(rate: ResponseRate) -> list[str]:
    share = f" ({100 * rate.share:.0f} %)" if rate.share is not None else ""
    return [rate.time_point, str(rate.due), f"{rate.answered}{share}", str(rate.late),
            str(rate.let_go), str(rate.still_open), *(str(n) for n in rate.by_way)]  # fmt: skip


def response_csv_rows(rates: tuple[ResponseRate, ...]) -> list[list[object]]:
    rows: list[list[object]] = [["time_point", "due", "answered", "answered_late",
                                 "let_go", "still_open", "by_kiosk", "by_phone", "from_paper",
                                 "at_the_desk", "email_reminder_then_visit"]]  # fmt: skip
    rows.extend([r.time_point, r.due, r.answered, r.late, r.let_go, r.still_open,
                 *r.by_way] for r in rates)  # fmt: skip
    return rows


def response_html(rates: tuple[ResponseRate, ...]) -> str:
    if not rates:
        return ""
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in response_headers())
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in response_cells(r)) + "</tr>"
                   for r in rates)  # fmt: skip
    return (f"<h2>{escape(tr('How the follow-ups were answered'))}</h2>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{rows}</table>")  # fmt: skip


class ResponseTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(response_headers()), parent)
        self.setObjectName("response-table")
        self.setHorizontalHeaderLabels(response_headers())
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def show_rates(self, rates: tuple[ResponseRate, ...]) -> None:
        self.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            for column, text in enumerate(response_cells(rate)):
                self.setItem(row, column, QTableWidgetItem(text))
