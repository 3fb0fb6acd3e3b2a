"""knee-intake-admin's key commands: unlock (enter the recovery key on this computer)
and rekey (change the database key)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from app.encryption.encrypted_file import is_plain_sqlite
from app.encryption.folder_keys import store
from app.encryption.key_changes import (
    NotARecoveryKey,
    change_database_key,
    confirms,
    groups_to_confirm,
    unlock,
)
from app.encryption.recovery_key import new_recovery_key
from app.storage.errors import StorageError, StorageProblem

KEY_COMMANDS = ("unlock", "rekey")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    unlocking = commands.add_parser(
        "unlock",
        help="keep the database's key on this computer, from its recovery key "
        "(a moved data folder, a new computer, a lost key store)",
    )
    unlocking.add_argument(
        "--recovery-key-stdin", action="store_true", help="read the recovery key from stdin"
    )
    rekey = commands.add_parser(
        "rekey", help="change the database key (close Knee Intake on this computer first)"
    )
    rekey.add_argument(
        "--confirm-stdin",
        action="store_true",
        help="read the two confirmation groups from standard input, one per line",
    )


def run(args: argparse.Namespace, folder: Path, database: Path) -> int:
    if not database.exists():
        print(f"no database at {database}", file=sys.stderr)
        return 1
    if args.command == "unlock":
        return _unlock(folder, database, from_stdin=args.recovery_key_stdin)
    return _rekey(folder, database, from_stdin=args.confirm_stdin, out=sys.stdout)


def _unlock(folder: Path, database: Path, *, from_stdin: bool) -> int:
    typed = sys.stdin.readline() if from_stdin else getpass.getpass("Recovery key: ")
    try:
        unlock(folder, database, typed)
    except NotARecoveryKey:
        print("That is not a recovery key: check each group of four characters.", file=sys.stderr)
        return 1
    except StorageError as exc:
        if exc.problem is not StorageProblem.WRONG_KEY:
            raise
        print("That recovery key does not open this database.", file=sys.stderr)
        return 1
    print(f"Unlocked: this computer keeps the database's key in {store().description}.")
    return 0


def _rekey(folder: Path, database: Path, *, from_stdin: bool, out: TextIO) -> int:
    from app.storage.database import close_database, open_database

    if is_plain_sqlite(database):
        print("The database is not encrypted yet: open it once with Knee Intake.", file=out)
        return 1
    recovery = new_recovery_key()
    print("The new recovery key. Write it down and keep it somewhere safe, away from", file=out)
    print("this computer: without it the records cannot be opened anywhere else.", file=out)
    print(f"\n    {recovery}\n", file=out)
    asked = groups_to_confirm()
    typed = []
    for number in asked:
        prompt = f"Type group {number} of what you wrote down: "
        if from_stdin:
            # Flushed: a script reading the prompts through a pipe (block-buffered) would
            # otherwise wait for a prompt that is still in the buffer, and never answer.
            print(prompt, file=out, flush=True)
            typed.append(sys.stdin.readline())
        else:
            typed.append(input(prompt))
    if not confirms(recovery, asked, typed):
        print("That does not match: the key was not changed.", file=sys.stderr)
        return 1
    conn = open_database(database)
    try:
        change_database_key(folder, conn, recovery, "knee-intake-admin")
    except StorageError as exc:
        if exc.problem is not StorageProblem.LOCKED:
            raise
        print(
            "Knee Intake has the database open (on this computer, or the main PC's "
            "server): close it and try again. The key was not changed.",
            file=sys.stderr,
        )
        return 1
    finally:
        close_database(conn)
    print("The database key is changed. Backups made before now still open with the old", file=out)
    print("recovery key; keep it until they have been rotated away (a year at most).", file=out)
    return 0
