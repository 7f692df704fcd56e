"""Every command in a ```console block of the README and docs/ runs and prints what it shows.

A console block holds ``$ newsdoc …`` commands, each optionally followed by lines of its
output. The command runs from the repository root on bundled files; it must exit with
status 0, and each output line shown must be a line of what it prints (a line with ``…``
stands for any line starting with the text before the ``…``). Commands that cannot run
here (other files, a cluster, shell pipes) belong in ```bash blocks instead.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import regex

from newsdoc.cli import main

ROOT = Path(__file__).parent.parent
FENCE = regex.compile(r"^```console\n(.*?)^```", regex.MULTILINE | regex.DOTALL)
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]


def _commands() -> list[tuple[str, str, list[str]]]:
    """(where, command, shown output lines) for every console command in the docs."""
    found: list[tuple[str, str, list[str]]] = []
    for path in DOCUMENTS:
        name = str(path.relative_to(ROOT))
        for block in FENCE.finditer(path.read_text(encoding="utf-8")):
            for line in block.group(1).splitlines():
                if line.startswith("$ "):
                    found.append((name, line[2:], []))
                elif found and found[-1][0] == name and line.strip():
                    found[-1][2].append(line)
    return found


COMMANDS = _commands()


def test_the_docs_have_console_examples() -> None:
    assert len(COMMANDS) >= 10
    assert {where for where, _, _ in COMMANDS} >= {"docs/cli.md", "docs/getting-started.md"}


@pytest.mark.parametrize(
    ("where", "command", "shown"), COMMANDS, ids=[f"{w}: {c}" for w, c, _ in COMMANDS]
)
def test_console_command_runs(
    where: str,
    command: str,
    shown: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = shlex.split(command)
    assert words[0] == "newsdoc", f"{where}: console blocks hold newsdoc commands only"
    assert not {"-o", "--output", "|", ">"} & set(words), f"{where}: {command} writes files"
    monkeypatch.chdir(ROOT)
    try:
        status = main(words[1:])
    except SystemExit as exit_:  # --version and --help exit through argparse
        status = exit_.code
    out, err = capsys.readouterr()
    assert status == 0, f"{where}: {command} exited {status}: {err}"
    printed = [line.rstrip() for line in out.splitlines()]
    for line in shown:
        if "…" in line:
            start = line.split("…", 1)[0].rstrip()
            assert any(got.startswith(start) for got in printed), f"{where}: {line!r} not printed"
        else:
            assert line.rstrip() in printed, f"{where}: {line!r} not printed"
