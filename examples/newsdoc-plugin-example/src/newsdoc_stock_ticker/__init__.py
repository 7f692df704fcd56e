"""A newsdoc plugin: stock tickers such as ``(NYSE: ACME)`` as annotations.

Recognised: an exchange name or abbreviation, a colon, and a ticker symbol inside
parentheses — ``(NYSE: ACME)``, ``(Nasdaq:ACME)``, ``(LSE: VOD.L)``, ``(TSX: SHOP)``,
``(NYSE: BRK.B)``. Deliberately skipped: bare symbols and cashtags in prose (``ACME``,
``$ACME``), which are too ambiguous without a symbol list.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsdoc import ORDER_PLUGINS, Annotation, Document, Item

__all__ = ["StockTickerParser"]

_EXCHANGES = {
    "NYSE": "NYSE",
    "NASDAQ": "NASDAQ",
    "AMEX": "NYSE American",
    "LSE": "LSE",
    "TSX": "TSX",
    "ASX": "ASX",
    "HKEX": "HKEX",
    "SGX": "SGX",
    "NSE": "NSE",
    "BSE": "BSE",
    "XETRA": "XETRA",
    "EURONEXT": "Euronext",
    "TYO": "TSE",
    "TSE": "TSE",
    "KRX": "KRX",
    "SIX": "SIX",
}

_PATTERN = regex.compile(
    r"\((?P<exchange>" + "|".join(sorted(_EXCHANGES, key=len, reverse=True)) + r")\s?:\s?"
    r"(?P<symbol>[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\)",
    regex.IGNORECASE,
)


class StockTickerParser:
    """Finds ``(EXCHANGE: SYMBOL)`` tickers in the article's free text."""

    name = "stock_ticker"
    order = ORDER_PLUGINS
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield one ``stock-ticker`` annotation per ticker, with exchange and symbol."""
        for match in doc.finditer(_PATTERN):
            symbol = match.group("symbol")
            if not any(char.isalpha() for char in symbol):
                continue
            yield Annotation(
                span=doc.span(match.start(), match.end()),
                raw=match.group(),
                label="stock-ticker",
                data={
                    "exchange": _EXCHANGES[match.group("exchange").upper()],
                    "symbol": symbol.upper(),
                },
            )
