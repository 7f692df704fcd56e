"""Transcripts: paragraphs opened by a speaker label in capitals (``PENCE: Well, …``).

Interview and debate transcripts print each turn as a paragraph opening with the
speaker's name in capitals and a colon, often inside quotation marks that the outlet
wraps around the whole transcript::

    "WALLACE: Let's start with the debate.

    "PENCE: Well, look, …

    "But the truth is …

A turn attributes the rest of its paragraph to the labelled speaker, and so do the
paragraphs after it that continue it (they open with a quotation mark but carry no label
of their own; a stage direction such as ``(CROSSTALK)`` does not continue it). The
quotation marks wrapping the transcript are the transcript's, not quotations of the
turn's own: the paragraphs' marks are not read as direct quotes, and quoted words inside
a turn stay part of it.

Labels that only look like turns (``UPDATE:``, ``NEW DELHI:``) are kept apart by asking
for a real exchange: at least three turns, two speakers, and a speaker who speaks twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

__all__ = ["Transcript", "Turn", "is_exchange", "line_labels", "transcript_turns"]

_LABEL_PATTERN = (
    r"[\"“]?[ \t]*(\p{Lu}[\p{Lu}’'.\-]+(?:[ \u00a0]\p{Lu}[\p{Lu}’'.\-]+){0,2}):[ \t\u00a0]+(?=\S)"
)
_LABEL = regex.compile(_LABEL_PATTERN)
"""A speaker label opening a paragraph: one to three words in capitals, a colon."""
_LINE_LABEL = regex.compile(rf"^{_LABEL_PATTERN}", regex.MULTILINE)
_OPENING_MARK = frozenset('"“')
_TRAILING = ' \t\r\n\u00a0"”'
_MIN_TURNS = 3


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph of a transcript turn: the label (on its first paragraph only), the
    colon, and the words spoken."""

    paragraph: int
    """The index of the paragraph in the list given to :func:`transcript_turns`."""
    number: int
    """Counts the turns: the paragraphs of one turn share it."""
    label: tuple[int, int]
    """Where the speaker label of the turn is (on its first paragraph)."""
    colon: int
    """The offset of the colon after the label that opened the turn."""
    content: tuple[int, int]
    """The spoken words, without the label or the transcript's quotation marks."""


@dataclass(frozen=True, slots=True)
class Transcript:
    """The turns of a text's transcripts and every paragraph they take up."""

    turns: list[Turn]
    paragraphs: frozenset[int]
    """The paragraphs inside a transcript: turns, continuations and stage directions."""


_NONE = Transcript([], frozenset())


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def is_exchange(labels: Counter[str]) -> bool:
    """Whether labelled turns, counted by label, make an exchange rather than a few
    look-alike labels: at least three turns, two speakers, one of them speaking twice."""
    return labels.total() >= _MIN_TURNS and len(labels) >= 2 and labels.most_common(1)[0][1] >= 2


def line_labels(text: str) -> Counter[str]:
    """The speaker-like labels opening the lines of ``text``, counted."""
    return Counter(match.group(1) for match in _LINE_LABEL.finditer(text))


def transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> Transcript:
    """The transcript turns among ``paragraphs`` (trimmed, non-empty ``(start, end)``
    bounds in text order), continuation paragraphs included."""
    labelled: dict[int, regex.Match[str]] = {}
    for index, (start, end) in enumerate(paragraphs):
        match = _LABEL.match(text, start, end)
        if match is not None:
            labelled[index] = match
    if not is_exchange(Counter(match.group(1) for match in labelled.values())):
        return _NONE
    turns: list[Turn] = []
    inside: set[int] = set()
    opened: regex.Match[str] | None = None
    number = 0
    for index, (start, end) in enumerate(paragraphs):
        match = labelled.get(index)
        if match is not None:
            opened = match
            content = _content(text, match.end(), end)
            number = len(turns) and turns[-1].number + 1
        elif opened is not None and text[start] in _OPENING_MARK:
            first = start + 1
            while first < end and text[first].isspace():
                first += 1
            inside.add(index)
            if first == end or text[first] in "([":
                continue  # a stage direction: "(CROSSTALK)"
            content = _content(text, first, end)
        else:
            opened = None  # a paragraph of the article's own prose ends the transcript
            continue
        inside.add(index)
        if content[1] > content[0]:
            label = (opened.start(1), opened.end(1))
            turns.append(Turn(index, number, label, opened.end(1), content))
    return Transcript(turns, frozenset(inside))
