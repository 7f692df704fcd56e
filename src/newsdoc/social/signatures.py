"""The anchors of embedded posts: signatures, header lines and post URLs on their own line.

Each finder is a cheap pattern run with :meth:`Document.finditer` and checked by hand
afterwards, so the cost stays linear in the page:

* ``— Name (@handle) March 7, 2022`` (also ``–``, ``-``, a dash glued to the last link, or
  none), handles of X, Bluesky (``@name.bsky.social``) and Mastodon (``@user@host``);
* ``A post shared by Name (@handle) on Aug 30, 2017 at 9:41am PDT`` (Instagram);
* ``Posted by Name on Tuesday, March 8, 2022`` (Facebook);
* ``<title>. from <user> on Vimeo.`` and ``<title> www.youtube.com``;
* ``Name @handle`` alone on a line, with the post text below it (header-first X layout);
* a post URL alone on a line (``https://twitter.com/<handle>/status/<id>``, YouTube,
  Telegram, TikTok, Threads, Bluesky, Mastodon, Reddit, Truth Social …).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import regex

from newsdoc._line_breaks import line_bounds
from newsdoc.dates import FoundDate, match_date
from newsdoc.document import Document
from newsdoc.lexicon import load
from newsdoc.models import Platform
from newsdoc.social.urls import PostUrl, read_post_url

__all__ = [
    "Anchor",
    "find_anchors",
    "header_line",
    "leftover_lines",
    "leftover_pattern",
    "line_matches",
]

Layout = Literal["after", "header", "url", "title"]

_TWEET = regex.compile(
    r"\((?P<at>[@＠])(?P<handle>\w{1,30}@[\w-]{1,60}(?:\.[\w-]{1,60}){1,4}"
    r"|[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\w{1,15})\)"
)
_INSTAGRAM = regex.compile(
    r"(?i:a post shared by)[ \t\u00a0]{1,3}"
    r"(?:(?P<name>[^\n()@]{1,80}?)[ \t\u00a0]{0,3}\((?P<at>@)(?P<handle>[\w.]{1,30})\)"
    r"|(?P<at>@)(?P<handle>[\w.]{1,30}))"
)
_ON = regex.compile(r"[ \t\u00a0]{1,3}on[ \t\u00a0]{1,3}")
_FACEBOOK = regex.compile(
    r"\bPosted by[ \t\u00a0]{1,3}(?P<name>[^\n]{1,80}?)[ \t\u00a0]{1,3}on[ \t\u00a0]{1,3}"
)
_VIMEO = regex.compile(
    r"(?P<sep>\.?[ \t\u00a0]{1,3})from[ \t\u00a0]{1,3}(?P<name>[^\n]{1,60}?)"
    r"[ \t\u00a0]{1,3}on[ \t\u00a0]{1,3}Vimeo\.?(?=[ \t\u00a0]*(?:\r|$))",
    regex.MULTILINE,
)
_YOUTUBE_TITLE = regex.compile(
    r"[ \t\u00a0]{1,3}(?:https?://)?www\.youtube\.com/?[ \t\u00a0]*(?=\r|$)", regex.M
)
_HEADER = regex.compile(
    r"(?:^|(?<=\r))[ \t\u00a0]{0,5}(?P<name>[^\r\n@]{1,60}?)[ \t\u00a0]{1,3}[@＠]"
    r"(?P<handle>\w{1,15})[ \t\u00a0]*(?=\r|$)",
    regex.MULTILINE,
)
_URL_LINE = regex.compile(
    r"(?:^|(?<=\r))[ \t\u00a0]{0,20}"
    r"(?P<url>(?:https?://|www\.|[a-z0-9-]{1,63}\.)[^\s]{3,2000}?)[ \t\u00a0]*(?=\r|$)",
    regex.MULTILINE | regex.IGNORECASE,
)
_DASHES = "—–‒―-"
_NOT_A_NAME = regex.compile(
    r"(?i)\b(?:follow|followed|twitter|tweet(?:ed|s)?|instagram|facebook|via|by|on|at|"
    r"wrote|said|says|posted|contact|email|reach|account|handle)\b|[:;,.!?]$"
)
_NAME_LIMIT = 50
"""X caps display names at 50 characters; a little more is allowed for emoji sequences."""


@dataclass(slots=True)
class Anchor:
    """A piece of embed furniture that anchors one post."""

    layout: Layout
    platform: Platform
    start: int
    """Start of the signature (or header line, or URL line)."""
    end: int
    """End of the signature."""
    author_name: str | None = None
    handle: str | None = None
    date: FoundDate | None = None
    url: str | None = None
    post: PostUrl | None = None
    body_end: int | None = None
    """For ``title`` anchors: where the title before the signature ends."""
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def leftover_pattern() -> regex.Pattern[str]:
    """A whole line that is only an embed leftover such as ``View this post on Instagram``."""
    words: list[str] = load("platforms")["leftovers"]
    alternation = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"(?:^|(?<=\r))[ \t\u00a0]{{0,10}}(?:{alternation})[ \t\u00a0.:]{{0,5}}(?=\r|$)",
        regex.MULTILINE | regex.IGNORECASE,
    )


_AT_SIGN = regex.compile(r"[@＠]")
_SLASH = regex.compile(r"/")


def line_matches(
    doc: Document, needle: regex.Pattern[str], pattern: regex.Pattern[str]
) -> Iterator[regex.Match[str]]:
    """What ``doc.finditer(pattern)`` gives for a line pattern (``^…$`` in ``MULTILINE``
    mode, never crossing a ``\\n``), tried only on the lines where ``needle`` occurs.

    A per-position scan for ``^`` costs far more than finding the few lines that hold the
    character every match needs, so the pattern runs once per such line instead.
    """
    text = doc.text
    timeout = doc.options.regex_timeout
    for region in doc.free_regions():
        start, end = region.start, region.end
        position = start
        while position < end:
            hit = needle.search(text, position, end, timeout=timeout)
            if hit is None:
                break
            line_start, line_end = line_bounds(text, hit.start(), hit.end())
            line_start = max(line_start, start)
            # "^" holds at a region's start only when a line opens there.
            if line_start > 0 and text[line_start - 1] not in "\r\n":
                line_start = -1
            if line_start >= 0:
                match = pattern.match(text, line_start, end, timeout=timeout)
                if match is not None:
                    yield match
            if line_end >= end:
                break
            position = line_end + 1


@cache
def _leftover_chars() -> int:
    """The longest line :func:`leftover_pattern` can match."""
    words: list[str] = load("platforms")["leftovers"]
    return 10 + max(len(word) for word in words) + 5


def leftover_lines(doc: Document) -> frozenset[int]:
    """The indexes in ``doc.lines()`` of the free lines that are only an embed leftover.

    Only lines short enough to hold a leftover are matched: scanning the whole text for
    ``^`` costs more than the short lines of a page.
    """
    text = doc.text
    pattern = leftover_pattern()
    longest = _leftover_chars()
    timeout = doc.options.regex_timeout
    regions = doc.free_regions()
    found: set[int] = set()
    current = 0
    for number, line in enumerate(doc.lines()):
        while current < len(regions) and regions[current].end <= line.start:
            current += 1
        if current == len(regions):
            break
        region = regions[current]
        if line.start < region.start or min(line.end, region.end) - line.start > longest:
            continue
        if pattern.match(text, line.start, region.end, timeout=timeout) is not None:
            found.add(number)
    return frozenset(found)


_DATE_REACH = 100
"""How far a signature's date may run: the longest printed date with its time and zone
(``Wednesday, September 27, 2023 at 10:45:00 a.m. Eastern Daylight Time``) is shorter.
Matching within it, not to the end of a long line, keeps each try cheap."""


def _date_after(doc: Document, position: int, line_end: int) -> FoundDate | None:
    text = doc.text
    while position < line_end and position - 1 < line_end and text[position] in " \t\u00a0":
        position += 1
    end = min(line_end, position + _DATE_REACH)
    return match_date(text, position, end, options=doc.options, reference=doc.reference_date())


def _tweet_name(text: str, line_start: int, paren: int) -> tuple[int, int] | None:
    """(signature start, name start) for a name ending before ``(@``; ``None`` if the
    text before the handle does not read as a display name."""
    window_start = max(line_start, paren - 4 * _NAME_LIMIT)
    name_end = paren
    while name_end > window_start and text[name_end - 1] in " \t\u00a0":
        name_end -= 1
    for position in range(name_end - 1, window_start - 1, -1):
        char = text[position]
        if char in _DASHES:
            after_space = position + 1 < paren and text[position + 1] in " \t\u00a0"
            before = text[position - 1] if position > line_start else " "
            if char == "-" and not (after_space and (before.isspace() or position == line_start)):
                continue
            # A dash inside a name ("Jean–Luc") is not the signature's.
            if (
                char != "-"
                and not after_space
                and not before.isspace()
                and not _glued_after_link(text, line_start, position)
            ):
                continue
            name_start = position + 1
            while name_start < name_end and text[name_start] in " \t\u00a0":
                name_start += 1
            if name_end - name_start > _NAME_LIMIT + 10 or name_start >= name_end:
                return None
            return position, name_start
        if char in " \t\u00a0" and text[position - 1 : position] in (" ", "\t", "\u00a0"):
            name_start = position + 1
            if 0 < name_end - name_start <= _NAME_LIMIT + 10:
                return name_start, name_start
            return None
    if name_end - line_start <= _NAME_LIMIT + 10 and name_end > line_start:
        name_start = line_start
        while name_start < name_end and text[name_start] in " \t\u00a0":
            name_start += 1
        return name_start, name_start
    return None


def _glued_after_link(text: str, line_start: int, position: int) -> bool:
    """Whether the dash at ``position`` is glued to the end of a link (``…/AbC123—``)."""
    start = max(line_start, position - 60)
    chunk = text[start:position]
    word = chunk.rsplit(None, 1)[-1] if chunk.strip() else ""
    return "/" in word or word.endswith((".", "!", "?", "”", '"', ")"))


def _tweets(doc: Document) -> Iterator[Anchor]:
    text = doc.text
    for match in doc.finditer(_TWEET):
        line_start, line_end = line_bounds(text, match.start())
        if _INSTAGRAM_BEFORE.search(text, max(line_start, match.start() - 100), match.start()):
            continue
        date = _date_after(doc, match.end(), line_end)
        if date is None:
            continue
        bounds = _tweet_name(text, line_start, match.start())
        if bounds is None:
            continue
        sig_start, name_start = bounds
        name = text[name_start : match.start()].rstrip(" \t\u00a0")
        if not name or (_NOT_A_NAME.search(name) and sig_start == name_start):
            continue
        handle = match["handle"]
        platform: Platform = "twitter"
        if "@" in handle:
            platform = "mastodon"
        elif "." in handle:
            platform = "bluesky"
        yield Anchor("after", platform, sig_start, date.end, name, handle, date)


_INSTAGRAM_BEFORE = regex.compile(r"(?i:a post shared by)[^\n]{0,90}$")


def _instagrams(doc: Document) -> Iterator[Anchor]:
    text = doc.text
    for match in doc.finditer(_INSTAGRAM):
        _, line_end = line_bounds(text, match.start())
        on = _ON.match(text, match.end(), line_end)
        date = _date_after(doc, on.end(), line_end) if on is not None else None
        name = match["name"].strip() if match["name"] else None
        yield (
            Anchor(
                "after",
                "instagram",
                match.start(),
                date.end if date is not None else match.end(),
                name or None,
                match["handle"],
                date,
            )
        )


def _facebooks(doc: Document) -> Iterator[Anchor]:
    text = doc.text
    for match in doc.finditer(_FACEBOOK):
        _, line_end = line_bounds(text, match.start())
        date = _date_after(doc, match.end(), line_end)
        if date is None:
            continue
        yield (
            Anchor("after", "facebook", match.start(), date.end, match["name"].strip(), None, date)
        )


def _titles(doc: Document) -> Iterator[Anchor]:
    text = doc.text
    for match in doc.finditer(_VIMEO):
        line_start, _ = line_bounds(text, match.start())
        if not text[line_start : match.start()].strip():
            continue
        end = match.end()
        yield (
            Anchor(
                "title",
                "vimeo",
                match.start(),
                end,
                match["name"].strip(),
                None,
                None,
                body_end=match.start(),
            )
        )
    for match in doc.finditer(_YOUTUBE_TITLE):
        line_start, _ = line_bounds(text, match.start())
        title = text[line_start : match.start()].strip()
        if not title or len(title) > 120:
            continue
        # the match opens with blanks and a web address, so trimming it trims the text
        end = match.start() + len(match[0].rstrip(" \t\u00a0"))
        yield (
            Anchor(
                "title",
                "youtube",
                match.start() + (len(match[0]) - len(match[0].lstrip())),
                end,
                None,
                None,
                None,
                body_end=match.start(),
            )
        )


def _headers(doc: Document) -> Iterator[Anchor]:
    for match in line_matches(doc, _AT_SIGN, _HEADER):
        name = match["name"].strip()
        if not name or _NOT_A_NAME.search(name) or len(name) > _NAME_LIMIT + 10:
            continue
        start = match.start("name")
        end = match.end("handle")
        yield Anchor("header", "twitter", start, end, name, match["handle"], None)


def header_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole ``Name @handle`` header line."""
    match = _HEADER.match(text, start, end)
    return match is not None and not _NOT_A_NAME.search(match["name"].strip())


def _url_lines(doc: Document) -> Iterator[Anchor]:
    # Every post URL shape has a path, so only lines holding a slash can give an anchor.
    for match in line_matches(doc, _SLASH, _URL_LINE):
        url = match["url"]
        post = read_post_url(url)
        if post is None:
            continue
        yield (
            Anchor(
                "url",
                post.platform,
                match.start("url"),
                match.end("url"),
                None,
                post.handle,
                None,
                url=url,
                post=post,
            )
        )


def find_anchors(doc: Document, stopped: list[str] | None = None) -> list[Anchor]:
    """Every anchor in the free text, in text order; overlapping ones keep the earliest
    (the longest on a tie).

    A finder whose pattern runs out of the options' time budget raises ``TimeoutError``;
    given a ``stopped`` list, the finder's name is added to it instead and the anchors it
    found before stopping are kept.
    """
    text = doc.text
    anchors: list[Anchor] = []
    finders: list[Callable[[Document], Iterator[Anchor]]] = []
    # Cheap substring tests spare most pages the patterns; a one-character test runs far
    # faster than a longer one, so the at sign is looked for before "(@".
    handles = "@" in text or "＠" in text
    if handles and ("(@" in text or "(＠" in text):
        finders.append(_tweets)
    if "hared by" in text or "HARED BY" in text:
        finders.append(_instagrams)
    if "Posted by" in text:
        finders.append(_facebooks)
    if "Vimeo" in text or "youtube.com" in text:
        finders.append(_titles)
    if handles:
        finders.append(_headers)
    if "/" in text:
        finders.append(_url_lines)
    for finder in finders:
        # One pattern out of time stops only itself: the anchors it found so far stand,
        # and so do the other finders'.
        try:
            for anchor in finder(doc):
                anchors.append(anchor)
        except TimeoutError:
            if stopped is None:
                raise
            stopped.append(finder.__name__.strip("_"))
    anchors.sort(key=lambda anchor: (anchor.start, -anchor.end))
    kept: list[Anchor] = []
    for anchor in anchors:
        if kept and anchor.start < kept[-1].end:
            continue
        kept.append(anchor)
    return kept
