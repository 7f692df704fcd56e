"""Embedded social media posts flattened into the article text.

HTML-to-text extractors leave embeds in the body; each becomes one
:class:`~newsdoc.models.EmbeddedSocialPost` whose span (body start .. signature end) is
claimed, so the post's dates, quotes and credits are not taken for the article's.

Surface forms (invented examples):

* X, body then signature: ``Ceasefire from 10:00 #peace https://t.co/AbC pic.twitter.com/XyZ
  — Jane Roe 🇺🇦 (@janeroe) March 7, 2022``; the dash may be ``—``, ``–``, ``-``, glued to
  the last link (``…/XyZ— Jane Roe``) or lost (``…XyZ  Jane Roe (@janeroe) …``); the date
  in the page's language (``7. März 2022``, ``7 mars 2022``, ``16 мая 2018 г.``);
  the body over several lines or paragraphs; threads of consecutive posts;
* X, header first: ``Jane Roe @janeroe`` on its own line, then the text;
* X and others, a post URL alone on a line: ``https://x.com/janeroe/status/123``,
  ``https://www.youtube.com/watch?v=abcdefghijk``, ``https://t.me/channel/42``,
  ``https://www.tiktok.com/@user/video/123…``, Threads, Bluesky, Mastodon, Reddit and
  Truth Social post URLs;
* Bluesky and Mastodon signatures: ``— Jane (@jane.bsky.social) March 7, 2022``,
  ``— Jane (@jane@example.social) March 7, 2022``;
* Instagram: ``<caption> A post shared by Jane Roe (@janeroe) on Mar 7, 2022 at 9:41am PDT``
  (time and zone kept), after an optional ``View this post on Instagram`` line;
* Facebook: ``<text> Posted by Jane Roe on Monday, March 7, 2022``, or the bare line;
* YouTube and Vimeo leftovers: ``<title> www.youtube.com``,
  ``<title>. from jane roe on Vimeo.``

Deliberately skipped: handles mentioned in prose (``wrote on Twitter (@jane) that …``),
a dash, a name and a date in prose (``— John Smith, March 7, 2022``), e-mail addresses,
posts retold in prose (``Roe tweeted that …``) and links to articles. Where the body
starts is decided by :mod:`newsdoc.social.boundaries`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from newsdoc.dates import FoundDate, match_date
from newsdoc.document import Document
from newsdoc.models import Diagnostic, EmbeddedSocialPost, Entity, Span, build, span_of
from newsdoc.pipeline import ORDER_EMBEDS, Item
from newsdoc.social.boundaries import Layout, find_body_start, strip_end
from newsdoc.social.entities import find_entities
from newsdoc.social.signatures import Anchor, find_anchors, header_line, leftover_lines
from newsdoc.social.weights import caption_limit, tweet_limit, tweet_weight

__all__ = ["SocialPostParser"]

_TIME_LINE = regex.compile(
    r"[ \t\u00a0]{0,5}\d{1,2}:\d{2}(?:[ \t\u00a0]?[AaPp]\.?[Mm]\.?)?"
    r"[ \t\u00a0]{0,3}[·•|,][ \t\u00a0]{0,3}"
)


@dataclass(slots=True)
class _Draft:
    """A post being put together before it becomes a model."""

    anchor: Anchor
    start: int
    end: int
    date: FoundDate | None
    body: tuple[int, int] | None = None
    url: str | None = None
    post_id: str | None = None
    canonical_url: str | None = None


_HEADER_BODY_CHARS = 1200
"""More text than any X post holds, even at two units per character and with links."""


class SocialPostParser:
    """Finds embedded social posts and claims their spans (see the module docstring)."""

    name = "social_posts"
    order = ORDER_EMBEDS
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield one :class:`EmbeddedSocialPost` per embed, plus date diagnostics."""
        stopped: list[str] = []
        anchors = find_anchors(doc, stopped)
        for finder in stopped:
            yield Diagnostic(
                code="regex-timeout",
                message=f"the {finder} pattern ran longer than {doc.options.regex_timeout} s "
                "and stopped; the posts found before it stopped and by the other patterns "
                "were kept",
            )
        if not anchors:
            return
        text = doc.text
        layout = Layout.of(doc.lines(), leftover_lines(doc))
        floor = 0
        previous: _Draft | None = None
        posts: list[_Draft] = []
        for number, anchor in enumerate(anchors):
            region_floor = _region_start(doc, anchor.start)
            floor = max(floor, region_floor)
            if (
                anchor.layout == "url"
                and previous is not None
                and _continues(text, previous, anchor)
            ):
                previous.url = anchor.url
                previous.post_id = anchor.post.post_id if anchor.post else None
                previous.canonical_url = anchor.post.canonical_url if anchor.post else None
                previous.end = anchor.end
                floor = anchor.end
                continue
            draft = _build(doc, layout, anchor, floor)
            if draft is None:
                continue
            following = anchors[number + 1] if number + 1 < len(anchors) else None
            if anchor.layout == "header" and following is not None and following.start < draft.end:
                # "Name @handle" was a line of the next post's body, not a header.
                continue
            posts.append(draft)
            previous = draft
            floor = draft.end
        for draft in posts:
            yield from _items(doc, draft)


def _region_start(doc: Document, offset: int) -> int:
    for region in doc.free_regions():
        if region.start <= offset < region.end:
            return region.start
    return offset


def _continues(text: str, previous: _Draft, anchor: Anchor) -> bool:
    """Whether a post URL line right below a signature is that post's own URL."""
    if previous.url is not None or previous.anchor.platform != anchor.platform:
        return False
    between = text[previous.end : anchor.start]
    if between.strip() or between.count("\n") > 2:
        return False
    handle = previous.anchor.handle
    return handle is None or anchor.handle is None or handle.lower() == anchor.handle.lower()


def _build(doc: Document, layout: Layout, anchor: Anchor, floor: int) -> _Draft | None:
    text = doc.text
    draft = _Draft(
        anchor,
        anchor.start,
        anchor.end,
        anchor.date,
        url=anchor.url,
        post_id=anchor.post.post_id if anchor.post else None,
        canonical_url=anchor.post.canonical_url if anchor.post else None,
    )
    if anchor.layout == "after":
        body_end = strip_end(text, floor, _dash_tail(text, floor, anchor.start))
        if anchor.platform == "twitter":
            date = anchor.date.value if anchor.date else None
            day = date.date() if isinstance(date, dt.datetime) else date
            start = find_body_start(
                text, layout, floor, body_end, tweet_weight, tweet_limit(day), anchor.start
            )
        else:
            limit = caption_limit(anchor.platform)
            start = find_body_start(text, layout, floor, body_end, len, limit, anchor.start)
        if start is not None:
            start = _skip_space(text, start, body_end)
            if start < body_end:
                draft.body = (start, body_end)
                draft.start = start
    elif anchor.layout == "title" and anchor.body_end is not None:
        line_start = _line_start(text, anchor.start)
        start = _skip_space(text, max(line_start, floor), anchor.body_end)
        body_end = strip_end(text, start, anchor.body_end)
        if start < body_end:
            draft.body = (start, body_end)
            draft.start = start
    elif anchor.layout == "header":
        body = _body_below(doc, layout, anchor)
        if body is None:
            return None
        draft.body = body[0], body[1]
        draft.end = body[1]
        if body[2] is not None:
            draft.date = body[2]
            draft.end = body[2].end
    return draft


_BLANKS = " \t\u00a0"
_DASHES = "—–‒―-"


def _dash_tail(text: str, floor: int, end: int) -> int:
    """Where the blanks and the one dash that lead into a signature at ``end`` start."""
    if end > floor and text[end - 1] == "\n":
        # Nothing but a line break leads into a signature that opens its line.
        end -= 1
    position = end
    while position > floor and text[position - 1] in _BLANKS:
        position -= 1
    if position > floor and text[position - 1] in _DASHES:
        position -= 1
        while position > floor and text[position - 1] in _BLANKS:
            position -= 1
    return position


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _body_below(
    doc: Document, layout: Layout, anchor: Anchor
) -> tuple[int, int, FoundDate | None] | None:
    """The text of a header-first post: the paragraph below its ``Name @handle`` line,
    and a ``10:41 AM · Mar 7, 2022`` date line closing it, if any."""
    lines = layout.lines
    row = layout.index(anchor.start) + 1
    while row < len(lines) and not lines[row].text.strip():
        row += 1
    if row >= len(lines) or row - layout.index(anchor.start) > layout.normal_gap + 2:
        return None
    start = lines[row].start
    end = start
    date = None
    text = doc.text
    while row < len(lines) and lines[row].text.strip():
        line = lines[row]
        if line.end - start > _HEADER_BODY_CHARS:
            return None
        if header_line(text, line.start, line.end):
            break
        found = _date_line(doc, line.start, line.end)
        if found is not None and end > start:
            date = found
            break
        end = strip_end(text, line.start, line.end)
        row += 1
    start = _skip_space(text, start, end)
    if end <= start or tweet_weight(text[start:end]) > tweet_limit(None) * 1.1:
        return None
    return start, end, date


def _date_line(doc: Document, start: int, end: int) -> FoundDate | None:
    text = doc.text
    time = _TIME_LINE.match(text, start, end, timeout=doc.options.regex_timeout)
    position = time.end() if time else _skip_space(text, start, end)
    found = match_date(text, position, end, options=doc.options, reference=doc.reference_date())
    if found is None or text[found.end : end].strip():
        return None
    return found


def _items(doc: Document, draft: _Draft) -> Iterator[Item]:
    text = doc.text
    anchor = draft.anchor
    date = draft.date
    posted = date.value if date is not None else None
    if date is not None and posted is None:
        yield Diagnostic(
            code="post-date-without-year",
            message="the post's date prints no year and there is no reference date",
            span=Span(start=date.start, end=date.end),
        )
    body_span = None
    entities: tuple[Entity, ...] = ()
    if draft.body is not None:
        body_span = span_of(draft.body[0], draft.body[1])
        entities = find_entities(text, draft.body[0], draft.body[1], doc.options.regex_timeout)
    signature = None if anchor.layout == "url" else span_of(anchor.start, anchor.end)
    # every value was read from the text and checked here: the pipeline still checks the
    # spans against the text, so the post is built without validating it again
    yield build(
        EmbeddedSocialPost,
        span=span_of(draft.start, draft.end),
        raw=text[draft.start : draft.end],
        platform=anchor.platform,
        author_name=anchor.author_name,
        handle=anchor.handle,
        post_id=draft.post_id,
        url=draft.url,
        canonical_url=draft.canonical_url,
        posted=posted,
        posted_timezone=date.timezone if date is not None else None,
        body=body_span,
        text=body_span.slice(text) if body_span else None,
        signature=signature,
        entities=entities,
    )
