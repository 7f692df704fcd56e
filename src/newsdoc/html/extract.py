"""The main text of a page, laid out the way the text parsers expect it.

trafilatura finds the main content; its structured output (paragraphs, headings, list
items, quotations, tables, code blocks) becomes one block each, joined by a blank line,
so a heading stands on a line of its own and an embedded post's signature stays below
its body:

* ``<head>`` (a heading of any level) → one line, inner line breaks turned into spaces;
* ``<p>``, list ``<item>``, table ``<row>`` (cells joined by `` | ``) → one block each,
  ``<lb/>`` kept as a line break inside the block;
* ``<quote>`` / ``<code>`` (trafilatura's form of a blockquote, embeds included) → one block
  per paragraph inside, or one block when it holds bare text.

Images are skipped; comments are not extracted. A page of more than
:data:`MAX_EXTRACTED_ELEMENTS` elements (a dump, not an article page) is not handed to
trafilatura, whose cost grows faster than the page: :func:`plain_blocks` takes the text of
its headings, paragraphs and list items in document order instead. trafilatura runs with a fixed
configuration: no network, no deduplication cache shared between calls, no language
filter and no time-out signal, so the same page always gives the same text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newsdoc.html.decode import compile_xpath

__all__ = [
    "MAX_EXTRACTED_ELEMENTS",
    "TRAFILATURA_MISSING",
    "extract_blocks",
    "main_text",
    "plain_blocks",
]

MAX_EXTRACTED_ELEMENTS = 25_000
"""Pages with more elements than this skip trafilatura (real article pages hold a few
thousand)."""

TRAFILATURA_MISSING = "parse_html needs trafilatura and lxml: pip install 'newsdoc[html]'"

_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = regex.compile(r" ?\n ?")
_CONTAINERS = frozenset({"quote", "code", "list", "table", "div", "main", "body", "doc"})
_SKIPPED = frozenset({"graphic", "comments"})
_PLAIN_BLOCKS = (
    "//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
    " or self::p or self::li][not(ancestor::nav or ancestor::footer or ancestor::aside"
    " or ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


@cache
def _config() -> Any:
    from trafilatura.settings import use_config  # type: ignore[import-not-found,unused-ignore]

    config = use_config()
    # Pages handed over as trees are never read from disk or the network; the size limits
    # still guard the text side.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _inline(element: Any) -> str:
    """The text of an element with ``<lb/>`` as a line break, tails included."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str, *, one_line: bool = False) -> str:
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text).strip()
    if one_line:
        return " ".join(text.split())
    # A blank line inside a block would split it in two for the text parsers.
    while "\n\n" in text:
        text = text.replace("\n\n", "\n")
    return text


def _blocks(element: Any, out: list[tuple[str, str]]) -> None:
    tag = element.tag
    if not isinstance(tag, str) or tag in _SKIPPED:
        return
    if tag == "head":
        text = _clean(_inline(element), one_line=True)
        if text:
            out.append(("heading", text))
        return
    if tag == "row":
        cells = [_clean(_inline(cell), one_line=True) for cell in element]
        text = " | ".join(cell for cell in cells if cell)
        if text:
            out.append(("body", text))
        return
    if tag in _CONTAINERS:
        lead = _clean(element.text or "")
        if lead:
            out.append(("body", lead))
        for child in element:
            _blocks(child, out)
            tail = _clean(child.tail or "")
            if tail:
                out.append(("body", tail))
        return
    if tag == "item" and any(child.tag == "list" for child in element):
        lead = _clean(element.text or "")
        if lead:
            out.append(("body", lead))
        for child in element:
            _blocks(child, out)
        return
    text = _clean(_inline(element))
    if text:
        out.append(("body", text))


def extract_blocks(tree: Any, *, url: str | None = None) -> list[tuple[str, str]]:
    """(kind, text) of each block of the page's main content, in order.

    ``tree`` is the page's lxml tree; trafilatura works on a copy of it.
    """
    from trafilatura import bare_extraction  # type: ignore[import-not-found,unused-ignore]

    if tree is None:
        return []
    try:
        document = bare_extraction(
            tree,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            favor_recall=True,
            config=_config(),
        )
    except (ValueError, TypeError, AttributeError):
        return []
    body = getattr(document, "body", None) if document is not None else None
    if body is None:
        return []
    out: list[tuple[str, str]] = []
    _blocks(body, out)
    return out


def plain_blocks(tree: Any) -> list[tuple[str, str]]:
    """(kind, text) of every heading, paragraph and list item outside page chrome, in order;
    a paragraph inside a list item gives the paragraph only."""
    if tree is None:
        return []
    out: list[tuple[str, str]] = []
    for element in compile_xpath(_PLAIN_BLOCKS)(tree):
        tag = element.tag
        if tag == "li" and element.find(".//p") is not None:
            continue
        heading = tag in {"h1", "h2", "h3", "h4", "h5", "h6"}
        text = _clean(str(element.text_content()), one_line=heading)
        if text:
            out.append(("heading" if heading else "body", text))
    return out


def main_text(blocks: list[tuple[str, str]]) -> str:
    """The article text: every block on its own, separated by a blank line."""
    return "\n\n".join(text for _, text in blocks)
