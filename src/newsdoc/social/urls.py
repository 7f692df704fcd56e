"""Links in and around embedded posts: post URL shapes of every platform, shorteners, media.

The shapes and host lists are data (``lexicon/platforms.json``)::

    >>> post = read_post_url("https://x.com/jdoe/status/123456")
    >>> post.platform, post.handle, post.post_id, post.canonical_url
    ('twitter', 'jdoe', '123456', 'https://twitter.com/jdoe/status/123456')
    >>> url_kind("https://t.co/AbC123"), url_kind("pic.twitter.com/AbC123")
    ('shortener', 'media')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from newsdoc.lexicon import load
from newsdoc.models import Platform, UrlKind

__all__ = ["URL_PATTERN", "PostUrl", "find_urls", "read_post_url", "url_kind"]

URL_PATTERN = regex.compile(
    r"""
    (?<![\w@/.])
    (?:https?://[^\s<>"“”‘’«»()\[\]{}]{1,2000}
      |(?:www\.|pic\.twitter\.com/|pic\.x\.com/|t\.co/|youtu\.be/)[^\s<>"“”‘’«»()\[\]{}]{1,2000}
      |(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|net|me|app|social|be|ly|co|io|gl|it|tv)/[^\s<>"“”‘’«»()\[\]{}]{1,2000}
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A link as printed in a post body: with a scheme, ``www.``, or a bare ``host.tld/path``."""

_WWW = regex.compile(r"[wW]{3}\.")
_SPACE = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"\s", regex.REVERSE)


def find_urls(
    text: str, start: int = 0, end: int | None = None, timeout: float | None = None
) -> Iterator[regex.Match[str]]:
    """The matches of :data:`URL_PATTERN` in ``text[start:end]``, as its ``finditer`` gives.

    A link never holds whitespace and always holds a ``/`` or ``www.``, so the pattern
    runs only over the whitespace-delimited words holding one: trying it at every
    position of prose costs far more.
    """
    end = len(text) if end is None else end
    position = start
    www_at = -1
    while position < end:
        slash = text.find("/", position, end)
        if slash < 0:
            slash = end
        if www_at < position:
            www_at = end
            # Plain substring tests rule "www." out far faster than a pattern can.
            if text.find("w.", position, end) >= 0 or text.find("W.", position, end) >= 0:
                www = _WWW.search(text, position, end)
                www_at = www.start() if www is not None else end
        hint = min(slash, www_at)
        if hint >= end:
            return
        before = _SPACE_BEFORE.search(text, position, hint)
        word_start = before.end() if before is not None else position
        after = _SPACE.search(text, hint, end)
        word_end = after.start() if after is not None else end
        yield from URL_PATTERN.finditer(text, word_start, word_end, timeout=timeout)
        position = word_end


_TRAILING = ".,;:!?…'’\"”»"
_SCHEME = regex.compile(r"^(?:https?://)?", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PostUrl:
    """What a post URL tells: platform, handle, post id and the canonical form."""

    platform: Platform
    handle: str | None
    post_id: str | None
    canonical_url: str | None


@cache
def _shapes() -> tuple[tuple[Platform, regex.Pattern[str], str | None], ...]:
    data: dict[str, Any] = load("platforms")
    return tuple(
        (
            entry["platform"],
            regex.compile(entry["pattern"] + r"/?(?:[?#][^\s]{0,300})?$", regex.IGNORECASE),
            entry["canonical"],
        )
        for entry in data["post_urls"]
    )


@cache
def _hosts(key: str) -> frozenset[str]:
    data: dict[str, Any] = load("platforms")
    return frozenset(host.lower() for host in data[key])


def trim_url(text: str, start: int, end: int) -> int:
    """The end of a link found at ``text[start:end]`` once trailing punctuation that
    closes the sentence rather than the link is dropped."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _host(url: str) -> str:
    rest = _SCHEME.sub("", url, count=1)
    host = rest.split("/", 1)[0].split("?", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host


def read_post_url(url: str) -> PostUrl | None:
    """The post a URL points at, or ``None`` when it is not a recognised post URL."""
    rest = _SCHEME.sub("", url.strip(), count=1)
    for platform, pattern, canonical in _shapes():
        match = pattern.match(rest)
        if match is None:
            continue
        groups = {name: value for name, value in match.groupdict().items() if value}
        handle = groups.get("handle")
        if platform == "mastodon" and handle is not None:
            handle = f"{handle}@{groups['instance']}"
            groups["handle"] = handle.split("@", 1)[0]
        return PostUrl(
            platform=platform,
            handle=handle if platform not in {"facebook", "youtube", "vimeo", "reddit"} else None,
            post_id=groups.get("id"),
            canonical_url=canonical.format(**groups) if canonical is not None else None,
        )
    return None


def url_kind(url: str) -> UrlKind:
    """Whether a link is a shortener, attached media, another post, or something else."""
    host = _host(url)
    if host in _hosts("media_hosts"):
        return "media"
    if host in _hosts("shortener_hosts"):
        return "shortener"
    if read_post_url(url) is not None:
        return "post"
    return "other"
