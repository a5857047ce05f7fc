#!/usr/bin/env bash
# Opens desk on a fresh sample library under Xvfb and saves a screenshot of the screen,
# so the window can be looked at on a machine without a display.
# Usage: scripts/screenshot.sh [OUTPUT.png] [extra desk arguments...]
set -euo pipefail
out=${1:-screenshot.png}; shift || true
desk=${DESK:-.venv/bin/desk}
library=$(mktemp -d)/library.db
export DESK_LIBRARY=$library QT_QPA_PLATFORM=xcb
Xvfb :97 -screen 0 ${SCREEN:-1600x1000}x24 -nolisten tcp & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
export DISPLAY=:97
sleep 1
"$desk" "$@" & app=$!
sleep "${WAIT:-3}"
import -window root "$out"
echo "saved $out"
