"""(first version pending)"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_EMBEDS, Item


class SocialPostParser:
    """Pending."""

    name = "social_posts"
    order = ORDER_EMBEDS
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Return nothing yet."""
        return iter(())
