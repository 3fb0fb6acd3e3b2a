"""The clinic's educational content: Markdown per language, replaceable without code.

Bundled files live in ``resources/content/<language>/``. A clinic drops files into the
data folder's ``content/<language>/`` (or straight into ``content/`` for English): a file
with the same name replaces the bundled one, a new name is added. Files are shown in
name order.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FALLBACK_LANGUAGE = "en"
VERSION_LENGTH = 12  # hex digits of the text's SHA-256: a version, not a secret


@dataclass(frozen=True)
class ShownArticle:
    """What a patient reads beside the form: the clinic's article, and under it the
    clinic's own results where an administrator published them
    (app/outcomes/clinic_results.py). The consent keeps both versions."""

    markdown: str  # the article and, if any, the results beneath it
    version: str  # the article's own text, as ``article_version`` gives it
    results_version: str = ""  # "" where no results are shown


def article_version(markdown: str) -> str:
    """A version that changes whenever the words do: a clinic that replaces a content
    file has a new version without having to number it."""
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:VERSION_LENGTH]


def plain_article(markdown: str) -> ShownArticle:
    """The article alone, with no results beneath it."""
    return ShownArticle(markdown, article_version(markdown))


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
