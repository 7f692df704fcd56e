"""Docstrings read from the source files, not from ``__doc__``.

A compiled build of newsdoc (docs/performance.md) keeps no docstrings on its functions,
so the tests that check every rule documents its surface forms read them here, and pass
on either build.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import cache
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"


def docstring(function: Callable[..., object]) -> str:
    """The docstring written for ``function`` in its module's source, or ``""``."""
    return _module_docstrings(function.__module__).get(function.__qualname__, "")


@cache
def _module_docstrings(module: str) -> dict[str, str]:
    """Top-level function name -> its docstring, for ``module``'s source file."""
    path = SOURCE.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name: ast.get_docstring(node) or ""
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    }
