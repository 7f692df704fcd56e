"""The read-only view of a document that parsers receive.

A :class:`Document` is a snapshot: the untouched text, the options, the items accepted
so far and the regions earlier parsers claimed. Parsers never change it; the pipeline
makes a new snapshot for each parser.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from newsdoc.models import DateHeader, Span, span_of
from newsdoc.options import ParseOptions

if TYPE_CHECKING:
    # only annotations name it: the parsers import regex when they load, on first parse
    import regex

__all__ = ["Document", "Line", "TextIndex"]

T = TypeVar("T")


class Line(NamedTuple):
    """One line of the text: ``[start, end)`` excludes the line break."""

    start: int
    end: int
    text: str


_BREAK_CHARACTERS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class TextIndex:
    """Line structure of one text, computed once and shared by every snapshot of a parse."""

    __slots__ = ("_lines", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: tuple[Line, ...] | None = None
        self._starts: list[int] | None = None

    def lines(self) -> tuple[Line, ...]:
        """Every line of the text (any Unicode line break, ``\\r\\n`` counted as one)."""
        if self._lines is None:
            # str.splitlines breaks on these characters and on \r\n as one break
            lines: list[Line] = []
            position = 0
            for piece in self.text.splitlines(keepends=True):
                if piece.endswith("\r\n"):
                    content = piece[:-2]
                elif piece and piece[-1] in _BREAK_CHARACTERS:
                    content = piece[:-1]
                else:
                    content = piece
                lines.append(Line(position, position + len(content), content))
                position += len(piece)
            if not self.text or self.text[-1] in _BREAK_CHARACTERS:
                lines.append(Line(position, position, ""))
            self._lines = tuple(lines)
        return self._lines

    def line_number(self, offset: int) -> int:
        """The index in :meth:`lines` of the line holding ``offset``."""
        if self._starts is None:
            self._starts = [line.start for line in self.lines()]
        return max(bisect_right(self._starts, offset) - 1, 0)


class Document:
    """What a parser sees: the text, the options, and what earlier parsers found.

    ``claims`` are the spans earlier claiming parsers own (sorted, disjoint); the text
    outside them is *free*. :meth:`finditer` searches only free text and reports absolute
    offsets, so a parser cannot see inside an embedded post or a credit line that an
    earlier parser claimed.
    """

    __slots__ = ("_free", "_index", "claims", "items", "options", "text")

    def __init__(
        self,
        text: str,
        options: ParseOptions | None = None,
        items: Sequence[object] = (),
        claims: Sequence[Span] = (),
        *,
        index: TextIndex | None = None,
    ) -> None:
        self.text = text
        self.options = options if options is not None else ParseOptions()
        self.items: tuple[object, ...] = tuple(items)
        self.claims: tuple[Span, ...] = tuple(sorted(claims, key=lambda s: (s.start, s.end)))
        self._free: tuple[Span, ...] | None = None
        if index is not None and index.text is not text and index.text != text:
            raise ValueError("the text index belongs to another text")
        self._index = index if index is not None else TextIndex(text)

    def __repr__(self) -> str:
        return f"Document(len={len(self.text)}, items={len(self.items)}, claims={len(self.claims)})"

    def items_of(self, kind: type[T]) -> tuple[T, ...]:
        """The items accepted so far that are instances of ``kind``, in the order found."""
        return tuple(item for item in self.items if isinstance(item, kind))

    def free_regions(self) -> tuple[Span, ...]:
        """The maximal spans of text that no earlier parser claimed, in text order."""
        if self._free is None:
            # the offsets come from claimed Spans and the text, so 0 <= start < end holds:
            # the regions are built without validation (span_of)
            regions: list[Span] = []
            position = 0
            for claim in self.claims:
                if claim.start > position:
                    regions.append(span_of(position, claim.start))
                position = max(position, claim.end)
            if position < len(self.text):
                regions.append(span_of(position, len(self.text)))
            self._free = tuple(regions)
        return self._free

    def is_free(self, span: Span) -> bool:
        """Whether ``span`` overlaps no claimed region."""
        return not any(claim.overlaps(span) for claim in self.claims)

    def finditer(
        self, pattern: regex.Pattern[str], *, within: Span | None = None
    ) -> Iterator[regex.Match[str]]:
        """Match ``pattern`` over the free text (optionally only inside ``within``).

        Each free region is searched on its own with ``pos``/``endpos``, so offsets are
        absolute and a match never spans a claimed region. The pattern runs under the
        options' time budget; a time-out raises ``TimeoutError``, which the pipeline turns
        into a ``regex-timeout`` diagnostic.
        """
        timeout = self.options.regex_timeout
        for region in self.free_regions():
            start, end = region.start, region.end
            if within is not None:
                start, end = max(start, within.start), min(end, within.end)
                if start >= end:
                    continue
            yield from pattern.finditer(self.text, start, end, timeout=timeout)

    def lines(self) -> tuple[Line, ...]:
        """Every line of the text (any Unicode line break, ``\\r\\n`` counted as one).

        Computed once per parse and shared by every parser's snapshot.
        """
        return self._index.lines()

    def line_at(self, offset: int) -> Line:
        """The line holding ``offset`` (a line break belongs to the line it ends)."""
        return self._index.lines()[self._index.line_number(offset)]

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` after checking it lies inside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the text (length {len(self.text)})")
        return span_of(start, end)

    def reference_date(self) -> dt.date | None:
        """The date that year-less dates are read against: the document's own date header
        if one was found, else ``ParseOptions.reference_date``, else ``None``."""
        for header in self.items_of(DateHeader):
            value = header.value
            return value.date() if isinstance(value, dt.datetime) else value
        return self.options.reference_date
