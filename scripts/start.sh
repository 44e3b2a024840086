#!/usr/bin/env bash
# Set everything up (system packages, .venv) and start the patronat-desktop GUI.
# Arguments are passed to the program. On a Linux machine without a display, the program
# runs on a virtual X screen (Xvfb), so it still starts.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
patronat_bootstrap

APP=("$ROOT/.venv/bin/patronat-desktop" "$@")

if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
    && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        echo "start.sh: no DISPLAY or WAYLAND_DISPLAY set; running on a virtual screen (xvfb-run)." >&2
        exec xvfb-run -a -s "-screen 0 1366x768x24" "${APP[@]}"
    fi
    echo "start.sh: no display and no xvfb-run; using Qt's offscreen platform (nothing will be visible)." >&2
    export QT_QPA_PLATFORM=offscreen
fi

exec "${APP[@]}"
