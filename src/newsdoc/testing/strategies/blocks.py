"""Strategies for plain paragraphs and section headings.

The words are neutral by construction: no names, dates, months, agencies, quote marks,
handles or cue verbs, so no parser other than the block parser finds anything in them.
Excluded on purpose (tested by hand instead): one-line questions in sentence case,
short lines after a line ending in ``:`` (list items), and headings as the last line.
"""

from __future__ import annotations

from hypothesis import strategies as st

from newsdoc.models import Block, BlockKind, Span
from newsdoc.testing.strategies._sample import Sample

__all__ = ["NEUTRAL_WORDS", "heading_texts", "paragraph_texts", "paragraphs_and_headings"]

NEUTRAL_WORDS = (
    "river", "council", "bridge", "harbour", "market", "garden", "station", "budget",
    "school", "winter", "evening", "water", "road", "village", "project", "museum",
    "ferry", "library", "festival", "opened", "closed", "grew", "moved", "changed", "waited",
    "remained", "slowly", "again", "early", "late", "quiet", "busy", "new", "old", "small",
    "large", "green", "the", "a", "of", "in", "and", "near", "with", "for", "over",
)  # fmt: skip

_CAPITALISED = tuple(word.capitalize() for word in NEUTRAL_WORDS if len(word) > 3)
_SEPARATORS = ("\n\n", "\n\n\n", "\n \n", "\r\n\r\n", "\n\t\n", "\u2029\u2029")


@st.composite
def paragraph_texts(draw: st.DrawFn) -> str:
    """One to three sentences of neutral prose, ending with a full stop."""
    sentences = []
    for _ in range(draw(st.integers(1, 3))):
        words = draw(st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=3, max_size=14))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


@st.composite
def heading_texts(draw: st.DrawFn) -> str:
    """A short title-cased heading without end punctuation, or a title-cased question."""
    words = draw(st.lists(st.sampled_from(_CAPITALISED), min_size=1, max_size=6))
    return " ".join(words) + draw(st.sampled_from(("", "", "?")))


@st.composite
def paragraphs_and_headings(draw: st.DrawFn) -> Sample:
    """Paragraphs with headings between them; every heading is followed by a paragraph."""
    parts: list[tuple[BlockKind, str]] = []
    for _ in range(draw(st.integers(1, 6))):
        with_heading = draw(st.booleans())
        if parts and with_heading:
            parts.append(("heading", draw(heading_texts())))
        parts.append(("body", draw(paragraph_texts())))
    text = ""
    items: list[Block] = []
    for index, (kind, part) in enumerate(parts):
        if index:
            text += draw(st.sampled_from(_SEPARATORS))
        start = len(text)
        text += part
        items.append(Block(span=Span(start=start, end=len(text)), raw=part, kind=kind))
    return Sample(text=text, items=tuple(items))
