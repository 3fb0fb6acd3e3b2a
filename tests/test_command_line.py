"""`knee-intake` as clinic IT and packaging checks run it."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.clinic.data_folder import data_folder, database_path
from app.encryption.encrypted_file import is_plain_sqlite


def run_app(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    env.pop("KNEE_INTAKE_DATA_DIR", None) if env_extra is None else None
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )


def test_smoke_starts_shows_and_quits_cleanly(tmp_path: Path) -> None:
    result = run_app("--smoke", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    # It says when its first frame was drawn (scripts/bench_startup.py times that), and
    # the database, opened just after that frame, is there.
    assert re.search(r"first frame drawn at \d+\.\d+", result.stdout), result.stdout
    db = database_path(tmp_path / "d")
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_the_app_backs_the_records_up_as_it_closes(tmp_path: Path) -> None:
    from app.backups.backup_file import backups_in

    result = run_app("--smoke", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    [backup] = backups_in(tmp_path / "d" / "backups")  # the default folder, until one is chosen
    assert not is_plain_sqlite(backup)
    again = run_app("--smoke", "--records", "--data-dir", str(tmp_path / "d"))
    assert again.returncode == 0, again.stderr
    assert backups_in(tmp_path / "d" / "backups") == [backup]  # one minutes ago is enough


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path) -> None:
    result = run_app("--smoke", env_extra={"KNEE_INTAKE_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert database_path(tmp_path / "env").exists()


def test_smoke_fails_with_a_plain_message_when_the_database_cannot_open(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    database_path(tmp_path / "d").write_bytes(b"garbage" * 1000)
    result = run_app("--smoke", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    # Noise, in a folder this computer has no key for: encrypted by another, or damaged.
    assert "database problem (key-missing)" in result.stderr
    assert "Traceback" not in result.stderr


def test_default_data_folder_is_the_platforms_user_data_folder(monkeypatch) -> None:
    from platformdirs import user_data_path

    assert data_folder(None, environ={}) == user_data_path("KneeIntake", appauthor=False)
    assert data_folder("/x", environ={"KNEE_INTAKE_DATA_DIR": "/y"}) == Path("/x")
    assert data_folder(None, environ={"KNEE_INTAKE_DATA_DIR": "/y"}) == Path("/y")


@pytest.mark.parametrize("flag", ["--help"])
def test_help_lists_the_options(flag: str) -> None:
    result = run_app(flag)
    assert result.returncode == 0
    assert "--data-dir" in result.stdout and "--smoke" in result.stdout


def test_records_workspace_smoke_and_a_plain_message_when_the_database_is_corrupt(
    tmp_path: Path,
) -> None:
    good = run_app("--smoke", "--records", "--data-dir", str(tmp_path / "d"))
    assert good.returncode == 0, good.stderr
    assert database_path(tmp_path / "d").exists()
    broken = tmp_path / "broken"
    broken.mkdir()
    database_path(broken).write_bytes(b"not a database" * 200)
    bad = run_app("--smoke", "--records", "--data-dir", str(broken))
    assert bad.returncode == 1
    assert "database problem (key-missing)" in bad.stderr and "Traceback" not in bad.stderr


def test_kiosk_smoke_on_a_set_up_clinic_and_on_a_new_one(tmp_path: Path) -> None:
    from app.staff.accounts import StaffAccounts
    from app.storage.database import open_database

    new = run_app("--smoke", "--kiosk", "--data-dir", str(tmp_path / "new"))
    assert new.returncode == 0, new.stderr  # the set-up comes first; nothing fails
    conn = open_database(database_path(tmp_path / "clinic"))
    StaffAccounts(conn).set_up("Clinic", "maria", "Maria", "correct horse battery")
    conn.close()
    ready = run_app("--smoke", "--kiosk", "--data-dir", str(tmp_path / "clinic"))
    assert ready.returncode == 0, ready.stderr
    assert "--kiosk" in run_app("--help").stdout


def test_version_comes_from_pyproject() -> None:
    import tomllib

    version = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"][
        "version"
    ]
    result = run_app("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"knee-intake {version}"
