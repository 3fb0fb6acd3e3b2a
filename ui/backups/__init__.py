"""Administrators' screens for encryption and backups: the recovery key, the backups
dialog, and the warning at sign-in."""
