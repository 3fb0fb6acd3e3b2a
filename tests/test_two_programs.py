"""Two programs on one database file (reception and a kiosk on one PC): every save of
both is stored, none refused, because every write takes the lock when it begins."""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from app.storage.database import open_database
from tests.sqlite_file import open_file

SAVES_EACH = 300
ROOT = Path(__file__).resolve().parent.parent


def test_two_programs_saving_at_once_store_every_intake(tmp_path: Path) -> None:
    db_path = tmp_path / "knee-intake.db"
    open_database(db_path).close()
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.save_intakes_worker",
                str(db_path),
                str(SAVES_EACH),
                tag,
                str(go),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("Reception", "Kiosk")
    ]
    go.touch()
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        reports.append(json.loads(out))

    assert reports == [{"stored": SAVES_EACH, "refused": 0}] * 2
    with closing(open_file(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM intake").fetchone()[0] == 2 * SAVES_EACH
        assert conn.execute("SELECT count(DISTINCT first_name) FROM patient").fetchone()[0] == (
            SAVES_EACH  # SAVES_EACH / 2 names from each program
        )
