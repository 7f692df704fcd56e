"""The shapes of the JSON Lines that ``newsdoc parse --id-field`` writes.

Each output line is either an :class:`ArticleRecord` or an :class:`ErrorRecord`, in input
order, so an output file lines up with its input corpus::

    {"id": "a1", "article": {...}}
    {"id": "a2", "index": 1, "error": {"type": "InvalidRecord", "message": "..."}}

``newsdoc schema --records`` prints their JSON Schema.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, JsonValue, TypeAdapter

from newsdoc._docstrings import describe_fields
from newsdoc.models import Article

__all__ = ["ArticleRecord", "ErrorInfo", "ErrorRecord", "record_schema"]


class _Record(BaseModel):
    # Kept out of the CLI's start-up, as for the models: built on first use, and field
    # descriptions from describe_fields.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        describe_fields(cls)


class ArticleRecord(_Record):
    """A parsed document of a JSON Lines corpus."""

    id: JsonValue
    """The value of the input record's id field (``None`` when it has none)."""
    article: Article
    """The parsed article."""


class ErrorInfo(_Record):
    """Why a document could not be parsed."""

    type: str
    """The kind of problem: ``InvalidRecord``, ``InputDecodeError``, or an exception name."""
    message: str
    """A human-readable explanation naming the file and line."""


class ErrorRecord(_Record):
    """A document of a JSON Lines corpus that could not be read or parsed."""

    id: JsonValue
    """The value of the input record's id field, when it could be read."""
    index: int
    """The position of the record among the input documents, counting from 0."""
    error: ErrorInfo
    """What went wrong."""


def record_schema() -> dict[str, Any]:
    """The JSON Schema of one output line: an article record or an error record."""
    schema: dict[str, Any] = TypeAdapter(ArticleRecord | ErrorRecord).json_schema()
    schema["title"] = "NewsdocRecord"
    return schema
