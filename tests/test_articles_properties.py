"""Composed articles: every part comes back with its exact span and value."""

from __future__ import annotations

from hypothesis import given, settings

import newsdoc
from newsdoc import Attribution, DateHeader, Dateline, EmbeddedSocialPost, Quote
from newsdoc.testing import check_invariants
from newsdoc.testing.strategies import Sample
from newsdoc.testing.strategies.articles import articles


def _of(kind: type, items: object) -> list[object]:
    return [item for item in items if isinstance(item, kind)]  # type: ignore[attr-defined]


@settings(max_examples=200)
@given(articles())
def test_every_part_of_a_composed_article_comes_back(sample: Sample) -> None:
    article = newsdoc.parse(sample.text)
    check_invariants(article)
    expected = sample.items
    assert ([article.date_header] if article.date_header else []) == _of(DateHeader, expected)
    assert ([article.dateline] if article.dateline else []) == _of(Dateline, expected)
    assert list(article.social_posts) == _of(EmbeddedSocialPost, expected)
    assert list(article.attributions) == _of(Attribution, expected)
    assert [q for q in article.quotes if q.kind != "indirect"] == _of(Quote, expected)
    headings = [block for block in expected if getattr(block, "kind", None) == "heading"]
    assert all(heading in article.headings for heading in headings)
