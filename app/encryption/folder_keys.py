"""A data folder's keys, read once per process from the key store."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.encryption.key_store import KEY_DIR_VARIABLE, FolderKeys, KeyStore, entry_name, key_store
from app.system.private_files import make_private_folder

_lock = threading.Lock()
_keys: dict[str, FolderKeys] = {}
_stores: dict[str, KeyStore] = {}


def store() -> KeyStore:
    """The key store, made once per process (per KNEE_INTAKE_KEY_DIR, which tests set)."""
    chosen = os.environ.get(KEY_DIR_VARIABLE, "")
    with _lock:
        if chosen not in _stores:
            _stores[chosen] = key_store()
        return _stores[chosen]


def keys_of(folder: Path, *, create: bool = False) -> FolderKeys | None:
    """The folder's keys; with ``create``, new ones made and stored if it has none."""
    name = _cache_name(folder)
    with _lock:
        if name in _keys:
            return _keys[name]
    keys = store().read(folder)
    if keys is None and create:
        with _making_keys(folder):  # two programs starting at once make one key
            keys = store().read(folder)
            if keys is None:
                keys = FolderKeys.new()
                store().write(folder, keys)
    if keys is not None:
        with _lock:
            _keys[name] = keys
    return keys


def save_keys(folder: Path, keys: FolderKeys) -> None:
    store().write(folder, keys)
    with _lock:
        _keys[_cache_name(folder)] = keys


def forget(folder: Path) -> None:
    """Read the keys afresh next time: another program may have changed them."""
    with _lock:
        _keys.pop(_cache_name(folder), None)


@contextmanager
def _making_keys(folder: Path, wait_s: float = 10.0) -> Iterator[None]:
    """One program at a time makes a folder's keys: a lock file in the folder, made with
    O_EXCL (every platform has it), waited for a bounded time; one left by a program
    that died is taken over after ``wait_s``."""
    lock = folder / ".making-key"
    deadline = time.monotonic() + wait_s
    while True:
        try:
            make_private_folder(folder)
            os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                break  # its maker died: go on
            time.sleep(0.02)
        except OSError:
            break  # a folder nobody can write in: nothing to race for, and said elsewhere
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _cache_name(folder: Path) -> str:
    return os.environ.get(KEY_DIR_VARIABLE, "") + "|" + entry_name(folder)
