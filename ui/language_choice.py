"""The patient's choice of language on the PC form: one button per language, each in
its own name ("English", "Español"), so a patient finds theirs whatever the screen is in
now. (The kiosk asks on its welcome page, with big buttons of its own.)"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class LanguageChoice(QWidget):
    chosen = Signal(str)

    def __init__(
        self, names: Mapping[str, str], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("language-choice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.caption = QLabel()
        layout.addWidget(self.caption)
        # One chosen at a time (set_current), but no QButtonGroup: in a group Qt lets
        # Tab reach only the chosen button, and a patient would not find theirs.
        self.buttons: dict[str, QPushButton] = {}
        for code, name in names.items():
            button = QPushButton(name)
            button.setObjectName(f"language-{code}")
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setLocale(QLocale(code))  # read out in its own language
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._retranslate()

    def _choose(self, code: str) -> None:
        self.set_current(code)  # a click on the chosen one leaves it chosen
        self.chosen.emit(code)

    def set_current(self, code: str) -> None:
        if code in self.buttons:
            for other, button in self.buttons.items():
                button.setChecked(other == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.caption.setText(self.tr("Language:"))


def content_languages(bundled_root: Path) -> dict[str, str]:
    """The languages with bundled content, named in their own words ("Español")."""

    def own_name(code: str) -> str:
        named = bundled_root / code / "language-name.txt"  # the content names itself
        if named.is_file():
            return named.read_text(encoding="utf-8").strip()
        locale = QLocale(code)
        if locale.language() == QLocale.Language.English:
            return "English"  # Qt's own name for it is "American English"
        name = locale.nativeLanguageName() or code
        return name[:1].upper() + name[1:]

    codes = sorted(path.name for path in bundled_root.iterdir() if path.is_dir())
    return {code: own_name(code) for code in codes}
