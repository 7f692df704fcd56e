"""Articles on spaCy docs: every item found in the text becomes a span in ``doc.spans``.

>>> import spacy
>>> import newsdoc
>>> article = newsdoc.parse('"We are ready," Jane Roe said.')
>>> doc = to_spacy(article, spacy.blank("en"))
>>> [(span.text, span.label_) for span in doc.spans["newsdoc_quotes"]]
[('"We are ready,"', 'DIRECT')]
>>> quote = doc.spans["newsdoc_quotes"][0]
>>> quote._.newsdoc_speaker.text, quote._.newsdoc.speaker.name
('Jane Roe', 'Jane Roe')

Each kind of item has its own span group, named :data:`PREFIX` followed by one of
:data:`GROUPS` (``newsdoc_quotes``, ``newsdoc_speakers`` …); every group is set, empty
when the article has no such item. A span's label is the item's kind upper-cased
(``DIRECT``, ``HEADING``, ``TWITTER``, ``PHOTO``); speakers are ``SPEAKER``, cues ``CUE``,
and an annotation keeps the label its plugin gave it. Character offsets become tokens
with ``alignment_mode="expand"``, so a span covers every token its item touches; an item
no token can hold is left out and its reference listed by :func:`unaligned`.

Every span's ``id_`` names its item (``newsdoc_quotes:0``, ``newsdoc_post_entities:1.2``),
and these extensions read it:

- ``Span._.newsdoc``: the item itself (a :class:`~newsdoc.models.Quote`,
  :class:`~newsdoc.models.Speaker`, :class:`~newsdoc.models.Block` …) with its normalised
  values; a span in ``newsdoc_quote_contents`` gives its ``Quote``;
- ``Span._.newsdoc_speaker``: for a quote, its content or its cue, the speaker's span, or
  ``None`` when the speaker is not named in the text;
- ``Span._.newsdoc_quote``: for a speaker, a cue or a content span, the quote's span;
- ``Doc._.newsdoc``: the :class:`~newsdoc.models.Article`.

The article is kept in ``doc.user_data`` as its JSON, so the doc stays serialisable:
``Doc.to_bytes()``, pickling and ``DocBin(store_user_data=True)`` carry the items along,
and the extensions work on a doc read back once this module is imported.

Needs spaCy (``pip install 'newsdoc[spacy]'``). The module imports without it, and its
functions then raise ``ImportError`` saying how to install it; ``import newsdoc`` never
loads spaCy.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsdoc.models import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["GROUPS", "PREFIX", "SPACY_MISSING", "add_spans", "article_of", "to_spacy", "unaligned"]

SPACY_MISSING = "newsdoc.spacy needs spaCy: pip install 'newsdoc[spacy]'"

PREFIX = "newsdoc_"
"""What the span groups' names start with, unless ``prefix`` says otherwise."""

GROUPS = (
    "date_header",
    "dateline",
    "blocks",
    "quotes",
    "quote_contents",
    "speakers",
    "cues",
    "posts",
    "post_entities",
    "credits",
    "annotations",
)
"""The span groups :func:`add_spans` sets, without their prefix, in the order they are set."""

_ARTICLE_KEY = "newsdoc:article:{prefix}"
"""The ``doc.user_data`` key of the article's JSON."""
_UNALIGNED_KEY = "newsdoc:unaligned:{prefix}"
"""The ``doc.user_data`` key of the references of the items left out."""

_SHOWN_CHARS = 20
"""Characters of each text a mismatch error quotes from where they first differ."""

_CACHED_ARTICLES = 16
"""Articles kept parsed from their JSON, so that reading extensions span after span of a
doc parses its article once."""

# longest first: a prefix could end in another group's name
_BY_LENGTH = sorted(GROUPS, key=len, reverse=True)


def to_spacy(
    article: Article, nlp: Language, *, run_pipeline: bool = False, prefix: str = PREFIX
) -> Doc:
    """A spaCy doc of ``article.text`` with the article's items as span groups.

    The doc comes from ``nlp.make_doc`` (tokens only), or from the whole pipeline when
    ``run_pipeline`` is true; then :func:`add_spans` puts the items on it.
    """
    _spacy_tokens()
    doc = nlp(article.text) if run_pipeline else nlp.make_doc(article.text)
    return add_spans(doc, article, prefix=prefix)


def add_spans(doc: Doc, article: Article, *, prefix: str = PREFIX) -> Doc:
    """Put ``article``'s items on ``doc`` (in place) as span groups named ``prefix`` + group.

    The groups of :data:`GROUPS` are replaced, each set even when empty. Raises
    ``ValueError`` when the doc's text is not the article's, naming where they first
    differ. Returns ``doc``.
    """
    _spacy_tokens()
    _check_same_text(doc.text, article.text)
    groups: dict[str, list[SpacySpan]] = {group: [] for group in GROUPS}
    missed: list[str] = []
    size = len(doc.text)
    for group, path, span, label in _placements(article):
        reference = f"{prefix}{group}:{path}"
        placed = None
        # an empty span holds no token, and one of an unvalidated item may run anywhere
        if 0 <= span.start < span.end <= size:
            placed = doc.char_span(
                span.start, span.end, label=label, alignment_mode="expand", span_id=reference
            )
        if placed is None or len(placed) == 0:
            missed.append(reference)
        else:
            groups[group].append(placed)
    for group, spans in groups.items():
        doc.spans[prefix + group] = spans
    doc.user_data[_ARTICLE_KEY.format(prefix=prefix)] = article.model_dump_json()
    doc.user_data[_UNALIGNED_KEY.format(prefix=prefix)] = tuple(missed)
    return doc


def article_of(doc: Doc, prefix: str = PREFIX) -> Article | None:
    """The article :func:`add_spans` put on ``doc`` under ``prefix``, or ``None``."""
    data = doc.user_data.get(_ARTICLE_KEY.format(prefix=prefix))
    return _load(data) if isinstance(data, str) else None


def unaligned(doc: Doc, prefix: str = PREFIX) -> tuple[str, ...]:
    """References (``newsdoc_quotes:3``) of the items :func:`add_spans` could not put on
    ``doc``'s tokens, such as an item whose span is empty."""
    return tuple(doc.user_data.get(_UNALIGNED_KEY.format(prefix=prefix), ()))


def _spacy_tokens() -> Any:
    """The ``spacy.tokens`` module, with this module's extensions registered, or an
    ``ImportError`` saying how to install spaCy."""
    try:
        tokens = importlib.import_module("spacy.tokens")
    except ImportError as error:
        raise ImportError(SPACY_MISSING) from error
    _register(tokens)
    return tokens


@functools.cache
def _register(tokens: Any) -> None:
    # force: a getter from an earlier copy of this module (a reload) gives way to ours
    tokens.Doc.set_extension("newsdoc", getter=article_of, force=True)
    tokens.Span.set_extension("newsdoc", getter=_item_of, force=True)
    tokens.Span.set_extension("newsdoc_speaker", getter=_speaker_span, force=True)
    tokens.Span.set_extension("newsdoc_quote", getter=_quote_span, force=True)


@functools.lru_cache(maxsize=_CACHED_ARTICLES)
def _load(data: str) -> Article:
    return Article.model_validate_json(data)


def _check_same_text(doc_text: str, article_text: str) -> None:
    if doc_text == article_text:
        return
    at = next(
        (i for i, (a, b) in enumerate(zip(doc_text, article_text, strict=False)) if a != b),
        min(len(doc_text), len(article_text)),
    )
    raise ValueError(
        f"the doc's text is not the article's: they first differ at character {at} "
        f"(doc {len(doc_text)} characters, article {len(article_text)}): the doc has "
        f"{doc_text[at : at + _SHOWN_CHARS]!r}, the article "
        f"{article_text[at : at + _SHOWN_CHARS]!r}"
    )


def _placements(article: Article) -> Iterator[tuple[str, str, Span, str]]:
    """(group, path, span, label) of every item of ``article`` that has a span."""
    if article.date_header is not None and article.date_header.span is not None:
        yield "date_header", "0", article.date_header.span, "DATE_HEADER"
    if article.dateline is not None:
        yield "dateline", "0", article.dateline.span, "DATELINE"
    for i, block in enumerate(article.blocks):
        yield "blocks", str(i), block.span, block.kind.upper()
    for i, quote in enumerate(article.quotes):
        yield "quotes", str(i), quote.span, quote.kind.upper()
        yield "quote_contents", str(i), quote.content, quote.kind.upper()
        if quote.speaker is not None and quote.speaker.span is not None:
            yield "speakers", str(i), quote.speaker.span, "SPEAKER"
        if quote.cue is not None:
            yield "cues", str(i), quote.cue.span, "CUE"
    for i, post in enumerate(article.social_posts):
        if post.span is not None:
            yield "posts", str(i), post.span, post.platform.upper()
        for j, entity in enumerate(post.entities):
            yield "post_entities", f"{i}.{j}", entity.span, entity.kind.upper()
    for i, credit in enumerate(article.attributions):
        if credit.span is not None:
            yield "credits", str(i), credit.span, credit.kind.upper()
    for i, annotation in enumerate(article.annotations):
        if annotation.span is not None:
            yield "annotations", str(i), annotation.span, annotation.label


def _reference(span: SpacySpan) -> tuple[str, str, str] | None:
    """(prefix, group, path) from a span's ``id_``, or ``None`` for a span not made here."""
    key, colon, path = span.id_.rpartition(":")
    if not colon:
        return None
    group = next((group for group in _BY_LENGTH if key.endswith(group)), None)
    if group is None:
        return None
    return key[: -len(group)], group, path


def _item_of(span: SpacySpan) -> object:
    reference = _reference(span)
    if reference is None:
        return None
    prefix, group, path = reference
    article = article_of(span.doc, prefix)
    if article is None:
        return None
    try:
        return _resolve(article, group, [int(part) for part in path.split(".")])
    except (IndexError, ValueError):  # an id_ that looks like ours but is not
        return None


def _resolve(article: Article, group: str, path: list[int]) -> object:
    first = path[0]
    items: dict[str, Any] = {
        "date_header": lambda: article.date_header,
        "dateline": lambda: article.dateline,
        "blocks": lambda: article.blocks[first],
        "quotes": lambda: article.quotes[first],
        "quote_contents": lambda: article.quotes[first],
        "speakers": lambda: article.quotes[first].speaker,
        "cues": lambda: article.quotes[first].cue,
        "posts": lambda: article.social_posts[first],
        "post_entities": lambda: article.social_posts[first].entities[path[1]],
        "credits": lambda: article.attributions[first],
        "annotations": lambda: article.annotations[first],
    }
    return items[group]()


_QUOTE_PARTS = frozenset({"quotes", "quote_contents", "speakers", "cues"})


def _linked(span: SpacySpan, target: str) -> SpacySpan | None:
    """The span of group ``target`` that belongs to the same quote as ``span``."""
    reference = _reference(span)
    if reference is None or reference[1] not in _QUOTE_PARTS:
        return None
    prefix, group, path = reference
    if group == target:
        return span
    wanted = f"{prefix}{target}:{path}"
    if prefix + target not in span.doc.spans:
        return None
    return next((other for other in span.doc.spans[prefix + target] if other.id_ == wanted), None)


def _speaker_span(span: SpacySpan) -> SpacySpan | None:
    return _linked(span, "speakers")


def _quote_span(span: SpacySpan) -> SpacySpan | None:
    return _linked(span, "quotes")


# registered on import, so that a doc read back from disk answers its extensions at once
with contextlib.suppress(ImportError):
    _spacy_tokens()
