"""Where a computer keeps its database key: never in plain text beside the data.

By default the operating system's protected store, through keyring: Windows
Credential Manager (DPAPI), the macOS Keychain, or the Linux Secret Service (GNOME
Keyring, KWallet). The app and the kiosk then start without anyone typing a key; the
key is readable by the same user on the same computer only.

A Linux machine without a Secret Service (a headless main PC, a minimal kiosk image)
keeps the key in an owner-only file under the user's configuration folder
(``~/.config/KneeIntake/keys``), never in the data folder, so the data folder, a copy
of the database or a backup does not carry its key. That protects a stolen backup or
disk image of the data folder, not a whole stolen disk: such a machine also wants full
disk encryption (LUKS). ``KNEE_INTAKE_KEY_DIR`` chooses that folder instead of the
protected store anywhere (docs/INSTALL.md).

One entry per data folder, holding the current key, up to five earlier ones (backups
made before a change of key stay readable) and, until an administrator has confirmed
writing it down, the recovery key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.encryption.recovery_key import DatabaseKey, database_key, new_recovery_key
from app.system.private_files import make_private_folder, open_owner_only

log = logging.getLogger(__name__)

SERVICE = "Knee Intake database key"
KEY_DIR_VARIABLE = "KNEE_INTAKE_KEY_DIR"
EARLIER_KEYS_KEPT = 5


@dataclass(frozen=True)
class FolderKeys:
    """The keys of one data folder's files."""

    current: DatabaseKey
    earlier: tuple[DatabaseKey, ...] = ()
    recovery_pending: str | None = field(default=None, repr=False)

    def all(self) -> list[DatabaseKey]:
        return [self.current, *self.earlier]

    def to_json(self) -> str:
        return json.dumps(
            {
                "key": self.current.raw.hex(),
                "earlier": [k.raw.hex() for k in self.earlier],
                "recovery_pending": self.recovery_pending,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> FolderKeys:
        data = json.loads(text)
        return cls(
            DatabaseKey.from_hex(data["key"]),
            tuple(DatabaseKey.from_hex(k) for k in data.get("earlier", [])),
            data.get("recovery_pending"),
        )

    @classmethod
    def new(cls) -> FolderKeys:
        """A fresh key, with its recovery key waiting to be shown to an administrator."""
        recovery = new_recovery_key()
        return cls(database_key(recovery), (), recovery)

    def changed_to(self, recovery_key: str) -> FolderKeys:
        """A new current key; this one kept among the earlier ones."""
        earlier = (self.current, *self.earlier)[:EARLIER_KEYS_KEPT]
        return FolderKeys(database_key(recovery_key), earlier, None)


class KeyStore(Protocol):
    #: Where the keys are, in words for an administrator ("Windows Credential Manager").
    description: str

    def read(self, folder: Path) -> FolderKeys | None: ...

    def write(self, folder: Path, keys: FolderKeys) -> None: ...


def entry_name(folder: Path) -> str:
    """The store's name for a data folder's keys: its full path."""
    return str(folder.expanduser().resolve())


class KeyringStore:
    """The operating system's protected store, through keyring."""

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring
        self.description = _describe(keyring.get_keyring())

    def read(self, folder: Path) -> FolderKeys | None:
        stored = self._keyring.get_password(SERVICE, entry_name(folder))
        return FolderKeys.from_json(stored) if stored else None

    def write(self, folder: Path, keys: FolderKeys) -> None:
        self._keyring.set_password(SERVICE, entry_name(folder), keys.to_json())


class OwnerOnlyFileStore:
    """Keys in owner-only files in a folder of their own, away from the data."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = f"owner-only files in {folder}"

    def _file(self, data_folder: Path) -> Path:
        name = hashlib.sha256(entry_name(data_folder).encode()).hexdigest()[:24]
        return self.folder / f"{name}.key.json"

    def read(self, folder: Path) -> FolderKeys | None:
        try:
            return FolderKeys.from_json(self._file(folder).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def write(self, folder: Path, keys: FolderKeys) -> None:
        make_private_folder(self.folder)
        target = self._file(folder)
        partial = target.with_suffix(".partial")
        with open_owner_only(partial, "w", encoding="utf-8") as out:
            out.write(keys.to_json())
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)  # a key is never half written


def key_store(environ: Mapping[str, str] = os.environ) -> KeyStore:
    """The protected store, or the owner-only files where there is none (or where
    ``KNEE_INTAKE_KEY_DIR`` asks for them)."""
    chosen = environ.get(KEY_DIR_VARIABLE, "").strip()
    if chosen:
        return OwnerOnlyFileStore(Path(chosen).expanduser())
    if _may_have_protected_store(environ):
        import keyring

        if keyring.get_keyring().priority > 0:
            return KeyringStore()
    from platformdirs import user_config_path

    log.info("no protected key store on this computer; keys are kept in owner-only files")
    return OwnerOnlyFileStore(user_config_path("KneeIntake", appauthor=False) / "keys")


def _may_have_protected_store(environ: Mapping[str, str]) -> bool:
    """False where keyring is sure to find nothing: Linux without a D-Bus session bus
    has no Secret Service (a headless PC, a bare kiosk session). Looking costs keyring's
    import and its search of every backend (about 0.1 s at each start), so it is skipped
    there, unless keyring was told which backend to use."""
    if not sys.platform.startswith("linux") or environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    return Path(f"/run/user/{os.getuid()}/bus").exists()


def _describe(backend: object) -> str:
    name = type(backend).__module__
    for part, words in [
        ("Windows", "Windows Credential Manager"),
        ("macOS", "the macOS Keychain"),
        ("SecretService", "the Secret Service (GNOME Keyring)"),
        ("kwallet", "KWallet"),
    ]:
        if part.lower() in name.lower():
            return words
    return f"the keyring ({type(backend).__name__})"
