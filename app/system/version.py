"""The app's version, from pyproject.toml: installed, frozen (PyInstaller copies the
package metadata) or run from a source checkout."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Sequence
from pathlib import Path

DISTRIBUTION = "knee-intake"


@functools.cache
def app_version() -> str:
    """Asked only when needed: importlib.metadata alone costs ~35 ms of start-up."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, ValueError):
            return "unknown"


class VersionAction(argparse.Action):
    """--version that looks the version up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
            help="show the version and exit",
        )  # fmt: skip

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {app_version()}")
        parser.exit()
