"""Metamorphic properties: known edits of the text change the output in known ways."""

from __future__ import annotations

import bisect
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc.testing import check_invariants, map_offsets
from newsdoc.testing.strategies import Sample
from newsdoc.testing.strategies.blocks import paragraph_texts, paragraphs_and_headings
from newsdoc.testing.strategies.credits import credit_samples
from newsdoc.testing.strategies.posts import post_samples
from newsdoc.testing.strategies.quotes import quote_articles

SAMPLES = st.one_of(paragraphs_and_headings(), credit_samples(), post_samples(), quote_articles())


def _dump(article: newsdoc.Article) -> dict[str, Any]:
    data: dict[str, Any] = article.model_dump(mode="json")
    del data["text"]
    return data


@given(SAMPLES, paragraph_texts())
def test_a_neutral_paragraph_in_front_shifts_every_offset(sample: Sample, neutral: str) -> None:
    prefix = neutral + "\n\n"
    original = newsdoc.parse(sample.text)
    shifted = newsdoc.parse(prefix + sample.text)
    check_invariants(shifted)
    expected = map_offsets(_dump(original), lambda offset: offset + len(prefix))
    produced = _dump(shifted)
    first, *rest = produced["blocks"]
    assert first == {"span": {"start": 0, "end": len(neutral)}, "raw": neutral, "kind": "body"}
    produced["blocks"] = rest
    assert produced == expected


@given(SAMPLES)
def test_crlf_line_ends_give_the_same_items(sample: Sample) -> None:
    lf_text = sample.text.replace("\r\n", "\n")
    crlf_text = lf_text.replace("\n", "\r\n")
    lf = newsdoc.parse(lf_text)
    crlf = newsdoc.parse(crlf_text)
    check_invariants(crlf)
    breaks = [index for index, char in enumerate(crlf_text) if char == "\r"]

    def to_lf(offset: int) -> int:
        return offset - bisect.bisect_left(breaks, offset)

    mapped = json.loads(json.dumps(map_offsets(_dump(crlf), to_lf)).replace("\\r\\n", "\\n"))
    assert mapped == _dump(lf)
