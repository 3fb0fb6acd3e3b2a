"""A program saving intakes one after another until told to stop:
``python -m tests.keep_saving_worker DATA_DIR STOP_FILE``. After each commit it prints
the intake's id, so the test knows exactly which intakes were committed when."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.clinic.data_folder import database_path
from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import load_questionnaire
from tests.intake_factory import IntakeFactory

MOST = 5000
LONGEST_SECONDS = 120


def main(data_dir: str, stop_file: str) -> None:
    factory = IntakeFactory(load_questionnaire(questionnaire_path()), database_path(Path(data_dir)))
    deadline = time.monotonic() + LONGEST_SECONDS
    for n in range(MOST):
        if Path(stop_file).exists() or time.monotonic() > deadline:
            break
        saved = factory.submit("Writer", f"Patient{n}")
        print(saved.intake_id, flush=True)
    factory.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
