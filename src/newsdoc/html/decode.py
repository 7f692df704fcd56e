"""Page bytes to text, and text to an element tree.

Bytes are decoded in this order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. else strict UTF-8, which many pages that declare a legacy charset really are;
3. else the charset the page declares in its first 8 KB: ``<meta charset="windows-1251">``,
   ``<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">`` or an XML
   declaration ``<?xml version="1.0" encoding="…"?>``, labels read as browsers read them
   (``iso-8859-1``/``ascii`` as ``cp1252``, ``gb2312``/``gbk`` as ``gb18030``,
   ``shift_jis`` as ``cp932``, ``euc-kr`` as ``cp949``); an unknown name is ignored;
4. else cp1252.

Bytes the chosen encoding cannot decode raise :class:`~newsdoc.errors.InputDecodeError`
naming the offset of the first bad byte; nothing is replaced silently.
"""

from __future__ import annotations

import codecs
from typing import Any

import regex

from newsdoc._decoding import decode_strictly, split_bom

__all__ = ["compile_xpath", "declared_charset", "decode_html", "load_fragment", "load_tree"]

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,500}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)
_XML_ENCODING = regex.compile(
    rb"""^\s{0,100}<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    # browsers read these labels as the supersets below (WHATWG Encoding Standard)
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "tis-620": "cp874",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
}
_XML_DECLARATION = regex.compile(r"^\s{0,100}<\?xml[^>]{0,500}\?>")


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset a page declares in its first 8 KB, if known."""
    head = data[:8192]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    name = found.group(1).decode("ascii", "replace").lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, *, source: str | None = None) -> str:
    """Decode page bytes (see the module docstring for the order of choices).

    >>> decode_html('<meta charset="cp1252"><p>caf\\xe9</p>'.encode("cp1252"))
    '<meta charset="cp1252"><p>café</p>'
    """
    data = bytes(data)
    marked = split_bom(data)
    if marked is not None:
        encoding, skipped = marked
        return decode_strictly(data[skipped:], encoding, skipped, source, f"the page as {encoding}")
    try:
        # pages that declare a legacy charset are often UTF-8 all the same
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    encoding = declared or "cp1252"
    return decode_strictly(data, encoding, 0, source, f"the page as {encoding}")


def compile_xpath(expression: str) -> Any:
    """A compiled lxml XPath expression."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return etree.XPath(expression)


def load_tree(html: str) -> Any:
    """The lxml element tree of a page, or ``None`` when there is no markup to read."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from lxml import html as lxml_html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    html = _XML_DECLARATION.sub("", html.replace("\x00", ""), count=1)
    if not html.strip():
        return None
    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, remove_pis=True)
    try:
        return lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def load_fragment(chunk: str) -> Any:
    """An element holding a parked piece of HTML (consent walls), or ``None``."""
    from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from lxml import html as lxml_html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    try:
        return lxml_html.fragment_fromstring(chunk, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
