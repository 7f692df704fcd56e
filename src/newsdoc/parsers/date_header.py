"""The article's date header: the date line at its head, or a ``Published on:`` foot line.

Only the first few non-empty lines (and the last two, for labelled foot lines) are read,
never prose. Forms handled, all with any date form :mod:`newsdoc.dates` reads:

* labelled, at a line start or after a separator on a byline line, the rest of the line
  left to the body: ``date 2022-03-08 As the war …`` (span ``date 2022-03-08``),
  ``Published: 08 Mar 2022, 10:45 IST``, ``Updated: March 8, 2022 11:02 AM EST``,
  ``Last Updated: …``, ``Posted: Thursday, October 17, 2013, 8:09 PM``,
  ``Updated August 02, 2014.``, ``By Ann Lee | Updated Mar 8, 2022 | 10:45 AM IST``,
  ``Veröffentlicht am 7. März 2022``; labels come from the ``months`` lexicon;
* a foot line ``Published on: Monday, March 07, 2022, 10:45 IST`` (labelled only);
* unlabelled, a full date opening a line that is only the date (``Tuesday, March 8,
  2022``), or only the date and a relative stamp after a separator (``MARCH 4, 2018 /
  7:15 AM / A DAY AGO``), or ends in a colon (``December 28, 2014: Markets opened …``,
  span up to the colon), or is a bracketed site stamp ``[January 24, 2018 - Example Times]``;
* relative dates (``3 hours ago``, ``Updated 2 days ago``) against
  ``ParseOptions.reference_date``; without one they give a ``relative-date`` diagnostic.

Numeric dates that read both ways are flagged ``ambiguous`` with an ``ambiguous-date``
diagnostic. A labelled date without a year takes the reference date's year, else gives a
``year-less-date`` diagnostic and no header.

Deliberately skipped: dates in prose or past the first lines, unlabelled dates followed
by more text (photo captions such as ``Dec 27, 2014; Louisville, KY``), year-less
unlabelled dates (those are datelines), lower-case labels in mid-line (``it was updated
March 8``), and a second date line: one header per article.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

import regex

from newsdoc.dates import FoundDate, match_date, match_relative
from newsdoc.document import Document, Line
from newsdoc.lexicon import load, word_set
from newsdoc.models import DateHeader, Diagnostic, Span
from newsdoc.options import ParseOptions
from newsdoc.pipeline import ORDER_DATES, Item

__all__ = ["DateHeaderParser", "head_lines"]

_HEAD_LINES = 6
"""Non-empty lines read at the head: title, kicker, byline and date line fit within."""
_HEAD_CHARS = 2000
_FOOT_LINES = 2
_FOOT_CHARS = 1500
_LONG_LINE = 300
"""Labels are looked for in mid-line only on lines up to this long (bylines); a longer
line is prose, where only a label opening the line counts."""


@cache
def _labels() -> dict[str, str]:
    """Printed label (lower-case) → reported label (``""`` for unlabelled)."""
    table: dict[str, str] = {}
    for reported, printed in load("months")["header_labels"].items():
        for word in printed:
            table[word.lower()] = reported
    return table


def _label_options(doc: Document, printed: str) -> ParseOptions:
    """The options a date after the printed label ``printed`` is read with: unless the
    caller decided ``dayfirst``, a label in a language other than English
    (``Mis à jour le 05/01/2031``, ``Publicado el 05/01/2031``, ``Data: 05/01/2031``)
    reads a slashed date day first, as those languages write it."""
    options = doc.options
    # the English labels, under which 05/01/2031 may be May 1 (US copy)
    if options.dayfirst is not None or printed in word_set("months", "month_first_labels"):
        return options
    return options.model_copy(update={"dayfirst": True})


@cache
def _label_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a label opening its line, a label after a byline separator)."""
    words = sorted(_labels(), key=lambda word: (-len(word), word))
    alternation = "|".join(regex.escape(word).replace(r"\ ", r"\s{1,2}") for word in words)
    tail = r"(?!\w)(?:\s{1,2}(?i:on|am|le|el|em|il))?(?!\w)\s{0,3}(?:[:\-–—]\s{0,3})?"
    opening = regex.compile(rf"[^\S\n]{{0,8}}(?i:(?P<label>{alternation})){tail}", regex.VERSION1)
    # In mid-line a label must be capitalised, so "the page was updated March 8" in a lead
    # sentence is not a header.
    inside = regex.compile(
        rf"(?<=[\s|·•,/—–\-])(?=\p{{Lu}})(?P<label>(?i:{alternation})){tail}", regex.VERSION1
    )
    return opening, inside


_BRACKET_TAIL = regex.compile(r"\s{0,3}[-–—|]\s{0,3}[^\[\]\n]{1,80}\]\s*$")
_COLON_TAIL = regex.compile(r"[^\S\n]{0,2}:(?=\s)")
_DOT_TAIL = regex.compile(r"[^\S\n]{0,2}\.?[^\S\n]*$")
_STAMP_SEPARATOR = regex.compile(r"[^\S\n]{0,2}[/|·•][^\S\n]{0,2}")
_UPDATED = regex.compile(r"(?i:updated|posted|published)[^\S\n]{1,2}")


class DateHeaderParser:
    """Finds the article's date header (see the module docstring for the forms)."""

    name = "date_header"
    order = ORDER_DATES
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield at most one :class:`DateHeader`, with diagnostics for dates it cannot use."""
        head, foot = _candidate_lines(doc)
        capitals = _capitals(doc, head)
        for line in head:
            found = self._labelled(doc, line, capitals)
            if found is None or not any(isinstance(item, DateHeader) for item in found):
                # a relative stamp that cannot be dated (no reference date) gives way to a
                # full date opening the same line: "April 3, 2021 | Updated 3 hours ago"
                plain = self._unlabelled(doc, line)
                if plain is not None and (
                    found is None or any(isinstance(item, DateHeader) for item in plain)
                ):
                    found = plain
            if found is not None:
                yield from found
                if any(isinstance(item, DateHeader) for item in found):
                    return
        capitals = _capitals(doc, foot)
        for line in foot:
            found = self._labelled(doc, line, capitals)
            if found is not None:
                yield from found
                if any(isinstance(item, DateHeader) for item in found):
                    return

    def _labelled(self, doc: Document, line: Line, capitals: Sequence[int]) -> list[Item] | None:
        for match in _label_matches(doc, line, capitals):
            printed = regex.sub(r"\s+", " ", match["label"].lower())
            label = _labels()[printed] or None
            start = match.start("label")
            found = match_date(
                doc.text,
                match.end(),
                line.end,
                options=_label_options(doc, printed),
                reference=doc.options.reference_date,
            )
            if found is not None:
                stop = found.end
                rest = _DOT_TAIL.match(doc.text, stop, line.end, timeout=doc.options.regex_timeout)
                if rest is not None:
                    # A full stop closing the date line belongs to it.
                    stop = _rstrip(doc.text, start, line.end)
                return _header(doc, start, stop, found, label)
            relative = match_relative(
                doc.text,
                match.end(),
                line.end,
                options=doc.options,
                reference=doc.options.reference_date,
            )
            if relative is not None:
                return _header(doc, start, relative.end, relative, label, relative=True)
        return None

    def _unlabelled(self, doc: Document, line: Line) -> list[Item] | None:
        start = line.start + len(line.text) - len(line.text.lstrip())
        bracket = doc.text.startswith("[", start)
        date_start = start + 1 if bracket else start
        found = match_date(doc.text, date_start, line.end, options=doc.options, reference=None)
        if found is None:
            relative = match_relative(
                doc.text,
                start,
                line.end,
                options=doc.options,
                reference=doc.options.reference_date,
            )
            if relative is not None and not doc.text[relative.end : line.end].strip():
                return _header(doc, start, relative.end, relative, None, relative=True)
            return None
        if not found.has_year:
            return None
        timeout = doc.options.regex_timeout
        if bracket:
            tail = _BRACKET_TAIL.match(doc.text, found.end, line.end, timeout=timeout)
            if tail is None:
                return None
            return _header(doc, start, _rstrip(doc.text, start, tail.end()), found, None)
        colon = _COLON_TAIL.match(doc.text, found.end, line.end, timeout=timeout)
        if colon is not None:
            return _header(doc, start, colon.end(), found, None)
        rest = _DOT_TAIL.match(doc.text, found.end, line.end, timeout=timeout)
        if rest is not None:
            return _header(doc, start, _rstrip(doc.text, start, line.end), found, None)
        if self._stamped(doc, found.end, line.end):
            return _header(doc, start, _rstrip(doc.text, start, line.end), found, None)
        return None

    def _stamped(self, doc: Document, position: int, end: int) -> bool:
        """Whether the date line goes on only with a separator and a relative stamp:
        ``MARCH 4, 2018 / 7:15 AM / A DAY AGO``, ``March 4, 2018 | Updated 2 hours ago``."""
        separator = _STAMP_SEPARATOR.match(doc.text, position, end)
        if separator is None:
            return False
        stamp = separator.end()
        label = _UPDATED.match(doc.text, stamp, end)
        relative = match_relative(
            doc.text,
            label.end() if label is not None else stamp,
            end,
            options=doc.options,
            reference=doc.options.reference_date,
        )
        return relative is not None and not doc.text[relative.end : end].strip(" \t.")


@cache
def _label_openings() -> tuple[str, ...]:
    """The first word of every label, case-folded as the label patterns compare them."""
    return tuple(sorted({label.split()[0].casefold() for label in _labels()}))


@cache
def _opening_span() -> int:
    """The length of the longest word in :func:`_label_openings`."""
    return max(len(word) for word in _label_openings())


_BLANKS = (
    "\t\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""What the patterns' ``[^\\S\\n]`` matches (Unicode White_Space but the line feed)."""


@cache
def _label_capital() -> regex.Pattern[str]:
    """Where a label may open in mid-line: a capital after a separator that case-folds to
    the first letter of a label. ``İ`` and ``ẞ`` fold to two letters, so they always pass."""
    letters = "".join(sorted({word[0] for word in _label_openings()}))
    return regex.compile(
        rf"(?<=[\s|·•,/—–\-])(?=\p{{Lu}})(?:(?i:[{regex.escape(letters)}])|[İẞ])", regex.VERSION1
    )


def _capitals(doc: Document, lines: Sequence[Line]) -> list[int]:
    """Where a label may open in mid-line (see ``_label_capital``) in the lines of
    ``lines`` short enough to be read in mid-line, in text order. Each run of such lines
    is searched at once, which costs far less than a search per line."""
    found: list[int] = []
    run: tuple[int, int] | None = None
    for line in (*lines, None):
        if line is not None and line.end - line.start <= _LONG_LINE:
            run = (run[0], line.end) if run is not None else (line.start + 1, line.end)
        elif run is not None:
            search = _label_capital().finditer(
                doc.text, run[0], run[1], timeout=doc.options.regex_timeout
            )
            found.extend(capital.start() for capital in search)
            run = None
    return found


def _label_matches(
    doc: Document, line: Line, capitals: Sequence[int]
) -> Iterator[regex.Match[str]]:
    """The labels opening ``line`` or inside it; ``capitals`` are from :func:`_capitals`."""
    opening, inside = _label_patterns()
    text = doc.text
    timeout = doc.options.regex_timeout
    # The label alternation is slow to try; a label's first word shows in the case-folded
    # text where the label opens, which plain string tests check far faster.
    openings = _label_openings()
    span = _opening_span()
    lead = len(line.text) - len(line.text.lstrip(_BLANKS))
    if lead <= 8 and line.text[lead : lead + span].casefold().startswith(openings):
        first = opening.match(text, line.start, line.end, timeout=timeout)
        if first is not None:
            yield first
    if line.end - line.start > _LONG_LINE:
        return
    # In mid-line a label opens with a capital after a separator.
    done = line.start
    for index in range(bisect_right(capitals, line.start), len(capitals)):
        position = capitals[index]
        if position >= line.end:
            break
        if position < done or not text[position : position + span].casefold().startswith(openings):
            continue
        match = inside.match(text, position, line.end, timeout=timeout)
        if match is not None:
            yield match
            done = match.end()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""The line breaks (``str.splitlines`` breaks at exactly these, ``\\r\\n`` counted as one)."""
_BREAK = regex.compile(f"[{_BREAKS}]")


def head_lines(text: str, count: int, chars: int) -> list[Line]:
    """The first ``count`` non-empty lines starting within the first ``chars`` characters."""
    head_end = min(len(text), chars)
    if head_end < len(text):
        # Finish the line the window cuts, so a header line is never read half.
        found = _BREAK.search(text, head_end, min(len(text), head_end + _LONG_LINE))
        head_end = found.start() if found is not None else head_end
    lines: list[Line] = []
    position = 0
    for chunk in text[:head_end].splitlines(keepends=True):
        if not chunk.isspace():  # a line break is a blank too
            size = _content_size(chunk)
            lines.append(Line(position, position + size, chunk[:size]))
            if len(lines) == count:
                break
        position += len(chunk)
    return lines


def _content_size(chunk: str) -> int:
    """The length of a piece of ``str.splitlines(keepends=True)`` without its line break."""
    return len(chunk) - (2 if chunk.endswith("\r\n") else 1 if chunk[-1] in _BREAKS else 0)


def _candidate_lines(doc: Document) -> tuple[list[Line], list[Line]]:
    """The first non-empty lines and the last ones.

    Only the head and foot of the text are split into lines, so long articles cost no more
    than short ones.
    """
    text = doc.text
    head = head_lines(text, _HEAD_LINES, _HEAD_CHARS)
    foot_start = max(0, len(text) - _FOOT_CHARS)
    if foot_start > 0:
        found = _BREAK.search(text, foot_start)
        if found is None:
            foot_start = len(text)
        else:
            foot_start = found.end()
            if text[found.start()] == "\r" and text.startswith("\n", foot_start):
                foot_start += 1
    head_starts = {line.start for line in head}
    return head, [line for line in _last_lines(text, foot_start) if line.start not in head_starts]


def _last_lines(text: str, start: int) -> list[Line]:
    """The last non-empty lines of ``text[start:]`` (up to ``_FOOT_LINES``), in text order;
    ``start`` opens a line."""
    found: list[Line] = []
    end = len(text)
    for chunk in reversed(text[start:].splitlines(keepends=True)):
        end -= len(chunk)
        if not chunk.isspace():
            size = _content_size(chunk)
            found.append(Line(end, end + size, chunk[:size]))
            if len(found) == _FOOT_LINES:
                break
    found.reverse()
    return found


def _header(
    doc: Document,
    start: int,
    end: int,
    found: FoundDate,
    label: str | None,
    *,
    relative: bool = False,
) -> list[Item]:
    span = Span(start=start, end=end)
    if not doc.is_free(span):
        return []
    if found.value is None:
        code, what = (
            ("relative-date", "a relative date")
            if relative
            else ("year-less-date", "a date without a year")
        )
        return [
            Diagnostic(
                code=code,
                message=f"the date header {doc.text[start:end]!r} gives {what} and no "
                "reference date is set (ParseOptions.reference_date); no header was made",
                span=span,
            )
        ]
    items: list[Item] = []
    if found.ambiguous:
        value = found.value
        day = value.date() if isinstance(value, dt.datetime) else value
        items.append(
            Diagnostic(
                code="ambiguous-date",
                message=f"the numeric date {doc.text[found.start : found.end]!r} reads as day "
                f"or month first; read as {day.isoformat()} (set ParseOptions.dayfirst)",
                span=Span(start=found.start, end=found.end),
            )
        )
    items.append(
        DateHeader(
            span=span,
            raw=doc.text[start:end],
            value=found.value,
            label=label,
            timezone=found.timezone,
            ambiguous=found.ambiguous,
        )
    )
    return items
