"""``import newsdoc`` stays fast: what plain parsing does not need is not loaded, and no
model is built, until first use. Each check runs in a fresh interpreter, since this
test session has long since imported everything."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pydantic import BaseModel
from pydantic.dataclasses import rebuild_dataclass

import newsdoc
import newsdoc.models
import newsdoc.records
from newsdoc.options import ParseOptions


def _after_import(expression: str) -> object:
    """The value of ``expression`` (as JSON) in a new interpreter that ran ``import newsdoc``."""
    code = f"import json, sys, newsdoc\nprint(json.dumps({expression}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def loaded_modules() -> set[str]:
    modules = _after_import("sorted(sys.modules)")
    assert isinstance(modules, list)
    return set(modules)


@pytest.mark.parametrize(
    "module",
    [
        "newsdoc.batch",  # parse_many, imported on first access
        "concurrent.futures.process",  # the process pool of parse_many(jobs > 1)
        "multiprocessing",
        "newsdoc.html",  # parse_html, imported on first access
        "trafilatura",
        "lxml",
        "importlib.metadata",  # plugin look-ups, and pydantic's plugins on a model build
        "newsdoc.cli",
        "newsdoc.records",
        "pyarrow",
        "dask",
        "newsdoc.spacy",  # to_spacy, imported on first access
        "spacy",
        "dateutil",  # the date parsers, loaded with the pipeline's parsers
        "regex",  # likewise: newsdoc.document names it in annotations only
    ],
)
def test_plain_import_leaves_module_unloaded(loaded_modules: set[str], module: str) -> None:
    assert module not in loaded_modules


def test_no_model_is_built_at_import() -> None:
    built = _after_import(
        "[name for name, value in [*vars(newsdoc.models).items(), ('ParseOptions',"
        " newsdoc.ParseOptions)] if getattr(value, '__pydantic_complete__', False)]"
    )
    assert built == []


def test_lazy_names_are_the_real_ones() -> None:
    from newsdoc import parse_html, parse_many
    from newsdoc.batch import parse_many as batch_parse_many
    from newsdoc.html import parse_html as html_parse_html

    assert parse_many is batch_parse_many
    assert parse_html is html_parse_html
    assert newsdoc.batch.parse_many is batch_parse_many
    assert set(newsdoc.__all__) <= set(dir(newsdoc))
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        _ = newsdoc.parse_everything


def test_lazy_names_resolve_in_a_fresh_interpreter() -> None:
    found = _after_import(
        "[newsdoc.parse_many.__module__, newsdoc.parse_html.__module__,"
        " 'parse_many' in dir(newsdoc), 'batch' in dir(newsdoc)]"
    )
    assert found == ["newsdoc.batch", "newsdoc.html", True, True]


@pytest.mark.parametrize(
    "model",
    [
        *(
            value
            for module in (newsdoc.models, newsdoc.records)
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == module.__name__
            and hasattr(value, "__pydantic_fields__")
        ),
        ParseOptions,
    ],
    ids=lambda model: model.__name__,
)
def test_every_field_keeps_its_docstring_as_description_once_built(model: type) -> None:
    # building after the fact must not lose descriptions set at class creation
    if issubclass(model, BaseModel):
        model.model_rebuild(force=True)
    else:
        rebuild_dataclass(model, force=True)
    fields = vars(model)["__pydantic_fields__"]
    undocumented = [name for name, field in fields.items() if not field.description]
    assert undocumented == []
