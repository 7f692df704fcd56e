"""Parsers shipped by other packages, found through the ``newsdoc.parsers`` entry points.

A distribution declares its parser in its ``pyproject.toml``::

    [project.entry-points."newsdoc.parsers"]
    pti_credit = "newsdoc_pti:PTICreditParser"

The entry point may name a parser instance, or a class or factory that builds one when
called without arguments. Installing a plugin never activates it: it is used only when
asked for by name, ``newsdoc.parse(text, plugins=["pti_credit"])`` or
``newsdoc parse --plugin pti_credit``. The parser's own ``name`` must equal the entry
point's name, so that results always say which plugin produced them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdoc.errors import PluginError
from newsdoc.pipeline import Parser, check_parser

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["ENTRY_POINT_GROUP", "available_plugins", "load_plugin"]

ENTRY_POINT_GROUP = "newsdoc.parsers"
"""The entry-point group plugins register under."""


def _entry_points() -> dict[str, EntryPoint]:
    # importlib.metadata costs tens of milliseconds to import: only plugin look-ups need it
    from importlib.metadata import entry_points

    found: dict[str, EntryPoint] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(entry_point.name, entry_point)
    return found


def available_plugins() -> tuple[str, ...]:
    """The names of the installed plugin parsers, sorted."""
    return tuple(sorted(_entry_points()))


def load_plugin(name: str) -> Parser:
    """Load the plugin parser registered under ``name``.

    Raises :class:`~newsdoc.errors.PluginError` when no installed distribution provides
    ``name`` (the message lists those that exist), when the entry point cannot be
    imported, when it does not give a parser, or when the parser's ``name`` differs.
    """
    found = _entry_points()
    entry_point = found.get(name)
    if entry_point is None:
        installed = ", ".join(sorted(found)) or "none"
        raise PluginError(
            f"no newsdoc plugin named {name!r} is installed (installed plugins: {installed})"
        )
    try:
        target = entry_point.load()
    except Exception as error:
        raise PluginError(
            f"plugin {name!r} ({entry_point.value}) could not be loaded: "
            f"{type(error).__name__}: {error}"
        ) from error
    candidate: object = target
    if isinstance(target, type) or (callable(target) and not hasattr(target, "parse")):
        try:
            candidate = target()
        except Exception as error:
            raise PluginError(
                f"plugin {name!r} ({entry_point.value}) could not be built: "
                f"{type(error).__name__}: {error}"
            ) from error
    try:
        parser = check_parser(candidate)
    except TypeError as error:
        raise PluginError(
            f"plugin {name!r} ({entry_point.value}) is not a parser: {error}"
        ) from error
    if parser.name != name:
        raise PluginError(
            f"plugin {name!r} ({entry_point.value}) gives a parser named {parser.name!r}; "
            "the entry point's name and the parser's name must be the same"
        )
    return parser
