"""The frozen GUI's entry point (PyInstaller runs a script, not a console_scripts entry)."""

import sys

from ui.launch import main

sys.exit(main())
