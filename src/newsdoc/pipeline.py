"""The parser pipeline: an ordered list of small parsers and the loop that runs them.

A parser is any object with ``name``, ``order`` and ``claims`` attributes and a
``parse(doc)`` method returning items (see :class:`Parser`). The pipeline runs parsers
by ``order`` (ties broken by name), gives each a fresh :class:`~newsdoc.document.Document`
snapshot, and owns all state:

* **Claims.** Items from a parser with ``claims = True`` make their spans off-limits to
  later parsers (``Document.finditer`` skips them). Within one parser's batch, overlapping
  items settle longest first, then earliest; items with identical spans share one claim
  (a dateline and its wire credit). An item overlapping an earlier claim is dropped with
  a ``claim-conflict`` diagnostic.
* **Plugins are fenced.** A parser that runs after the blocks parser cannot claim text a
  block already holds (``claim-conflict``); a parser from outside newsdoc cannot claim more
  than :data:`WIDE_CLAIM_SHARE` of a text in one item (``wide-claim``), since that would
  silence every parser after it; and a diagnostic always names the parser that emitted it.
* **Failures.** A parser that raises, times out on a pattern, or returns an invalid item
  is reported as a diagnostic naming it, and the other parsers' results are kept; with
  ``ParseOptions(strict=True)`` it raises :class:`~newsdoc.errors.ParserError` instead.
* **Diagnostics** are capped per code (``ParseOptions.max_diagnostics_per_code``).
"""

from __future__ import annotations

import gc
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol, TypeAlias, cast, runtime_checkable

from newsdoc.document import Document, TextIndex
from newsdoc.errors import ParserError, PipelineError
from newsdoc.models import (
    Annotation,
    Article,
    Attribution,
    Block,
    DateHeader,
    Dateline,
    Diagnostic,
    EmbeddedSocialPost,
    Metadata,
    MetadataDate,
    Quote,
    Span,
    build,
    span_of,
)
from newsdoc.options import ParseOptions

__all__ = [
    "ORDER_BLOCKS",
    "ORDER_CREDITS",
    "ORDER_DATES",
    "ORDER_EMBEDS",
    "ORDER_PLUGINS",
    "ORDER_QUOTES",
    "WIDE_CLAIM_MIN_TEXT",
    "WIDE_CLAIM_SHARE",
    "Item",
    "Parser",
    "Pipeline",
]

ORDER_EMBEDS = 100
"""Embedded social posts first: their dates, quotes and credits are not the article's."""
ORDER_DATES = 200
"""Date headers and datelines (the dateline parser also emits the dateline's wire credit)."""
ORDER_CREDITS = 300
"""Credit lines."""
ORDER_BLOCKS = 400
"""Paragraphs, headings, captions and furniture over the text left unclaimed."""
ORDER_QUOTES = 500
"""Direct, partial and indirect quotes with speakers, over the blocks."""
ORDER_PLUGINS = 600
"""The first band for plugins and enrichment."""

WIDE_CLAIM_SHARE = 0.5
"""The largest share of a text one claimed item from a plugin may cover. A built-in parser
may claim a whole text (a text that is only a credit line); a plugin's item that wide is
almost always a bug that would leave the built-in parsers nothing to read."""
WIDE_CLAIM_MIN_TEXT = 200
"""Texts shorter than this (characters) are exempt from :data:`WIDE_CLAIM_SHARE`: a short
text may well be one plugin item."""

Item: TypeAlias = (
    DateHeader
    | Dateline
    | Block
    | Quote
    | EmbeddedSocialPost
    | Attribution
    | Annotation
    | Diagnostic
)
"""Everything a parser may return."""

_ITEM_TYPES = (
    DateHeader,
    Dateline,
    Block,
    Quote,
    EmbeddedSocialPost,
    Attribution,
    Annotation,
    Diagnostic,
)
_TextItem: TypeAlias = (
    DateHeader | Dateline | Block | Quote | EmbeddedSocialPost | Attribution | Annotation
)
"""The items that may hold text of the document (every item but a diagnostic)."""
_EXACT_ITEM_TYPES = frozenset(_ITEM_TYPES)
"""No item type subclasses another: an item of exactly one of these types is of no other."""


@runtime_checkable
class Parser(Protocol):
    """What the pipeline needs from a parser.

    A plain class satisfies it; no base class is needed::

        class TickerParser:
            name = "ticker"
            order = 600
            claims = False

            def parse(self, doc: Document) -> Iterable[Item]: ...
    """

    @property
    def name(self) -> str:
        """A unique, stable name (used to add, remove and load the parser)."""

    @property
    def order(self) -> int:
        """When the parser runs; see the ``ORDER_*`` bands."""

    @property
    def claims(self) -> bool:
        """Whether the spans of the items it returns become off-limits to later parsers."""

    def parse(self, doc: Document) -> Iterable[Item]:
        """Return the items found in ``doc``."""


def check_parser(parser: object) -> Parser:
    """Return ``parser`` if it satisfies :class:`Parser`, else raise ``TypeError``."""
    missing = [
        attribute
        for attribute in ("name", "order", "claims", "parse")
        if not hasattr(parser, attribute)
    ]
    if missing:
        raise TypeError(
            f"{parser!r} is not a newsdoc parser: it has no {', '.join(missing)} "
            "(a parser needs name, order, claims and parse(doc))"
        )
    assert isinstance(parser, Parser)
    if not isinstance(parser.name, str) or not parser.name:
        raise TypeError(f"{parser!r} has no usable name: expected a non-empty str")
    if not isinstance(parser.order, int) or isinstance(parser.order, bool):
        raise TypeError(f"parser {parser.name!r} has order {parser.order!r}; expected an int")
    if not callable(parser.parse):
        raise TypeError(f"parser {parser.name!r}: parse is not callable")
    return parser


class Pipeline:
    """An immutable, ordered set of parsers.

    >>> pipeline = Pipeline.default()
    >>> pipeline.names[:2]
    ('social_posts', 'date_header')
    >>> "quotes" in pipeline.remove("quotes").names
    False
    """

    __slots__ = ("_parsers",)

    def __init__(self, parsers: Iterable[Parser] = ()) -> None:
        checked = [check_parser(parser) for parser in parsers]
        counts = Counter(parser.name for parser in checked)
        duplicates = sorted(name for name, count in counts.items() if count > 1)
        if duplicates:
            raise PipelineError(f"duplicate parser names: {', '.join(duplicates)}")
        self._parsers: tuple[Parser, ...] = tuple(
            sorted(checked, key=lambda parser: (parser.order, parser.name))
        )

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in parsers, in their standard order."""
        from newsdoc.parsers import default_parsers

        return cls(default_parsers())

    @property
    def parsers(self) -> tuple[Parser, ...]:
        """The parsers in run order."""
        return self._parsers

    @property
    def names(self) -> tuple[str, ...]:
        """The parser names in run order."""
        return tuple(parser.name for parser in self._parsers)

    def add(self, parser: Parser) -> Pipeline:
        """A new pipeline with ``parser`` added, replacing any parser of the same name."""
        parser = check_parser(parser)
        return Pipeline([p for p in self._parsers if p.name != parser.name] + [parser])

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the parser called ``name``."""
        if name not in self.names:
            raise PipelineError(
                f"no parser named {name!r} in this pipeline; it has: {', '.join(self.names)}"
            )
        return Pipeline(p for p in self._parsers if p.name != name)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pipeline):
            return NotImplemented
        return self._parsers == other._parsers

    def __hash__(self) -> int:
        return hash(self._parsers)

    def parse(self, text: str, options: ParseOptions | None = None) -> Article:
        """Run every parser over ``text`` and build the :class:`~newsdoc.models.Article`.

        Python's cyclic garbage collector is paused while the text is parsed (and
        restored to its previous state after): parsing makes many small objects and no
        reference cycles, and the collections they triggered made a long document cost
        more than linear time.
        """
        if not isinstance(text, str):
            raise TypeError(_not_text_message(text))
        text, replaced = _without_lone_surrogates(text)
        with _collector_paused():
            return self._parse(text, options, replaced)

    def _parse(
        self, text: str, options: ParseOptions | None, found: Sequence[Diagnostic] = ()
    ) -> Article:
        options = options if options is not None else ParseOptions()
        items: list[Item] = []
        claims: list[Span] = []
        diagnostics: list[Diagnostic] = list(found)
        index = TextIndex(text)
        for parser in self._parsers:
            document = Document(text, options, items, claims, index=index)
            produced = _run_parser(parser, document, diagnostics)
            if produced is None:
                continue
            if parser.claims and produced:
                # an empty batch claims nothing: most documents have no embeds, date lines
                # or credits, and settling nothing still cost a sort and two interval sets
                if not _is_built_in(parser):
                    produced = _without_wide_claims(parser, produced, len(text), diagnostics)
                # blocks are not claims (quotes read inside them), but text a block holds
                # is no longer free for a later parser to claim
                blocks = (
                    [item.span for item in items if type(item) is Block]
                    if parser.order > ORDER_BLOCKS
                    else []
                )
                produced = _settle_claims(parser, produced, claims, diagnostics, blocks)
            items.extend(produced)
        return _build_article(text, items, diagnostics, options)


_pause_lock = threading.Lock()
_pauses = 0
_collector_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, counting nested and concurrent pauses so that
    the last one to end restores the state the first one found."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        if _pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()


def _without_lone_surrogates(text: str) -> tuple[str, list[Diagnostic]]:
    """``text`` with each lone surrogate (``"\\ud800"``, valid in a JSON string but not
    text: no UTF-8 can hold it) replaced by U+FFFD, one character for one so every offset
    stays, and a ``lone-surrogate`` diagnostic at the first; the text as it is otherwise."""
    if text.isascii():
        return text, []
    # imported here: ``import newsdoc`` leaves the regex module unloaded
    import regex

    pattern = regex.compile("[\ud800-\udfff]")
    first = pattern.search(text)
    if first is None:
        return text, []
    cleaned, count = pattern.subn("\ufffd", text)
    diagnostic = Diagnostic(
        code="lone-surrogate",
        message=f"{count} lone surrogate code point{'s' if count > 1 else ''} (first "
        f"U+{ord(first.group()):04X} at offset {first.start()}) replaced by U+FFFD: "
        "they are no text and cannot be written as UTF-8",
        span=Span(start=first.start(), end=first.end()),
        parser="pipeline",
        count=count,
    )
    return cleaned, [diagnostic]


def _not_text_message(value: object) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (
            "newsdoc.parse() takes str, not bytes: decode the bytes first, or call "
            "newsdoc.parse_bytes() to decode UTF-8 or UTF-16 with a BOM"
        )
    return f"newsdoc.parse() takes str, not {type(value).__name__}"


def _run_parser(
    parser: Parser, document: Document, diagnostics: list[Diagnostic]
) -> list[Item] | None:
    """Run one parser; on failure record a diagnostic (or raise in strict mode) and return None."""
    name = parser.name
    try:
        produced = list(parser.parse(document))
        valid: list[Item] = []
        for item in produced:
            kind = _kind_of(item)
            _check_item(item, kind, document.text, name)
            if kind is Diagnostic:
                diagnostic = cast(Diagnostic, item)
                # a parser speaks for itself only: a diagnostic under another parser's
                # name would send whoever reads it to the wrong code
                diagnostics.append(
                    diagnostic
                    if diagnostic.parser == name
                    else diagnostic.model_copy(update={"parser": name})
                )
            elif kind is Annotation and cast(Annotation, item).parser != name:
                valid.append(item.model_copy(update={"parser": name}))
            else:
                valid.append(item)
        return valid
    except TimeoutError as error:
        if document.options.strict:
            raise ParserError(name, "a pattern ran out of time") from error
        diagnostics.append(
            Diagnostic(
                code="regex-timeout",
                message=f"parser {name!r} stopped: a pattern ran longer than "
                f"{document.options.regex_timeout} s; its results were dropped",
                parser=name,
            )
        )
    except Exception as error:
        if document.options.strict:
            if isinstance(error, ParserError):
                raise
            raise ParserError(name, f"{type(error).__name__}: {error}") from error
        diagnostics.append(
            Diagnostic(
                code="parser-failed",
                message=f"parser {name!r} failed ({type(error).__name__}: {error}); "
                "its results were dropped",
                parser=name,
            )
        )
    return None


def _kind_of(item: object) -> type | None:
    """The first of the item types that ``item`` is an instance of, or ``None``.

    The pipeline asks this of every item, several times over. ``isinstance`` against a
    pydantic model class that the item is not an instance of runs the metaclass's
    ``__instancecheck__`` in Python, so the item's own type is looked up first: parsers
    return instances of the item types themselves, not of subclasses.
    """
    kind = type(item)
    if kind in _EXACT_ITEM_TYPES:
        return kind
    for kind in _ITEM_TYPES:
        if isinstance(item, kind):
            return kind
    return None


def _check_item(item: object, kind: type | None, text: str, parser: str) -> None:
    """Check an item of the given kind (see ``_kind_of``) against the text."""
    if kind is None:
        raise ParserError(
            parser,
            f"returned {type(item).__name__}; a parser returns newsdoc items "
            "(plugins add newsdoc.Annotation)",
        )
    if kind is Diagnostic:
        diagnostic = cast(Diagnostic, item)
        if diagnostic.span is not None and diagnostic.span.end > len(text):
            raise ParserError(parser, f"diagnostic {diagnostic.code} points outside the text")
        return
    for span, expected in cast(_TextItem, item)._text_pairs():
        # items built without validation (models.build) may carry an inverted span,
        # which slices to "" and would otherwise pass for an empty match
        if not 0 <= span.start <= span.end <= len(text) or text[span.start : span.end] != expected:
            raise ParserError(
                parser,
                f"{type(item).__name__} at {span.start}:{span.end} does not match the text",
            )


def _settle_claims(
    parser: Parser,
    produced: Sequence[Item],
    claims: list[Span],
    diagnostics: list[Diagnostic],
    blocks: Sequence[Span] = (),
) -> list[Item]:
    """Accept a claiming parser's items whose spans are free of ``claims`` and ``blocks``;
    record conflicts and add the accepted spans to ``claims``."""
    by_span: dict[tuple[int, int], list[Item]] = {}
    unlocated: list[Item] = []
    for item in produced:
        span = getattr(item, "span", None)
        if span is None:
            unlocated.append(item)
        else:
            by_span.setdefault((span.start, span.end), []).append(item)
    accepted: list[Item] = list(unlocated)
    earlier = _Intervals([*claims, *blocks])
    taken = _Intervals(())
    for (start, end), group in sorted(
        by_span.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])
    ):
        clash = earlier.overlapping(start, end)
        if clash is not None:
            diagnostics.append(
                Diagnostic(
                    code="claim-conflict",
                    message=f"{type(group[0]).__name__} at {start}:{end} overlaps text already "
                    f"claimed at {clash[0]}:{clash[1]}; it was dropped",
                    span=Span(start=start, end=end),
                    parser=parser.name,
                )
            )
            continue
        if taken.overlapping(start, end) is not None:
            continue
        if end > start:
            taken.add(start, end)
        accepted.extend(group)
    # copies of the accepted items' own spans, which are Span objects already: validating
    # them again would find nothing new
    claims.extend(span_of(start, end) for start, end in taken)
    return accepted


class _Intervals:
    """Disjoint half-open intervals, sorted, with logarithmic overlap queries; a batch of
    thousands of claims (a page of pasted posts) must not cost a quadratic scan."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((span.start, span.end) for span in spans if span.end > span.start)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]

    def overlapping(self, start: int, end: int) -> tuple[int, int] | None:
        """An interval sharing a character with ``[start, end)``, if there is one."""
        if end <= start:
            return None
        # the last interval starting before `end` is the only candidate: ends are sorted too
        index = bisect_left(self._starts, end) - 1
        if index >= 0 and self._ends[index] > start:
            return self._starts[index], self._ends[index]
        return None

    def add(self, start: int, end: int) -> None:
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(zip(self._starts, self._ends, strict=True))


def _is_built_in(parser: Parser) -> bool:
    return type(parser).__module__.startswith("newsdoc.")


def _without_wide_claims(
    parser: Parser, produced: list[Item], length: int, diagnostics: list[Diagnostic]
) -> list[Item]:
    """A plugin's items without those claiming more than ``WIDE_CLAIM_SHARE`` of the text."""
    if length < WIDE_CLAIM_MIN_TEXT:
        return produced
    limit = WIDE_CLAIM_SHARE * length
    kept: list[Item] = []
    for item in produced:
        span = getattr(item, "span", None)
        if span is not None and span.end - span.start > limit:
            diagnostics.append(
                Diagnostic(
                    code="wide-claim",
                    message=f"{type(item).__name__} at {span.start}:{span.end} would claim "
                    f"{(span.end - span.start) / length:.0%} of the text (a plugin may claim "
                    f"at most {WIDE_CLAIM_SHARE:.0%} in one item); it was dropped",
                    span=Span(start=span.start, end=span.end),
                    parser=parser.name,
                )
            )
        else:
            kept.append(item)
    return kept


def _start(item: object) -> tuple[int, int]:
    span = getattr(item, "span", None)
    if span is None:
        return (-1, -1)
    return (span.start, span.end)


def _by_kind(items: Iterable[object]) -> dict[type, list[object]]:
    """The items grouped by their article field's type, each group in text order."""
    groups: dict[type, list[object]] = {kind: [] for kind in _ITEM_TYPES}
    for item in items:
        kind = _kind_of(item)
        if kind is not None:
            groups[kind].append(item)
    for group in groups.values():
        group.sort(key=_start)
    return groups


def _cap(diagnostics: list[Diagnostic], limit: int) -> tuple[Diagnostic, ...]:
    kept: list[Diagnostic] = []
    seen: Counter[str] = Counter()
    for diagnostic in diagnostics:
        seen[diagnostic.code] += diagnostic.count
        if seen[diagnostic.code] <= limit:
            kept.append(diagnostic)
    for code, total in seen.items():
        if total > limit:
            kept.append(
                Diagnostic(
                    code=code,
                    message=f"{total - limit} more {code!r} diagnostics were folded into this one",
                    count=total - limit,
                )
            )
    return tuple(kept)


def _build_article(
    text: str, items: list[Item], diagnostics: list[Diagnostic], options: ParseOptions
) -> Article:
    groups = _by_kind(items)
    headers = groups[DateHeader]
    datelines = groups[Dateline]
    date_header = headers[0] if headers else None
    metadata = Metadata()
    if isinstance(date_header, DateHeader):
        when = MetadataDate(value=date_header.value, source="date-header")
        if date_header.label in {"updated", "last updated", "modified"}:
            metadata = Metadata(updated=when)
        else:
            metadata = Metadata(published=when)
    # every item was checked against the text as its parser returned it (_check_item):
    # validating the article again would walk them all a second time
    return build(
        Article,
        text=text,
        metadata=metadata,
        date_header=date_header,
        dateline=datelines[0] if datelines else None,
        blocks=tuple(groups[Block]),
        quotes=tuple(groups[Quote]),
        social_posts=tuple(groups[EmbeddedSocialPost]),
        attributions=tuple(groups[Attribution]),
        annotations=tuple(groups[Annotation]),
        diagnostics=_cap(diagnostics, options.max_diagnostics_per_code),
    )
