"""A program guessing passwords: ``python -m tests.guess_passwords_worker DB NAME N GO``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.staff.accounts import StaffAccounts
from app.storage.database import open_database


def main(db_path: str, username: str, tries: int, go_file: str) -> None:
    conn = open_database(Path(db_path))
    accounts = StaffAccounts(conn)
    deadline = time.monotonic() + 30
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    outcomes = [accounts.sign_in(username, f"guess {n}").outcome.value for n in range(tries)]
    conn.close()
    print(json.dumps(outcomes))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
