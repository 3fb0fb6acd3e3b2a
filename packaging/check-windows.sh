#!/usr/bin/env bash
# Build Knee Intake's real Windows installer on this Linux machine, under Wine
# (packaging/build-windows.sh, as the release does), then install it silently into a
# fresh Wine prefix over the previous commit's installer and check the installed app:
# the data made by the previous version is there; the form, the records and the kiosk
# start; the data folder, the database and an export are owner-only by ACL; check,
# demo-data and export work; it serves, and a Linux station pairs with it over TLS and
# sends an intake; the windows fit at 125 % and 150 %; an upgrade in place; and the
# uninstaller keeps the data. Only PyPI and Debian's packages are used.
#
#     packaging/check-windows.sh [WORK]        (WORK: a scratch folder; default: a new one)
#
# About 16 minutes on 2 cores. WINDOWS_SCREENSHOTS_TO=DIR keeps the Windows screenshots.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=windows/wine/prefix.sh
source "$repo/packaging/windows/wine/prefix.sh"
work=$(realpath -m "${1:-$(mktemp -d /tmp/knee-intake-windows.XXXXXX)}")
mkdir -p "$work"
[ -n "${1:-}" ] || trap 'timeout 60 wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT  # ~3 GB
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

step "this commit's installer, and the previous commit's, built under Wine"
# The previous first: the build prefix's Python then holds this commit's app.
previous=$(git -C "$repo" rev-parse -q --verify "HEAD~1^{commit}" || true)
if [ -n "$previous" ]; then
    old_setup_path=$("$repo/packaging/build-windows.sh" "$work" "$previous" | tail -1)
else
    echo "NOTE: this clone has no previous commit (shallow?): the upgrade from it is not checked"
fi
setup_path=$("$repo/packaging/build-windows.sh" "$work" HEAD | tail -1)
src=$(dirname "$(dirname "$setup_path")")
version=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$src/pyproject.toml")

step "a fresh Wine prefix to install into, whose Windows account is \"Zoë Núñez\""
# A space and letters beyond ASCII in the account's name, so in the data folder
# (%LOCALAPPDATA%\KneeIntake) too: Wine names the profile after $USER.
winuser="Zoë Núñez"
export USER="$winuser" LOGNAME="$winuser"
new_prefix "$work/prefix"
setup=$(winepath -w "$setup_path")
I='C:\Program Files\Knee Intake'
P="$WINEPREFIX/drive_c/Program Files/Knee Intake"
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\KneeIntake'
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Knee Intake"

data="$WINEPREFIX/drive_c/users/$winuser/AppData/Local/KneeIntake"
installed() {  # the files, shortcuts and 64-bit uninstall key are there
    test -f "$P/knee-intake.exe" && test -f "$P/knee-intake-admin.exe" && test -f "$P/uninstall.exe"
    test -f "$menu/Knee Intake.lnk" && test -f "$menu/Knee Intake Records.lnk" \
        && test -f "$menu/Knee Intake Kiosk.lnk"
    [[ $(w reg query "$key" /v DisplayVersion /reg:64) == *"$version"* ]]
}

if [ -n "$previous" ]; then
    step "the previous commit's installer, silently; its admin tool makes data"
    w "$(winepath -w "$old_setup_path")" /S; timeout 120 wineserver -w
    installed
    [[ $(w "$I\\knee-intake-admin.exe" demo-data --count 5) == *"added 5 demo"* ]]
    [[ $(w "$I\\knee-intake-admin.exe" check) == *"5 patients"* ]]
    step "this commit's installer over it, silently: the data is there"
else
    step "this commit's installer, silently"
fi
w "$setup" /S; timeout 120 wineserver -w
installed
[ -n "$previous" ] || [[ $(w "$I\\knee-intake-admin.exe" demo-data --count 5) == *"added 5 demo"* ]]

step "the installed app: the form, the records and the kiosk start (offscreen, then Windows' own platform on Xvfb)"
# Output is read whole, then searched: a "| grep -q" that stops reading early would
# kill the program it reads with SIGPIPE, and pipefail would call that a failure.
for mode in "" --records --kiosk; do
    # shellcheck disable=SC2086  # the mode is one word or none
    shown=$(WINEQT_QPA_PLATFORM=offscreen w "$I\\knee-intake.exe" --smoke $mode)
    [[ $shown == *"first frame drawn"* ]] || { echo "--smoke $mode failed: $shown"; exit 1; }
done
# A Wine that is still running keeps the display it started with (none): let it end.
timeout 60 wineserver -w
shown=$(timeout 300 xvfb-run -a -s '-screen 0 1366x768x24' bash -c \
    "set -o pipefail; wine '$I\\knee-intake.exe' --smoke 2>&1 | cat")
[[ $shown == *"first frame drawn"* ]] || { echo "--smoke on Xvfb failed: $shown"; exit 1; }

step "the admin tool: check (encrypted, the key in Credential Manager, owner-only), export"
checked=$(w "$I\\knee-intake-admin.exe" check)
echo "$checked" | sed 's/^/    /'
[[ $checked == *"encrypted (SQLCipher), key kept in Windows Credential Manager"* ]]
[[ $checked == *"access: this Windows account only (access control list)"* ]]
[[ $checked == *"5 patients"* && $checked == *"chain intact"* && $checked == *$'\nok'* ]]
[[ $checked == *'\Zo'*'ez\AppData\Local\KneeIntake\knee-intake.db'* ]]
test -f "$data/knee-intake.db"
if cmp -s -n 15 "$data/knee-intake.db" <(printf 'SQLite format 3'); then echo "plain SQLite"; exit 1; fi
public='C:\users\Public\Documents\knee-intake-export.csv'  # a folder every account can read
w "$I\\knee-intake-admin.exe" export --format csv --output "$public" > /dev/null
test -s "$WINEPREFIX/drive_c/users/Public/Documents/knee-intake-export.csv"

step "owner-only by ACL, read back through the Win32 API by another Windows program"
# GetNamedSecurityInfoW, from the build prefix's Python: no entry for Everyone, the
# Users or the Administrators; only the account (and SYSTEM). Wine 8.0 keeps a DACL as
# the file's Unix mode bits (app/system/windows_acl.py), so those are read too: nothing for
# "other". The previous version left the database open to Everyone; the upgrade
# narrowed the folder and what it holds, the backups too.
export_file="$WINEPREFIX/drive_c/users/Public/Documents/knee-intake-export.csv"
private=("$data" "$data/knee-intake.db" "$data/backups" "$export_file")
mapfile -t -O ${#private[@]} private < <(find "$data/backups" -name '*.db')
acls=$(WINEPREFIX="$work/build-prefix" PYTHONIOENCODING=utf-8 w 'C:\py312\python.exe' \
    -m app.system.windows_acl "${private[@]/#/Z:}" | tr -d '\r')
echo "$acls" | sed 's/^/    /'
sid=$(sed -n 's/^account //p' <<<"$acls")
[[ $sid == S-1-5-* ]] && [ "${#private[@]}" -ge 5 ]
[ "$(grep -c "^owner-only D:\(P\)\?(A;[OICI]*;FA;;;SY)(A;[OICI]*;FA;;;$sid) Z:/" <<<"$acls")" \
    = "${#private[@]}" ] || { echo "not owner-only by ACL"; exit 1; }
for f in "${private[@]}"; do
    [ $(( 8#$(stat -c %a "$f") & 8#007 )) = 0 ] || { echo "others may open $f"; exit 1; }
done

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

from app.intake.consent import SignedConsent
from app.system.clock import utc_now_text
from app.network.outbox import Outbox
from app.network.station_link import HostLink, pair, send_intake
from app.intake.questionnaire import load_questionnaire
from app.clinic.resource_paths import questionnaire_path
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

step "the windows fit the screen at 125 % and 150 %, on Qt's windows platform (screenshots kept)"
shots="$work/shots" && mkdir -p "$shots"
for screen in 120:1920x1080:1536:864:windows-125 144:1920x1200:1280:800:windows-150; do
    IFS=: read -r dpi size width height name <<<"$screen"
    WINEPREFIX="$work/build-prefix" w reg add 'HKCU\Control Panel\Desktop' /v LogPixels \
        /t REG_DWORD /d "$dpi" /f > /dev/null
    WINEPREFIX="$work/build-prefix" timeout 60 wineserver -w
    # The embeddable Python ignores PYTHONPATH (its ._pth file): the source goes on
    # sys.path by hand. The app and tests/windows_on_a_screen.py as the suite runs it.
    run="import sys, runpy; sys.path.insert(0, r'$(winepath -w "$src")'); \
runpy.run_module('tests.windows_on_a_screen', run_name='__main__')"
    fitted=$(WINEPREFIX="$work/build-prefix" SCREEN_NAME="$name" \
        SCREENSHOTS_TO="$(winepath -w "$shots")" timeout 600 xvfb-run -a \
        -s "-screen 0 ${size}x24" bash -c \
        "set -o pipefail; wine 'C:\\py312\\python.exe' -c \"\$0\" 2>&1 | cat" "$run" | tr -d '\r')
    grep -E '^(AREA|OUT|DONE)' <<<"$fitted" | sed 's/^/    /'
    grep -q "^AREA 0 0 $width $height$" <<<"$fitted" || { echo "$fitted"; exit 1; }
    if grep -q '^OUT' <<<"$fitted"; then exit 1; fi
    [ "$(tail -1 <<<"$fitted")" = DONE ]
done
if [ -n "${WINDOWS_SCREENSHOTS_TO:-}" ]; then cp "$shots"/*.png "$WINDOWS_SCREENSHOTS_TO"/; fi

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
