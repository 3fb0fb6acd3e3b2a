"""Backups that happen by themselves and are proven to restore (issue 13).

- ``backup_file``: one backup, taken with SQLite's online backup and verified.
- ``rotation``: which backups to keep (7 daily, 4 weekly, 12 monthly).
- ``backup_settings``: the folder, the policy, the last good backup.
- ``backup_schedule``: the main PC's thread that takes them (daily, and at close).
- ``restore``: what a backup holds, and putting it back.
"""
