"""What administrators are told about backups, in words."""

from __future__ import annotations

import datetime as dt

from app.backups.backup_settings import BackupStatus
from ui.translate import tr


def when_words(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def backup_warning(status: BackupStatus) -> str:
    """The warning every administrator sees at sign-in until it is fixed ("" if none)."""
    if status.folder_missing:
        return tr(
            "The backup folder {0} is not there (a USB drive unplugged, or a network share "
            "not connected), so no backup can be made. Reconnect it, or choose another "
            "folder in Backups…"
        ).format(status.folder)
    if status.overdue:
        if status.last_good is None:
            return tr("There has been no backup yet. Open Backups… to see why.")
        return tr("There has been no good backup since {0}. Open Backups… to see why.").format(
            when_words(status.last_good.at)
        )
    return ""


def failure_words(failure: tuple[dt.datetime, str]) -> str:
    at, problem = failure
    why = {
        "folder-missing": tr("the folder was not there"),
        "check-failed": tr("the copy did not pass its check"),
        "disk-full": tr("the disk was full"),
        "not-writable": tr("the folder could not be written to"),
    }.get(problem, tr("an unexpected problem"))
    return tr("The last attempt, {0}, failed: {1}.").format(when_words(at), why)
