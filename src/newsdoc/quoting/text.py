"""Paragraph and sentence boundaries over the article text."""

from __future__ import annotations

import bisect
from itertools import islice

import regex

from newsdoc.lexicon import word_set

__all__ = [
    "ABBREVIATIONS",
    "last_words",
    "sentence_of",
    "sentence_starts",
    "tokens",
    "word_before",
    "word_count",
    "words_after",
]

_SENTENCE_END = regex.compile(
    r"[.!?…]+(?:[\"”’»)\]]|'')*\s+(?=[\"“‘«(\[\p{Lu}\p{N}]|''|``)"
    # scraped text may glue the next sentence to a full stop: "the mayor.She said"
    r"|\.(?<=\p{Ll}\p{Ll}\.)(?=\p{Lu}\p{Ll}+\s)"
)
_WORD_BEFORE = regex.compile(r"(?:^|(?<=[\s(\"“]))[\p{L}.]{1,12}$")
ABBREVIATIONS = word_set("quoting", "abbreviations")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-]*")


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences begin in ``text[start:end]``, ``start`` first."""
    starts = [start]
    for match in _SENTENCE_END.finditer(text, start, end):
        dot = match.start()
        word = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
        if text[dot] == "." and word is not None:
            bare = word.group().lower().rstrip(".")
            if bare in ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
                continue
        starts.append(match.end())
    return starts


def sentence_of(starts: list[int], position: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding ``position``."""
    index = bisect.bisect_right(starts, position) - 1
    begin = starts[max(index, 0)]
    stop = starts[index + 1] if index + 1 < len(starts) else end
    return begin, stop


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def words_after(text: str, position: int, end: int, count: int) -> list[tuple[int, int, str]]:
    """The first ``count`` words of ``text[position:end]``: the scan stops there."""
    return [
        (m.start(), m.end(), m.group()) for m in islice(_WORD.finditer(text, position, end), count)
    ]


_LAST_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-]*", flags=regex.REVERSE)
_BEFORE_REACH = 40


def last_words(text: str, start: int, end: int, count: int) -> list[tuple[int, int, str]]:
    """The last ``count`` words of ``text[start:end]``, in text order: the scan runs
    backwards from ``end`` and stops there."""
    found = [
        (m.start(), m.end(), m.group())
        for m in islice(_LAST_WORD.finditer(text, start, end), count)
    ]
    found.reverse()
    return found


def word_before(text: str, start: int, position: int) -> str:
    """The word ending closest before ``position`` within a short reach, or ``""``."""
    floor = max(start, position - _BEFORE_REACH)
    match = _LAST_WORD.search(text, floor, position)
    if match is None or (match.start() == floor > start and text[floor - 1].isalnum()):
        return ""
    return match.group()


def word_count(text: str, start: int, end: int) -> int:
    """How many words ``text[start:end]`` holds."""
    return len(_WORD.findall(text, start, end))


def end_before_space(text: str, start: int, position: int) -> int:
    """``position`` moved back past the whitespace before it, not below ``start``: the
    end of the text before it, found without copying that text."""
    while position > start and text[position - 1].isspace():
        position -= 1
    return position
