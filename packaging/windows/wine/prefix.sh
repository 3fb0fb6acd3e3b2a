# Sourced by packaging/build-windows.sh and packaging/check-windows.sh: Wine 8.0
# (Debian 12) as both use it. Every Wine call is bounded in time.
# shellcheck shell=bash

wine_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export WINEARCH=win64 WINEDEBUG=-all
# mscoree/mshtml: no Mono or Gecko prompts. wbemprox off: Python 3.12's platform module
# asks WMI, which aborts in Wine 8.0 (propsys.VariantToString); without it, platform
# falls back to the registry, as on any Windows without WMI.
export WINEDLLOVERRIDES="mscoree,mshtml=;wbemprox=d"

# Windows Python under Wine 8.0 cannot write to a regular-file stdout: pipe it.
w() { timeout 900 wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }

# The Debian tools the build and the check need, installed when missing.
need_debian_tools() {
    local need=() tool sudo=""
    for tool in wine:wine wine64:wine64 makensis:nsis xvfb-run:xvfb xauth:xauth \
                x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 osslsigncode:osslsigncode; do
        command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
    done
    [ "${#need[@]}" -gt 0 ] || return 0
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
        "${need[@]}" >/dev/null
}

# new_prefix DIR: a fresh 64-bit prefix as Windows 10, at WINEPREFIX=DIR, with the two
# stand-in DLLs Wine 8.0 lacks (wine/*.c: Qt 6.11 loads icuuc, Python 3.12 needs
# bcryptprimitives' ProcessPrng). Test-prefix only: nothing of them ships.
new_prefix() {
    export WINEPREFIX="$1"
    rm -rf "$WINEPREFIX"
    timeout 300 wine wineboot --init >/dev/null 2>&1 || true
    timeout 120 wine winecfg /v win10 >/dev/null 2>&1 || true
    timeout 60 wineserver -w || true
    local system32="$WINEPREFIX/drive_c/windows/system32"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/icuuc.dll" "$wine_here/icuuc_stub.c"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/bcryptprimitives.dll" \
        "$wine_here/bcryptprimitives_stub.c" -lbcrypt
}
