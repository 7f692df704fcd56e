"""Published dates a page's markup does not carry: the URL path, then htmldate.

:mod:`newsdoc.html.metadata` reads the dates a page states in machine-readable markup.
Many pages state none and only print the date, or put it in the URL path
(``/2024/03/03/``). Reading printed dates well takes many heuristics across languages
(bylines, date-classed elements, ``<abbr>``, headline areas), which htmldate already
implements and maintains; newsdoc asks it only when the markup is silent, so a stated
date always wins, and records which answer came from where:

* ``url`` — the day in the page's URL path, when htmldate's answer is that day or
  htmldate finds none;
* ``htmldate`` — htmldate's reading of the page (``original_date=True``: the first
  publication, not the last update).

htmldate compares dates with "today" by default; newsdoc never reads the clock, so it
passes a fixed latest date instead (:data:`LATEST_DATE`), and an answer on that bound
(htmldate's way of saying "later than allowed") is no date.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import regex

from newsdoc.models import MetadataDate

__all__ = ["fallback_published", "url_date"]

LATEST_DATE = dt.date(2099, 12, 31)
"""The latest publication date accepted when no reference date is given (a fixed date
keeps the reading deterministic, unlike htmldate's default of today)."""

EARLIEST_DATE = dt.date(1995, 1, 1)
"""The earliest publication date accepted: the first news sites went online after it."""

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


def fallback_published(tree: Any, url: str | None) -> MetadataDate | None:
    """The published day of a page whose markup states none (see the module docstring)."""
    in_url = url_date(url)
    found = _htmldate(tree, url)
    if in_url is not None and (found is None or found == in_url):
        return MetadataDate(value=in_url, source="url")
    if found is not None:
        return MetadataDate(value=found, source="htmldate")
    return None
