#!/usr/bin/env bash
# Run the test suite against the LOWEST versions of the runtime dependencies that
# pyproject.toml allows (pydantic, python-dateutil, regex, tqdm), to check that the
# declared lower bounds are true.
#
#   scripts/test_min_versions.sh                    # with python3
#   PYTHON=python3.10 scripts/test_min_versions.sh  # with the oldest supported Python
#   scripts/test_min_versions.sh -x -q              # extra arguments go to pytest
#
# Two runs in one virtual environment (in a temporary directory, removed afterwards):
#
# 1. Each `name>=X` runtime requirement is pinned to `name==X`; pytest, hypothesis and the
#    parquet, dask and spacy extras are installed at whatever versions fit, and every test that
#    does not need the html extra runs (`-k "not html"`).
# 2. The html extra is installed on top. trafilatura brings its own, higher floors (its
#    htmldate needs python-dateutil>=2.9.0.post0), so pip may upgrade a pin here; the
#    versions used are printed, and the html tests run (`-k html`).
#
# Not part of .ci/run: it downloads old releases and takes a few minutes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
# shellcheck disable=SC1091
source "$work/venv/bin/activate"
python -m pip install --quiet --upgrade pip packaging
python -c "import sys; sys.version_info < (3, 11) and sys.exit(1)" \
    || python -m pip install --quiet tomli

# name==lowest for every runtime requirement that has a lower bound
python - "$work/constraints.txt" <<'PY'
import sys

try:
    import tomllib
except ImportError:
    import tomli as tomllib

from packaging.requirements import Requirement

with open("pyproject.toml", "rb") as handle:
    project = tomllib.load(handle)["project"]
pins = []
for text in project["dependencies"]:
    requirement = Requirement(text)
    lowest = [spec.version for spec in requirement.specifier if spec.operator in (">=", "==")]
    if not lowest:
        sys.exit(f"{requirement.name} has no lower bound in pyproject.toml")
    pins.append(f"{requirement.name}=={lowest[0]}")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\n".join(pins) + "\n")
PY

echo "== lowest runtime versions"
cat "$work/constraints.txt"
python -m pip install --quiet --constraint "$work/constraints.txt" \
    '.[parquet,dask,spacy]' 'pytest>=7.4' 'hypothesis>=6.90'

# print the installed runtime versions; with --exact they must be the pinned ones
versions() {
    python - "$work/constraints.txt" "$@" <<'PY'
import sys
from importlib.metadata import version

from packaging.version import Version

for line in open(sys.argv[1], encoding="utf-8").read().split():
    name, wanted = line.split("==")
    found = version(name)
    print(f"{name:16} {found}")
    if "--exact" in sys.argv and Version(found) != Version(wanted):
        sys.exit(f"{name} {found} is installed instead of {wanted}")
print(f"{'python':16} {sys.version.split()[0]}")
PY
}
versions --exact

echo "== tests at the lowest runtime versions (everything but the html extra)"
python -m pytest -p no:cacheprovider -k "not html" "$@"

echo "== html extra"
python -m pip install --quiet '.[html]'
versions
python -m pytest -p no:cacheprovider -k html "$@"
