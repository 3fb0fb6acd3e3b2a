"""A plain (unencrypted) copy of an encrypted database, for benchmarks that compare
with tools that cannot read SQLCipher (the sqlite3 shell) or with encryption off.
Never for clinic data: a plain copy is patient data in clear."""

from __future__ import annotations

from pathlib import Path


def plain_copy(encrypted: Path, target: Path) -> None:
    from app.encryption.encrypted_file import open_with_keys
    from app.encryption.folder_keys import keys_of

    keys = keys_of(encrypted.parent)
    assert keys is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = open_with_keys(str(encrypted), keys.all())[0]
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(target)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
