#!/usr/bin/env bash
# The README's first command on a fresh Debian 12: a minimal system made with
# debootstrap (Python, its venv module and a bare X server, Xvfb, nothing else), this
# commit's tree copied in, then exactly
#
#     python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/knee-intake
#
# its last part with --smoke added and run on the X server. Qt and its xcb plugin
# need system libraries such a system lacks (glib and GL too, which a desktop has):
# the app must stop with a message naming their packages and the apt-get line
# (ui/display_libraries.py), not with a traceback or Qt's abort. That line is then run
# as printed, and the same command must start the app and draw its first frame.
#
#     packaging/check-fresh-debian.sh [WORK]      (as root; about 3 minutes)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(realpath -m "${1:-$(mktemp -d /tmp/knee-intake-fresh.XXXXXX)}")
root="$work/root"
started=$SECONDS
step() { echo "== fresh [$((SECONDS - started)) s] $*"; }
cleanup() {
    for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
    [ -n "${1:-}" ] || rm -rf "$work"
}
trap 'cleanup "${keep:-}"' EXIT
keep=${1:-}

step "a minimal Debian 12 with Python and Xvfb (debootstrap, from Debian's mirror)"
if ! command -v debootstrap >/dev/null; then
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends debootstrap >/dev/null
fi
rm -rf "$root"
timeout 900 debootstrap --variant=minbase --include=python3,python3-venv,xvfb,xauth \
    bookworm "$root" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >/dev/null
for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m"; done
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine's trust store (it may hold the clinic's, or CI's, proxy), for pip.
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-ca.crt"
mkdir -p "$root/src"
git -C "$repo" archive HEAD | tar -x -C "$root/src"

inside() {  # a clean environment, as a new user's shell would have
    timeout 900 chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 PIP_CERT=/etc/ssl/certs/host-ca.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 ${KNEE_INTAKE_NOW:+KNEE_INTAKE_NOW="$KNEE_INTAKE_NOW"} \
        /bin/bash -c "$1"
}
readme=$(sed -n 's/^    \(python3 -m venv .venv && .venv\/bin\/pip install -e \. && .*knee-intake\)$/\1/p' \
    "$repo/README.md")
[ "$readme" = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/knee-intake" ] \
    || { echo "the README's first command is not the one checked here: $readme"; exit 1; }

step "the README's command: its venv and pip steps as written"
inside "cd /src && ${readme% && *}" 2>&1 | tail -n 3 | sed 's/^/    /'

step "then .venv/bin/knee-intake (with --smoke) on a bare X server: it names what Qt lacks"
set +e
said=$(inside "cd /src && xvfb-run -a .venv/bin/knee-intake --smoke 2>&1")
code=$?
set -e
echo "$said" | tail -n 8 | sed 's/^/    /'
[ "$code" = 1 ] && [[ $said == *"Qt cannot start: system libraries it needs"* ]] \
    || { echo "no message naming the missing libraries (exit $code)"; exit 1; }
[[ $said != *Traceback* && $said != *"Could not load the Qt platform plugin"* ]]
install=$(sed -n 's/^ *sudo \(apt-get install .*\)$/\1/p' <<<"$said")
[[ $install == "apt-get install "*libxcb-cursor0* && $install == *libxcb-icccm4* \
    && $install == *libxcb-keysyms1* ]] || { echo "expected the three packages: $install"; exit 1; }

step "the line it printed, run as printed; then the app starts and draws its first frame"
inside "apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $install -y -q >/dev/null"
shown=$(inside "cd /src && xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/knee-intake --smoke 2>&1")
echo "$shown" | tail -n 3 | sed 's/^/    /'
[[ $shown == *"first frame drawn"* ]] || { echo "the app did not start: $shown"; exit 1; }
inside "test -f /root/.local/share/KneeIntake/knee-intake.db"
step "check-fresh-debian: all passed"
