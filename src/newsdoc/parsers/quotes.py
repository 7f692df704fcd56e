"""(first version pending)"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_QUOTES, Item


class QuoteParser:
    """Pending."""

    name = "quotes"
    order = ORDER_QUOTES
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Return nothing yet."""
        return iter(())
