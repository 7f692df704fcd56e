"""(first version pending)"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_BLOCKS, Item


class BlockParser:
    """Pending."""

    name = "blocks"
    order = ORDER_BLOCKS
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Return nothing yet."""
        return iter(())
