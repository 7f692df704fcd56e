"""The built-in parsers, one module per family, in their standard order.

=========================  =====  ======  ==============================================
parser                     order  claims  finds
=========================  =====  ======  ==============================================
``social_posts``           100    yes     embedded posts (X/Twitter, Instagram, …)
``date_header``            200    yes     the article's date line
``dateline``               200    yes     ``MOSCOW, March 8 (Reuters) -`` and its credit
``credits``                300    yes     credit lines: wire, photo, image, reporting, …
``blocks``                 400    no      paragraphs, headings, captions, furniture
``quotes``                 500    no      direct, partial and indirect quotes, speakers
=========================  =====  ======  ==============================================
"""

from __future__ import annotations

from newsdoc.parsers.blocks import BlockParser
from newsdoc.parsers.credits import CreditParser
from newsdoc.parsers.date_header import DateHeaderParser
from newsdoc.parsers.dateline import DatelineParser
from newsdoc.parsers.quotes import QuoteParser
from newsdoc.parsers.social_posts import SocialPostParser

__all__ = [
    "BlockParser",
    "CreditParser",
    "DateHeaderParser",
    "DatelineParser",
    "QuoteParser",
    "SocialPostParser",
    "default_parsers",
]


def default_parsers() -> tuple[
    SocialPostParser, DateHeaderParser, DatelineParser, CreditParser, BlockParser, QuoteParser
]:
    """Fresh instances of the built-in parsers."""
    return (
        SocialPostParser(),
        DateHeaderParser(),
        DatelineParser(),
        CreditParser(),
        BlockParser(),
        QuoteParser(),
    )
