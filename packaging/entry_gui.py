"""The frozen GUI's entry point (PyInstaller runs a script, not a console_scripts entry)."""

import sys

from ui.main import main

sys.exit(main())
