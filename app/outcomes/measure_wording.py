"""Which languages' wording of KOOS JR is a validated one.

English is the developer's own. Another language's wording is validated only where its
questionnaire translation says so (``measures.koos-jr.validated`` in
resources/questionnaires/<name>.<language>.json); scores answered in any other wording
are counted apart in the outcomes report, so nobody reads them as comparable without
knowing.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from app.clinic.resource_paths import questionnaire_path

SOURCE_LANGUAGE = "en"


@functools.cache
def validated_koos_languages(folder: Path | None = None) -> frozenset[str]:
    folder = folder or questionnaire_path().parent
    validated = {SOURCE_LANGUAGE}
    for path in folder.glob("*.*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("measures", {}).get("koos-jr", {}).get("validated"):
            validated.add(str(data.get("language")))
    return frozenset(validated)
