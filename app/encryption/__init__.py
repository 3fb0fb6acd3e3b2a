"""Encryption at rest: every SQLite file that holds patient data is a SQLCipher file.

- ``recovery_key``: the 256-bit database key, derived from a recovery key an
  administrator writes down once.
- ``key_store``: where a computer keeps that key without anyone typing it (the
  operating system's protected store, through keyring).
- ``encrypted_file``: opening a file with its key, encrypting a plain one in place,
  changing the key.
"""
