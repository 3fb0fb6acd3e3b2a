#!/usr/bin/env bash
# Screenshots of every window as it opens on a 1366×768 PC and on a 10-inch tablet at
# 150 % (1280×800 logical), on Qt's offscreen platform given that screen (issue 17).
# Usage: scripts/screenshots_on_screens.sh [docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath "${1:-docs/screenshots}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for screen in "small-pc 1366 768 1" "tablet-150 1280 800 1.5"; do
    set -- $screen
    printf '{"screens": [{"name": "s", "x": 0, "y": 0, "width": %s, "height": %s,
      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %s}]}' "$2" "$3" "$4" > "$tmp/$1.json"
    SCREENSHOTS_TO="$out" SCREEN_NAME="$1" QT_QPA_PLATFORM="offscreen:configfile=$tmp/$1.json" \
        .venv/bin/python -m tests.windows_on_a_screen | grep -E "^(OUT|DONE)"
done
