"""The clinic's educational content: Markdown per language, replaceable without code.

Bundled files live in ``resources/content/<language>/``. A clinic drops files into the
data folder's ``content/<language>/`` (or straight into ``content/`` for English): a file
with the same name replaces the bundled one, a new name is added. Files are shown in
name order.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

FALLBACK_LANGUAGE = "en"


def content_files(language: str, bundled_root: Path, override_root: Path | None) -> list[Path]:
    """The Markdown files to show, after overrides, in name order."""
    chosen: dict[str, Path] = {}
    folders = [bundled_root / FALLBACK_LANGUAGE, bundled_root / language]
    if override_root is not None:
        if language == FALLBACK_LANGUAGE:
            folders.append(override_root)
        folders.append(override_root / language)
    for folder in dict.fromkeys(folders):  # keeps order, drops duplicates
        if folder.is_dir():
            for path in folder.glob("*.md"):
                chosen[path.name] = path
    return [chosen[name] for name in sorted(chosen)]


def load_content(language: str, bundled_root: Path, override_root: Path | None) -> str:
    """All content as one Markdown document; an unreadable override is skipped, not fatal."""
    parts = []
    for path in content_files(language, bundled_root, override_root):
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("content file %s skipped: %s", path.name, type(exc).__name__)
    return "\n\n---\n\n".join(part.strip() for part in parts if part.strip())
