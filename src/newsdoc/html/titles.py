"""A page's title: the headline its markup states, without the site's name.

Sources, the first that gives a title wins (the recorded ``source`` in brackets): JSON-LD
``headline`` of the article object [``json-ld``], ``og:title`` [``meta:og:title``],
``twitter:title`` [``meta:twitter:title``], ``<title>`` [``title``], the first ``<h1>``
[``h1``].

Pages append or prepend their site's name to a title: ``Pier repaired | Harbour
Gazette``, ``Harbour Gazette - Pier repaired``, ``Pier repaired – Harbour Gazette``.
That part is removed when it names the site, that is when it matches, letters and digits
only, compared case-insensitively:

* ``og:site_name``, ``application-name`` or the JSON-LD ``publisher`` name; or
* the page's host (``harbour-gazette.example`` for ``Harbour Gazette``), or the part of it
  before the public suffix;
* or the start of a stated name (``Harbour Gazette`` for ``Harbour Gazette Digital``), or
  a host's name with a few words more (``Harbour Gazette Online``).

CJK titles may part the site's name with ``｜`` or with ``：`` after a space.

Any other part after a separator is the title's own (``Storm – what we know``), unless
the page's headline element says otherwise: a ``<title>`` or meta title that is an
``<h1>``'s text with more after or before it, parted by a separator other than a colon,
is that ``<h1>``'s text (``Pier repaired at last | Harbour Videos``, ``Opinion | Pier
repaired at last``, ``Pier repaired at last — Best of 2026``) when the ``<h1>`` is the
longer part and names no site (a logo in an ``<h1>`` is no headline:
``Harbour Diary - Pier repaired at last`` keeps its diary's name). A colon may part a
kicker from its headline (``After the storm: Pier repaired``), and a JSON-LD headline is
the publisher's own, so neither is cut. A title that opens with a separator
(``| Harbour Gazette``) lost its headline in the page's template and is passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import regex

from newsdoc.html.decode import element_text
from newsdoc.html.references import json_ld_references, resolve_reference

__all__ = [
    "DOMAIN",
    "PageTitle",
    "headline_part",
    "is_domain",
    "named_sites",
    "page_title",
    "site_key",
    "site_keys",
    "title_parts",
    "unescaped",
    "without_site",
]

DOMAIN = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
"""A site's domain as pages print it (``example.com``, ``www.example.co.uk``)."""
_DOMAIN = regex.compile(DOMAIN, regex.IGNORECASE)

_SEPARATOR = regex.compile(r"\s+(?:[|–—·»]|-|::)\s+|\s*｜\s*|\s+：\s*")
"""Separators between a title's parts: ASCII ones between spaces; in CJK titles a
full-width bar, spaced or not, and a full-width colon after a space (``見出し ：新聞``;
a kicker's colon has none before it: ``速報：…``)."""
_EDGE_SEPARATORS = frozenset("|–—·»-/｜")
"""Characters that part a headline from a site, section or series name added to it."""
_BLANKS = regex.compile(r"\s+")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
_TITLE_METAS = ("og:title", "twitter:title")


@dataclass(frozen=True)
class PageTitle:
    """A page's title and where it was read."""

    text: str | None = None
    source: str | None = None


def is_domain(text: str) -> bool:
    """Whether ``text`` is a site's domain and nothing else (``example.com``)."""
    return _DOMAIN.fullmatch(text) is not None


def site_key(text: str) -> str:
    """A name as site names are compared: letters and digits only, case-folded."""
    return _NOT_ALNUM.sub("", text).casefold()


_ESCAPE_LEVELS = 3
"""Most times a page's metadata has been escaped over (``&amp;amp;#039;``)."""


def unescaped(value: str) -> str:
    """A metadata value with the character references a page escaped over decoded:
    ``B&amp;B`` and ``&#8216;Pier&#8217;`` in a JSON-LD string or an attribute read as
    ``B&B`` and ``‘Pier’``.

    >>> unescaped("Fish &amp; chips")
    'Fish & chips'
    """
    for _ in range(_ESCAPE_LEVELS):
        if "&" not in value:
            break
        decoded = unescape(value)
        if decoded == value:
            break
        value = decoded
    return value


def title_parts(title: str) -> list[str]:
    """A title's parts between its separators (``Pier repaired | Harbour Gazette``)."""
    return _SEPARATOR.split(title)


def named_sites(metas: dict[str, str], nodes: Sequence[dict[str, Any]]) -> set[str]:
    """The keys of the site names the markup states: ``og:site_name``,
    ``application-name``, the JSON-LD publisher."""
    keys = {site_key(metas.get(name, "")) for name in ("og:site_name", "application-name")}
    references = json_ld_references(nodes)
    for node in nodes:
        publisher = resolve_reference(node.get("publisher"), references)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            keys.add(site_key(publisher["name"]))
    keys.discard("")
    return keys


def site_keys(metas: dict[str, str], nodes: Sequence[dict[str, Any]], url: str | None) -> set[str]:
    """The keys of the site's names: those the markup states (:func:`named_sites`) and
    those its host gives (``harbourgazette.co.uk`` → ``harbourgazette``)."""
    keys = named_sites(metas, nodes)
    host = (urlsplit(url).hostname or "") if url else ""
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    if host:
        keys.add(site_key(host))
        labels = host.split(".")
        keys.add(site_key(labels[0]))
        if len(labels) > 2:  # "harbourgazette.co.uk" → "harbourgazette"
            keys.add(site_key(".".join(labels[:-2])))
    keys.discard("")
    return keys


def without_site(title: str, sites: set[str]) -> str:
    """``title`` without a leading or trailing part that names the site.

    >>> without_site("Pier repaired | Harbour Gazette", {"harbourgazette"})
    'Pier repaired'
    >>> without_site("Storm – what we know", {"harbourgazette"})
    'Storm – what we know'
    """
    parts = title_parts(title)
    if len(parts) < 2 or not sites:
        return title
    while len(parts) > 1 and _names_site(parts[-1], sites):
        parts = parts[:-1]
    while len(parts) > 1 and _names_site(parts[0], sites):
        parts = parts[1:]
    if len(parts) == len(title_parts(title)):
        return title
    # rejoin what is left with the separators the page printed between those parts
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else title


_MIN_EXTENDED_KEY = 6
"""The shortest site key a title part may extend (``harbourgazette`` in ``Harbour Gazette
Online``): a shorter one, such as a host's first label ``news``, opens headlines."""
_MIN_SHORTENED_KEY = 4
"""The shortest title part that may stand for a longer stated site name."""
_MAX_EXTENDED_WORDS = 4
"""The most words a site's name extended beyond its key may have; a longer part opening
with the site's name is a headline about it (``The Gazette view on the harbour``)."""


def _names_site(part: str, sites: set[str]) -> bool:
    """Whether a title's part names the site: its key is a site key, extends one with
    more words (``Harbour Gazette Online`` on ``harbourgazette.example``), or is the start
    of a stated name that adds more (``Harbour Gazette`` for the publisher ``Harbour
    Gazette Ltd``, ``港湾新聞`` for ``港湾新聞 電子版``)."""
    key = site_key(part)
    if not key:
        return False
    return key in sites or any(
        (
            len(site) >= _MIN_EXTENDED_KEY
            and key.startswith(site)
            and len(part.split()) <= _MAX_EXTENDED_WORDS
        )
        or (len(key) >= _MIN_SHORTENED_KEY and 2 * len(key) >= len(site) and site.startswith(key))
        for site in sites
    )


def _key_end(text: str, key: str) -> int | None:
    """The end of the shortest start of ``text`` whose :func:`site_key` is ``key``."""
    if not key:
        return None
    matched = 0
    for index, character in enumerate(text):
        folded = site_key(character)
        if not folded:
            continue
        if not key.startswith(folded, matched):
            return None
        matched += len(folded)
        if matched == len(key):
            return index + 1
    return None


def headline_part(title: str, headline: str, sites: set[str]) -> str | None:
    """The part of ``title`` that is ``headline`` (an ``<h1>``'s text), when the rest is
    a name added to it after a separator (see the module docstring); else ``None``.

    >>> headline_part("Pier repaired at last | Harbour Videos", "Pier repaired at last", set())
    'Pier repaired at last'
    >>> headline_part("Harbour Diary - Pier repaired at last", "Harbour Diary", set()) is None
    True
    """
    key = site_key(headline)
    if not key or key in sites:
        return None
    # the headline opening the title, then (read backwards) the headline closing it
    for text, wanted, forwards in ((title, key, True), (title[::-1], key[::-1], False)):
        end = _key_end(text, wanted)
        if end is None:
            continue
        part, rest = text[:end], text[end:].strip()
        if rest and rest[0] in _EDGE_SEPARATORS and len(site_key(rest)) < len(key):
            return (part if forwards else part[::-1]).strip()
    return None


def page_title(
    root: Any,
    nodes: Sequence[dict[str, Any]],
    metas: dict[str, str],
    url: str | None,
) -> PageTitle:
    """The page's title (see the module docstring)."""
    sites = site_keys(metas, nodes, url)
    candidates: list[tuple[str, str]] = []
    for node in nodes:
        headline = node.get("headline")
        if isinstance(headline, str) and headline.strip():
            candidates.append((headline, "json-ld"))
            break
    candidates += [(metas[name], f"meta:{name}") for name in _TITLE_METAS if metas.get(name)]
    element = next(iter(root.iter("title")), None)
    text = element_text(element) if element is not None else ""
    if text:
        candidates.append((text, "title"))
    headlines = [element_text(element) for element in root.iter("h1")]
    if headlines and headlines[0]:
        candidates.append((headlines[0], "h1"))
    for text, source in candidates:
        cleaned = _BLANKS.sub(" ", unescaped(text)).strip()
        if not cleaned or cleaned[0] in _EDGE_SEPARATORS:
            # "| Harbour Gazette": a template's title with its headline left empty
            continue
        cleaned = without_site(cleaned, sites)
        if source not in ("json-ld", "h1"):
            cleaned = next(
                (
                    part
                    for headline in headlines
                    if (part := headline_part(cleaned, headline, sites)) is not None
                ),
                cleaned,
            )
        return PageTitle(cleaned, source)
    return PageTitle()
