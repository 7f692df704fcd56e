"""Blocks: the text no other parser claimed, as paragraphs with a role.

The free text is split into paragraphs at blank lines (a line holding only whitespace);
each becomes a :class:`~newsdoc.models.Block`, trimmed of surrounding whitespace. Where
the lines between two blank lines are long (over 160 characters on average), the page
separates paragraphs with single line breaks, and each line is a block of its own;
shorter lines are the wrapped lines of one paragraph, or one sentence per line, and
stay together. Each block has a kind:

* ``heading`` — a paragraph that is one whole line and reads as a title or section
  heading: ``Russia-Ukraine war``, ``What is genetic testing?``, ``3. The verdict``,
  ``Sources:``, a headline repeated as the first line. It must be short (at most 18
  words and 120 characters), start with a capital or digit, not end like a sentence
  (``.``, ``!``, ``,``, ``;``), and be followed by more text.
* ``furniture`` — page furniture on a line of its own: ``ADVERTISEMENT``,
  ``ALSO READ: …``, ``Follow us on …``, ``SHARE THIS ARTICLE ON``, ``Story continues
  below``, leftover template tags (``{{…}}``, ``[caption …]``), and lead-ins such as
  ``WATCH:`` or ``See tweets :`` (patterns and words in ``lexicon/blocks.json``).
* ``caption`` — a paragraph sharing its line with a photo, image or video credit that
  the credit parser claimed: ``Rescuers at the site. (AP Photo/Jane Doe)``.
* ``body`` — everything else.

Deliberately not headings: list items (bulleted lines, and short lines that follow a
line ending in ``:`` or another list item), a line followed only by a bare URL (a link
title), a short line that ends the text, lines that share a line with other items
(a headline glued to a date header), and anything inside claimed items such as
embedded posts, which never reach this parser.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

import regex

from newsdoc.document import Document
from newsdoc.lexicon import load
from newsdoc.models import Attribution, Block, BlockKind, Span
from newsdoc.pipeline import ORDER_BLOCKS, Item

__all__ = ["BlockParser"]

_BREAK = r"(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])"
_INLINE_SPACE = r"[^\S\n\r\x0b\x0c\x85\u2028\u2029]"
_PARAGRAPH_BREAK = regex.compile(rf"{_BREAK}(?:{_INLINE_SPACE}*{_BREAK})+")
_LINE = regex.compile(_BREAK)
# Lines this long on average are paragraphs of their own, not the wrapped lines of one
# paragraph or one sentence per line.
_PARAGRAPH_LINE = 160
_SHORT = 300
_LINE_BREAK_CHARS = "\r\n\x0b\x0c\x85\u2028\u2029"
_BULLET = regex.compile(r"[-–—•*·▪►✓✔]\s|\(?[a-z]\)\s")
_SENTENCE_END = (".", "!", ",", ";", "…")
_CLOSING_QUOTES = "”\"’'»"
_URL_ONLY = regex.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:com|org|net)/\S*")
_CREDIT_KINDS_FOR_CAPTIONS = frozenset({"photo", "image", "video"})


class _Paragraph(NamedTuple):
    start: int
    end: int
    text: str


@cache
def _furniture_pattern() -> regex.Pattern[str]:
    patterns: list[str] = load("blocks")["furniture"]
    return regex.compile(
        r"(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + r")\s*",
        regex.IGNORECASE | regex.VERSION1,
    )


@cache
def _lead_ins() -> frozenset[str]:
    words: list[str] = load("blocks")["lead_ins"]
    return frozenset(word.casefold() for word in words)


def _is_lead_in(text: str) -> bool:
    if not text.endswith(":"):
        return False
    return text[:-1].strip().casefold() in _lead_ins()


def _is_furniture(text: str, timeout: float) -> bool:
    if len(text) > 300:
        return False
    return _furniture_pattern().fullmatch(text, timeout=timeout) is not None or _is_lead_in(text)


def _title_cased(words: Sequence[str]) -> bool:
    content = [word for word in words if sum(char.isalpha() for char in word) >= 4]
    if not content:
        return True
    return sum(word[0].isupper() for word in content) >= 0.6 * len(content)


def _looks_like_heading(text: str) -> bool:
    bare = text.rstrip(_CLOSING_QUOTES)
    if len(text) > 120 or bare.endswith(_SENTENCE_END) or "\n" in text or "\r" in text:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"'‘«"):
        return False
    if not any(char.isalpha() for char in text):
        return False
    words = text.split()
    if len(words) > 18:
        return False
    if text.endswith(":") and len(words) > 3:
        return False
    # a one-line question in sentence case is usually a rhetorical question in the prose
    if text.endswith("?") and not _title_cased(words):
        return False
    return not ("://" in text or text.startswith(("www.", "@")))


def _paragraphs(text: str, region: Span, timeout: float) -> Iterator[_Paragraph]:
    position = region.start
    breaks = _PARAGRAPH_BREAK.finditer(text, region.start, region.end, timeout=timeout)
    for boundary in (*((m.start(), m.end()) for m in breaks), (region.end, region.end)):
        yield from _chunk_paragraphs(text, position, boundary[0], timeout)
        position = boundary[1]


def _chunk_paragraphs(text: str, start: int, end: int, timeout: float) -> Iterator[_Paragraph]:
    """The paragraphs of the text between two blank lines: one, or one per line when the
    lines are long (a layout that separates paragraphs with single line breaks)."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(stripped)
    if not _has_line_break(stripped):
        yield _Paragraph(start, end, stripped)
        return
    breaks = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end, timeout=timeout)]
    if (end - start) / (len(breaks) + 1) > _PARAGRAPH_LINE:
        position = start
        for line_end, next_start in (*breaks, (end, end)):
            line = text[position:line_end]
            content = line.strip()
            if content:
                first = position + len(line) - len(line.lstrip())
                last = first + len(content)
                yield _Paragraph(first, last, content)
            position = next_start
        return
    yield _Paragraph(start, end, stripped)


def _has_line_break(text: str) -> bool:
    return any(char in text for char in _LINE_BREAK_CHARS)


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether only whitespace separates the paragraph from the line breaks around it."""
    before = start - 1
    while before >= 0 and text[before].isspace() and text[before] not in _LINE_BREAK_CHARS:
        before -= 1
    if before >= 0 and text[before] not in _LINE_BREAK_CHARS:
        return False
    after = end
    while after < len(text) and text[after].isspace() and text[after] not in _LINE_BREAK_CHARS:
        after += 1
    return after >= len(text) or text[after] in _LINE_BREAK_CHARS


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = max(text.rfind(char, 0, start) for char in "\n\r") + 1
    ends = [i for i in (text.find(char, end) for char in "\n\r") if i >= 0]
    return line_start, min(ends, default=len(text))


def _caption_lines(doc: Document) -> list[tuple[int, int]]:
    return [
        _line_bounds(doc.text, credit.span.start, credit.span.end)
        for credit in doc.items_of(Attribution)
        if credit.span is not None and credit.kind in _CREDIT_KINDS_FOR_CAPTIONS
    ]


def _classify(
    source: str,
    paragraphs: Sequence[_Paragraph],
    caption_lines: Sequence[tuple[int, int]],
    timeout: float,
) -> list[BlockKind]:
    kinds: list[BlockKind] = []
    in_list = False
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        kind: BlockKind = "body"
        caption = any(
            start <= paragraph.start and paragraph.end <= end for start, end in caption_lines
        )
        if len(text) > _SHORT and not caption:
            in_list = False
            kinds.append(kind)
            continue
        whole_line = _whole_line(source, paragraph.start, paragraph.end)
        previous = paragraphs[index - 1].text if index else ""
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if whole_line and _is_furniture(text, timeout):
            kind = "furniture"
        elif caption:
            kind = "caption"
        elif _BULLET.match(text) or (
            (previous.endswith(":") or in_list)
            and len(text) <= 80
            and "\n" not in text
            and not text.endswith("?")
        ):
            in_list = not text.endswith(".") and not _URL_ONLY.fullmatch(text)
            kinds.append("body")
            continue
        elif (
            whole_line
            and following is not None
            and _looks_like_heading(text)
            and (text.endswith("?") or not _URL_ONLY.fullmatch(following.text))
        ):
            kind = "heading"
        in_list = False
        kinds.append(kind)
    return kinds


class BlockParser:
    """Splits the unclaimed text into body, heading, caption and furniture blocks."""

    name = "blocks"
    order = ORDER_BLOCKS
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield one :class:`Block` per paragraph of free text, in text order."""
        timeout = doc.options.regex_timeout
        paragraphs = [
            paragraph
            for region in doc.free_regions()
            for paragraph in _paragraphs(doc.text, region, timeout)
        ]
        kinds = _classify(doc.text, paragraphs, _caption_lines(doc), timeout)
        for paragraph, kind in zip(paragraphs, kinds, strict=True):
            yield Block(
                span=Span(start=paragraph.start, end=paragraph.end),
                raw=paragraph.text,
                kind=kind,
            )
