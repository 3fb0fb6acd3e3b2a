"""SQLite storage through sqlite-utils: opening, schema migrations, repositories."""
