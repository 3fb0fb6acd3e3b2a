"""A data folder's keys, read once per process from the key store."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.encryption.key_store import KEY_DIR_VARIABLE, FolderKeys, KeyStore, entry_name, key_store

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


def _cache_name(folder: Path) -> str:
    return os.environ.get(KEY_DIR_VARIABLE, "") + "|" + entry_name(folder)
