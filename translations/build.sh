#!/usr/bin/env bash
# Refresh every .ts from the UI sources in one lupdate pass, then compile each into a .qm beside it.
# Russian is the source language, so there is no patronat_ru.ts. The .qm files are build products
# (gitignored); the program runs in Russian without them.
#
#   translations/build.sh            refresh .ts and build .qm
#   translations/build.sh --no-update   only build .qm from the committed .ts
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${PATRONAT_VENV_BIN:-$ROOT/.venv/bin}
LANGS=(en be)

TS_FILES=()
for lang in "${LANGS[@]}"; do
    TS_FILES+=("translations/patronat_${lang}.ts")
done

if [ "${1:-}" != "--no-update" ]; then
    # Keep these options in step with tests/ui/test_translations.py, which checks the .ts are up to date.
    "$BIN/pyside6-lupdate" $(find patronat_desktop/ui -name "*.py" | sort) \
        -source-language ru -no-obsolete -locations none \
        -ts "${TS_FILES[@]}"
fi

for ts in "${TS_FILES[@]}"; do
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
