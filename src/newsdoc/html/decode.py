"""Page bytes to text, and text to an element tree.

Bytes are decoded in this order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. else strict UTF-8, which many pages that declare a legacy charset really are;
3. else the charset the page declares in its first 8 KB: ``<meta charset="windows-1251">``,
   ``<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">`` or an XML
   declaration ``<?xml version="1.0" encoding="…"?>``. Only the labels of the WHATWG
   Encoding Standard count, read as browsers read them (``iso-8859-1``/``ascii`` as
   ``cp1252``, ``gb2312``/``gbk`` as ``gb18030``, ``shift_jis`` as ``cp932``, a
   ``utf-16`` meta on a byte page as UTF-8; ``lexicon/encodings.json``). Any other label
   (``rot13``, ``base64``, ``zlib``, ``undefined``, ``unicode_escape`` …) is ignored with
   an ``html-charset-ignored`` diagnostic: a page cannot make newsdoc run a codec that is
   not a text encoding;
4. else cp1252, as browsers do.

Bytes the chosen encoding cannot decode (a page labelled UTF-8 with a few stray bytes)
are replaced with U+FFFD, and an ``html-decode-replaced`` diagnostic names the offset of
the first bad byte and how many were replaced; with ``errors="strict"`` they raise
:class:`~newsdoc.errors.InputDecodeError` naming that offset instead.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

import regex

from newsdoc._decoding import decode_strictly, split_bom
from newsdoc.lexicon import load
from newsdoc.models import Diagnostic

__all__ = [
    "DecodeErrors",
    "compile_xpath",
    "declared_charset",
    "decode_html",
    "decode_page",
    "element_text",
    "load_fragment",
    "load_page_tree",
    "load_tree",
    "spaced_text",
]

DecodeErrors = Literal["replace", "strict"]
"""What undecodable bytes become: U+FFFD with a diagnostic, or an error."""

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,500}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)
_XML_ENCODING = regex.compile(
    rb"""^\s{0,100}<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)
_XML_DECLARATION = regex.compile(r"^\s{0,100}<\?xml[^>]{0,500}\?>")


@cache
def _labels() -> dict[str, str]:
    labels: dict[str, str] = load("encodings")["labels"]
    return labels


def _declared_label(data: bytes) -> str | None:
    head = data[:8192]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii", "replace").strip().lower() if found else None


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a page declares in its first 8 KB, if browsers
    honour that label (see the module docstring)."""
    label = _declared_label(data)
    return _labels().get(label) if label is not None else None


def decode_page(
    data: bytes, *, source: str | None = None, errors: DecodeErrors = "replace"
) -> tuple[str, list[Diagnostic]]:
    """Page bytes as text, with the diagnostics of what was ignored or replaced (see the
    module docstring for the order of choices)."""
    data = bytes(data)
    diagnostics: list[Diagnostic] = []
    marked = split_bom(data)
    if marked is not None:
        encoding, skipped = marked
    else:
        try:
            # pages that declare a legacy charset are often UTF-8 all the same
            return data.decode("utf-8"), diagnostics
        except UnicodeDecodeError:
            pass
        encoding, skipped = declared_charset(data) or "cp1252", 0
        label = _declared_label(data)
        if label is not None and label not in _labels():
            diagnostics.append(
                Diagnostic(
                    code="html-charset-ignored",
                    message=f"the page declares charset {label!r}, which is not a text "
                    "encoding browsers honour; read as cp1252",
                )
            )
    body = data[skipped:]
    what = f"the page as {encoding}"
    if errors == "strict":
        return decode_strictly(body, encoding, skipped, source, what), diagnostics
    try:
        return body.decode(encoding), diagnostics
    except UnicodeDecodeError as error:
        first = skipped + error.start
    text = body.decode(encoding, errors="replace")
    diagnostics.append(
        Diagnostic(
            code="html-decode-replaced",
            message=f"bytes that are not {encoding} were replaced with U+FFFD, the first "
            f"at byte offset {first}",
        )
    )
    return text, diagnostics


def decode_html(data: bytes, *, source: str | None = None, errors: DecodeErrors = "strict") -> str:
    """Decode page bytes (see the module docstring for the order of choices).

    Undecodable bytes raise :class:`~newsdoc.errors.InputDecodeError` by default;
    ``errors="replace"`` replaces them with U+FFFD (:func:`decode_page` also says so).

    >>> decode_html('<meta charset="cp1252"><p>caf\\xe9</p>'.encode("cp1252"))
    '<meta charset="cp1252"><p>café</p>'
    """
    return decode_page(data, source=source, errors=errors)[0]


_WHITESPACE = regex.compile(r"\s+")


def element_text(element: Any) -> str:
    """An element's text, whitespace collapsed; empty for what has no text content (a
    comment, a processing instruction, ``None``)."""
    try:
        return _WHITESPACE.sub(" ", str(element.text_content())).strip()
    except (AttributeError, ValueError):
        return ""


def spaced_text(element: Any) -> str:
    """Whitespace-collapsed text, with a space where two element texts meet letter to
    letter (``<span>By</span><span>Jo Park</span>`` → ``By Jo Park``)."""
    out = ""
    for piece in element.itertext():
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return _WHITESPACE.sub(" ", out).strip()


def compile_xpath(expression: str) -> Any:
    """A compiled lxml XPath expression."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return etree.XPath(expression)


MAX_PAGE_CHARS = 64_000_000
"""Pages longer than this are cut here before parsing (``html-truncated``): real news
pages are a few MB, and a bound keeps memory bounded."""

_FLATTENED_TAGS = regex.compile(
    r"</?(?:div|span|section|font|b|i|u|em|strong|center|table|tbody|tr|td|li|ul|ol)\b[^>]{0,2000}>",
    regex.IGNORECASE,
)
"""Container and inline tags dropped when a page nests deeper than the parser can
follow: their text stays, read as one flow."""


def load_tree(html: str) -> Any:
    """The lxml element tree of a page, or ``None`` when there is no markup to read."""
    return load_page_tree(html)[0]


def load_page_tree(html: str) -> tuple[Any, list[Diagnostic]]:
    """The lxml element tree of a page (``None`` when there is no markup to read), and
    the diagnostics of what had to be cut or flattened to read it.

    lxml parses with ``huge_tree`` so long text nodes are kept. A page longer than
    :data:`MAX_PAGE_CHARS` is cut there (``html-truncated``); a page nested deeper than
    libxml2 follows (thousands of levels, which silently drops everything below) is read
    again with its container tags removed (``html-too-deep``).
    """
    diagnostics: list[Diagnostic] = []
    if len(html) > MAX_PAGE_CHARS:
        diagnostics.append(
            Diagnostic(
                code="html-truncated",
                message=f"the page has {len(html)} characters; only the first "
                f"{MAX_PAGE_CHARS} were read",
            )
        )
        html = html[:MAX_PAGE_CHARS]
    html = _XML_DECLARATION.sub("", html.replace("\x00", ""), count=1)
    if not html.strip():
        return None, diagnostics
    tree, too_deep = _parse(html)
    if too_deep:
        diagnostics.append(
            Diagnostic(
                code="html-too-deep",
                message="the page nests elements deeper than the HTML parser follows; it "
                "was read with its container tags removed",
            )
        )
        tree, _ = _parse(_FLATTENED_TAGS.sub(" ", html))
    return tree, diagnostics


def _parse(html: str) -> tuple[Any, bool]:
    """The tree of ``html`` and whether the parser gave up on its depth."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from lxml import html as lxml_html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    parser = lxml_html.HTMLParser(
        collect_ids=False, default_doctype=False, remove_pis=True, huge_tree=True
    )
    try:
        tree = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return tree, too_deep


def load_fragment(chunk: str) -> Any:
    """An element holding a parked piece of HTML (consent walls), or ``None``."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from lxml import html as lxml_html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    try:
        return lxml_html.fragment_fromstring(chunk, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
