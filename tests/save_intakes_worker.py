"""A second program saving intakes: run as ``python -m tests.save_intakes_worker DB N TAG GO``.

Waits for the file GO to exist (so both programs start together), saves N intakes
through the real service, and prints how many were stored and how many refused.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.clinic.resource_paths import questionnaire_path
from app.intake.questionnaire import load_questionnaire
from app.storage.errors import StorageError
from tests.intake_factory import IntakeFactory

START_WAIT_SECONDS = 30


def main(db_path: str, count: int, tag: str, go_file: str) -> None:
    factory = IntakeFactory(load_questionnaire(questionnaire_path()), Path(db_path))
    factory.service.open()  # migrated before the race starts
    deadline = time.monotonic() + START_WAIT_SECONDS
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    stored = refused = 0
    for n in range(count):
        try:
            # Every name twice: the second save reads the match before it writes.
            factory.submit(f"{tag}{n // 2}", "Worker")
            stored += 1
        except StorageError:
            refused += 1
    factory.close()
    print(json.dumps({"stored": stored, "refused": refused}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
