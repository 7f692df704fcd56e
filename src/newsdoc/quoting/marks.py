"""Pairing quotation marks inside one paragraph.

Handles ``“…”``, ``"…"``, ``„…“``, ``«…»``, the archive styles ``''…''`` and
````…''``, mismatched pairs as scrapers leave them (``"…”``, ``“…"``), and single
marks ``‘…’`` when no double quotation is open (single marks quote speech in
headlines). Nested marks stay inside the outer quotation. Apostrophes are not marks:
``don’t``, ``’90s``, ``James’`` (a ``’`` between letters, before a digit, or with no open
single quotation). A lone straight single quote (``'``) is skipped: it is an apostrophe
far more often than a quotation mark. Runs of three or more of one mark (``“““``, three
straight double quotes) are decoration or debris and are passed over.

A quotation still open at the end of the paragraph is returned with ``closed=False``
and runs to the paragraph's end (trailing whitespace dropped).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsdoc.quoting.text import end_before_space

__all__ = ["Segment", "segments"]

_MARK = regex.compile(r"([\"“”„«»‘’‚])\1{2,}+|''(?!')|``|[\"“”„«»‘’‚]")
"""A quotation mark, or a run of three or more of one mark, which quotes nothing and is
passed over whole (so that a long run costs one step, not one per mark). Two straight
apostrophes (``''``) are a double mark as archive text prints it (``''We will,'' he
said``), and two backticks open one (````We will,'' he said``)."""
_OPEN_DOUBLE = "“„«`"
_CLOSE_DOUBLE = "”»"


@dataclass(frozen=True, slots=True)
class Segment:
    """A quotation: ``start`` at the opening mark, ``end`` after the closing mark (or at
    the paragraph end when unclosed); ``content`` is what lies between the marks."""

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool
    single: bool


def _is_word(char: str) -> bool:
    return char.isalnum()


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The quotations in ``text[start:end]``, in text order."""
    found: list[Segment] = []
    open_at = -1
    open_single = False
    open_width = 1
    for match in _MARK.finditer(text, start, end):
        position = match.start()
        char = text[position]
        width = match.end() - position
        if width > 1 and char not in "'`":
            continue
        if char in "‘’‚":
            if open_at >= 0 and not open_single:
                continue  # nested inside a double quotation
            before = text[position - 1] if position > start else " "
            after = text[position + 1] if position + 1 < end else " "
            if open_single and char == "’":
                if _is_word(after) or (after == "s" and not _is_word(before)):
                    continue  # apostrophe inside the quotation: don’t, rock’n’roll
                if position - open_at > 2:
                    found.append(_closed(open_at, 1, position, 1, single=True))
                open_at, open_single = -1, False
            elif open_at < 0 and char in "‘‚" and not _is_word(before) and _is_word_start(after):
                open_at, open_single = position, True
            continue
        if open_single:
            # a double mark inside a single quotation: the single one was an apostrophe
            open_at, open_single = -1, False
        if open_at < 0:
            if char in _CLOSE_DOUBLE and position > start and not text[position - 1].isspace():
                continue  # a stray closing mark
            open_at, open_width = position, width
            continue
        # a quotation is open: decide whether this mark closes it or opens a new one
        if (
            char in _OPEN_DOUBLE
            and text[position - 1].isspace()
            and not (text[position + width] if position + width < end else " ").isspace()
        ):
            unclosed = _unclosed(text, open_at, open_width, position)
            if unclosed.content_end - unclosed.content_start > 1:
                found.append(unclosed)
            open_at, open_width = position, width
            continue
        if position == open_at + open_width:
            continue  # a doubled mark, as in ""…""
        # a value after "=" is markup left in the text (<tweet pic="…">), not a quotation
        if position - open_at > open_width + 1 and not text.startswith("=", open_at - 1, open_at):
            found.append(_closed(open_at, open_width, position, width))
        open_at = -1
    if open_at >= 0 and not open_single:
        unclosed = _unclosed(text, open_at, open_width, end)
        if unclosed.content_end - unclosed.content_start > 1:
            found.append(unclosed)
    return found


def _is_word_start(char: str) -> bool:
    return char.isalnum() or char in "¿¡…"


def _closed(
    open_at: int, open_width: int, close_at: int, close_width: int, *, single: bool = False
) -> Segment:
    return Segment(
        open_at, close_at + close_width, open_at + open_width, close_at, closed=True, single=single
    )


def _unclosed(text: str, open_at: int, open_width: int, end: int) -> Segment:
    end = end_before_space(text, open_at + open_width, end)
    return Segment(open_at, end, open_at + open_width, end, closed=False, single=False)
