"""The error every change to the records raises when it makes no sense, kept apart from
the record book so that the kiosk's handovers need not import the book to raise it."""

from __future__ import annotations


class ChangeRefused(ValueError):
    """A change that makes no sense (e.g. 'not a candidate' without a reason)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
