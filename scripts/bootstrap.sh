#!/usr/bin/env bash
# Set up everything patronat-desktop needs to run and to be tested:
#   1. system packages (Debian/Ubuntu via apt-get; skipped elsewhere or with PATRONAT_SKIP_APT=1),
#   2. a Python virtual environment in .venv with the project installed editable with [dev] extras.
#
# Idempotent and fast when everything is already in place. Can be executed or sourced:
#   ./scripts/bootstrap.sh            or            source scripts/bootstrap.sh
# When sourced it defines PATRONAT_ROOT and PATRONAT_VENV and leaves the caller's shell options alone.

# Debian 12 packages. All names were checked with `apt-cache policy` on Debian 12 (bookworm).
PATRONAT_APT_PACKAGES=(
    # PostgreSQL server binaries (initdb, pg_ctl, postgres) for the PostgreSQL test run.
    postgresql
    # Virtual X server, for running the GUI on a machine without a display.
    xvfb xauth
    # pdftoppm / pdftotext, for inspecting generated PDF reports.
    poppler-utils
    # Shared libraries Qt 6 (PySide6 wheels) loads for the xcb and offscreen platforms.
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
    libxcb-render0 libxcb-render-util0 libxcb-image0 libxcb-util1 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0
    # At least one font, so text renders on a bare machine.
    fonts-dejavu-core
)

_patronat_log() {
    printf 'bootstrap: %s\n' "$*" >&2
}

# Print the command prefix needed to run something as root: "" for root, "sudo" when available.
# Returns 1 when neither is possible.
_patronat_root_prefix() {
    if [ "$(id -u)" -eq 0 ]; then
        printf ''
    elif command -v sudo >/dev/null 2>&1; then
        printf 'sudo'
    else
        return 1
    fi
}

_patronat_system_packages() {
    if [ "${PATRONAT_SKIP_APT:-0}" = "1" ]; then
        return 0
    fi
    if [ "$(uname -s)" != "Linux" ] || ! command -v apt-get >/dev/null 2>&1 \
        || ! command -v dpkg-query >/dev/null 2>&1; then
        _patronat_log "note: no apt-get here (not Debian/Ubuntu); skipping system packages."
        _patronat_log "      Needed: Python >= 3.11 with venv, PostgreSQL server binaries (for tests), Xvfb (headless GUI)."
        return 0
    fi

    local wanted=("${PATRONAT_APT_PACKAGES[@]}")
    if ! command -v python3 >/dev/null 2>&1; then
        wanted+=(python3 python3-venv)
    elif ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
        # Debian splits ensurepip out of the interpreter; without it `python3 -m venv` fails.
        wanted+=(python3-venv)
    fi

    # One dpkg-query call for all names (fast); names dpkg does not know are simply not printed.
    local installed missing=() pkg
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null \
        | awk '$2 == "installed" { print $1 }' || true)
    for pkg in "${wanted[@]}"; do
        if ! grep -qxF -- "$pkg" <<<"$installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi

    local prefix
    if ! prefix=$(_patronat_root_prefix); then
        _patronat_log "WARNING: these system packages are missing and cannot be installed"
        _patronat_log "         (not root and no sudo): ${missing[*]}"
        _patronat_log "         Ask an administrator to run:"
        _patronat_log "         apt-get install --no-install-recommends ${missing[*]}"
        _patronat_log "         (or set PATRONAT_SKIP_APT=1 to silence this check). Continuing without them."
        return 0
    fi

    _patronat_log "installing system packages: ${missing[*]}"
    local log
    log=$(mktemp)
    # shellcheck disable=SC2086  # $prefix is intentionally empty or "sudo".
    if ! $prefix env DEBIAN_FRONTEND=noninteractive apt-get -q update >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        _patronat_log "ERROR: apt-get update failed."
        return 1
    fi
    # shellcheck disable=SC2086
    if ! $prefix env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=300 "${missing[@]}" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        _patronat_log "ERROR: apt-get install failed."
        return 1
    fi
    rm -f "$log"
}

_patronat_python() {
    local root=$1 venv=$1/.venv
    local stamp=$venv/.patronat-installed

    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
        local py=${PATRONAT_PYTHON:-python3}
        if ! command -v "$py" >/dev/null 2>&1; then
            _patronat_log "ERROR: '$py' not found. Install Python >= 3.11 (or set PATRONAT_PYTHON)."
            return 1
        fi
        if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
            _patronat_log "ERROR: $("$py" --version 2>&1) is too old; Python >= 3.11 is required" \
                "(set PATRONAT_PYTHON to a newer interpreter)."
            return 1
        fi
        _patronat_log "creating virtual environment in .venv"
        rm -rf "$venv"
        "$py" -m venv "$venv" || {
            _patronat_log "ERROR: '$py -m venv' failed (on Debian/Ubuntu: apt-get install python3-venv)."
            return 1
        }
        PIP_ROOT_USER_ACTION=ignore "$venv/bin/python" -m pip install -q --disable-pip-version-check \
            --upgrade pip || return 1
    fi

    local want have=""
    want=$(cd "$root" && "$venv/bin/python" - <<'EOF'
import hashlib, sys
print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest() + " " + sys.version.split()[0])
EOF
    ) || return 1
    [ -f "$stamp" ] && have=$(<"$stamp")
    if [ "$want" = "$have" ]; then
        return 0
    fi

    _patronat_log "installing Python dependencies (pip install -e \".[dev]\")"
    local log
    log=$(mktemp)
    if ! (cd "$root" && PIP_ROOT_USER_ACTION=ignore "$venv/bin/python" -m pip install --disable-pip-version-check \
        --no-input -e ".[dev]") >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        _patronat_log "ERROR: pip install failed (output above)."
        rm -f "$stamp"
        return 1
    fi
    grep -E '^ERROR' "$log" >&2 || true
    rm -f "$log"
    printf '%s\n' "$want" >"$stamp"
}

patronat_bootstrap() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || return 1
    PATRONAT_ROOT=$root
    PATRONAT_VENV=$root/.venv
    export PATRONAT_ROOT PATRONAT_VENV

    _patronat_system_packages || return 1
    if command -v flock >/dev/null 2>&1; then
        # Serialise concurrent runs (e.g. start.sh and test.sh at once) on the venv setup.
        (flock 9 && _patronat_python "$root") 9<"$root/pyproject.toml" || return 1
    else
        _patronat_python "$root" || return 1
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # Executed directly.
    set -euo pipefail
    patronat_bootstrap
fi
