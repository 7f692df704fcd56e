"""Property: the parser finds exactly the generated posts, with exact spans and values."""

from __future__ import annotations

from hypothesis import given

from newsdoc.document import Document
from newsdoc.models import EmbeddedSocialPost
from newsdoc.parsers.social_posts import SocialPostParser
from newsdoc.testing.strategies import Sample
from newsdoc.testing.strategies.posts import post_samples


@given(post_samples())
def test_generated_posts_come_back_exactly(sample: Sample) -> None:
    found = [
        item
        for item in SocialPostParser().parse(Document(sample.text))
        if isinstance(item, EmbeddedSocialPost)
    ]
    assert found == list(sample.items)


@given(post_samples())
def test_prefix_shifts_every_span(sample: Sample) -> None:
    prefix = "The council met on the budget plan for the week.\n\n"
    found = [
        item
        for item in SocialPostParser().parse(Document(prefix + sample.text))
        if isinstance(item, EmbeddedSocialPost)
    ]
    assert [post.span.start - len(prefix) for post in found if post.span] == [
        post.span.start
        for post in sample.items
        if isinstance(post, EmbeddedSocialPost) and post.span
    ]
