"""Bounds of ``\\n``/``\\r``-delimited lines, looked up by bisection.

Several parsers ask "which line holds this offset?" once per match. Scanning the text
for the nearest line breaks each time costs the length of the line, which makes many
matches on one long (possibly hostile) line quadratic; the break offsets are found once
per text instead, and each lookup is a bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

_LINE_BREAK = regex.compile(r"[\n\r]")

# A few texts are in flight at once (the parse and a parser re-reading it); more entries
# would keep large texts alive for no gain.
_CACHED_TEXTS = 4


@lru_cache(maxsize=_CACHED_TEXTS)
def line_breaks(text: str) -> list[int]:
    """The offsets of every ``\\n`` and ``\\r`` in ``text``, in order."""
    return [match.start() for match in _LINE_BREAK.finditer(text)]


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first offset, end offset) of the line(s) holding ``start``..``end``.

    The line starts after the last ``\\n``/``\\r`` before ``start`` and ends at the first
    one at or after ``end`` (``start`` if not given), or at the text's edges:

    >>> line_bounds("one\\ntwo three\\nfour", 6)
    (4, 13)
    """
    breaks = line_breaks(text)
    before = bisect_left(breaks, start)
    after = bisect_left(breaks, start if end is None else end, lo=before)
    return (
        breaks[before - 1] + 1 if before else 0,
        breaks[after] if after < len(breaks) else len(text),
    )
