"""The top-level functions: :func:`parse` and :func:`parse_bytes`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from newsdoc._decoding import decode_strictly, split_bom
from newsdoc.models import Article
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Parser, Pipeline
from newsdoc.plugins import load_plugin

__all__ = ["decode", "parse", "parse_bytes", "pipeline_with"]


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def pipeline_with(plugins: Iterable[str | Parser] = ()) -> Pipeline:
    """The default pipeline plus ``plugins``: entry-point names or parser objects."""
    pipeline = _default_pipeline()
    for plugin in plugins:
        pipeline = pipeline.add(load_plugin(plugin) if isinstance(plugin, str) else plugin)
    return pipeline


def parse(
    text: str,
    *,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
) -> Article:
    """Parse one news text into an :class:`~newsdoc.models.Article`.

    ``plugins`` adds parsers to the default pipeline: names of installed ``newsdoc.parsers``
    entry points, or parser objects. Content problems become ``article.diagnostics``;
    a non-``str`` input raises ``TypeError``.

    >>> article = parse("date 2022-03-08 Kyiv stays calm.")
    >>> article.date_header.value.isoformat()
    '2022-03-08'
    """
    if isinstance(plugins, str):
        raise TypeError("plugins takes a list of names, e.g. plugins=[name], not a bare str")
    return pipeline_with(plugins).parse(text, options)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Decode document bytes: UTF-8 (with or without BOM) or UTF-16/32 with a BOM.

    Raises :class:`~newsdoc.errors.InputDecodeError` naming the first undecodable byte.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    encoding, skipped = split_bom(data) or ("utf-8", 0)
    return decode_strictly(data[skipped:], encoding, skipped, source, f"as {encoding.upper()}")


def parse_bytes(
    data: bytes,
    *,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
) -> Article:
    """Decode ``data`` with :func:`decode`, then :func:`parse` it."""
    return parse(decode(data), options=options, plugins=plugins)
