"""Raw follow-up answers as the widgets hand them over, for tests."""

from __future__ import annotations

from app.intake.answers import RawAnswer
from app.outcomes.koos_jr import ANSWER_LABELS, ITEMS


def follow_up_raw(
    koos: tuple[int, ...] | None = (1, 1, 1, 1, 1, 1, 1),
    *,
    pain_now: int = 3,
    pain_worst: int = 5,
    change: str = "better",
    problems: tuple[str, ...] = (),
    satisfaction: str = "satisfied",
) -> dict[str, RawAnswer]:
    """``koos``: each item's answer 0-4 (None: the items left out); ``problems``: the
    link ids answered yes (every other problem is answered no)."""
    raw: dict[str, RawAnswer] = {
        "pain-now": str(pain_now),
        "pain-worst-week": str(pain_worst),
        "global-change": (change,),
        "satisfaction": (satisfaction,),
    }
    for link_id in ("problem-swelling", "problem-redness", "problem-fever",
                    "problem-pain-flare", "problem-other"):  # fmt: skip
        raw[link_id] = link_id in problems
    if "problem-other" in problems:
        raw["problem-other-details"] = "Bruise where the cells were taken"
    if koos is not None:
        for item, value in zip(ITEMS, koos, strict=True):
            raw[item.link_id] = (ANSWER_LABELS[value].lower(),)
    return raw


def intake_koos_raw(koos: tuple[int, ...]) -> dict[str, RawAnswer]:
    return {item.link_id: (ANSWER_LABELS[v].lower(),) for item, v in zip(ITEMS, koos, strict=True)}


def fill_follow_up(
    driver,
    koos: tuple[int, ...] = (1, 1, 1, 1, 1, 1, 1),
    *,
    pain_now: int = 3,
    pain_worst: int = 5,
    change: str = "better",
    problems: tuple[str, ...] = (),
    satisfaction: str = "satisfied",
) -> None:
    """Answer the follow-up questionnaire through its widgets (a tests.form_driver
    FormDriver), as a patient on the tablet or staff on the phone would."""
    for item, value in zip(ITEMS, koos, strict=True):
        driver.choose(item.link_id, ANSWER_LABELS[value].lower())
    driver.choose("pain-now", str(pain_now))
    driver.choose("pain-worst-week", str(pain_worst))
    driver.choose("global-change", change)
    for link_id in ("problem-swelling", "problem-redness", "problem-fever",
                    "problem-pain-flare", "problem-other"):  # fmt: skip
        driver.choose(link_id, "yes" if link_id in problems else "no")
    driver.choose("satisfaction", satisfaction)


def answer_every_section(qtbot, kiosk) -> None:
    """A patient on the kiosk: each page of the follow-up, then Next; the last sends.
    Seven "Mild" (KOOS JR 68.284), pain 2 and 4, much better, no problems."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from tests.form_driver import FormDriver

    driver = FormDriver(kiosk.follow_up_form, qtbot)
    sections = {
        0: lambda: [driver.choose(f"koos-jr-{n}", "mild") for n in range(1, 8)],
        1: lambda: (driver.choose("pain-now", "2"), driver.choose("pain-worst-week", "4")),
        2: lambda: fill_last_section(driver),
    }
    for index in range(kiosk.follow_up_form.section_count):
        sections[index]()
        qtbot.mouseClick(kiosk.findChild(QPushButton, "follow-up-next"), Qt.MouseButton.LeftButton)


def fill_last_section(driver) -> None:
    driver.choose("global-change", "much-better")
    for link_id in ("problem-swelling", "problem-redness", "problem-fever",
                    "problem-pain-flare", "problem-other"):  # fmt: skip
        driver.choose(link_id, "no")
    driver.choose("satisfaction", "very-satisfied")
