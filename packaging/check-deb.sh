#!/usr/bin/env bash
# Build the .deb, install it on this machine, run it from its installed place, and
# remove it; one command:
#
#     packaging/check-deb.sh                 (builds with packaging/build-deb.sh first)
#     packaging/check-deb.sh some.deb        (checks a .deb already built)
#
# Needs root (or sudo) and apt, which also proves the package's Depends resolve from
# Debian's archive. Checks: the files land under /opt and on PATH, `knee-intake --smoke`
# and `knee-intake-admin check` work from there on a fresh data folder, no bundled
# library misses a system one, and removing the package leaves the data folder alone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
    packaging/build-deb.sh
    deb=$(ls -t build/knee-intake_*_amd64.deb | head -1)
else
    deb=$1
fi
sudo=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s so far)"; }

step "install $deb with apt (Depends from Debian's archive)"
$sudo apt-get install -y -qq "./$deb" >/dev/null
test -x /opt/knee-intake/knee-intake
test "$(command -v knee-intake)" = /usr/bin/knee-intake
test "$(command -v knee-intake-admin)" = /usr/bin/knee-intake-admin
test -f /usr/share/applications/knee-intake.desktop
test -f /usr/share/icons/hicolor/256x256/apps/knee-intake.png

step "every bundled library finds what it needs on the system"
missing=$(find /opt/knee-intake -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then echo "missing libraries:"; echo "$missing"; exit 1; fi

step "the app (form, records, kiosk) and knee-intake-admin, from /usr/bin"
version=$(dpkg-deb --field "$deb" Version)
test "$(knee-intake-admin --version)" = "knee-intake-admin $version"  # read from the bundle
test "$(knee-intake --version)" = "knee-intake $version"
data=$(mktemp -d)
QT_QPA_PLATFORM=offscreen knee-intake --smoke --data-dir "$data/KneeIntake"
knee-intake-admin --data-dir "$data/KneeIntake" check
knee-intake-admin --data-dir "$data/KneeIntake" demo-data --count 25 >/dev/null
QT_QPA_PLATFORM=offscreen knee-intake --smoke --records --data-dir "$data/KneeIntake"
QT_QPA_PLATFORM=offscreen knee-intake --smoke --kiosk --data-dir "$data/KneeIntake"
knee-intake-admin --data-dir "$data/KneeIntake" staff
# Password hashing (argon2's compiled part) works in the bundle: the hash is made, then
# the unknown name is refused with a plain message.
out=$(echo "temporary pass 1" | knee-intake-admin --data-dir "$data/KneeIntake" \
    reset-password nobody --password-stdin 2>&1 || true)
case "$out" in *"no staff account"*) ;; *) echo "reset-password failed: $out"; exit 1 ;; esac
test "$(stat -c %a "$data/KneeIntake/knee-intake.db")" = 600

step "the main PC serves and a station pairs, from the bundle (TLS, cryptography, httpx)"
# Loopback only, a port below the ephemeral range, and every wait bounded.
port=$((20000 + RANDOM % 10000))
knee-intake-admin --data-dir "$data/KneeIntake" serve --address 127.0.0.1 --port "$port" \
    > "$data/serve.log" 2>&1 &
serving=$!
for _ in $(seq 50); do grep -q "serving on" "$data/serve.log" && break; sleep 0.2; done
code=$(knee-intake-admin --data-dir "$data/KneeIntake" pairing-code --kind kiosk 2>/dev/null)
knee-intake-admin --data-dir "$data/Tablet" pair --host 127.0.0.1 --port "$port" \
    --code "$code" --name "Check tablet"
knee-intake-admin --data-dir "$data/Tablet" send | grep -q "sent 0, waiting 0"
knee-intake-admin --data-dir "$data/KneeIntake" stations | grep -q "Check tablet"
kill "$serving"; wait "$serving" || true

step "remove the package; the data folder stays"
$sudo apt-get remove -y -qq knee-intake >/dev/null
test ! -e /opt/knee-intake && test ! -e /usr/bin/knee-intake
test -f "$data/KneeIntake/knee-intake.db"
rm -rf "$data"
echo "check-deb: all good in $((SECONDS - started)) s"
