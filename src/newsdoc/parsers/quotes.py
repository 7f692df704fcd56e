"""Quotes: direct, partial and indirect speech with speakers.

Runs over the body, heading and caption blocks (never inside embedded posts, credit
lines or datelines, which are claimed earlier). Handled surface forms:

* direct quotes in ``“…”``, ``"…"``, ``„…“``, ``«…»``, mismatched pairs (``"…”``) and,
  when attributed, ``‘…’``: ``Medinsky said, "The talks continued."``,
  ``"We are ready," said Kuleba.``, ``"…," he said. "…"``;
* quotes over several paragraphs (opening mark on each, closing mark at the end): one
  quote per paragraph sharing a ``group``; an unclosed quote is closed at its paragraph
  end with an ``unclosed-quote`` diagnostic;
* speech set off by dashes: ``– We will rebuild, – said Petrenko.`` (see
  :mod:`newsdoc.quoting.dashes`);
* partial quotes inside reported speech: ``saying he recalled it “vividly.”``;
* indirect speech: ``X said (that) …``, ``X told Y that …``, ``According to X, …``,
  ``…, X said.``, ``The plan, X said, would pass``, belief and evidence cues (``X
  believes …``, ``a poll found …``), stance cues (``X criticized the plan``), several
  attributions in one sentence (``X said A, adding that B``) and ``Name: …`` headlines;
* transcripts: ``PENCE: …`` turns attributed to their labels (see
  :mod:`newsdoc.quoting.transcripts`);
* speakers before or after the quote, inverted (``said Medinsky``), with pronouns,
  surnames and role descriptions (``the minister``) resolved to the full name.

Skipped: scare quotes and terms (``a “peacekeeping operation”``), titles of works,
nicknames, apostrophes (``don’t``, ``’90s``), and straight single quotes.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdoc.document import Document
from newsdoc.pipeline import ORDER_QUOTES, Item
from newsdoc.quoting import find_quotes

__all__ = ["QuoteParser"]


class QuoteParser:
    """Finds quotes and their speakers in the article's blocks."""

    name = "quotes"
    order = ORDER_QUOTES
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield the quotes of ``doc`` in text order, then any diagnostics."""
        quotes, diagnostics = find_quotes(doc)
        yield from quotes
        yield from diagnostics
