"""Helpers for testing newsdoc and parsers built on it.

Marked strings spare you counting offsets by hand: wrap each expected item in
``⟦label:…⟧`` (U+27E6/U+27E7 never occur in news copy) and :func:`marked` returns the
clean text with the span of every label::

    >>> sample = marked("Roe said ⟦quote:“We will win,”⟧ ⟦credit:(PTI)⟧")
    >>> sample.text
    'Roe said “We will win,” (PTI)'
    >>> sample.spans["credit"]
    (Span(start=24, end=29),)
    >>> sample.slice("credit")
    '(PTI)'

Markers nest (``⟦post:… ⟦mention:@user⟧ …⟧``). :func:`check_invariants` asserts what
every :class:`~newsdoc.models.Article` must satisfy; use it in your own property tests.
:func:`explain_speakers` tells, for each quote, which rules chose its speaker.
The hypothesis strategies live in :mod:`newsdoc.testing.strategies` (they need the
``test`` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from newsdoc.models import Article, Quote, Span
from newsdoc.options import ParseOptions
from newsdoc.quoting.trace import tracing

__all__ = [
    "Marked",
    "SpeakerExplanation",
    "check_invariants",
    "claimed_spans",
    "explain_speakers",
    "map_offsets",
    "marked",
]

OPEN = "\u27e6"
CLOSE = "\u27e7"


@dataclass(frozen=True)
class Marked:
    """The clean text of a marked string and the spans of its labels, in text order."""

    text: str
    spans: dict[str, tuple[Span, ...]] = field(default_factory=dict)

    def span(self, label: str) -> Span:
        """The one span marked ``label`` (``ValueError`` if there are none or several)."""
        found = self.spans.get(label, ())
        if len(found) != 1:
            raise ValueError(f"label {label!r} is marked {len(found)} times, not once")
        return found[0]

    def slice(self, label: str) -> str:
        """The text under the one span marked ``label``."""
        return self.span(label).slice(self.text)


def marked(source: str) -> Marked:
    """Strip ``⟦label:…⟧`` markers from ``source``, recording where each label was."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    found: dict[str, list[Span]] = {}
    position = 0
    while position < len(source):
        char = source[position]
        if char == OPEN:
            colon = source.find(":", position)
            if colon < 0:
                raise ValueError(f"marker at {position} has no ':' after its label")
            label = source[position + 1 : colon]
            if not label or OPEN in label or CLOSE in label:
                raise ValueError(f"marker at {position} has an invalid label {label!r}")
            stack.append((label, length))
            position = colon + 1
            continue
        if char == CLOSE:
            if not stack:
                raise ValueError(f"closing marker at {position} has no opening marker")
            label, start = stack.pop()
            found.setdefault(label, []).append(Span(start=start, end=length))
        else:
            out.append(char)
            length += 1
        position += 1
    if stack:
        raise ValueError(f"marker {stack[-1][0]!r} is never closed")
    spans = {
        label: tuple(sorted(spans, key=lambda s: (s.start, s.end)))
        for label, spans in found.items()
    }
    return Marked("".join(out), spans)


def claimed_spans(article: Article) -> tuple[Span, ...]:
    """The distinct spans owned by claimed items (date header, dateline, social posts,
    attributions), sorted."""
    spans: set[tuple[int, int]] = set()
    items = (article.date_header, article.dateline, *article.social_posts, *article.attributions)
    for item in items:
        if item is not None and item.span is not None:
            spans.add((item.span.start, item.span.end))
    return tuple(Span(start=start, end=end) for start, end in sorted(spans))


def _spans_of(article: Article) -> Iterator[tuple[str, Span, str]]:
    for item in article.located_items():
        for span, expected in item._text_pairs():
            yield type(item).__name__, span, expected


def check_invariants(article: Article) -> None:
    """Assert the guarantees every parsed article gives.

    * every span lies inside the text and its ``raw`` (or ``text``) equals its slice;
    * claimed spans (date header, dateline, posts, attributions) are pairwise identical
      or disjoint, and body blocks overlap none of them or each other;
    * claimed spans and blocks together cover every non-whitespace character;
    * quotes lie inside blocks, never inside claimed regions;
    * the article round-trips through JSON.
    """
    text = article.text
    for name, span, expected in _spans_of(article):
        assert 0 <= span.start <= span.end <= len(text), f"{name} span {span} outside text"
        assert text[span.start : span.end] == expected, f"{name} at {span} does not match"
    regions = sorted(
        [*claimed_spans(article), *(block.span for block in article.blocks)],
        key=lambda s: (s.start, s.end),
    )
    for previous, current in pairwise(regions):
        assert previous.end <= current.start, f"regions {previous} and {current} overlap"
    covered = bytearray(len(text))
    for region in regions:
        covered[region.start : region.end] = b"\x01" * len(region)
    for offset, char in enumerate(text):
        if not covered[offset] and not char.isspace():
            raise AssertionError(f"character {char!r} at {offset} belongs to no region")
    claimed = claimed_spans(article)
    for quote in article.quotes:
        assert not any(quote.span.overlaps(span) for span in claimed), (
            f"quote at {quote.span} overlaps a claimed region"
        )
    assert Article.model_validate_json(article.model_dump_json()) == article, "JSON round trip"


def map_offsets(data: object, mapping: Callable[[int], int]) -> object:
    """A copy of JSON-like ``data`` (e.g. ``article.model_dump(mode="json")``) with
    ``mapping`` applied to the ``start`` and ``end`` of every span in it.

    Metamorphic tests use it to compare two parses whose texts differ by a known edit:
    a prefix shifts every offset by its length, CRLF line ends by one per line break.
    """
    if isinstance(data, dict):
        if set(data) == {"start", "end"}:
            return {"start": mapping(data["start"]), "end": mapping(data["end"])}
        return {key: map_offsets(value, mapping) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [map_offsets(value, mapping) for value in data]
    return data


@dataclass(frozen=True)
class SpeakerExplanation:
    """Why a quote has the speaker it has."""

    quote: Quote
    mention_rule: str | None
    """The rule that read the speaker mention from its subject phrase (a name in
    ``newsdoc.quoting.mentions.PHRASE_RULES``, or ``frame`` when the quote's frame built
    the mention itself); ``None`` when the quote has no speaker."""
    resolution_rule: str | None
    """The rule that decided who the mention is: ``as-printed``, ``surname``,
    ``cataphor``, ``sentence-subject``, ``last-speaker-or-nearest``, ``group``,
    ``role-holder``, ``role-described``, ``role-last-speaker``, ``document-author``,
    ``description``, ``unresolved-pronoun`` …; ``None`` when the quote has no speaker."""


def explain_speakers(text: str, options: ParseOptions | None = None) -> list[SpeakerExplanation]:
    """Parse ``text`` and say, for each quote, which rules chose its speaker: how
    attribution is diagnosed.

    >>> [(e.quote.speaker.name, e.mention_rule, e.resolution_rule)
    ...  for e in explain_speakers("Ana Roe arrived.\\n\\n“We are ready,” she said.")]
    [('Ana Roe', 'pronoun', 'last-speaker-or-nearest')]
    """
    from newsdoc import parse

    with tracing() as choices:
        article = parse(text, options=options)
    found = []
    for quote in article.quotes:
        speaker = quote.speaker
        span = speaker.span if speaker else None
        rules = choices.get((span.start, span.end)) if span else None
        found.append(
            SpeakerExplanation(
                quote,
                rules.mention if rules else None,
                rules.resolution if rules else None,
            )
        )
    return found
