#!/usr/bin/env bash
# Set everything up (system packages, .venv) and run the whole test suite:
# ruff check, ruff format --check, mypy, pytest. Arguments are passed to pytest.
# Every step runs; the script exits non-zero if any of them failed.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

# shellcheck source=scripts/bootstrap.sh
source "$ROOT/scripts/bootstrap.sh"
if ! patronat_bootstrap; then
    echo "test.sh: setup failed" >&2
    exit 1
fi

VENV="$ROOT/.venv/bin"
export QT_QPA_PLATFORM=offscreen
if [ "${CI:-}" = "true" ]; then
    # In CI a skipped PostgreSQL run must fail instead of passing silently.
    export PATRONAT_REQUIRE_POSTGRES=1
fi

failed=()

step() {
    local name=$1
    shift
    echo
    echo "==> $name"
    "$@"
    local rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "==> $name: FAILED (exit code $rc)"
        failed+=("$name")
    fi
    return 0
}

run_pytest() {
    "$VENV/python" -m pytest "$@"
    local rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "pytest collected no tests; treating that as a failure."
    fi
    return "$rc"
}

step "ruff check" "$VENV/ruff" check .
step "ruff format --check" "$VENV/ruff" format --check .
step "mypy" "$VENV/mypy"
step "pytest" run_pytest "$@"

echo
if [ "${#failed[@]}" -ne 0 ]; then
    echo "test.sh: FAILED steps: ${failed[*]}"
    exit 1
fi
echo "test.sh: all steps OK"
