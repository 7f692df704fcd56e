"""Title, authors, canonical URL and publication dates from a page's machine-readable markup.

Published date, first source that gives a valid date (the recorded ``source`` in
brackets):

1. JSON-LD ``datePublished`` (``@graph`` and nesting followed) of an Article-like object
   (``@type`` ending in ``Article``, ``BlogPosting``, ``LiveBlogPosting``, ``Report``),
   else of the shallowest other object; objects reached through ``itemListElement``,
   ``hasPart``, ``relatedLink``, ``isPartOf``, ``comment``, ``review``, ``subjectOf``,
   ``about``, ``mentions``, ``liveBlogUpdate`` … describe other items and are ignored
   [``json-ld``];
2. ``<meta property="article:published_time">``, ``og:article:published_time``,
   ``og:published_time`` [``meta:<name>``];
3. microdata ``itemprop="datePublished"`` (``content``, ``datetime``, else the printed
   text) [``microdata``];
4. JSON-LD ``dateCreated``, then ``uploadDate``, of the Article-like object (of any object
   when the page has none: a video page states only its ``uploadDate``) [``json-ld``];
5. other publication meta names: ``parsely-pub-date``, ``sailthru.date``, ``pubdate``,
   ``publishdate``, ``publish-date``, ``publish_date``, ``article.published``,
   ``datepublished``, ``dc.date.issued``, ``dcterms.issued``, ``dcterms.created``,
   ``dc.date``, ``dcterms.date``, ``date``, ``citation_publication_date`` [``meta:<name>``];
6. a ``<time>`` marked as the publication time (``pubdate`` attribute, or class / id /
   itemprop naming publish, posted, entry-date …), else the first ``<time datetime>`` in
   the first ``<article>``, else the date all ``<time datetime>`` elements agree on.
   ``<time>`` elements inside an embedded post are the post's, not the page's [``time``].

The updated date reads ``dateModified`` (JSON-LD, microdata) and ``article:modified_time``
/ ``og:updated_time`` / ``last-modified`` meta the same way. Values are read as written:
``2022-03-08T10:45:00+05:30`` gives an aware datetime with that offset, ``2022-03-08`` a
date, a printed date (``March 8, 2022``) is read by :func:`newsdoc.dates.match_date`; no
time zone is converted or assumed.

Title: see :mod:`newsdoc.html.titles`. Authors: see :mod:`newsdoc.html.authors`. Canonical URL:
``<link rel="canonical">``, ``og:url``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from newsdoc.dates import match_date, search_date
from newsdoc.html.authors import PageAuthors, page_authors
from newsdoc.html.decode import element_text
from newsdoc.html.titles import page_title
from newsdoc.models import MetadataDate
from newsdoc.options import ParseOptions

__all__ = [
    "PageMetadata",
    "calendar_day",
    "in_embed",
    "json_ld_objects",
    "json_ld_types",
    "parse_date_value",
    "read_metadata",
]

_ARTICLE_TYPE = regex.compile(r"(?:Article|BlogPosting|LiveBlogPosting|Report)$")
_OTHER_ITEM_KEYS = frozenset(
    {
        "itemlistelement", "haspart", "relatedlink", "ispartof", "citation", "comment",
        "review", "subjectof", "about", "mentions", "recommendation", "workexample",
        "liveblogupdate", "significantlink", "relatedarticle", "relatedarticles",
    }
)  # fmt: skip
_PRIMARY_META = ("article:published_time", "og:article:published_time", "og:published_time")
_SECONDARY_META = (
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
    "publish_date", "article.published", "datepublished", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
)  # fmt: skip
_UPDATED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time",
    "article.updated", "last-modified", "dcterms.modified", "datemodified",
)  # fmt: skip
_JSON_LD_STAND_INS = {"datePublished": ("dateCreated", "uploadDate")}
"""JSON-LD keys read when no object gives the key itself: a ``VideoObject`` states its
``uploadDate``, some CMSs only ``dateCreated``."""
_OTHER_PUBLISH_META = regex.compile(r"publish|pub-?date|pub_?date|created", regex.IGNORECASE)
_NOT_PUBLISH_META = regex.compile(r"modif|updat|expir|edit|revis", regex.IGNORECASE)
_PUBLISH_HINT = regex.compile(
    r"publish|pubdate|pub-date|posted|entry-date|date-published|datepublished|article-date"
    r"|post-date",
    regex.IGNORECASE,
)
_ISO = regex.compile(
    r"\s{0,20}((?:19|20)\d\d)-?(\d\d)-?(\d\d)"
    r"(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d{1,9})?)?\s{0,3}(Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?"
    r"(?!\d)"
)
_SLASHED = regex.compile(r"\s{0,20}((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?!\d)")
_COMMENT_WRAPPER_START = regex.compile(
    r"^\s{0,50}(?:<!--|//\s{0,5}<!\[CDATA\[|/\*\s{0,5}<!\[CDATA\[\s{0,5}\*/|<!\[CDATA\[)"
)
_COMMENT_WRAPPER_END = regex.compile(
    r"(?:-->|//\s{0,5}\]\]>|/\*\s{0,5}\]\]>\s{0,5}\*/|\]\]>)\s{0,50}$"
)
_TRAILING_COMMA = regex.compile(r",\s{0,50}([}\]])")
_WHITESPACE = regex.compile(r"\s+")
_EMBED_CLASSES = frozenset(
    {
        "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed",
        "mastodon-embed", "reddit-embed-bq", "reddit-card", "fb-post", "fb-video",
        "twitter-tweet-rendered", "text-post-media",
    }
)  # fmt: skip


@dataclass
class PageMetadata:
    """What the markup says about the page."""

    title: str | None = None
    title_source: str | None = None
    authors: PageAuthors = field(default_factory=PageAuthors)
    canonical_url: str | None = None
    published: MetadataDate | None = None
    updated: MetadataDate | None = None


# --------------------------------------------------------------------------- values


def _offset(text: str) -> dt.timezone | None:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or "0")
    if hours > 23 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def parse_date_value(
    value: Any, options: ParseOptions | None = None
) -> dt.date | dt.datetime | None:
    """A metadata date value as written: ISO 8601 (``2022-03-08T10:45:00+05:30`` → aware
    datetime, no zone → naive datetime, no time → date), ``2022/03/08``, or a printed date."""
    if isinstance(value, list):
        for entry in value:
            found = parse_date_value(entry, options)
            if found is not None:
                return found
        return None
    if isinstance(value, dict):
        return parse_date_value(value.get("@value"), options)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:120]
    iso = _ISO.match(text)
    if iso is not None:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        try:
            if iso.group(4) is None:
                return dt.date(year, month, day)
            zone = _offset(iso.group(7)) if iso.group(7) else None
            return dt.datetime(
                year, month, day, int(iso.group(4)), int(iso.group(5)),
                int(iso.group(6) or 0), tzinfo=zone,
            )  # fmt: skip
        except ValueError:
            return None
    slashed = _SLASHED.match(text)
    if slashed is not None:
        try:
            return dt.date(int(slashed.group(1)), int(slashed.group(2)), int(slashed.group(3)))
        except ValueError:
            return None
    options = options if options is not None else ParseOptions()
    printed = match_date(text, options=options) or search_date(text, options=options)
    return printed.value if printed is not None else None


# --------------------------------------------------------------------------- JSON-LD


def _json_blocks(root: Any) -> Iterator[Any]:
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = _COMMENT_WRAPPER_START.sub("", raw, count=1)
        raw = _COMMENT_WRAPPER_END.sub("", raw, count=1).strip()
        for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
            try:
                yield json.loads(attempt, strict=False)
                break
            except (ValueError, RecursionError):
                continue


def _types(node: dict[str, Any]) -> list[str]:
    declared = node.get("@type") or node.get("type") or []
    if isinstance(declared, str):
        declared = [declared]
    if not isinstance(declared, list):
        return []
    return [str(kind).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for kind in declared if kind]


@dataclass(frozen=True)
class _Node:
    rank: tuple[int, int, int]
    data: dict[str, Any]

    @property
    def is_article(self) -> bool:
        """Whether the object is Article-like (the first part of its rank)."""
        return self.rank[0] == 0


def _json_nodes(root: Any) -> list[_Node]:
    """Every JSON-LD object describing this page, best first (Article-like, shallow, early)."""
    nodes: list[_Node] = []
    order = 0

    def visit(node: Any, depth: int) -> None:
        nonlocal order
        if depth > 20:
            return
        if isinstance(node, list):
            for entry in node:
                visit(entry, depth)
            return
        if not isinstance(node, dict):
            return
        order += 1
        article = any(_ARTICLE_TYPE.search(kind) for kind in _types(node))
        nodes.append(_Node((0 if article else 1, depth, order), node))
        for key, value in node.items():
            if not isinstance(value, (dict, list)) or key.lower() in _OTHER_ITEM_KEYS:
                continue
            visit(value, depth if key == "@graph" else depth + 1)

    for block in _json_blocks(root):
        visit(block, 0)
    nodes.sort(key=lambda node: node.rank)
    return nodes


def json_ld_objects(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object describing this page or its parts, best first (objects that
    describe other items, such as related links, left out)."""
    return [node.data for node in _json_nodes(root)] if root is not None else []


def json_ld_types(node: dict[str, Any]) -> list[str]:
    """The ``@type`` names of a JSON-LD object, without vocabulary prefixes."""
    return _types(node)


def _json_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for entry in value for name in _json_names(entry)]
    if isinstance(value, dict):
        return _json_names(value.get("name"))
    if isinstance(value, str) and value.strip() and "://" not in value:
        return [_WHITESPACE.sub(" ", value).strip()]
    return []


# --------------------------------------------------------------------------- markup


def _meta_map(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = (meta.get("content") or "").strip()
        if key and content and key.lower() not in found:
            found[key.lower()] = content
    return found


def in_embed(element: Any) -> bool:
    """Whether ``element`` sits inside an embedded post (``blockquote.twitter-tweet`` …):
    a date there is the post's, not the page's."""
    for ancestor in element.iterancestors():
        classes = ancestor.get("class")
        if isinstance(classes, str) and _EMBED_CLASSES.intersection(classes.split()):
            return True
    return False


def _from_time(root: Any, options: ParseOptions) -> dt.date | dt.datetime | None:
    times = [element for element in root.iter("time") if not in_embed(element)]
    for element in times:
        hint = " ".join(
            str(value)
            for value in (element.get("class"), element.get("id"), element.get("itemprop"))
            if value
        )
        if element.get("pubdate") is not None or _PUBLISH_HINT.search(hint):
            value = _first_date(element, ("datetime",), options)
            if value is not None:
                return value
    dated = [
        (element, value)
        for element in times
        if (value := parse_date_value(element.get("datetime"), options)) is not None
    ]
    if not dated:
        return None
    articles = list(root.iter("article"))
    if articles:
        for element, value in dated:
            if any(ancestor is articles[0] for ancestor in element.iterancestors()):
                return value
    days = {calendar_day(value) for _, value in dated}
    return dated[0][1] if len(days) == 1 else None


def calendar_day(value: dt.date | dt.datetime) -> dt.date:
    """The calendar day of a date value: the date itself, or a datetime's date as written."""
    return value.date() if isinstance(value, dt.datetime) else value


def _microdata(root: Any, prop: str, options: ParseOptions) -> dt.date | dt.datetime | None:
    for element in root.xpath(f'//*[@itemprop="{prop}"]'):
        value = _first_date(element, ("content", "datetime"), options)
        if value is not None:
            return value
    return None


def _first_date(
    element: Any, attributes: Sequence[str], options: ParseOptions
) -> dt.date | dt.datetime | None:
    """The first readable date of the element's ``attributes``, else of its printed text:
    a CMS that writes ``datetime="2024-00-03T10:00Z"`` (month 0) still prints the date."""
    for attribute in attributes:
        value = parse_date_value(element.get(attribute), options)
        if value is not None:
            return value
    return parse_date_value(element_text(element), options)


def _dated(
    root: Any,
    nodes: list[_Node],
    metas: dict[str, str],
    options: ParseOptions,
    key: str,
    meta_names: Sequence[str],
) -> MetadataDate | None:
    """The first readable date of the JSON-LD ``key``, then of the ``meta_names``, then of
    the microdata property ``key``, then of the JSON-LD keys that stand in for ``key``."""
    for node in nodes:
        value = parse_date_value(node.data.get(key), options)
        if value is not None:
            return MetadataDate(value=value, source="json-ld")
    found = _from_metas(metas, meta_names, options)
    if found is not None:
        return found
    value = _microdata(root, key, options)
    if value is not None:
        return MetadataDate(value=value, source="microdata")
    return _stand_in(nodes, key, options)


def _stand_in(nodes: list[_Node], key: str, options: ParseOptions) -> MetadataDate | None:
    """The date of a JSON-LD key that stands in for ``key`` (:data:`_JSON_LD_STAND_INS`).

    Stand-ins come after the meta and microdata sources, since a CMS that writes only
    ``dateCreated`` often writes it in another zone than the page's meta. When the page
    has an Article-like object only that object's stand-ins count: the ``uploadDate`` of
    a video inside a story is the video's day, not the story's."""
    articles = [node for node in nodes if node.is_article]
    for json_key in _JSON_LD_STAND_INS.get(key, ()):
        for node in articles or nodes:
            value = parse_date_value(node.data.get(json_key), options)
            if value is not None:
                return MetadataDate(value=value, source="json-ld")
    return None


def _from_metas(
    metas: dict[str, str], names: Sequence[str], options: ParseOptions
) -> MetadataDate | None:
    for name in names:
        value = parse_date_value(metas.get(name), options)
        if value is not None:
            return MetadataDate(value=value, source=f"meta:{name}")
    return None


def _vendor_publish_metas(metas: dict[str, str]) -> list[str]:
    """Meta names of other vendors that name a publication time: ``bt:pubDate``,
    ``cxense:recs:publishtime``, ``example.publishedAt``, ``DC.date.created`` (but not
    ``…:modified``, ``…updated``, ``…expires``)."""
    return [
        name
        for name in metas
        if _OTHER_PUBLISH_META.search(name) and not _NOT_PUBLISH_META.search(name)
    ]


def _published(
    root: Any, nodes: list[_Node], metas: dict[str, str], options: ParseOptions
) -> MetadataDate | None:
    found = _dated(root, nodes, metas, options, "datePublished", _PRIMARY_META)
    if found is None:
        found = _from_metas(metas, _SECONDARY_META, options)
    if found is None:
        found = _from_metas(metas, _vendor_publish_metas(metas), options)
    if found is None:
        value = _from_time(root, options)
        found = MetadataDate(value=value, source="time") if value is not None else None
    return found


def _updated(
    root: Any, nodes: list[_Node], metas: dict[str, str], options: ParseOptions
) -> MetadataDate | None:
    return _dated(root, nodes, metas, options, "dateModified", _UPDATED_META)


def _canonical(root: Any, metas: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return href
    return metas.get("og:url") or None


def read_metadata(root: Any, options: ParseOptions, url: str | None = None) -> PageMetadata:
    """Everything the page's markup says about the article (see the module docstring);
    ``url`` is the page's address, whose host may name the site in its titles."""
    if root is None:
        return PageMetadata()
    nodes = _json_nodes(root)
    metas = _meta_map(root)
    canonical = _canonical(root, metas)
    title = page_title(root, [node.data for node in nodes], metas, url or canonical)
    return PageMetadata(
        title=title.text,
        title_source=title.source,
        authors=page_authors(root, [node.data for node in nodes], metas, options, url or canonical),
        canonical_url=canonical,
        published=_published(root, nodes, metas, options),
        updated=_updated(root, nodes, metas, options),
    )
