#!/usr/bin/env bash
# Build the Windows installer script with a stand-in payload, on Linux, with Debian's
# nsis (apt-get install nsis): a broken script fails here, not on release day.
#
#     packaging/check-nsis.sh [PYTHON]      (PYTHON renders the icon; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
work=build/nsis-check
rm -rf "$work" && mkdir -p "$work/payload/_internal"
"$python" packaging/make_icons.py "$work/icons" >/dev/null
# The stand-in: the same names as the real bundle, a few bytes each.
echo "stand-in for the PyInstaller GUI" > "$work/payload/knee-intake.exe"
echo "stand-in for knee-intake-admin" > "$work/payload/knee-intake-admin.exe"
echo "stand-in for the bundle's libraries" > "$work/payload/_internal/stand-in.txt"
makensis -V2 -WX -NOCD "-DVERSION=$version" "-DPAYLOAD=$work/payload" \
    "-DICON=$work/icons/knee-intake.ico" "-DOUTFILE=$work/knee-intake-$version-setup.exe" \
    packaging/windows/knee-intake.nsi
installer="$work/knee-intake-$version-setup.exe"
test "$(head -c 2 "$installer")" = "MZ"
echo "check-nsis: built $installer ($(du -h "$installer" | cut -f1))"
