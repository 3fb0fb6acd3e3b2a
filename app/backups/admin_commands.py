"""knee-intake-admin's backup commands: backup, backups, backup-folder, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.backups.backup_file import (
    BackupContents,
    BackupFailedCheck,
    BackupFolderMissing,
    backups_in,
)
from app.backups.backup_run import back_up_clinic
from app.backups.backup_settings import backup_status, choose_backup_folder
from app.backups.restore import BackupTooNew, restore_backup, what_it_holds
from app.encryption.encrypted_file import WrongKey
from app.encryption.recovery_key import database_key
from app.storage.database import close_database, open_database
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import utc_now

BACKUP_COMMANDS = ("backup", "backups", "backup-folder", "restore")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup", help="back the database up now (verified) into the clinic's backup folder"
    )
    backup.add_argument("--to", metavar="DIR", help="into this folder instead (not rotated)")
    commands.add_parser("backups", help="the backup folder, the last good backup, each backup")
    folder = commands.add_parser("backup-folder", help="choose the folder backups go to")
    folder.add_argument("folder", metavar="DIR", help="an existing folder (a second disk, a share)")
    restore = commands.add_parser(
        "restore", help="put a backup back (the current database is backed up first)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")
    restore.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="read the recovery key of a backup made under another key from standard input",
    )


def run(args: argparse.Namespace, folder: Path, database: Path) -> int:
    if not database.exists():
        print(f"no database at {database}", file=sys.stderr)
        return 1
    match args.command:
        case "backup":
            return _backup(folder, database, Path(args.to) if args.to else None)
        case "backups":
            return _list(folder, database)
        case "backup-folder":
            return _choose(database, Path(args.folder))
        case _:
            return _restore(folder, database, Path(args.file), args)


def describe_contents(contents: BackupContents) -> str:
    made_by = f"made by Knee Intake {contents.app_version}, " if contents.app_version else ""
    return (
        f"{contents.file.name}: taken {contents.taken_at:%Y-%m-%d %H:%M}, "
        f"{contents.patients} patients, {contents.intakes} intakes, "
        f"{made_by}schema {contents.schema}"
    )


def _backup(folder: Path, database: Path, to: Path | None) -> int:
    conn = open_database(database)
    try:
        contents = back_up_clinic(conn, folder, utc_now(), folder=to)
    except BackupFolderMissing as exc:
        print(f"The backup folder is not there: {exc}", file=sys.stderr)
        return 1
    except BackupFailedCheck:
        print("The backup did not pass its check and was deleted.", file=sys.stderr)
        return 1
    finally:
        close_database(conn)
    print(f"Backed up and verified: {contents.file}")
    print(describe_contents(contents))
    return 0


def _list(folder: Path, database: Path) -> int:
    conn = open_database(database)
    try:
        status = backup_status(conn, folder, utc_now())
    finally:
        close_database(conn)
    print(f"backup folder: {status.folder}" + (" (MISSING)" if status.folder_missing else ""))
    if status.on_this_disk:
        print("  on the database's own disk: choose a second disk, USB drive or share")
    if status.last_good:
        local = status.last_good.at.astimezone()
        print(f"last good backup: {local:%Y-%m-%d %H:%M} ({status.last_good.file})")
    else:
        print("last good backup: none yet")
    if status.failure:
        print(f"last attempt failed: {status.failure[0].astimezone():%Y-%m-%d %H:%M}"
              f" ({status.failure[1]})")  # fmt: skip
    for backup in backups_in(status.folder):
        try:
            print("  " + describe_contents(what_it_holds(backup, folder)))
        except WrongKey:
            print(f"  {backup.name}: under a key this computer does not have")
    return 1 if status.needs_attention else 0


def _choose(database: Path, chosen: Path) -> int:
    if not chosen.is_dir():
        print(f"Not a folder: {chosen}", file=sys.stderr)
        return 1
    conn = open_database(database)
    try:
        choose_backup_folder(conn, chosen.resolve(), "knee-intake-admin")
    finally:
        close_database(conn)
    print(f"Backups now go to {chosen.resolve()}")
    return 0


def _restore(folder: Path, database: Path, backup: Path, args: argparse.Namespace) -> int:
    extra = []
    if args.recovery_key_stdin:
        try:
            extra.append(database_key(sys.stdin.readline()))
        except ValueError:
            print("That is not a recovery key.", file=sys.stderr)
            return 1
    try:
        contents = what_it_holds(backup, folder, extra)
    except WrongKey:
        print("No key this computer has opens that backup: give its recovery key "
              "with --recovery-key-stdin.", file=sys.stderr)  # fmt: skip
        return 1
    print(describe_contents(contents))
    if contents.newer_than_this_app:
        print("That backup was made by a newer version of Knee Intake: update this "
              "computer first. Nothing was changed.", file=sys.stderr)  # fmt: skip
        return 1
    if not args.yes and input("Replace the current records with it? [y/N] ").strip() != "y":
        print("Nothing was changed.")
        return 1
    try:
        done = restore_backup(database, backup, "knee-intake-admin", extra_keys=extra)
    except BackupTooNew:
        return 1
    except StorageError as exc:
        if exc.problem is not StorageProblem.LOCKED:
            raise
        print("Knee Intake has the database open (on this computer, or the main PC's "
              "server): close it and try again. Nothing was changed.", file=sys.stderr)  # fmt: skip
        return 1
    print(f"Restored. The records as they were before are kept in {done.kept_first.file}")
    return 0
