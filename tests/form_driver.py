"""Drives a QuestionnaireForm the way a person does: typing and clicking, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ui.form.questionnaire_form import QuestionnaireForm


class FormDriver:
    def __init__(self, form: QuestionnaireForm, qtbot) -> None:
        self.form = form
        self.qtbot = qtbot

    def widget(self, object_name: str) -> QWidget:
        # The form makes its later sections just after its window is drawn, as a person
        # starts reading (ui/form/questionnaire_form.py): a person finds them there.
        self.qtbot.waitUntil(self.form.fully_made, timeout=2000)
        found = self.form.findChild(QWidget, object_name)
        assert found is not None, f"no widget named {object_name!r}"
        return found

    def type(self, link_id: str, text: str) -> None:
        """Click into the field, type, and leave it with Tab (as a person moves on)."""
        field = self.widget(link_id)
        assert isinstance(field, QLineEdit | QPlainTextEdit), type(field)
        self.form.ensureWidgetVisible(field)
        # A click on a scrolling text box lands on its viewport, as a real one does.
        target = field.viewport() if isinstance(field, QPlainTextEdit) else field
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        field.setFocus()
        self.key_in(field, text)
        self.qtbot.keyClick(field, Qt.Key.Key_Tab)

    def key_in(self, field: QWidget, text: str) -> None:
        """Type ``text`` key by key. QTest only knows ASCII keys; an accented letter
        arrives the way a keyboard layout delivers it: a key event carrying the text."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(field, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )

    def type_date(self, link_id: str, year: str, month: str, day: str) -> None:
        for part, text in (("month", month), ("day", day), ("year", year)):
            box = self.widget(f"{link_id}:{part}")
            box.setFocus()
            self.qtbot.keyClicks(box, text)
        self.qtbot.keyClick(self.widget(f"{link_id}:year"), Qt.Key.Key_Tab)

    def choose(self, link_id: str, *codes: str) -> None:
        for code in codes:
            button = self.widget(f"{link_id}:{code}")
            assert isinstance(button, QPushButton)
            self.form.ensureWidgetVisible(button)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def submit(self, *, typed_name: str = "Maria Lopez") -> None:
        """Press Submit; when the answers are complete the consent opens, and the
        patient agrees and signs it by typing their name (the mouse works too)."""
        self.press_submit()
        dialog = self.consent_dialog()
        if dialog is None:
            return
        self.qtbot.mouseClick(dialog.agree, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        self.qtbot.keyClicks(dialog.typed_name, typed_name)
        self.qtbot.mouseClick(dialog.findChild(QPushButton, "dialog-ok"), Qt.MouseButton.LeftButton)

    def consent_problem(self) -> str:
        """What the open consent says: beside the tick, the signature, or above its
        buttons (a database problem)."""
        dialog = self.consent_dialog()
        assert dialog is not None, "the consent is not open"
        shown = [label.text() for label in (dialog.agree_issue, dialog.signature_issue,
                 dialog.issue) if label.isVisible()]  # fmt: skip
        return "\n".join(shown)

    def send_consent_again(self) -> None:
        dialog = self.consent_dialog()
        assert dialog is not None, "the consent is not open"
        self.qtbot.mouseClick(dialog.findChild(QPushButton, "dialog-ok"), Qt.MouseButton.LeftButton)

    def press_submit(self) -> None:
        button = self.widget("submit")
        self.form.ensureWidgetVisible(button)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def consent_dialog(self):
        from ui.pc_form.consent_dialog import ConsentDialog

        panel = self.form.parentWidget()
        dialog = getattr(panel, "consent_dialog", None)
        return dialog if isinstance(dialog, ConsentDialog) and dialog.isVisible() else None

    def message(self, link_id: str) -> str:
        return self.form.issue_text(link_id)

    def text(self, link_id: str) -> str:
        field = self.widget(link_id)
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        assert isinstance(field, QLineEdit)
        return field.text()

    def fill_valid_intake(
        self,
        *,
        first: str = "Maria",
        last: str = "Lopez",
        born: tuple[str, str, str] = ("1961", "04", "17"),
        any_imaging: bool = True,
        screening_yes: bool = False,
        koos_jr: tuple[str, ...] = (
            "moderate",
            "mild",
            "moderate",
            "severe",
            "mild",
            "moderate",
            "moderate",
        ),  # raw 13: 54.840
    ) -> None:
        """Every required answer plus a good spread of the optional ones."""
        self.type("first-name", first)
        self.type("last-name", last)
        self.type_date("birth-date", *born)
        self.choose("sex", "female")
        self.type("phone", "(202) 555-0143")
        self.type("email", "maria.lopez@example.com")
        self.choose("contact-preference", "text")
        self.choose("contact-consent", "phone", "text")
        self.choose("knee", "left")
        self.choose("pain-duration", "1-2-years")
        self.choose("pain-onset", "injury")
        self.type("injury-description", "Twisted it skiing in 2023")
        self.choose("pain-now", "6")
        self.choose("pain-worst-week", "8")
        for number, answer in enumerate(koos_jr, start=1):
            self.choose(f"koos-jr-{number}", answer)
        self.choose("symptoms", "swelling", "stiffness", "night-pain")
        self.choose("worse-with", "stairs", "kneeling")
        self.choose("diagnoses", "osteoarthritis", "ligament-tear")
        self.choose("imaging-xray", "yes" if any_imaging else "no")
        if any_imaging:
            self.choose("imaging-xray-when", "6-12-months")
            self.type("imaging-xray-where", "City Radiology")
            self.choose("imaging-xray-report", "bring")
        for modality in ("mri", "ct", "ultrasound"):
            self.choose(f"imaging-{modality}", "no")
        self.choose("treatments-tried", "physical-therapy", "cortisone")
        self.choose("cortisone-last", "3-6-months")
        self.choose("replacement-recommended", "no")
        for link_id in (
            "health-blood-thinners",
            "health-bleeding-disorder",
            "health-cancer",
            "health-infection",
            "health-immune-medicines",
            "health-pregnancy",
            "health-diabetes",
            "health-smoking",
            "health-anaesthetic-allergy",
        ):
            self.choose(link_id, "no")
        if screening_yes:
            self.choose("health-blood-thinners", "yes")
        self.choose("activity-level", "active-sport")
        self.type("goal-activities", "Hiking with my grandchildren")
        self.choose("surgery-hope", "yes")
