"""Merging what the markup says with what the text parsers found, without duplicates.

Posts. A markup embed and a text post are the same post when they share the platform and

* the post id, or the canonical URL; or
* the handle (case-insensitive) and the posted day, when either side lacks an id.

The pair becomes ONE post: the text post (it has the span, body and entities), filled in
with the markup's ``url``, ``canonical_url``, ``post_id``, ``handle``, ``author_name`` and
``posted`` where the text lacked them. An embed the text extraction dropped (a player, an
AMP tag, a consent-wall copy) is still reported, without span.

Order: the text-located posts stay in span order. A span-less embed follows the text post
matched to the nearest embed before it in the markup (or leads the list when no matched
embed precedes it), so a page's posts read in the order the page shows them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsdoc.html.authors import PageAuthors
from newsdoc.html.embeds import MarkupEmbed
from newsdoc.models import EmbeddedSocialPost, Metadata, MetadataDate

__all__ = ["merge_metadata", "merge_posts"]

_FILLED = ("url", "canonical_url", "post_id", "handle", "author_name", "posted")


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _norm_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()
    for prefix in ("https://", "http://", "www."):
        url = url.removeprefix(prefix)
    return url.replace("x.com/", "twitter.com/", 1) if url.startswith("x.com/") else url


def same_post(text_post: EmbeddedSocialPost, markup: EmbeddedSocialPost) -> bool:
    """Whether a post found in the text and one read from markup are the same post."""
    if text_post.platform != markup.platform:
        return False
    if text_post.post_id and markup.post_id:
        return text_post.post_id == markup.post_id
    for left in (text_post.canonical_url, text_post.url):
        for right in (markup.canonical_url, markup.url):
            if _norm_url(left) and _norm_url(left) == _norm_url(right):
                return True
    if text_post.handle and markup.handle and markup.posted is not None:
        return text_post.handle.lower() == markup.handle.lower() and _day(text_post.posted) == _day(
            markup.posted
        )
    return False


def _enrich(text_post: EmbeddedSocialPost, markup: EmbeddedSocialPost) -> EmbeddedSocialPost:
    updates: dict[str, Any] = {}
    for name in _FILLED:
        if getattr(text_post, name) is None and getattr(markup, name) is not None:
            updates[name] = getattr(markup, name)
    if "posted" in updates and markup.posted_timezone is not None:
        updates["posted_timezone"] = markup.posted_timezone
    if not updates:
        return text_post
    return EmbeddedSocialPost.model_validate({**text_post.model_dump(), **updates})


def merge_posts(
    text_posts: tuple[EmbeddedSocialPost, ...], embeds: list[MarkupEmbed]
) -> tuple[EmbeddedSocialPost, ...]:
    """The page's posts: each post once, in the order described in the module docstring."""
    located = sorted(
        text_posts, key=lambda post: (post.span.start, post.span.end) if post.span else (0, 0)
    )
    merged = list(located)
    used: set[int] = set()
    # Span-less embeds, grouped under the index of the text post they follow (-1: first).
    following: dict[int, list[EmbeddedSocialPost]] = {}
    anchor = -1
    for embed in embeds:
        match = next(
            (
                index
                for index, post in enumerate(located)
                if index not in used and same_post(post, embed.post)
            ),
            None,
        )
        if match is None:
            following.setdefault(anchor, []).append(embed.post)
            continue
        used.add(match)
        merged[match] = _enrich(located[match], embed.post)
        anchor = match
    out: list[EmbeddedSocialPost] = list(following.get(-1, ()))
    for index, post in enumerate(merged):
        out.append(post)
        out.extend(following.get(index, ()))
    return tuple(out)


def merge_metadata(
    from_text: Metadata,
    *,
    title: str | None,
    title_source: str | None,
    authors: PageAuthors,
    canonical_url: str | None,
    published: MetadataDate | None,
    updated: MetadataDate | None,
) -> Metadata:
    """Markup metadata first; the text's date header fills a date the markup lacks."""
    return Metadata(
        title=title or from_text.title,
        title_source=title_source if title else from_text.title_source,
        authors=tuple(authors.names) or from_text.authors,
        author_parties=tuple(authors.parties) or from_text.author_parties,
        authors_source=authors.source or from_text.authors_source,
        published=published or from_text.published,
        updated=updated or from_text.updated,
        canonical_url=canonical_url or from_text.canonical_url,
    )
