"""Each injection recorded as clinical data (issue 25): the treatment questionnaire in the
treatment dialog, its checks beside each question, what lands in the SQLite row, the
clinic's choice of required items, earlier treatments shown as "not recorded", and an
older database upgraded without losing a treatment or its follow-ups."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.clinic.settings import write_setting
from app.records.record_book import ChangeRefused, TreatmentEntry
from app.records.treatment_record import REQUIRED_ITEMS_KEY, treatment_questionnaire
from app.storage.database import open_database
from app.storage.schema import MIGRATION_NAMES
from tests.workspace_desk import TODAY, Desk
from ui.workspace.record_dialogs import TreatmentDialog


@pytest.fixture
def desk(qtbot, styled_qapp, knee_questionnaire, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(qtbot, knee_questionnaire, tmp_path)
    yield made
    made.close()


def _open_dialog(desk: Desk) -> tuple[object, TreatmentDialog]:
    saved = desk.factory.submit("Ann", "Lee", knee=("left",), pain_now="8")
    window = desk.open()
    view = window.open_record(saved.intake_id)
    desk.click(view, "add-treatment")
    dialog = view.findChild(TreatmentDialog)
    assert dialog is not None and dialog.isVisible()
    return view, dialog


def _choose(qtbot, dialog: TreatmentDialog, *names: str) -> None:
    for name in names:
        button = dialog.findChild(QWidget, name)
        assert button is not None, name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot, dialog: TreatmentDialog, link_id: str, text: str) -> None:
    box = dialog.details.rows[link_id].input
    assert isinstance(box, QLineEdit)
    box.clear()
    qtbot.keyClicks(box, text)


def test_a_clinician_records_what_was_given_and_it_lands_in_the_row(desk: Desk, qtbot) -> None:
    view, dialog = _open_dialog(desk)
    qtbot.keyClicks(dialog.clinician, "Dr Shah")
    # A first treatment starts on bone marrow, as the dialog always has; untick it and
    # save: the product is required, said under it, and nothing typed is lost.
    assert dialog.details.product() == "bone-marrow"
    _choose(qtbot, dialog, "product:bone-marrow")
    assert dialog.details.product() is None
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible()
    assert dialog.details.issue_text("product")
    assert dialog.details.issue_text("image-guidance") == ""  # the clinic may require it
    assert dialog.clinician.text() == "Dr Shah"
    assert desk.rows("SELECT count(*) FROM treatment") == [(0,)]

    # What applies follows the product: a cell count for marrow, a platelet count for PRP.
    _choose(qtbot, dialog, "product:bone-marrow")
    assert dialog.details.issue_text("product") == ""  # fixed, so the message goes
    assert dialog.details.rows["cell-count"].isVisibleTo(dialog)
    assert not dialog.details.rows["platelet-count"].isVisibleTo(dialog)
    _choose(qtbot, dialog, "product:fat")
    chosen = dialog.findChild(QPushButton, "product:fat")
    bold = QFont(chosen.font())
    bold.setBold(True)  # as the style sheet draws a chosen answer
    assert chosen.width() >= QFontMetrics(bold).horizontalAdvance(chosen.text())  # not cut
    _choose(qtbot, dialog, "product:prp")
    assert dialog.details.rows["platelet-count"].isVisibleTo(dialog)
    assert not dialog.details.rows["cell-count"].isVisibleTo(dialog)

    _choose(qtbot, dialog, "harvest-site:arm-vein", "separation:centrifugation",
            "activation:calcium-chloride", "image-guidance:ultrasound",
            "injection-site:intra-articular", "injection-site:meniscus",
            "anaesthetic:local-skin", "adjuncts:physical-therapy")  # fmt: skip
    _type(qtbot, dialog, "harvest-volume", "60")
    _type(qtbot, dialog, "processing-system", "Acme PRP kit")
    _type(qtbot, dialog, "processing-lot", "L-2291")
    _type(qtbot, dialog, "platelet-count", "lots")  # not a number
    _type(qtbot, dialog, "injected-volume", "500")  # above the 100 mL the item allows
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible()
    assert dialog.details.issue_text("platelet-count")
    assert dialog.details.issue_text("injected-volume")
    assert desk.rows("SELECT count(*) FROM treatment") == [(0,)]
    _type(qtbot, dialog, "platelet-count", "1250")
    _type(qtbot, dialog, "injected-volume", "4.5")
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()

    ((product, processing, guidance, details),) = desk.rows(
        "SELECT cell_source, processing, image_guidance, details FROM treatment"
    )
    assert (product, processing, guidance) == ("prp", "centrifugation", "ultrasound")
    stored = json.loads(details)
    assert stored["version"] == treatment_questionnaire().version
    answers = stored["answers"]
    assert [v["value"] for v in answers["injection-site"]] == ["intra-articular", "meniscus"]
    assert answers["platelet-count"] == [{"kind": "valueDecimal", "value": 1250.0, "display": None}]
    assert answers["injected-volume"][0]["value"] == 4.5
    assert answers["processing-lot"][0]["value"] == "L-2291"
    assert "cell-count" not in answers  # hidden for PRP: not stored
    # The record shows what was given under the treatment's line.
    line = view.findChild(QWidget, "record-treatments").item(0).text()
    assert "Platelet-rich plasma" in line and "Ultrasound" in line
    assert "Volume injected (mL): 4.5" in line and "Kit lot number: L-2291" in line


def test_the_clinic_chooses_which_answers_are_required(desk: Desk, qtbot) -> None:
    write_setting(desk.conn, REQUIRED_ITEMS_KEY, ["injected-volume", "image-guidance"])
    view, dialog = _open_dialog(desk)
    qtbot.keyClicks(dialog.clinician, "Dr Shah")
    _choose(qtbot, dialog, "product:fat")  # always required: the row's product
    desk.click(dialog, "dialog-ok")
    assert dialog.isVisible()
    assert dialog.details.issue_text("injected-volume")
    assert dialog.details.issue_text("image-guidance")
    _type(qtbot, dialog, "injected-volume", "8")
    _choose(qtbot, dialog, "image-guidance:none")
    desk.click(dialog, "dialog-ok")
    assert not dialog.isVisible()
    assert desk.rows("SELECT cell_source, image_guidance FROM treatment") == [("fat", "none")]
    # The next treatment starts on the same preparation.
    desk.click(view, "add-treatment")
    second = next(d for d in view.findChildren(TreatmentDialog) if d.isVisible())
    assert second.details.product() == "fat"


def test_a_treatment_from_before_shows_not_recorded(desk: Desk) -> None:
    saved = desk.factory.submit("Ann", "Lee", knee=("left",))
    desk.conn.execute(
        "INSERT INTO treatment (intake_id, treated_on, knee, cell_source, treatment_number,"
        " clinician, recorded_by, recorded_at) VALUES (?, '2026-01-05', 'left', 'fat', 1,"
        " 'Dr Old', 'rita', '2026-01-05T10:00:00Z')",
        [saved.intake_id],
    )
    desk.conn.commit()
    view = desk.open().open_record(saved.intake_id)
    line = view.findChild(QWidget, "record-treatments").item(0).text()
    assert "Fat (adipose)" in line and "Details not recorded" in line


def test_a_treatment_saved_with_its_product_alone_says_so(desk: Desk, qtbot) -> None:
    view, dialog = _open_dialog(desk)
    qtbot.keyClicks(dialog.clinician, "Dr Shah")
    desk.click(dialog, "dialog-ok")  # the first treatment's product: bone marrow
    assert not dialog.isVisible()
    ((details,),) = desk.rows("SELECT details FROM treatment")
    assert set(json.loads(details)["answers"]) == {"product"}
    line = view.findChild(QWidget, "record-treatments").item(0).text()
    assert "Only the product was recorded" in line
    assert "not recorded" not in line  # that is for treatments from before the record


def test_the_book_checks_details_again_whoever_sends_them(desk: Desk) -> None:
    """A station (or a hostile device) sends raw answers; the book re-checks them
    against the clinic's questionnaire and stores nothing that does not fit."""
    saved = desk.factory.submit("Ann", "Lee", knee=("left",))
    book = desk.open().records.book
    base = dict(treated_on=TODAY, knee="left", cell_source="fat", treatment_number=1,
                clinician="Dr Shah")  # fmt: skip
    for details in (
        {"product": ("fat",), "image-guidance": ("x-ray-vision",)},  # not an option
        {"image-guidance": ("none",)},  # the product is required
        {"product": ("fat",), "image-guidance": ("none",), "injected-volume": "-3"},
    ):
        with pytest.raises(ChangeRefused) as refused:
            book.add_treatment(saved.intake_id, TreatmentEntry(**base, details=details), "rita")
        assert refused.value.code == "treatment-details"
    assert desk.rows("SELECT count(*) FROM treatment") == [(0,)]
    # The product answer wins over the older field; an unknown item is dropped.
    book.add_treatment(
        saved.intake_id,
        TreatmentEntry(**base, details={"product": ("other",), "product-other": "Amniotic",
                                        "image-guidance": ("fluoroscopy",), "made-up": "x"}),
        "rita",
    )  # fmt: skip
    ((product, details),) = desk.rows("SELECT cell_source, details FROM treatment")
    assert product == "other"
    assert set(json.loads(details)["answers"]) == {"product", "product-other", "image-guidance"}


def test_an_older_database_keeps_its_treatments_and_their_follow_ups(tmp_path: Path) -> None:
    """m013 widens the product's check in place: a rebuilt table would have cascaded its
    deletion to the follow-ups."""
    from app.storage.driver import sqlite3
    from tests.older_schema import older_database

    path = tmp_path / "knee-intake.db"
    db = older_database(path, "m013_treatment_details")
    db.execute(
        "INSERT INTO treatment (id, intake_id, treated_on, knee, cell_source,"
        " treatment_number, clinician, recorded_by, recorded_at) VALUES"
        " (7, 1, '2026-01-05', 'left', 'bone-marrow', 1, 'Dr Old', 'r', '2026-01-05')"
    )
    db.execute(
        "INSERT INTO follow_up (intake_id, due_on, purpose, treatment_id, created_by,"
        " created_at) VALUES (1, '2026-02-16', '6 weeks after treatment 1', 7, 'r', 'x')"
    )
    db.conn.commit()
    db.close()

    upgraded = open_database(path)
    try:
        assert upgraded.execute("SELECT count(*) FROM follow_up").fetchone() == (1,)
        assert upgraded.execute(
            "SELECT cell_source, details, processing, image_guidance FROM treatment"
        ).fetchall() == [("bone-marrow", None, None, None)]
        insert = (
            "INSERT INTO treatment (intake_id, treated_on, knee, cell_source,"
            " treatment_number, clinician, recorded_by, recorded_at) VALUES"
            " (1, '2026-03-01', 'left', ?, 2, 'Dr New', 'r', '2026-03-01')"
        )
        upgraded.execute(insert, ["prp"])
        with pytest.raises(sqlite3.IntegrityError):  # the widened check still checks
            upgraded.execute(insert, ["snake-oil"])
        assert upgraded.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert upgraded.execute("SELECT treatments FROM intake").fetchone() == (2,)
    finally:
        upgraded.close()
    assert "m013_treatment_details" in MIGRATION_NAMES


def test_the_intake_keeps_its_first_treatments_preparation(desk: Desk) -> None:
    """What the report groups by (schema m013's triggers): the earliest treatment's
    product, processing and guidance, followed through later, earlier and removed ones."""
    saved = desk.factory.submit("Ann", "Lee", knee=("left",))
    book = desk.open().records.book

    def treat(on: str, product: str, guidance: str) -> int:
        details = {"product": (product,), "image-guidance": (guidance,),
                   "separation": ("centrifugation",)}  # fmt: skip
        entry = TreatmentEntry(treated_on=dt.date.fromisoformat(on), knee="left",
                               cell_source=product, treatment_number=1,  # type: ignore[arg-type]
                               clinician="Dr Shah", details=details)  # fmt: skip
        return book.add_treatment(saved.intake_id, entry, "rita")

    def first() -> list[tuple]:
        return desk.rows(
            "SELECT first_product, first_processing, first_image_guidance, first_treated_on"
            " FROM intake"
        )

    treat("2026-06-01", "fat", "none")
    assert first() == [("fat", "centrifugation", "none", "2026-06-01")]
    treat("2026-07-01", "prp", "ultrasound")  # later: the first stays
    assert first() == [("fat", "centrifugation", "none", "2026-06-01")]
    earlier = treat("2026-05-01", "bone-marrow", "fluoroscopy")  # recorded late
    assert first() == [("bone-marrow", "centrifugation", "fluoroscopy", "2026-05-01")]
    desk.conn.execute("DELETE FROM treatment WHERE id = ?", [earlier])
    desk.conn.commit()
    assert first() == [("fat", "centrifugation", "none", "2026-06-01")]


def test_an_administrator_sets_the_required_answers_and_the_smallest_group(
    desk: Desk, qtbot
) -> None:
    from PySide6.QtWidgets import QCheckBox, QDialog, QSpinBox

    from app.outcomes.grouped_report import read_min_group_size
    from app.records.treatment_record import read_required_items

    window = desk.open()
    settings = window.edit_settings()
    assert settings is not None
    group = settings.findChild(QSpinBox, "report-min-group-size")
    assert group.value() == 10  # the default
    group.setValue(20)
    assert settings.required_button.text().startswith("Product injected: change")
    desk.click(settings, "treatment-required")
    chooser = settings.findChild(QDialog, "treatment-required-dialog")
    assert chooser is not None and chooser.isVisible()
    product = chooser.findChild(QCheckBox, "required-product")
    assert product.isChecked() and not product.isEnabled()  # always required
    volume = chooser.findChild(QCheckBox, "required-injected-volume")
    # On its box: a tick in a wide column is wider than its words.
    qtbot.mouseClick(volume, Qt.MouseButton.LeftButton, pos=QPoint(10, volume.height() // 2))
    desk.click(chooser, "dialog-ok")
    assert "Volume injected (mL)" in settings.required_button.text()
    qtbot.mouseClick(settings.findChildren(QWidget, "dialog-ok")[0], Qt.MouseButton.LeftButton)
    assert not settings.isVisible()
    assert read_min_group_size(desk.conn) == 20
    # "Which product?" (asked after "Other") stays as shipped: required when asked.
    assert read_required_items(desk.conn) == {"product", "injected-volume", "product-other"}
    trail = desk.rows("SELECT detail FROM audit WHERE action = 'settings-changed'")
    assert "smallest group 20" in trail[-1][0] and "injected-volume" in trail[-1][0]


def test_a_station_sending_no_details_cannot_skip_what_the_clinic_requires(desk: Desk) -> None:
    """A station older than the treatment record (or a device that leaves the details
    out) sends the product alone: stored as "not recorded" while the clinic requires
    nothing more, refused once it requires an answer."""
    saved = desk.factory.submit("Ann", "Lee", knee=("left",))
    book = desk.open().records.book
    entry = TreatmentEntry(treated_on=TODAY, knee="left", cell_source="fat",
                           treatment_number=1, clinician="Dr Shah")  # fmt: skip
    book.add_treatment(saved.intake_id, entry, "rita")
    assert desk.rows("SELECT cell_source, details FROM treatment") == [("fat", None)]
    write_setting(desk.conn, REQUIRED_ITEMS_KEY, ["image-guidance"])
    with pytest.raises(ChangeRefused, match="treatment-details"):
        book.add_treatment(saved.intake_id, entry, "rita")
    assert desk.rows("SELECT count(*) FROM treatment") == [(1,)]
