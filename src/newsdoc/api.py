"""The top-level functions: :func:`parse` and :func:`parse_bytes`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from newsdoc._decoding import decode_strictly, split_bom, text_codec
from newsdoc.errors import PluginError
from newsdoc.models import Article
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Parser, Pipeline
from newsdoc.plugins import load_plugin

__all__ = ["decode", "parse", "parse_bytes", "pipeline_with"]


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def pipeline_with(plugins: Iterable[str | Parser] = ()) -> Pipeline:
    """The default pipeline plus ``plugins``: entry-point names or parser objects.

    Raises :class:`~newsdoc.errors.PluginError` for a plugin named like a built-in parser:
    adding it would silently replace that parser. To replace one on purpose, say so with
    ``Pipeline.default().add(parser)``.
    """
    pipeline = _default_pipeline()
    built_in = set(pipeline.names)
    for plugin in plugins:
        parser = load_plugin(plugin) if isinstance(plugin, str) else plugin
        name = getattr(parser, "name", None)
        if name in built_in:
            raise PluginError(
                f"plugin {name!r} has the name of a built-in parser and would replace it; "
                "rename the plugin, or replace the parser on purpose with "
                "Pipeline.default().add(parser)"
            )
        pipeline = pipeline.add(parser)
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
    a non-``str`` input raises ``TypeError``. Lone surrogates (``"\\ud800"``), which
    no UTF-8 output can hold, become U+FFFD in ``article.text`` with a
    ``lone-surrogate`` diagnostic; every offset stays the same.

    >>> article = parse("date 2022-03-08 Kyiv stays calm.")
    >>> article.date_header.value.isoformat()
    '2022-03-08'
    """
    if isinstance(plugins, str):
        raise TypeError("plugins takes a list of names, e.g. plugins=[name], not a bare str")
    return pipeline_with(plugins).parse(text, options)


LEGACY_HINT = "if the text is Latin-1 or Windows-1252, pass encoding='cp1252'"
"""What a failed UTF-8 decoding suggests: most non-UTF-8 news text is one of the two."""


def decode(data: bytes, *, source: str | None = None, encoding: str | None = None) -> str:
    """Decode document bytes: UTF-8 (with or without BOM) or UTF-16/32 with a BOM, or
    ``encoding`` when it is given (any codec Python knows, e.g. ``"cp1252"``,
    ``"latin-1"``, ``"shift_jis"``; a byte-order mark still wins, as it does in browsers).

    Raises :class:`~newsdoc.errors.InputDecodeError` naming the first undecodable byte
    (with a hint to pass ``encoding`` when UTF-8 failed), and ``LookupError`` for an
    unknown or non-text encoding name.

    >>> decode("café".encode("cp1252"), encoding="cp1252")
    'café'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        encoding = text_codec(encoding)
    marked = split_bom(data)
    chosen, skipped = marked or (encoding or "utf-8", 0)
    hint = LEGACY_HINT if marked is None and encoding is None else None
    return decode_strictly(
        data[skipped:], chosen, skipped, source, f"as {chosen.upper()}", hint=hint
    )


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
) -> Article:
    """Decode ``data`` with :func:`decode` (``encoding`` as there), then :func:`parse` it."""
    return parse(decode(data, encoding=encoding), options=options, plugins=plugins)
