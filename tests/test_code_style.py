"""ruff lint and format, and mypy strict on app/, run as tests so CI catches them too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str, *args: str) -> subprocess.CompletedProcess:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert exe, f"{name} is in the test extra: pip install -e '.[test]'"
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True, check=False)


def ruff(*args: str) -> subprocess.CompletedProcess:
    return tool("ruff", *args)


def test_ruff_lint_is_clean() -> None:
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout


def test_ruff_format_is_clean() -> None:
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout


def test_mypy_strict_on_the_core_is_clean() -> None:
    result = tool("mypy")  # files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout
