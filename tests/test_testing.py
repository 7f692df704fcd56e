"""The marked-string helper and the invariant checker."""

from __future__ import annotations

import pytest

from newsdoc import Article, Block, Span
from newsdoc.testing import check_invariants, marked


def test_marked_strips_markers_and_records_spans() -> None:
    sample = marked("a ⟦x:bc⟧ d ⟦x:e⟧ ⟦y:f ⟦z:g⟧⟧")
    assert sample.text == "a bc d e f g"
    assert sample.spans["x"] == (Span(start=2, end=4), Span(start=7, end=8))
    assert sample.slice("y") == "f g"
    assert sample.slice("z") == "g"
    with pytest.raises(ValueError, match="marked 2 times"):
        sample.span("x")
    with pytest.raises(ValueError, match="marked 0 times"):
        sample.span("missing")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a ⟦x:b", "never closed"),
        ("a ⟧", "no opening marker"),
        ("⟦nolabel", "no ':'"),
        ("⟦:x⟧", "invalid label"),
    ],
)
def test_marked_rejects_malformed_markers(source: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        marked(source)


def test_check_invariants_finds_uncovered_text() -> None:
    text = "one two"
    article = Article(text=text, blocks=(Block(span=Span(start=0, end=3), raw="one", kind="body"),))
    with pytest.raises(AssertionError, match="belongs to no region"):
        check_invariants(article)


def test_check_invariants_finds_overlapping_blocks() -> None:
    text = "one two"
    blocks = (
        Block(span=Span(start=0, end=5), raw="one t", kind="body"),
        Block(span=Span(start=4, end=7), raw="two", kind="body"),
    )
    with pytest.raises(AssertionError, match="overlap"):
        check_invariants(Article(text=text, blocks=blocks))
