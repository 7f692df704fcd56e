"""Field descriptions taken from attribute docstrings, with one parse per module.

This is what pydantic's ``use_attribute_docstrings`` does, but pydantic (on Python before
3.13) finds each class's source by walking the stack, then tokenises and parses that
class on its own, which made up about a sixth of ``import newsdoc``. Parsing the whole
module once costs a fraction of that.
"""

from __future__ import annotations

import ast
import inspect
import sys
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["describe_fields"]


def describe_fields(model: type[BaseModel]) -> None:
    """Give each field of ``model`` the docstring written under it in the class body as
    its ``description``, unless it has one already.

    For models only: pydantic keeps a model's fields when its deferred build runs, but
    collects a pydantic dataclass's fields afresh then, dropping these descriptions. The
    model must be defined at the top level of a module whose source is available;
    otherwise its fields are left as they are, as pydantic does.
    """
    docstrings = _module_docstrings(model.__module__).get(model.__qualname__, {})
    for name, field in model.__pydantic_fields__.items():
        if field.description is None and name in docstrings:
            field.description = docstrings[name]


@cache
def _module_docstrings(module: str) -> dict[str, dict[str, str]]:
    """Class name -> field name -> docstring, for the top-level classes of ``module``."""
    try:
        source = inspect.getsource(sys.modules[module])
    except (OSError, TypeError):  # no source shipped, or a built-in module
        return {}
    return {
        node.name: _field_docstrings(node)
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef)
    }


def _field_docstrings(node: ast.ClassDef) -> dict[str, str]:
    """The string literals that directly follow an annotated name in the class body."""
    docstrings = {}
    for statement, following in pairwise(node.body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docstrings[statement.target.id] = inspect.cleandoc(following.value.value)
    return docstrings
