"""Adapters that let the shared scorers measure newsdoc through its public API.

``annotate(text)`` returns a dict in the dev-corpus gold schema; ``direct_quotes`` and
``all_quotes`` return ``(quote, speaker)`` pairs for the quote scorer. ``partial`` quotes
are reported as ``direct`` in ``annotate`` (that gold lists them as direct quotes) but
left out of ``direct_quotes`` (PolNeAR's direct track counts them with the enclosing
indirect attribution). The direct track is defined as segments in double quotation marks
(“ ” „ « » or "), so ``direct_quotes`` leaves out quotes in single marks (‘…’) and in
the archive style of two apostrophes (''…''); ``all_quotes`` keeps every quote but the
partial ones inside the content of an indirect one, which PolNeAR counts as part of that
attribution.

Set ``NEWSDOC_FURNITURE`` to a list saved by ``LearnedFurniture.save`` (or by ``newsdoc
parse --save-furniture``) to score with a corpus's learned furniture.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from typing import Any

import newsdoc


@cache
def _options() -> newsdoc.ParseOptions:
    path = os.environ.get("NEWSDOC_FURNITURE")
    if not path:
        return newsdoc.ParseOptions()
    return newsdoc.LearnedFurniture.load(path).options()


def _iso_date(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def _post(post: newsdoc.EmbeddedSocialPost, **extra: Any) -> dict[str, Any]:
    """The fields both scorers read from a post, and the ``extra`` ones one of them wants."""
    return {
        "platform": post.platform,
        "author_name": post.author_name,
        "handle": post.handle,
        "posted": _iso_date(post.posted),
        "url": post.url,
        **extra,
    }


def annotate(text: str) -> dict[str, Any]:
    """One article as a dict in the dev corpus's gold schema."""
    article = newsdoc.parse(text, options=_options())
    header = article.date_header
    return {
        "date_header": _iso_date(header.value) if header is not None else None,
        "headings": [block.raw.strip() for block in article.headings],
        "social_posts": [
            _post(post, text_start=post.text[:30] if post.text else None)
            for post in article.social_posts
        ],
        "credits": [
            {
                "kind": credit.kind,
                "raw": credit.raw,
                "parties": [party.name for party in credit.parties],
            }
            for credit in article.attributions
            if credit.raw is not None
        ],
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker.name if quote.speaker else None,
                "kind": "direct",
            }
            for quote in article.quotes
            if quote.kind in {"direct", "partial"}
        ],
    }


_DOUBLE_MARKS = frozenset('“”„«»"')


def direct_quotes(text: str) -> list[tuple[str, str | None]]:
    """Direct quotes in double quotation marks, as (quote, speaker) pairs."""
    return [
        (quote.text, quote.speaker.name if quote.speaker else None)
        for quote in newsdoc.parse(text).quotes
        if quote.kind == "direct" and quote.raw[:1] in _DOUBLE_MARKS
    ]


def all_quotes(text: str) -> list[tuple[str, str | None]]:
    """Every quote, direct, partial and indirect, as (quote, speaker) pairs; a partial
    quote inside the content of an indirect one is part of that one."""
    quotes = newsdoc.parse(text).quotes
    contents = [quote.content for quote in quotes if quote.kind == "indirect"]
    return [
        (quote.text, quote.speaker.name if quote.speaker else None)
        for quote in quotes
        if quote.kind != "partial"
        or not any(span.start <= quote.span.start < span.end for span in contents)
    ]


def annotate_html(html: str) -> dict[str, Any]:
    """One HTML page as a dict for the HTML scorer: embedded posts and the published date."""
    from newsdoc.html import parse_html

    article = parse_html(html)
    published = article.metadata.published
    return {
        "social_posts": [_post(post, post_id=post.post_id) for post in article.social_posts],
        "published": published.day.isoformat() if published is not None else None,
    }
