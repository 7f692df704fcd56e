"""The page's published date, from what its markup and text state and what they do not.

:mod:`newsdoc.html.metadata` reads the dates a page states in machine-readable markup,
and the text parsers may find a date header. :func:`page_published` settles the page's
date from those (its docstring gives the order). Many pages state no date: they only
print it, or put it in the URL path (``/2024/03/03/``). Reading printed dates well takes
many heuristics across languages (bylines, date-classed elements, ``<abbr>``, headline
areas), which htmldate already implements and maintains; newsdoc asks it only when the
markup and the text are silent, so a stated date always wins, and records which answer
came from where:

* ``printed`` — the first date newsdoc's own reader finds in the page's date-classed
  elements (:func:`printed_date`), unless the URL path names another day;
* ``url`` — the day in the page's URL path, when the printed or htmldate's answer is
  that day, disagrees with it, or there is none;
* ``htmldate`` — htmldate's reading of the page (``original_date=True``: the first
  publication, not the last update), when newsdoc's own reader finds nothing.

A stated instant in UTC just after midnight gets the publisher's calendar day
(:func:`with_local_day`, kept as ``MetadataDate.local_day``).

htmldate compares dates with "today" by default; newsdoc never reads the clock, so it
passes a fixed latest date instead (:data:`LATEST_DATE`), and an answer on that bound
(htmldate's way of saying "later than allowed") is no date.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import regex

from newsdoc.dates import search_date
from newsdoc.html.decode import element_text
from newsdoc.html.metadata import calendar_day, in_embed, parse_date_value
from newsdoc.models import MetadataDate

__all__ = [
    "fallback_published",
    "page_published",
    "printed_date",
    "url_date",
    "with_local_day",
]

LATEST_DATE = dt.date(2099, 12, 31)
"""The latest publication date accepted when no reference date is given (a fixed date
keeps the reading deterministic, unlike htmldate's default of today)."""

EARLIEST_DATE = dt.date(1995, 1, 1)
"""The earliest publication date accepted: the first news sites went online after it."""

UTC_EVENING_BEFORE_HOURS = 10
"""An instant in UTC before this hour is still the evening before in the Americas (UTC-3
to UTC-10), where the publisher dates it; later instants are the same day there."""

_URL_DAY = regex.compile(
    r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)


def url_date(url: str | None) -> dt.date | None:
    """The day written in a URL path, ``/2024/03/03/`` or ``/2024-03-03-title``.

    >>> url_date("https://news.example/world/2024/03/03/a-story.html")
    datetime.date(2024, 3, 3)
    >>> url_date("https://news.example/2024/03/a-story") is None
    True
    """
    if not url:
        return None
    match = _URL_DAY.search(url)
    if match is None:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None


def _htmldate(tree: Any, url: str | None) -> dt.date | None:
    try:
        from htmldate import find_date  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # the html extra brings it with trafilatura; without it, skip
        return None
    # htmldate logs every page it cannot date; that is an answer here, not a warning.
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        found = find_date(
            tree,
            url=url,
            original_date=True,
            min_date=EARLIEST_DATE.isoformat(),
            max_date=LATEST_DATE.isoformat(),
        )
    except Exception:  # a third-party heuristic must never fail the page
        return None
    if not isinstance(found, str):
        return None
    try:
        day = dt.date.fromisoformat(found)
    except ValueError:
        return None
    return day if EARLIEST_DATE <= day < LATEST_DATE else None


def fallback_published(tree: Any, url: str | None, *, printed: bool = True) -> MetadataDate | None:
    """The published day of a page whose markup states none (see the module docstring);
    ``printed=False`` leaves the printed page out, for a page that states only an update
    time (a reading of the page would take that time for the publication)."""
    in_url = url_date(url)
    if not printed:
        return MetadataDate(value=in_url, source="url") if in_url is not None else None
    own = printed_date(tree)
    if own is not None:
        if in_url is None or calendar_day(own) == in_url:
            return MetadataDate(value=own, source="printed")
        return MetadataDate(value=in_url, source="url")  # the URL is the publisher's record
    found = _htmldate(tree, url)
    if in_url is not None and (found is None or found == in_url):
        return MetadataDate(value=in_url, source="url")
    if found is not None:
        return MetadataDate(value=found, source="htmldate")
    return None


_DATE_CLASS = regex.compile(
    r"(?i)date|time|publi|posted|byline|dateline|datum|fecha|data\b|timestamp"
    r"|entry-meta|post-meta|article-meta"
)
"""Class, id or itemprop words of the elements where pages print their date."""
_NOT_DATE_CLASS = regex.compile(r"(?i)updat|modif|comment|related|sidebar|footer|copyright")
_MAX_DATE_ELEMENTS = 60
"""Date-classed elements read before giving up on a page's printed date."""
_MAX_PRINTED = 200
"""Longest element text read for a printed date: a byline, not a paragraph."""


def printed_date(tree: Any) -> dt.date | dt.datetime | None:
    """The date a page prints in its date-classed elements, read by newsdoc's own date
    reader in any language its month lexicon knows, when markup states none.

    Read, in page order: ``<time>`` without ``datetime``, ``<abbr class="published"
    title="2024-03-03">``, and elements whose class, id or itemprop names a date, time,
    publication or byline (``<span class="date">3. März 2024</span>``, ``<p
    class="byline">Publié le 3 mars 2024</p>``, ``<div class="meta">2024年3月3日</div>``).
    Elements naming an update, a comment or related stories are skipped, as are those
    inside an embedded post (its date is the post's), dates without a year and numeric
    dates that read both ways.
    """
    if tree is None:
        return None
    seen = 0
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        hint = " ".join(
            str(value)
            for value in (element.get("class"), element.get("id"), element.get("itemprop"))
            if value
        )
        if tag != "time" and not (hint and _DATE_CLASS.search(hint)):
            continue
        if (hint and _NOT_DATE_CLASS.search(hint)) or in_embed(element):
            continue  # an update, a comment, related stories, or an embedded post's date
        seen += 1
        if seen > _MAX_DATE_ELEMENTS:
            return None
        title = element.get("title") if tag == "abbr" else None
        if title:
            value = parse_date_value(title)
            if value is not None:
                return value
        text = element_text(element)
        if not text or len(text) > _MAX_PRINTED:
            continue
        found = search_date(text)
        if found is None or not found.has_year or found.ambiguous or found.value is None:
            continue
        if EARLIEST_DATE <= calendar_day(found.value) <= LATEST_DATE:
            return found.value
    return None


def page_published(
    published: MetadataDate | None,
    updated: MetadataDate | None,
    tree: Any,
    url: str | None,
) -> MetadataDate | None:
    """The published date of a page, given what its markup and text state.

    * Stated in markup: kept, with the publisher's day (:func:`with_local_day`).
    * Read from the text's date header only: the URL path's day wins when it names
      another, since a header read from extracted text may be any date printed near the
      top (a schedule, an event), while the URL is the publisher's record.
    * Not stated, no update time either: :func:`fallback_published`.
    * Only an update time stated: the URL path's day, else none — the update time is
      not taken for the publication.
    """
    if tree is None:
        return published
    if published is None:
        return fallback_published(tree, url, printed=updated is None)
    if published.source == "date-header":
        in_url = url_date(url)
        if in_url is not None and in_url != published.day:
            return MetadataDate(value=in_url, source="url")
        return published
    return with_local_day(published, tree, url)


def with_local_day(published: MetadataDate, tree: Any, url: str | None) -> MetadataDate:
    """``published`` with the publisher's own calendar day, when a UTC instant falls on
    another day in the page's time zone.

    A CMS that stores instants in UTC writes an evening story from New York as
    ``2024-03-04T02:10:00Z``, while the page says March 3. Two readings give the page's
    own day, in order:

    * the same instant written elsewhere in the markup with the page's offset
      (``<time datetime="2024-03-03T21:10:00-05:00">``) — its day, whatever the hour;
    * the URL path's day (``/2024/03/03/``), when it is the day before an instant earlier
      than :data:`UTC_EVENING_BEFORE_HOURS`.

    The instant itself is kept as written; htmldate is not asked, since it may take the
    day from an unrelated date on the page.
    """
    value = published.value
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return published
    local = _same_instant_day(tree, value)
    if local is None and value.hour < UTC_EVENING_BEFORE_HOURS:
        in_url = url_date(url)
        local = in_url if in_url == value.date() - dt.timedelta(days=1) else None
    if local is None or local == value.date():
        return published
    return published.model_copy(update={"local_day": local})


_SHORTEST_STAMP = len("2024-03-03T21:10")
_SAME_INSTANT_SECONDS = 60
"""Stamps this close are the same instant: CMSs round seconds differently per field."""


_STAMP_ATTRIBUTES = "//time/@datetime | //meta/@content | //*[@itemprop]/@content"
"""The attributes where a page writes machine-readable instants."""


def _same_instant_day(tree: Any, instant: dt.datetime) -> dt.date | None:
    """The local day of ``instant`` as the page writes it with a non-zero offset, if it
    does (the first such stamp)."""
    for stamp in tree.xpath(_STAMP_ATTRIBUTES):
        text = str(stamp)
        if len(text) < _SHORTEST_STAMP or not text[:1].isdigit():
            continue
        found = parse_date_value(text)
        if not isinstance(found, dt.datetime):
            continue
        offset = found.utcoffset()
        if offset is None or offset == dt.timedelta(0):
            continue
        if abs((found - instant).total_seconds()) <= _SAME_INSTANT_SECONDS:
            return found.date()
    return None
