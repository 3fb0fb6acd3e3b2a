"""The frozen knee-intake-admin's entry point."""

import sys

from app.admin_cli import main

sys.exit(main())
