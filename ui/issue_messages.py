"""Plain-language, translated messages for answer issues and storage problems."""

from __future__ import annotations

from pathlib import Path

from app.intake.answers import ValidationIssue
from app.storage.errors import StorageProblem
from ui.translate import tr


def issue_message(issue: ValidationIssue) -> str:
    """What to tell the person about one answer, beside the field."""
    p = issue.params
    match issue.code:
        case "required":
            return tr("Please answer this question.")
        case "too-long":
            return tr("Please keep this shorter: at most {limit} characters.").format(**p)
        case "not-a-whole-number":
            return tr("Please enter a whole number, for example 5.")
        case "not-a-number":
            return tr("Please enter a number, for example 72.5.")
        case "below-minimum" | "above-maximum":
            if "minimum" in p and "maximum" in p:
                return tr("Please enter a number from {minimum} to {maximum}.").format(**p)
            if "minimum" in p:
                return tr("Please enter {minimum} or more.").format(**p)
            return tr("Please enter {maximum} or less.").format(**p)
        case "date-incomplete":
            return tr("Please fill in the day, the month and the year.")
        case "date-invalid":
            return tr("That date does not exist. Please check the day, month and year.")
        case "date-in-future":
            return tr("Your date of birth cannot be in the future.")
        case "date-too-old":
            return tr("Please check the year: that is more than {years} years ago.").format(**p)
        case "phone-invalid":
            return tr(
                "That does not look like a phone number. Please check it, including the area code."
            )
        case "email-invalid":
            return tr("That does not look like an email address, for example name@example.com.")
        case "text-invalid":
            return tr("Some of these characters cannot be stored. Please type the answer again.")
        case "name-needs-letters":
            return tr("Please write the name in letters.")
        case "wrong-kind" | "unknown-option":
            return tr("This answer could not be read. Please answer the question again.")
    return tr("Please check this answer.")


def storage_message(problem: StorageProblem, path: str) -> str:
    """What is wrong with the database and who can help; no patient data, ever."""
    match problem:
        case StorageProblem.LOCKED:
            text = tr(
                "The records database is busy: another program is using it. "
                "Please try again in a moment."
            )
        case StorageProblem.READ_ONLY:
            text = tr(
                "The records database is read-only. Please ask a member of staff. "
                "(Data file: {path})"
            )
        case StorageProblem.CORRUPT:
            text = tr(
                "The records database is damaged. Please ask a member of staff to "
                "restore it from a backup. (Data file: {path})"
            )
        case StorageProblem.FOLDER_UNAVAILABLE:
            text = tr(
                "The data folder cannot be created or opened. Please ask a member of "
                "staff. (Data file: {path})"
            )
        case StorageProblem.DISK_FULL:
            text = tr("The disk is full. Please ask a member of staff.")
        case StorageProblem.NEWER_VERSION:
            text = tr(
                "The records database was last used by a newer version of Knee Intake. "
                "Please ask a member of staff to update this computer. "
                "(Data file: {path})"
            )
        case StorageProblem.UPGRADE_FAILED:
            text = tr(
                "The records database could not be brought up to this version of Knee "
                "Intake. It has been left exactly as it was, with a backup beside it. "
                "Please ask a member of staff to contact support. (Data file: {path})"
            )
        case StorageProblem.KEY_MISSING:
            text = tr(
                "The records database is encrypted, and this computer does not have its "
                "key (or the file is damaged). Please ask an administrator to unlock it "
                "with the recovery key. (Data file: {path})"
            )
        case StorageProblem.WRONG_KEY:
            text = tr(
                "The records database cannot be opened with this computer's key: it is "
                "damaged, or it was encrypted on another computer. Please ask an "
                "administrator to unlock it with its recovery key or restore a backup. "
                "(Data file: {path})"
            )
        case StorageProblem.SIGNED_OUT_BY_HOST:
            text = tr(
                "You were signed out on the clinic's main computer ({path}) after a while "
                "without use. Sign out here and sign in again."
            )
        case StorageProblem.HOST_UNREACHABLE:
            text = tr(
                "The clinic's main computer (the host, {path}) does not answer. Check that "
                "it is switched on and Knee Intake is open on it, then try again."
            )
        case _:
            text = tr(
                "There is an unexpected problem with the records database. Please ask "
                "a member of staff. (Data file: {path})"
            )
    return text.format(path=path)


def not_saved_message(problem: StorageProblem, path: str) -> str:
    """After a failed submit: the answers are safe on screen, and why they were not saved."""
    return (
        tr("Your answers are still here, but they could not be saved.")
        + " "
        + (storage_message(problem, path))
    )


def cannot_open_message(problem: StorageProblem, path: str) -> str:
    """At start-up: forms can be filled in, but not saved until this is fixed."""
    return tr("Intakes cannot be saved right now.") + " " + storage_message(problem, path)


def cannot_save_message(path: Path) -> str:
    return tr(
        "Could not save {0} in {1}: the folder is missing, full or not yours to write in. "
        "Choose another folder, for example Documents."
    ).format(path.name, path.parent)
