"""Encryption at rest (issue 13): the files are noise without the key, the app opens
them with the key this computer keeps, and a wrong or missing key changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from app.clinic.data_folder import database_path
from app.encryption.encrypted_file import SQLITE_HEADER, is_plain_sqlite
from app.encryption.folder_keys import forget, keys_of, store
from app.encryption.key_changes import confirms, pending_recovery_key
from app.encryption.key_store import KEY_DIR_VARIABLE, FolderKeys
from app.encryption.recovery_key import database_key, new_recovery_key, normalise
from app.storage.database import close_database, open_database
from app.storage.errors import StorageError, StorageProblem
from app.system.clock import environment_for
from tests.intake_factory import IntakeFactory
from tests.test_admin_cli import NO_QT

NAME = "Zebediah"


def admin(
    data: Path, *args: str, stdin: str = "", now: dt.datetime | None = None
) -> subprocess.CompletedProcess[str]:
    """``knee-intake-admin`` in its own process; ``now`` is the test's fixed clock, which
    the command then reads as its now too (app/system/clock.py)."""
    fixed = environment_for(now) if now is not None else {}
    return subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), **fixed},
        timeout=120,
    )


@pytest.fixture
def clinic(tmp_path: Path, knee_questionnaire) -> Path:
    """A data folder with one patient, named so that the name can be looked for."""
    data = tmp_path / "data"
    factory = IntakeFactory(knee_questionnaire, database_path(data))
    factory.submit(NAME, "Quartermaine")
    factory.close()
    return data


def on_disk(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data.iterdir()) if p.is_file())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def patients(path: Path) -> list[str]:
    with closing(open_database(path)) as conn:
        return [row[0] for row in conn.execute("SELECT first_name FROM patient")]


def test_the_files_on_disk_are_noise_without_the_key(clinic: Path) -> None:
    path = database_path(clinic)
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    everything = on_disk(clinic)  # the database, and its WAL while it has one
    assert NAME.encode() not in everything and "Quartermaine".encode("utf-16-le") not in everything
    assert b"Quartermaine" not in everything
    # The key is not in the data folder either: it is in the key store, elsewhere.
    key = keys_of(clinic)
    assert key is not None and key.current.raw.hex().encode() not in everything


def test_the_app_opens_the_file_with_the_key_this_computer_keeps(clinic: Path) -> None:
    forget(clinic)  # as a new process: the key read from the store
    assert patients(database_path(clinic)) == [NAME]


def test_a_missing_key_gives_a_clear_message_and_changes_nothing(
    clinic: Path, tmp_path, monkeypatch
) -> None:
    path = database_path(clinic)
    before = digest(path)
    monkeypatch.setenv(KEY_DIR_VARIABLE, str(tmp_path / "an-empty-key-store"))
    forget(clinic)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.problem is StorageProblem.KEY_MISSING
    assert digest(path) == before and not is_plain_sqlite(path)
    result = admin(clinic, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "knee-intake-admin unlock" in result.stderr


def test_a_wrong_key_gives_a_clear_message_and_changes_nothing(clinic: Path) -> None:
    path = database_path(clinic)
    before = digest(path)
    store().write(clinic, FolderKeys.new())  # someone else's key
    forget(clinic)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.problem is StorageProblem.WRONG_KEY
    assert digest(path) == before
    listing = admin(clinic, "export", "--format", "csv")
    assert listing.returncode == 1 and NAME not in listing.stdout
    assert "cannot be opened with this computer's key" in listing.stderr


def test_the_recovery_key_opens_the_records_on_another_computer(
    clinic: Path, tmp_path: Path
) -> None:
    recovery = pending_recovery_key(clinic)
    assert recovery is not None and normalise(recovery) == recovery
    # Another computer: the data folder copied, and a key store with nothing in it.
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    database_path(moved).write_bytes(database_path(clinic).read_bytes())
    refused = admin(moved, "unlock", "--recovery-key-stdin", stdin=new_recovery_key() + "\n")
    assert refused.returncode == 1 and "does not open" in refused.stderr
    slip = "X" if recovery[-1] != "X" else "Y"  # one character mistyped
    typo = admin(moved, "unlock", "--recovery-key-stdin", stdin=recovery[:-1] + slip + "\n")
    assert typo.returncode == 1 and "not a recovery key" in typo.stderr
    typed = recovery.lower().replace("-", " ")  # as someone might type it from paper
    unlocked = admin(moved, "unlock", "--recovery-key-stdin", stdin=typed + "\n")
    assert unlocked.returncode == 0, unlocked.stderr
    forget(moved)
    assert patients(database_path(moved)) == [NAME]


def test_rekey_keeps_every_record_and_the_old_recovery_key_stops_opening_it(
    clinic: Path,
) -> None:
    path = database_path(clinic)
    old = keys_of(clinic)
    assert old is not None
    wrong = admin(clinic, "rekey", "--confirm-stdin", stdin="AAAA\nBBBB\n")
    assert wrong.returncode == 1 and "was not changed" in wrong.stderr
    forget(clinic)
    assert keys_of(clinic) == old
    # Confirmed: the groups asked for are read off the printed key, as a person would.
    process = subprocess.Popen(
        [sys.executable, "-c", NO_QT, "--data-dir", str(clinic), "rekey", "--confirm-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert process.stdout is not None and process.stdin is not None
    printed = ""
    answers = 0
    while answers < 2:
        line = process.stdout.readline()
        assert line, process.communicate()[1]
        printed += line
        if line.startswith("Type group"):
            number = int(line.split()[2])
            key_line = next(x for x in printed.splitlines() if x.startswith("    "))
            process.stdin.write(key_line.strip().split("-")[number - 1] + "\n")
            process.stdin.flush()
            answers += 1
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    new_recovery = next(x for x in printed.splitlines() if x.startswith("    ")).strip()
    forget(clinic)
    new = keys_of(clinic)
    assert new is not None and new.current == database_key(new_recovery)
    assert new.current != old.current and old.current in new.earlier
    assert patients(path) == [NAME]
    # The old key no longer opens the file; the new recovery key does.
    from app.encryption.encrypted_file import WrongKey, open_with_keys

    with pytest.raises(WrongKey):
        open_with_keys(str(path), [old.current])
    open_with_keys(str(path), [database_key(new_recovery)])[0].close()
    trail = admin(clinic, "check")
    assert trail.returncode == 0, trail.stdout + trail.stderr


def test_rekey_is_refused_while_another_program_has_the_database_open(clinic: Path) -> None:
    path = database_path(clinic)
    other = open_database(path)
    try:
        other.execute("SELECT count(*) FROM patient").fetchone()
        from app.encryption.key_changes import change_database_key

        conn = open_database(path)
        with pytest.raises(StorageError) as caught:
            change_database_key(clinic, conn, new_recovery_key(), "admin")
        assert caught.value.problem is StorageProblem.LOCKED
        close_database(conn)
    finally:
        other.close()
    forget(clinic)
    assert patients(path) == [NAME]


def test_recovery_keys_catch_a_typing_mistake() -> None:
    key = new_recovery_key()
    assert len(key) == 39 and key.count("-") == 7
    assert normalise(key.lower().replace("-", "")) == key
    changed = key[:5] + ("0" if key[5] != "0" else "1") + key[6:]
    assert normalise(changed) is None
    assert database_key(key) == database_key(key.lower()) != database_key(new_recovery_key())
    assert confirms(key, [2, 7], [key.split("-")[1], key.split("-")[6].lower()])
    assert not confirms(key, [2, 7], [key.split("-")[1], key.split("-")[5]])


def test_an_interrupted_encryption_never_wipes_a_plain_database(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from app.encryption.encrypted_file import finish_interrupted

    path = tmp_path / "data" / "knee-intake.db"
    path.parent.mkdir()
    plain = Database(path)  # the standard library's sqlite3: a plain file
    plain["t"].insert({"name": NAME})
    plain.close()
    os.link(path, path.with_name(path.name + ".plain-wipe"))  # cut short before the rename
    finish_interrupted(path)
    assert is_plain_sqlite(path) and NAME.encode() in path.read_bytes()
    assert not path.with_name(path.name + ".plain-wipe").exists()


class MemoryKeyring(KeyringBackend):
    """An operating system's protected store, as keyring sees one (the real ones need a
    desktop session: Credential Manager, the Keychain, the Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


def test_the_key_goes_to_the_protected_store_when_the_computer_has_one(
    tmp_path: Path, monkeypatch
) -> None:
    import keyring

    from app.encryption import folder_keys
    from app.encryption.key_store import SERVICE, KeyringStore, OwnerOnlyFileStore, key_store

    protected = MemoryKeyring()
    before = keyring.get_keyring()
    monkeypatch.delenv(KEY_DIR_VARIABLE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.test_encryption.MemoryKeyring")
    monkeypatch.setattr(folder_keys, "_stores", {})
    monkeypatch.setattr(folder_keys, "_keys", {})
    keyring.set_keyring(protected)
    try:
        data = tmp_path / "data"
        close_database(open_database(database_path(data)))
        assert isinstance(store(), KeyringStore)
        [(service, folder)] = protected.entries
        assert (service, folder) == (SERVICE, str(data.resolve()))
        assert not any(p.name.endswith(".key.json") for p in tmp_path.rglob("*"))
        forget(data)
        assert patients(database_path(data)) == []
    finally:
        keyring.set_keyring(before)
    # Linux without a session bus has no Secret Service: keyring is not even asked.
    headless = key_store({"HOME": str(tmp_path)})
    if sys.platform.startswith("linux") and not Path(f"/run/user/{os.getuid()}/bus").exists():
        assert isinstance(headless, OwnerOnlyFileStore)


def test_two_programs_starting_on_a_new_folder_at_once_make_one_key(tmp_path: Path) -> None:
    """The patient form and the kiosk started together on a new install. Each would make
    a key (now one waits for the other's), and each would apply the schema's migrations:
    before they ran under the write lock, the second failed on a column the first had
    just added (this test failed three times in three)."""
    data = tmp_path / "data"
    go = tmp_path / "go"
    script = (
        "import sys, time, pathlib\n"
        "from app.storage.database import open_database\n"
        "while not pathlib.Path(sys.argv[2]).exists(): time.sleep(0.005)\n"
        "c = open_database(pathlib.Path(sys.argv[1]) / 'knee-intake.db')\n"
        "c.execute('SELECT count(*) FROM patient').fetchone(); c.close(); print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    programs = [
        subprocess.Popen([sys.executable, "-c", script, str(data), str(go)], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]  # fmt: skip
    go.touch()
    outcomes = [p.communicate(timeout=60) for p in programs]
    assert [out.strip() for out, _ in outcomes] == ["ok"] * 3, [err for _, err in outcomes]
    forget(data)
    assert patients(database_path(data)) == []  # the key in the store opens the file
    assert not (data / ".making-key").exists()


def test_a_plain_database_another_program_has_open_is_encrypted_at_a_later_start(
    tmp_path: Path,
) -> None:
    """An older version still running beside the new one: encrypting in place now would
    leave its later writes in the plain file's old name, lost. So this start works on
    the plain file as it is, and the first start with the file to itself encrypts it."""
    from tests.test_upgrade import first_schema_database

    path = tmp_path / "data" / "knee-intake.db"
    path.parent.mkdir()
    first_schema_database(path)  # plain, as the first release left it
    older = subprocess.Popen(  # the older version, a program of its own, still open
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode = WAL')\n"
         "c.execute('SELECT count(*) FROM patient').fetchone(); print('open', flush=True)\n"
         "sys.stdin.readline()\n"
         "c.execute(\"UPDATE patient SET first_name = 'Anne' WHERE id = 1\"); c.commit()\n"
         "c.close(); print('done', flush=True)\n",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert older.stdout is not None and older.stdin is not None
    assert older.stdout.readline().strip() == "open"
    conn = open_database(path)
    assert is_plain_sqlite(path)  # not encrypted under the older program's feet
    conn.execute("UPDATE patient SET phone = '+12025550100' WHERE id = 1")
    conn.commit()
    conn.close()
    older.stdin.write("go\n")
    older.stdin.flush()
    assert older.stdout.readline().strip() == "done"
    older.stdin.close()
    older.stdout.close()
    older.wait(timeout=30)
    close_database(open_database(path))  # alone now: encrypted
    assert not is_plain_sqlite(path)
    with closing(open_database(path)) as conn:  # both programs' writes are there
        assert conn.execute("SELECT first_name, phone FROM patient WHERE id = 1").fetchone() == (
            "Anne", "+12025550100",
        )  # fmt: skip
