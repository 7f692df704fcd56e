"""(first version pending)"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_DATES, Item


class DatelineParser:
    """Pending."""

    name = "dateline"
    order = ORDER_DATES
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Return nothing yet."""
        return iter(())
