"""The ``knee-intake`` command: the system's libraries are checked before PySide6 is
imported (a missing one would otherwise end in a traceback or Qt's abort), then the app
starts (ui/main.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from ui.display_libraries import missing_message, missing_packages

    missing = missing_packages()
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1
    from ui.main import main as start

    return start(argv)


if __name__ == "__main__":
    sys.exit(main())
