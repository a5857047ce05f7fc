#!/usr/bin/env bash
# Takes screenshots of the review window on the sample library under Xvfb, so the window
# can be looked at on a machine without a display (see scripts/screenshots.py).
# Usage: scripts/screenshot.sh [OUTPUT_FOLDER]
set -euo pipefail
out=${1:-screenshots}
python=${PYTHON:-.venv/bin/python}
export QT_QPA_PLATFORM=xcb DESK_CONFIG_DIR=$(mktemp -d)
Xvfb :97 -screen 0 ${SCREEN:-1700x1100}x24 -nolisten tcp & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=:97
sleep 1
"$python" scripts/screenshots.py "$out"
