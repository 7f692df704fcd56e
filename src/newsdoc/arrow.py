"""Articles as Apache Arrow rows: one row per article, for Parquet and other columnar stores.

The schema is derived from the pydantic models by walking their field annotations, so it
follows the models when they change; a field of a type it cannot map raises ``TypeError``
rather than being dropped. The mapping:

=====================================  ==================================================
model annotation                       Arrow type
=====================================  ==================================================
``str`` / ``int`` / ``float``          ``string`` / ``int64`` / ``float64``
``bool``                               ``bool_``
``Literal["a", "b"]``                  ``string``
``X | None``                           ``X``, nullable (every other field is not null)
``tuple[X, ...]``                      ``list<element: X>``
a nested model (``Span``, ``Quote``…)  ``struct`` of its fields, in field order
``datetime.date``                      ``date32``
``DateValue`` (date or datetime)       ``string``, ISO 8601 as in the JSON output
``dict[str, JsonValue]``, ``JsonValue``  ``string`` holding the JSON text
=====================================  ==================================================

``DateValue`` stays a string because one column cannot hold a calendar date in one row, a
naive datetime in the next and a zone-aware datetime in a third; ISO 8601 text keeps all
three exactly (``2022-03-08``, ``2022-03-08T10:45:00``, ``2022-03-08T10:45:00+05:30``) and
sorts chronologically within a zone. ``Annotation.data`` holds arbitrary plugin data, so it
is stored as JSON text (``json_extract`` in DuckDB, ``from_json`` in Spark).

Besides the :class:`~newsdoc.models.Article` fields, each row starts with a nullable
``id`` string column for the caller's document id. Field docstrings become the Arrow
fields' ``description`` metadata.

>>> import newsdoc
>>> article = newsdoc.parse("date 2022-03-08 The talks went on.")
>>> row = article_row(article, id="a1")
>>> row["id"], row["date_header"]["value"]
('a1', '2022-03-08')
>>> article_from_row(row) == article
True

pyarrow is an optional dependency (``pip install 'newsdoc[parquet]'``); it is imported
only when a function here needs it, so ``import newsdoc`` never does.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Union

from pydantic import BaseModel, JsonValue
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo

from newsdoc._version import __version__
from newsdoc.models import Article

if TYPE_CHECKING:
    # pyarrow ships no type information; with pyarrow-stubs installed this is checked
    import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]

__all__ = ["article_from_row", "article_row", "article_schema", "require_pyarrow"]

_INSTALL_HINT = "pip install 'newsdoc[parquet]'"

Kind = Literal["string", "int", "float", "bool", "date", "datevalue", "json", "list", "struct"]


def require_pyarrow() -> Any:
    """Import and return the ``pyarrow`` module, or raise ``ImportError`` saying how to get it."""
    try:
        return importlib.import_module("pyarrow")
    except ImportError as error:
        raise ImportError(
            f"writing Arrow or Parquet needs pyarrow, which is not installed: {_INSTALL_HINT}"
        ) from error


@dataclass(frozen=True)
class _Node:
    """How one annotation maps to Arrow, and how its JSON-mode values convert both ways."""

    kind: Kind
    nullable: bool = False
    item: _Node | None = None
    fields: tuple[tuple[str, _Node, str | None], ...] = ()

    def encode(self, value: Any) -> Any:
        """A ``model_dump(mode="json")`` value, ready for ``pyarrow``."""
        if self.kind == "json":
            # JsonValue itself admits null: only an optional field's None is an Arrow null
            if value is None and self.nullable:
                return None
            return json.dumps(value, ensure_ascii=False)
        if value is None:
            return None
        if self.kind == "date":
            return dt.date.fromisoformat(value)
        if self.kind == "float" and isinstance(value, str):
            # ser_json_inf_nan="strings" dumps infinities and NaN as "Infinity", "NaN"
            return float(value)
        if self.kind == "list":
            assert self.item is not None
            return [self.item.encode(entry) for entry in value]
        if self.kind == "struct":
            return {name: node.encode(value[name]) for name, node, _ in self.fields}
        return value

    def decode(self, value: Any) -> Any:
        """An Arrow (``to_pylist``) value, back in its ``model_dump(mode="json")`` form."""
        if value is None:
            return None
        if self.kind == "json":
            return json.loads(value)
        if self.kind == "date":
            return value.isoformat() if isinstance(value, dt.date) else value
        if self.kind == "list":
            assert self.item is not None
            return [self.item.decode(entry) for entry in value]
        if self.kind == "struct":
            return {name: node.decode(value.get(name)) for name, node, _ in self.fields}
        return value

    def arrow_type(self, pa: Any) -> Any:
        """The Arrow data type of this node."""
        simple: dict[str, Callable[[], Any]] = {
            "string": pa.string,
            "int": pa.int64,
            "float": pa.float64,
            "bool": pa.bool_,
            "date": pa.date32,
            "datevalue": pa.string,
            "json": pa.string,
        }
        if self.kind in simple:
            return simple[self.kind]()
        if self.kind == "list":
            assert self.item is not None
            # "element" is the name Parquet gives list items, so a file reads back unchanged
            return pa.list_(pa.field("element", self.item.arrow_type(pa), self.item.nullable))
        return pa.struct([_arrow_field(pa, name, node, doc) for name, node, doc in self.fields])


def _arrow_field(pa: Any, name: str, node: _Node, description: str | None) -> Any:
    metadata = {"description": description} if description else None
    return pa.field(name, node.arrow_type(pa), nullable=node.nullable, metadata=metadata)


_SCALARS: dict[object, Kind] = {str: "string", int: "int", float: "float", bool: "bool"}


def _node(annotation: Any, where: str) -> _Node:
    """Map one (resolved) pydantic field annotation to a :class:`_Node`."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _node(typing.get_args(annotation)[0], where)
    if annotation is JsonValue:
        return _Node("json")
    if origin in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        optional = len(members) < len(typing.get_args(annotation))
        stripped = {
            typing.get_args(arg)[0] if typing.get_origin(arg) is typing.Annotated else arg
            for arg in members
        }
        if stripped == {dt.date, dt.datetime}:
            node = _Node("datevalue")
        elif len(members) == 1:
            node = _node(members[0], where)
        else:
            raise TypeError(f"{where}: no Arrow mapping for the union {annotation!r}")
        return _Node(node.kind, optional or node.nullable, node.item, node.fields)
    if origin is Literal:
        if all(isinstance(value, str) for value in typing.get_args(annotation)):
            return _Node("string")
        raise TypeError(f"{where}: only string literals map to Arrow, not {annotation!r}")
    if origin is tuple:
        args = typing.get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return _Node("list", item=_node(args[0], f"{where}[]"))
        raise TypeError(f"{where}: only tuple[X, ...] maps to Arrow, not {annotation!r}")
    if origin is dict:
        return _Node("json")
    if annotation in _SCALARS:
        return _Node(_SCALARS[annotation])
    if annotation is dt.datetime:
        # a lone datetime field may be naive in one row and zone-aware in the next
        return _Node("datevalue")
    if annotation is dt.date:
        return _Node("date")
    if typing.get_origin(annotation) is None and (
        (isinstance(annotation, type) and issubclass(annotation, BaseModel))
        or is_pydantic_dataclass(annotation)
    ):
        return _model_node(annotation)
    raise TypeError(f"{where}: no Arrow mapping for {annotation!r}")


@functools.cache
def _model_node(model: type[Any]) -> _Node:
    """The struct of a model or pydantic dataclass (such as ``Span``)."""
    infos: dict[str, FieldInfo] = (
        model.model_fields if issubclass(model, BaseModel) else model.__pydantic_fields__
    )
    fields = tuple(
        (name, _node(info.annotation, f"{model.__name__}.{name}"), info.description)
        for name, info in infos.items()
    )
    return _Node("struct", fields=fields)


@functools.cache
def _row_node() -> _Node:
    article = _model_node(Article)
    identifier = ("id", _Node("string", nullable=True), "The caller's id of the document.")
    return _Node("struct", fields=(identifier, *article.fields))


@functools.cache
def _schema() -> Any:
    pa = require_pyarrow()
    fields = [_arrow_field(pa, name, node, doc) for name, node, doc in _row_node().fields]
    return pa.schema(fields, metadata={"newsdoc.version": __version__})


def article_schema() -> pyarrow.Schema:
    """The Arrow schema of one article row: ``id`` then every field of ``Article``.

    Raises ``ImportError`` when pyarrow is not installed.
    """
    schema: pyarrow.Schema = _schema()
    return schema


def _id_text(value: JsonValue) -> str | None:
    if value is None or isinstance(value, str):
        return value
    # numbers and other JSON ids keep their JSON spelling: 7 -> "7", true -> "true"
    return json.dumps(value, ensure_ascii=False)


def article_row(article: Article, id: JsonValue = None) -> dict[str, Any]:
    """Convert ``article`` to a row of :func:`article_schema`.

    ``id`` is the caller's document id; a string is kept as is, any other JSON value is
    stored as its JSON text (``7`` becomes ``"7"``). Needs no pyarrow.
    """
    dumped = article.model_dump(mode="json")
    dumped["id"] = _id_text(id)
    row: dict[str, Any] = _row_node().encode(dumped)
    return row


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild the :class:`~newsdoc.models.Article` of a row (the inverse of
    :func:`article_row`, also for rows read back with ``Table.to_pylist()``).

    The ``id`` column is ignored. Needs no pyarrow.
    """
    decoded = _row_node().decode(row)
    del decoded["id"]
    return Article.model_validate(decoded)
