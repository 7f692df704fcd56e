#!/usr/bin/env bash
# Check that this checkout builds a publishable release:
#
# * `python -m build` makes an sdist and, from it, a wheel; `twine check --strict` passes;
# * the metadata is complete: a Markdown description from the README, an SPDX licence,
#   valid trove classifiers, project URLs, Requires-Python, the typed marker;
# * the wheel holds newsdoc/py.typed and every lexicon JSON file, and no tests, corpus,
#   seeds, benchmarks, docs or examples;
# * the wheel installed into a fresh virtual environment parses the seed article, and
#   `newsdoc --version`, `newsdoc.__version__` and `importlib.metadata.version("newsdoc")`
#   agree with the wheel's version.
#
#   scripts/check_release.sh             # uses `python` from PATH (with pip)
#
# Needs network access to PyPI (build isolation and the fresh environment's dependencies).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python -m pip install --quiet build twine trove-classifiers packaging

echo "== build sdist and wheel"
python -m build --outdir "$work/dist" . > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
ls "$work/dist"

echo "== twine check"
python -m twine check --strict "$work/dist"/*

echo "== contents and metadata"
python - "$work/dist" "$root" <<'PY'
import email
import sys
import tarfile
import zipfile
from pathlib import Path

from packaging.version import Version
from trove_classifiers import classifiers as known_classifiers

dist, root = Path(sys.argv[1]), Path(sys.argv[2])
[wheel] = dist.glob("*.whl")
[sdist] = dist.glob("*.tar.gz")
problems = []

names = zipfile.ZipFile(wheel).namelist()
if "newsdoc/py.typed" not in names:
    problems.append("the wheel has no newsdoc/py.typed")
lexicons = sorted(path.name for path in (root / "src/newsdoc/lexicon").glob("*.json"))
missing = [name for name in lexicons if f"newsdoc/lexicon/{name}" not in names]
if missing or not lexicons:
    problems.append(f"lexicon files missing from the wheel: {missing or 'all'}")
top = {name.split("/", 1)[0] for name in names}
if top - {"newsdoc"} - {name for name in top if name.endswith(".dist-info")}:
    problems.append(f"unexpected top-level entries in the wheel: {sorted(top)}")
forbidden = ("tests/", "seeds/", "benchmarks/", "corpus", "fuzz/", "docs/", "examples/")
leaked = [name for name in names if any(part in name for part in forbidden)]
if leaked:
    problems.append(f"the wheel holds files it must not: {leaked[:5]}")
if any(name.endswith((".pyc", ".so")) for name in names):
    problems.append("the wheel holds compiled files")

[metadata_name] = [name for name in names if name.endswith(".dist-info/METADATA")]
metadata = email.message_from_bytes(zipfile.ZipFile(wheel).read(metadata_name))
for field in ("Name", "Version", "Summary", "Requires-Python", "License-Expression"):
    if not metadata.get(field):
        problems.append(f"metadata has no {field}")
if metadata.get("Description-Content-Type") != "text/markdown":
    problems.append("the description is not the Markdown README")
readme_title = (root / "README.md").read_text(encoding="utf-8").splitlines()[0]
if readme_title not in (metadata.get_payload() or ""):
    problems.append("the description is not the README")
urls = metadata.get_all("Project-URL") or []
if not {"Homepage", "Documentation", "Repository", "Issues", "Changelog"} <= {
    url.split(",", 1)[0] for url in urls
}:
    problems.append(f"project URLs incomplete: {urls}")
classifiers = metadata.get_all("Classifier") or []
unknown = [c for c in classifiers if c not in known_classifiers]
if unknown:
    problems.append(f"unknown trove classifiers: {unknown}")
if "Typing :: Typed" not in classifiers:
    problems.append("no Typing :: Typed classifier")
if not any(name.endswith("LICENSE") for name in names):
    problems.append("the wheel carries no LICENSE file")
version = Version(metadata["Version"])
if not wheel.name.startswith(f"newsdoc-{version}-"):
    problems.append(f"wheel name {wheel.name} does not carry version {version}")

members = tarfile.open(sdist).getnames()
for needed in ("pyproject.toml", "README.md", "LICENSE", "src/newsdoc/__init__.py"):
    if not any(member.endswith("/" + needed) for member in members):
        problems.append(f"the sdist has no {needed}")
if any("/corpus" in member for member in members):
    problems.append("the sdist holds corpus files")

print(f"{wheel.name}: {len(names)} files, {len(lexicons)} lexicons, {len(classifiers)} classifiers")
print(f"{sdist.name}: {len(members)} files")
if problems:
    sys.exit("\n".join(problems))
PY

echo "== install the wheel into a fresh virtual environment"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet "$work/dist"/*.whl
# run from outside the checkout so that nothing is imported from src/
cd "$work"
"$work/venv/bin/newsdoc" parse "$root/seeds/000_2e2d49f80a362eee.txt" > "$work/seed.json"
"$work/venv/bin/python" - "$work/seed.json" "$work/dist" "$("$work/venv/bin/newsdoc" --version)" <<'PY'
import json
import sys
from importlib.metadata import version
from pathlib import Path

import newsdoc

article = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
assert article["date_header"]["value"] == "2022-03-08", article["date_header"]
assert article["social_posts"][0]["handle"] == "mfa_russia"
assert "site-packages" in newsdoc.__file__, f"newsdoc imported from {newsdoc.__file__}"
[wheel] = Path(sys.argv[2]).glob("*.whl")
wheel_version = wheel.name.split("-")[1]
versions = {
    "newsdoc --version": sys.argv[3].removeprefix("newsdoc "),
    "newsdoc.__version__": newsdoc.__version__,
    'importlib.metadata.version("newsdoc")': version("newsdoc"),
    "wheel file name": wheel_version,
}
print("\n".join(f"{where:40} {found}" for where, found in versions.items()))
assert len(set(versions.values())) == 1, "the versions disagree"
print("the installed wheel parses the seed article")
PY
