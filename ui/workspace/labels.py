"""Words for stored codes, in one place so every screen and export says the same."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

DATE_FORMAT = "d MMM yyyy"


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_labels() -> dict[str, str]:
    return {
        "new": tr("New"),
        "contacted": tr("Contacted"),
        "consultation-booked": tr("Consultation booked"),
        "treatment": tr("Treatment"),
        "follow-up": tr("Follow-up"),
        "closed": tr("Closed"),
        "not-a-candidate": tr("Not a candidate"),
    }


def knee_labels() -> dict[str, str]:
    return {"left": tr("Left"), "right": tr("Right"), "both": tr("Both")}


def cell_source_labels() -> dict[str, str]:
    return {"bone-marrow": tr("Bone marrow"), "fat": tr("Fat (adipose)")}


def channel_labels() -> dict[str, str]:
    return {"call": tr("Call"), "text": tr("Text"), "email": tr("Email")}


def outcome_labels() -> dict[str, str]:
    return {
        "reached": tr("Reached"),
        "left-message": tr("Left a message"),
        "no-answer": tr("No answer"),
        "wrong-number": tr("Wrong number"),
        "sent": tr("Sent"),
        "replied": tr("Replied"),
    }


def show_date(iso: str | None) -> str:
    """A stored ISO date as '24 Nov 2026': a month name is never read the wrong way round."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso[:10])
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def show_time(iso_utc: str | None) -> str:
    """A stored UTC timestamp as local date and time, short format."""
    if not iso_utc:
        return ""
    moment = QDateTime.fromString(iso_utc, "yyyy-MM-ddTHH:mm:ssttt")
    if not moment.isValid():
        moment = QDateTime.fromString(iso_utc[:19], "yyyy-MM-ddTHH:mm:ss")
        moment.setTimeZone(QTimeZone.utc())
    return QLocale().toString(moment.toLocalTime(), DATE_FORMAT + " HH:mm")
