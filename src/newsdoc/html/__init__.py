"""News pages as input: :func:`parse_html` gives the same :class:`~newsdoc.models.Article`
as :func:`newsdoc.parse` does for text, plus what only the markup knows.

1. The page is decoded (bytes: BOM, declared charset, UTF-8, cp1252) and parsed by lxml.
2. trafilatura finds the main text; it is laid out one block per paragraph, heading, list
   item or quotation, separated by blank lines (:mod:`newsdoc.html.extract`), and the
   normal pipeline parses it, so every located item has a span into ``article.text``.
3. The markup adds what the text cannot hold: official embeds
   (:mod:`newsdoc.html.embeds`), title, authors, canonical URL and dates
   (:mod:`newsdoc.html.metadata`), picture credits (:mod:`newsdoc.html.credits`). They are
   merged with the text's items without duplicates (:mod:`newsdoc.html.merge`); items
   from markup have ``span=None``.

Needs the ``html`` extra (``pip install 'newsdoc[html]'``: trafilatura and lxml); they are
imported on first use, so ``import newsdoc`` stays fast. No URL is ever fetched: ``url``
is metadata only.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdoc.api import pipeline_with
from newsdoc.html.decode import DecodeErrors, decode_html, decode_page
from newsdoc.html.extract import TRAFILATURA_MISSING
from newsdoc.models import Article, Diagnostic
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Parser

__all__ = ["decode_html", "parse_html"]


def _require_dependencies() -> None:
    try:
        import lxml.html  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
        import trafilatura  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
    except ImportError as error:
        raise ImportError(TRAFILATURA_MISSING) from error


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
    decode_errors: DecodeErrors = "replace",
) -> Article:
    """Parse one news page into an :class:`~newsdoc.models.Article`.

    ``html`` is the page as ``str``, or as ``bytes`` decoded by
    :func:`~newsdoc.html.decode.decode_page`: bytes the page's encoding cannot decode
    become U+FFFD with an ``html-decode-replaced`` diagnostic, or, with
    ``decode_errors="strict"``, raise :class:`~newsdoc.errors.InputDecodeError`. ``url``
    is recorded as the canonical URL when the page names none, and dates a page whose
    markup states no publication date (a ``/2024/03/03/`` path); it is never fetched.
    ``options`` and ``plugins`` are those of :func:`newsdoc.parse`. Malformed or empty
    pages give a valid article with diagnostics (``html-no-markup``,
    ``html-no-main-text``), never an exception.

    >>> article = parse_html("<html><body><article><h2>Harbour News</h2>"
    ...                      "<p>The ferry moved early.</p></article></body></html>")
    >>> article.text
    'Harbour News\\n\\nThe ferry moved early.'
    """
    if isinstance(plugins, str):
        raise TypeError("plugins takes a list of names, e.g. plugins=[name], not a bare str")
    decoding: list[Diagnostic] = []
    if isinstance(html, (bytes, bytearray, memoryview)):
        html, decoding = decode_page(bytes(html), errors=decode_errors)
    elif not isinstance(html, str):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    _require_dependencies()

    from newsdoc.html.build import build_article

    return build_article(
        html,
        url=url,
        options=options if options is not None else ParseOptions(),
        pipeline=pipeline_with(plugins),
        diagnostics=decoding,
    )
