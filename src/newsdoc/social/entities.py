"""Mentions, hashtags, cashtags and URLs inside a post body, with spans.

Rules follow the platforms' own tokenisers loosely: a mention or tag must not be glued
to a preceding word character (``mail@example.com`` holds no mention), a cashtag is 1-6
letters (``$TSLA``, not ``$10k``), and a hashtag needs at least one letter (``#1`` is not one).
"""

from __future__ import annotations

import regex

from newsdoc.models import Entity, build, span_of
from newsdoc.social.urls import find_urls, trim_url, url_kind

__all__ = ["find_entities"]

_TAGS = regex.compile(
    r"""
    (?<![\w@#$&/.])
    (?:
      (?P<mention>[@＠](?P<handle>\w{1,30}(?:@[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){1,4})?))
    | (?P<hashtag>[#＃](?P<tag>(?=[\w\p{M}]{0,100}\p{L})[\w\p{M}]{1,140}))
    | (?P<cashtag>\$(?P<cash>[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?))
    )
    (?![\w@])
    """,
    regex.VERBOSE,
)


def find_entities(text: str, start: int, end: int, timeout: float) -> tuple[Entity, ...]:
    """The entities in ``text[start:end]``, in text order, with absolute spans (built
    without validation: each is cut from the text, and the pipeline checks its span)."""
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for match in find_urls(text, start, end, timeout):
        url_end = trim_url(text, match.start(), match.end())
        if url_end <= match.start():
            continue
        raw = text[match.start() : url_end]
        taken.append((match.start(), url_end))
        found.append(
            build(
                Entity,
                span=span_of(match.start(), url_end),
                raw=raw,
                kind="url",
                value=raw,
                url_kind=url_kind(raw),
            )
        )
    for match in _TAGS.finditer(text, start, end, timeout=timeout):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match["mention"]:
            kind, value = "mention", match["handle"]
        elif match["hashtag"]:
            kind, value = "hashtag", match["tag"]
        else:
            kind, value = "cashtag", match["cash"]
        found.append(
            build(
                Entity,
                span=span_of(match.start(), match.end()),
                raw=match[0],
                kind=kind,
                value=value,
                url_kind=None,
            )
        )
    found.sort(key=lambda entity: entity.span.start)
    return tuple(found)
