"""Whole synthetic articles composed from parts whose truth is known by construction.

:func:`articles` puts together an optional title-and-date-header opening (perhaps with a
dateline), then in random order paragraphs and headings, embedded posts, quoted speech
and noise paragraphs, and finally credit lines; every part keeps its expected items, with
spans shifted to where the part lands. Optionally the whole text gets CRLF or lone-CR
line ends, with the spans mapped accordingly.

Noise paragraphs hold no items by construction: neutral words mixed with emoji and
flags, right-to-left and CJK text, non-breaking and zero-width spaces, tabs and very
long lines. Quote marks, names, dates, handles and URLs never appear in noise.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from hypothesis import strategies as st

from newsdoc.models import Block
from newsdoc.pipeline import Item
from newsdoc.testing import map_offsets
from newsdoc.testing.strategies._sample import Sample
from newsdoc.testing.strategies.blocks import NEUTRAL_WORDS, paragraphs_and_headings
from newsdoc.testing.strategies.credits import credit_samples
from newsdoc.testing.strategies.dates import date_header_samples
from newsdoc.testing.strategies.posts import post_samples
from newsdoc.testing.strategies.quotes import quote_articles

__all__ = ["articles", "noise_paragraphs", "shifted"]

_NOISE = (
    "🇺🇦", "🇯🇵", "🔥", "👍🏽", "⚡️", "مرحبا", "שלום", "東京", "新闻", "서울", "\u00a0", "\u200b",
    "\u200d", "\t", "café", "naïve", "Ωμέγα", "Ёлка",
)  # fmt: skip


@st.composite
def noise_paragraphs(draw: st.DrawFn) -> str:
    """A paragraph of neutral words mixed with emoji, scripts and odd spaces; perhaps very long."""
    pieces = draw(st.lists(st.sampled_from(NEUTRAL_WORDS + _NOISE), min_size=3, max_size=40))
    repeat = draw(st.sampled_from((1, 1, 1, 60)))
    text = " ".join(pieces * repeat).strip()
    first = draw(st.sampled_from(("The", "A", "In")))
    return f"{first} {text}."


def shifted(item: Item, delta: int) -> Item:
    """``item`` with every span moved ``delta`` characters."""
    data: Any = map_offsets(item.model_dump(), lambda offset: offset + delta)
    return type(item).model_validate(data)


def _line_ends(sample: Sample, newline: str) -> Sample:
    if newline == "\n":
        return sample
    text = sample.text
    positions = [index for index, char in enumerate(text) if char == "\n"]
    extra = len(newline) - 1

    def mapped(offset: int) -> int:
        return offset + extra * bisect_left(positions, offset)

    items = tuple(
        type(item).model_validate(
            _replace_newlines(map_offsets(item.model_dump(), mapped), newline)
        )
        for item in sample.items
    )
    return Sample(text=text.replace("\n", newline), items=items)


def _replace_newlines(data: Any, newline: str) -> Any:
    if isinstance(data, str):
        return data.replace("\n", newline)
    if isinstance(data, dict):
        return {key: _replace_newlines(value, newline) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_replace_newlines(value, newline) for value in data]
    return data


@st.composite
def articles(draw: st.DrawFn) -> Sample:
    """A composed article and every item a correct parser must find in it.

    Blocks are listed only for headings (every body paragraph is a block too, but
    listing them would only restate the layout).
    """
    parts: list[Sample] = []
    opening = draw(
        st.one_of(st.none(), date_header_samples().filter(lambda sample: "\r" not in sample.text))
    )
    middle = draw(
        st.lists(
            st.one_of(
                paragraphs_and_headings(),
                post_samples(),
                quote_articles(),
                noise_paragraphs().map(lambda text: Sample(text=text)),
            ),
            min_size=1,
            max_size=4,
        )
    )
    closing = draw(st.one_of(st.none(), credit_samples()))
    if opening is not None:
        parts.append(Sample(text=opening.text.rstrip("\r\n"), items=opening.items))
    parts.extend(middle)
    if closing is not None:
        parts.append(closing)
    text = ""
    items: list[Item] = []
    for part in parts:
        if text:
            text += "\n\n"
        offset = len(text)
        text += part.text
        for item in part.items:
            if isinstance(item, Block) and item.kind != "heading":
                continue
            items.append(shifted(item, offset) if offset else item)
    newline = draw(st.sampled_from(("\n", "\n", "\r\n", "\r")))
    return _line_ends(Sample(text=text, items=tuple(items)), newline)
