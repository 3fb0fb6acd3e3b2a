"""Owner-only access on Windows is read from the file's DACL in SDDL: these are the texts
Windows gives for a profile folder, for what Knee Intake sets, and for the cases
between. (The calls that set and read them run in packaging/check-windows.sh, under
Wine, on the installed app's data folder.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.system.private_files import access_status
from app.system.windows_acl import owner_only_sddl, read_sddl

USER = "S-1-5-21-3623811015-3361044348-30300820-1013"


def test_what_knee_intake_sets_lets_in_this_account_only() -> None:
    folder = owner_only_sddl(USER, folder=True)
    assert folder == f"D:P(A;OICI;FA;;;{USER})"
    assert owner_only_sddl(USER, folder=False) == f"D:P(A;;FA;;;{USER})"
    assert read_sddl(folder).owner_only(USER)
    assert not read_sddl(folder).owner_only("S-1-5-21-1-2-3-1001")  # another account


@pytest.mark.parametrize(
    "sddl",
    [
        # %LOCALAPPDATA% as Windows makes it: SYSTEM and the Administrators too.
        f"D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;{USER})",
        # The account and the Administrators group.
        f"D:AI(A;OICIID;FA;;;{USER})(A;OICIID;FA;;;BA)",
        # Everyone may read.
        f"D:P(A;;FA;;;{USER})(A;;FR;;;WD)",
        # No DACL at all, or one that says so: open to everyone.
        "O:BAG:SY",
        "D:NO_ACCESS_CONTROL",
    ],
    ids=["profile-folder", "administrators", "everyone-reads", "no-dacl", "no-access-control"],
)
def test_anything_more_open_is_not_owner_only(sddl: str) -> None:
    assert not read_sddl(sddl).owner_only(USER)


def test_windows_itself_is_let_in_as_root_is_on_linux() -> None:
    # What Wine 8.0 reports for a file whose mode is 0600 or 0770: SYSTEM and the account.
    access = read_sddl(f"D:(A;;FA;;;SY)(A;;FA;;;{USER})")
    assert access.owner_only(USER) and not access.protected


def test_deny_entries_and_later_sections_do_not_count_as_letting_in() -> None:
    sddl = f"O:{USER}G:SYD:P(D;;FA;;;WD)(A;;FA;;;{USER})S:(AU;FA;FA;;;WD)"
    access = read_sddl(sddl)
    assert access.allowed == (USER,) and access.protected
    assert access.owner_only(USER)


@pytest.mark.skipif(os.name != "posix", reason="mode bits: POSIX only")
def test_the_check_says_when_others_can_read_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    database = folder / "knee-intake.db"
    database.write_bytes(b"x")
    database.chmod(0o600)
    assert access_status(database) == (True, "owner only (file and folder mode bits)")
    database.chmod(0o644)
    assert access_status(database) == (False, "readable by other users: knee-intake.db")
