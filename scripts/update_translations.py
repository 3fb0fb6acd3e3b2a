"""Refresh the translation catalogue and compile the translations.

    .venv/bin/python scripts/update_translations.py

1. pyside6-lupdate reads every string in ui/ that goes through tr() and writes the
   catalogue resources/translations/knee_intake.ts (the English source; a test checks
   that it is current), and the strings of the screens a patient sees (PATIENT_SOURCES:
   the form, the kiosk, the consent, their messages) into knee_intake_patient.ts.
2. Each resources/translations/knee_intake_<language>.ts and
   knee_intake_patient_<language>.ts is brought up to date the same way (translate it
   in Qt Linguist: pyside6-linguist), and pyside6-lrelease compiles it to the .qm the
   app loads (ui/translations.py; the patient's catalogue follows the patient's choice
   of language, the other the PC's).

To add a language for patients: copy knee_intake_patient.ts to
knee_intake_patient_<language>.ts, set its language attribute, translate every entry
(a test fails on an unfinished one), and run this script again; then add the article,
the consent and the questionnaires' files (docs/LANGUAGES.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


# What a patient sees: every string in these is in the patient's catalogue.
PATIENT_SOURCES = (
    "ui/form",
    "ui/kiosk",
    "ui/pc_form",
    "ui/signature_pad.py",
    "ui/content_view.py",
    "ui/issue_messages.py",
    "ui/language_choice.py",
)


def sources(patient_only: bool = False) -> list[str]:
    found = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    if not patient_only:
        return found
    return [f for f in found if any(f == p or f.startswith(p + "/") for p in PATIENT_SOURCES)]


def lupdate(target: Path, *, patient_only: bool = False) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(patient_only), "-locations", "none",
         "-no-obsolete", "-silent", "-ts", str(target)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, patient_only in (("knee_intake", False), ("knee_intake_patient", True)):
        template = FOLDER / f"{name}.ts"
        template.unlink(missing_ok=True)  # made afresh: its order is the code's, every time
        lupdate(template, patient_only=patient_only)
    for translation in sorted(FOLDER.glob("knee_intake_*.ts")):
        if translation.stem == "knee_intake_patient":
            continue
        lupdate(translation, patient_only=translation.stem.startswith("knee_intake_patient_"))
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(translation),
             "-qm", str(translation.with_suffix(".qm"))],
            check=True,
        )  # fmt: skip
    print(f"catalogue and translations updated in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
