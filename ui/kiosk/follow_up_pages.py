"""The kiosk's pages for a follow-up handed to one patient: a greeting by first name,
and the follow-up questions a section at a time (the questions page, named apart)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.kiosk.kiosk_pages import QuestionsPage, bottom_bar, button, column, label
from ui.translate import tr


class FollowUpGreetingPage(QWidget):
    """``languageChosen``: the patient touched another language (each in its own name)."""

    languageChosen = Signal(str)

    def __init__(self, languages: Mapping[str, str] | None = None, current: str = "en") -> None:
        super().__init__()
        self.setObjectName("kiosk-follow-up-greeting")
        layout = column(self)
        layout.addStretch(2)
        self.hello = label("", kind="kioskTitle")  # plain text: the name as typed
        self.hello.setObjectName("follow-up-hello")
        self.hello.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hello)
        lead = label(
            tr("Your clinic would like to know how your knee is now. There are a few "
               "short questions; it takes about five minutes."), kind="kioskLead",
        )  # fmt: skip
        lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(lead)
        layout.addSpacing(24)
        self.start = button(tr("Start"), "follow-up-start", primary=True)
        self.start.setMinimumWidth(320)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        if languages and len(languages) > 1:
            layout.addSpacing(24)
            row = QHBoxLayout()
            row.addStretch(1)
            for code, name in languages.items():
                if code == current:
                    continue
                other = button(name, f"follow-up-language-{code}", quiet=True)
                other.clicked.connect(lambda _=False, c=code: self.languageChosen.emit(c))
                row.addWidget(other)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(3)
        self.not_me = button(tr("This is not me"), "follow-up-not-me", quiet=True)
        layout.addLayout(bottom_bar(self.not_me, None))

    def greet(self, first_name: str) -> None:
        self.hello.setText(tr("Hello, {0}").format(first_name))

    def clear(self) -> None:
        self.hello.setText("")


def follow_up_questions_page(form: QWidget) -> QuestionsPage:
    page = QuestionsPage(form)
    page.setObjectName("kiosk-follow-up")
    page.back.setObjectName("follow-up-back")
    page.next.setObjectName("follow-up-next")
    page.issue.setObjectName("follow-up-issue")
    return page
