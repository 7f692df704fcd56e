"""The top-level functions: :func:`parse` and :func:`parse_bytes`."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from functools import cache

from newsdoc.errors import InputDecodeError
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
    encoding = "utf-8"
    for bom, bom_encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body, skipped, encoding = data[len(bom) :], len(bom), bom_encoding
            break
    else:
        body, skipped = data, 0
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputDecodeError(
            f"cannot decode as {encoding.upper()}: {error.reason}",
            offset=skipped + error.start,
            source=source,
        ) from None


def parse_bytes(
    data: bytes,
    *,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
) -> Article:
    """Decode ``data`` with :func:`decode`, then :func:`parse` it."""
    return parse(decode(data), options=options, plugins=plugins)
