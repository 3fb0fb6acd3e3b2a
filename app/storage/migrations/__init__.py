"""The released migrations, one file each, named as sqlite-utils records them.

A released migration is never edited: a change to the schema is a new file here, added at
the end of app/storage/schema.py's MIGRATIONS_IN_ORDER. What they share: the SQL runner
and the CHECK widener (statements.py), the values the CHECKs allow
(app/storage/vocabulary.py).
"""
