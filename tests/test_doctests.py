"""The examples in the package's docstrings run and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsdoc

MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(newsdoc.__path__, prefix="newsdoc.")
    if module.name != "newsdoc.__main__"
)


def test_modules_are_found() -> None:
    assert "newsdoc.pipeline" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
