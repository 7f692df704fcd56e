#!/usr/bin/env bash
# Check the optional compiled build (docs/performance.md): build it from the sdist, as a
# user would, install it over the newsdoc of the active environment, check that the
# compiled modules are the ones imported, and run the test suite on it.
#
#   scripts/check_compiled.sh            # uses `python` from PATH, with '.[test]' installed
#
# Needs a C compiler and the Python headers. Afterwards the active environment holds the
# compiled build; `pip install .` puts the pure-Python one back.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python -m pip install --quiet build

echo "== build the compiled wheel from the sdist"
HATCH_BUILD_HOOK_ENABLE_MYPYC=true python -m build --outdir "$work/dist" . \
    > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
ls "$work/dist"

echo "== install it"
python -m pip install --quiet --force-reinstall --no-deps "$work"/dist/newsdoc-*-cp*.whl
python - <<'PY'
import importlib

for name in ("newsdoc.quoting.extract", "newsdoc.parsers.credits", "newsdoc.dates"):
    path = importlib.import_module(name).__file__ or ""
    assert path.endswith((".so", ".pyd")), f"{name} is not compiled: {path}"
print("the text-scanning modules are compiled")
PY

echo "== tests on the compiled build"
python -m pytest -q -p no:cacheprovider
