"""Words on screen in the user's language: one tr() for module-level text.

Widgets use their own ``self.tr()`` (context: the class). Text outside a class goes
through this ``tr()``: lupdate files such calls under the empty context, so that is the
context they are looked up in (scripts/update_translations.py, resources/translations/).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MODULE_CONTEXT = ""


def tr(text: str) -> str:
    return QCoreApplication.translate(MODULE_CONTEXT, text)
