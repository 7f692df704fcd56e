"""Generated paragraphs and headings come back exactly."""

from __future__ import annotations

from hypothesis import given

import newsdoc
from newsdoc.testing import check_invariants
from newsdoc.testing.strategies import Sample
from newsdoc.testing.strategies.blocks import paragraphs_and_headings


@given(paragraphs_and_headings())
def test_paragraphs_and_headings_come_back_exactly(sample: Sample) -> None:
    article = newsdoc.parse(sample.text)
    check_invariants(article)
    assert article.blocks == sample.items
    assert article.quotes == ()
    assert article.attributions == ()
    assert article.social_posts == ()
