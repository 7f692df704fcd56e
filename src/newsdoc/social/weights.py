"""How long a post is by its platform's own count.

X counts a post by the twitter-text v3 rules (``lexicon/platforms.json``): code points
in the Latin and general punctuation ranges weigh 1, everything else (CJK, most other
scripts) 2, an emoji sequence 2 however many code points it has, and every URL 23.
Posts dated before 280 characters were first allowed (26 September 2017) had 140. The
weighting is a few lines of data-driven code, so no third-party package is needed
(the PyPI ports of twitter-text are unmaintained).

    >>> tweet_weight("hi 👋🏽 https://example.com/a/long/path")
    29
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import regex

from newsdoc.lexicon import load
from newsdoc.social.urls import find_urls

__all__ = ["caption_limit", "tweet_limit", "tweet_weight"]

_EMOJI_SEQUENCE = regex.compile(
    r"\p{Regional_Indicator}{2}"
    r"|\p{Extended_Pictographic}[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF\u20E3]{0,3}"
    r"(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF]{0,3}){0,8}"
    r"|[#*0-9]\uFE0F?\u20E3"
)


@cache
def _config() -> dict[str, Any]:
    data: dict[str, Any] = load("platforms")
    config: dict[str, Any] = data["tweet_weighting"]
    return config


@cache
def _heavy() -> regex.Pattern[str]:
    """Code points outside the ranges that weigh the scale (one character)."""
    bands = "".join(f"\\U{band['start']:08x}-\\U{band['end']:08x}" for band in _config()["ranges"])
    return regex.compile(f"[^{bands}]")


def tweet_weight(text: str) -> int:
    """The weighted length of ``text`` as X counts it (URLs 23, emoji and CJK 2)."""
    config = _config()
    url_weight = int(config["transformed_url_length"])
    total = 0
    position = 0
    for match in find_urls(text):
        total += _plain_weight(text, position, match.start())
        total += url_weight
        position = match.end()
    return total + _plain_weight(text, position, len(text))


def _plain_weight(text: str, start: int, end: int) -> int:
    if end <= start:
        return 0
    chunk = text[start:end]
    if chunk.isascii():
        return len(chunk)
    heavy = _heavy()
    total = len(chunk) + len(heavy.findall(chunk))
    emoji = int(_config()["emoji_weight"]) // int(_config()["scale"])
    for match in _EMOJI_SEQUENCE.finditer(chunk):
        sequence = match[0]
        total += emoji - len(sequence) - len(heavy.findall(sequence))
    return total


def tweet_limit(posted: dt.date | None) -> int:
    """The most a post could weigh on the date it was posted (280, or 140 before the switch)."""
    config = _config()
    if posted is not None and posted < dt.date.fromisoformat(config["legacy_until"]):
        return int(config["legacy_max_length"])
    return int(config["max_weighted_length"])


def caption_limit(platform: str) -> int | None:
    """The longest caption a platform other than X allows, or ``None`` when unbounded."""
    limits: dict[str, int] = load("platforms")["caption_limits"]
    return limits.get(platform)
