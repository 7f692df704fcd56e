"""Where an embedded post's body starts: walking back from its signature.

A body ends where the signature starts; where it starts is where the article's prose
ends, and no fixed number of lines tells that. The walk goes up piece by piece — glued
sentences of a flattened line, lines of one paragraph, paragraphs — and takes a piece
only when the layout says it belongs to the post:

* lines of one paragraph belong together (when the page separates paragraphs by blank
  lines at all);
* a gap wider than the page's usual paragraph gap is an extractor's artefact inside a
  post, so the paragraph above it is taken, and so is a paragraph whose own upper gap
  is wide (the post goes on above it);
* a paragraph behind an ordinary gap is the article's, as is a lead-in ending in ``:``;
* sentences glued without a space (``…this week.After …``) mark lines an extractor ran
  together; a short one is a line of the post, a long one (or a lead-in) is prose;
* the post may not outgrow what its platform allows (280 weighted characters on X),
  nor reach back past the previous post, a claimed region or an embed leftover line.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from newsdoc.document import Line

__all__ = ["Layout", "find_body_start", "strip_end"]

_GLUED = regex.compile(r"(?<=[\p{Ll}\d)\]\"”'’!?%][.!?…]{1,3}[\"”’]?|:)(?=[\p{Lu}#@])")
_LEAD_IN = regex.compile(r"(?<=:)[ \t]{1,5}(?=\S)")
_FLAT_LINE = 1000
"""A line this long is a flattened page (the extractor dropped the line breaks)."""
_SHORT_SEGMENT = 90
"""Glued pieces up to this length read as flattened post lines, longer ones as prose."""
_WEIGHT_SLACK = 1.1
"""Headroom over a platform's limit: extractors add spaces and drop characters."""


@dataclass(frozen=True, slots=True)
class Layout:
    """The line structure of a page, computed once per document."""

    lines: Sequence[Line]
    starts: Sequence[int]
    normal_gap: int
    blocked: frozenset[int]
    """Indexes of lines a body may not include (embed leftovers)."""

    @classmethod
    def of(cls, lines: Sequence[Line], blocked: frozenset[int] = frozenset()) -> Layout:
        """The layout of ``lines``; the usual gap is the commonest run of blank lines
        between two text lines (0 on pages with no or hardly any blank lines)."""
        gaps: Counter[int] = Counter()
        blank = 0
        seen_text = False
        for line in lines:
            if line.text.strip():
                if seen_text:
                    gaps[min(blank, 9)] += 1
                seen_text = True
                blank = 0
            else:
                blank += 1
        spaced = {gap: count for gap, count in gaps.items() if gap > 0}
        # Pages that separate paragraphs by blank lines still have adjacent lines inside
        # paragraphs, so blank-line gaps set the norm unless they are rare.
        if spaced and 10 * sum(spaced.values()) >= sum(gaps.values()):
            normal = min(spaced, key=lambda gap: (-spaced[gap], gap))
        else:
            normal = 0 if gaps else 1
        return cls(lines, [line.start for line in lines], normal, blocked)

    def index(self, offset: int) -> int:
        """The index of the line holding ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def strip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lead_in(text: str, start: int, end: int) -> bool:
    end = strip_end(text, start, end)
    return end > start and text[end - 1] in ":："


def find_body_start(
    text: str,
    layout: Layout,
    floor: int,
    body_end: int,
    weigh: Callable[[str], int] | None,
    limit: int | None,
    signature_start: int,
) -> int | None:
    """The offset where the body ending at ``body_end`` starts, or ``None`` when the
    signature has no body above it (a bare ``Posted by`` line, a lead-in above)."""
    if body_end <= floor:
        return None
    ceiling = None if limit is None else int(limit * _WEIGHT_SLACK)

    def fits(start: int) -> bool:
        if weigh is None or ceiling is None:
            return True
        return weigh(text[start:body_end]) <= ceiling

    row = layout.index(signature_start)
    line = layout.lines[row]
    first = max(line.start, floor)
    if first < body_end and text[first:body_end].strip():
        flat = line.end - line.start > _FLAT_LINE
        start = _segment_start(text, first, body_end, fits, flat)
        if start != first:
            return start
    else:
        above_row, gap = _previous_text_line(text, layout, row, floor)
        if above_row is None or above_row in layout.blocked:
            return None
        row = above_row
        line = layout.lines[row]
        if _lead_in(text, line.start, line.end) and gap > 0:
            return None
        first = max(line.start, floor)
        body_end = strip_end(text, first, line.end)
        flat = line.end - line.start > _FLAT_LINE
        start = _segment_start(text, first, body_end, fits, flat)
        if start != first:
            return start
    # ``start`` is the start of line ``row``; go up line by line.
    while True:
        above, gap = _previous_text_line(text, layout, row, floor)
        if above is None or above in layout.blocked:
            return start
        candidate = layout.lines[above]
        if candidate.start < floor or not fits(candidate.start):
            return start
        if gap == layout.normal_gap:
            top = _paragraph_top(layout, above)
            upper, upper_gap = _previous_text_line(text, layout, top, floor)
            if upper is None or upper_gap <= layout.normal_gap or upper in layout.blocked:
                return start
        row, start = above, candidate.start


def _paragraph_top(layout: Layout, row: int) -> int:
    """The first line of the paragraph holding line ``row``."""
    if layout.normal_gap == 0:
        return row
    while row > 0 and layout.lines[row - 1].text.strip():
        row -= 1
    return row


def _previous_text_line(text: str, layout: Layout, row: int, floor: int) -> tuple[int | None, int]:
    """The nearest non-blank line above ``row`` at or after ``floor``, and how many blank
    lines lie between."""
    gap = 0
    row -= 1
    while row >= 0:
        line = layout.lines[row]
        if line.end <= floor:
            return None, gap
        if line.text.strip():
            return row, gap
        gap += 1
        row -= 1
    return None, gap


def _segment_start(
    text: str, first: int, body_end: int, fits: Callable[[int], bool], flat: bool
) -> int:
    """Where the body starts inside one line ``text[first:body_end]``: the whole line, or
    a tail of glued pieces when an extractor ran the post into the article's prose."""
    cuts = [match.end() for match in _GLUED.finditer(text, first, body_end)]
    cuts = [cut for cut in cuts if first < cut < body_end and text[cut:body_end].strip()]
    if not cuts and fits(first) and not flat:
        return first
    # A flattened page: lead-ins ("… from inside the bar: <post>") end pieces too.
    cuts.extend(match.end() for match in _LEAD_IN.finditer(text, first, body_end))
    cuts = sorted({cut for cut in cuts if first < cut < body_end and text[cut:body_end].strip()})
    if not cuts:
        return first
    bounds = [first, *cuts]
    start = bounds[-1]
    for index in range(len(bounds) - 2, -1, -1):
        piece_start, piece_end = bounds[index], bounds[index + 1]
        piece = text[piece_start:piece_end].strip()
        if not piece or len(piece) > _SHORT_SEGMENT or piece[-1] in ":：":
            return start
        if not fits(piece_start):
            return start
        start = piece_start
    return start
