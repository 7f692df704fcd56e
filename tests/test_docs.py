"""Every Python example in the README and docs/ runs, in order, from the repository root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).parent.parent
FENCE = regex.compile(r"^```python\n(.*?)^```", regex.MULTILINE | regex.DOTALL)
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]


def _examples(path: Path) -> list[str]:
    return [match.group(1) for match in FENCE.finditer(path.read_text(encoding="utf-8"))]


def test_the_readme_has_python_examples() -> None:
    assert len(_examples(ROOT / "README.md")) >= 3


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_run(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        for number, source in enumerate(_examples(path), start=1):
            namespace: dict[str, object] = {"__name__": f"example_{number}"}
            try:
                exec(compile(source, f"{path.name}:example {number}", "exec"), namespace)
            except Exception as error:
                raise AssertionError(f"{path.name} example {number} failed: {error!r}") from error
    finally:
        os.chdir(previous)
    capsys.readouterr()
