"""(first version pending)"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_CREDITS, Item


class CreditParser:
    """Pending."""

    name = "credits"
    order = ORDER_CREDITS
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Return nothing yet."""
        return iter(())
