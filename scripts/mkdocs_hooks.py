"""MkDocs hooks: pages that show generated output, so it can never go stale.

A page asks for generated content with an HTML comment on a line of its own:

* ``<!-- newsdoc:schema -->`` — the JSON Schema of ``Article`` (``newsdoc schema``);
* ``<!-- newsdoc:schema --records -->`` — the schema of the ``--id-field`` records;
* ``<!-- newsdoc:help parse -->`` — the ``--help`` text of a command (or of ``newsdoc``
  itself with ``<!-- newsdoc:help -->``).

Everything is produced by running the ``newsdoc`` command of the package being documented
(``python -m newsdoc`` with the interpreter running MkDocs), at build time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
MARKER = regex.compile(r"^<!-- newsdoc:(?P<what>schema|help)(?P<args>[^>\n]{0,80}?) -->$", regex.M)


def _newsdoc(*arguments: str) -> str:
    environment = dict(os.environ, COLUMNS="88")
    # the package under documentation, even when the one installed is another version
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "src"), *filter(None, [environment.get("PYTHONPATH")])]
    )
    completed = subprocess.run(
        [sys.executable, "-m", "newsdoc", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=True,
        cwd=ROOT,
    )
    return completed.stdout.rstrip("\n")


def _replacement(match: regex.Match[str]) -> str:
    arguments = match.group("args").split()
    if match.group("what") == "schema":
        return f"```json\n{_newsdoc('schema', *arguments)}\n```"
    command = " ".join(["newsdoc", *arguments])
    return f"```text\n$ {command} --help\n{_newsdoc(*arguments, '--help')}\n```"


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace every ``<!-- newsdoc:… -->`` marker with the output it names."""
    return MARKER.sub(_replacement, markdown)
