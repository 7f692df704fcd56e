"""Bare ``@id`` references in a page's JSON-LD graph, looked up.

SEO plugins write an article's author and publisher as a reference to another object
of the page's ``@graph``: ``"author": {"@id": "https://example.org/#/schema/person/1"}``,
with the ``Person`` that has that ``@id`` elsewhere in the graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["json_ld_references", "resolve_reference"]


def json_ld_references(nodes: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The objects among ``nodes`` that carry an ``@id`` and say more than it, by that
    ``@id``: what a bare reference elsewhere in the page's graph points to."""
    return {
        node["@id"]: node for node in nodes if isinstance(node.get("@id"), str) and len(node) > 1
    }


def resolve_reference(value: Any, references: dict[str, dict[str, Any]]) -> Any:
    """``value``, or the object it refers to when it is a bare reference
    (``{"@id": "https://example.org/#/schema/person/1"}``, as SEO plugins write the
    author and publisher of an article in a ``@graph``)."""
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return references.get(value["@id"], value)
    return value
