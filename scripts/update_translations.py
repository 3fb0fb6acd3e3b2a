"""Refresh the translation catalogue and compile the translations.

    .venv/bin/python scripts/update_translations.py

1. pyside6-lupdate reads every string in ui/ that goes through tr() and writes the
   catalogue resources/translations/knee_intake.ts (the English source; a test checks
   that it is current).
2. Each resources/translations/knee_intake_<language>.ts is brought up to date the same
   way (translate it in Qt Linguist: pyside6-linguist), and pyside6-lrelease compiles it
   to the .qm the app loads (ui/translations.py).

To add a language: copy knee_intake.ts to knee_intake_<language>.ts, set its language
attribute, translate, and run this script again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
         "-silent", "-ts", str(target)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    template = FOLDER / "knee_intake.ts"
    template.unlink(missing_ok=True)  # made afresh: its order is the code's, every time
    lupdate(template)
    for translation in sorted(FOLDER.glob("knee_intake_*.ts")):
        lupdate(translation)
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(translation),
             "-qm", str(translation.with_suffix(".qm"))],
            check=True,
        )  # fmt: skip
    print(f"catalogue and translations updated in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
