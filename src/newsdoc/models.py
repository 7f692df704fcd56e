"""The data newsdoc produces: frozen Pydantic v2 models.

Every item found in the text carries a :class:`Span` — half-open code-point offsets
into the exact input string — and its ``raw`` text, which always equals
``article.text[span.start:span.end]``; building an :class:`Article` checks this for
every item, nested ones included. Normalised values (ISO dates, canonical agency
names, handles, speaker names) live beside the span, never instead of it. An item
that does not come from the text (an embed or a date read from HTML markup) has
``span=None`` and ``raw=None``.

All models are immutable, forbid unknown fields, use tuples for sequences, and
round-trip exactly through JSON::

    Article.model_validate_json(article.model_dump_json()) == article
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, JsonValue, model_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass

from newsdoc._docstrings import describe_fields

__all__ = [
    "Annotation",
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockKind",
    "CreditSource",
    "Cue",
    "DateHeader",
    "DateValue",
    "Dateline",
    "Diagnostic",
    "EmbeddedSocialPost",
    "Entity",
    "EntityKind",
    "Failure",
    "Metadata",
    "MetadataDate",
    "Party",
    "Platform",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "TimeZone",
    "UrlKind",
]


class _Model(BaseModel):
    # Kept out of import time: the validators and serialisers are built on first use
    # (defer_build), and field descriptions come from describe_fields rather than
    # pydantic's slower use_attribute_docstrings.
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        ser_json_inf_nan="strings",
        defer_build=True,
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        describe_fields(cls)


@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid", defer_build=True))
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into the source text.

    A slotted dataclass rather than a model: an article holds several spans per item, and
    a span here takes about a fifth of a model's memory. It validates, serialises and
    compares like the models around it.
    """

    # Descriptions repeated in Field: pydantic collects a dataclass's fields afresh when its
    # deferred build runs, and neither use_attribute_docstrings nor describe_fields then
    # finds the docstrings below.
    start: Annotated[int, Field(ge=0, description="Offset of the first character.")]
    """Offset of the first character."""
    end: Annotated[int, Field(ge=0, description="Offset one past the last character.")]
    """Offset one past the last character."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


def _date_or_datetime(value: object) -> object:
    # A bare ``YYYY-MM-DD`` string is a date: without this, lax validation of the union
    # would turn it into a midnight datetime when read back from a Python dict.
    if isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value)
    return value


DateValue = Annotated[dt.datetime | dt.date, BeforeValidator(_date_or_datetime)]
"""A calendar date, or a datetime when the text prints a time (zone-aware when it
prints or implies a zone)."""


def _check_raw(span: Span, raw: str) -> None:
    """That ``raw`` has as many characters as ``span`` covers."""
    if span.end < span.start:
        # only an item made by build() skips the Span's own check
        raise ValueError(f"span {span.start}:{span.end} runs backwards")
    if len(raw) != len(span):
        raise ValueError(f"raw has {len(raw)} characters but its span covers {len(span)}")


class _Located(_Model):
    """Base of items that may be found in the text (``span`` and ``raw`` set) or come
    from elsewhere, such as HTML markup (both ``None``)."""

    span: Span | None = None
    """Where the item sits in the source text; ``None`` when it does not come from the text."""
    raw: str | None = None
    """The exact source characters under ``span``; ``None`` exactly when ``span`` is."""

    @model_validator(mode="after")
    def _span_and_raw_together(self) -> _Located:
        if (self.span is None) != (self.raw is None):
            raise ValueError("span and raw must both be set or both be None")
        if self.span is not None and self.raw is not None:
            _check_raw(self.span, self.raw)
        return self

    def _text_pairs(self) -> Iterator[tuple[Span, str]]:
        """Every (span, expected text) pair this item holds, nested ones included."""
        if self.span is not None and self.raw is not None:
            yield self.span, self.raw


class _InText(_Model):
    """Base of items that are always found in the text."""

    span: Span
    """Where the item sits in the source text."""
    raw: str
    """The exact source characters under ``span``."""

    @model_validator(mode="after")
    def _raw_length(self) -> _InText:
        _check_raw(self.span, self.raw)
        return self

    def _text_pairs(self) -> Iterator[tuple[Span, str]]:
        yield self.span, self.raw


class TimeZone(_Model):
    """The time zone of a printed time."""

    raw: str
    """The zone as printed: an abbreviation (``IST``) or an offset (``+05:30``)."""
    utc_offset: str
    """The offset from UTC as ``±HH:MM``."""
    assumed: bool
    """True when the offset comes from the abbreviation table rather than being printed."""


class DateHeader(_Located):
    """The date line at the head (or foot) of an article.

    For example ``date 2022-03-08`` or ``Published: 08 Mar 2022, 10:45 IST``.
    """

    value: DateValue
    """The normalised date, or a datetime when a time is printed (zone-aware when the zone
    is known)."""
    label: str | None = None
    """What the date says it is, lower-cased (``published``, ``updated``, ``posted`` …);
    ``None`` when unlabelled."""
    timezone: TimeZone | None = None
    """The printed zone and how it was resolved, when a time carries one."""
    ambiguous: bool = False
    """True when a numeric day/month order could not be decided from the text alone."""


class Dateline(_InText):
    """A wire-style dateline opening the story: ``MOSCOW, March 8 (Reuters) -``."""

    location: str | None = None
    """The place as printed, without trailing punctuation: ``MOSCOW``, ``ST. JOSEPH, Mich.``;
    ``None`` when the dateline names no place (``March 8 (Reuters) -``)."""
    date: dt.date | None = None
    """The dateline's date, its year taken from the header or reference date; ``None`` if absent."""
    agency: str | None = None
    """The canonical name of the agency in the dateline, if any: ``Reuters``, ``AP``."""


BlockKind = Literal["body", "heading", "caption", "furniture"]
"""What a block of text is: the article's own prose, a heading, a picture caption, or
page furniture such as ``ADVERTISEMENT`` or ``ALSO READ: …``."""


class Block(_InText):
    """A paragraph-level piece of the text not claimed by any other item."""

    kind: BlockKind
    """The role of the block in the article."""


Platform = Literal[
    "twitter",
    "instagram",
    "facebook",
    "youtube",
    "vimeo",
    "telegram",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "reddit",
    "truthsocial",
]
"""The social platforms newsdoc recognises (X is reported as ``twitter``)."""

EntityKind = Literal["mention", "hashtag", "cashtag", "url"]
"""Kinds of entity inside a social post body."""

UrlKind = Literal["shortener", "media", "post", "other"]
"""What a URL in a post points at: a shortener (t.co), attached media (pic.twitter.com),
another post, or anything else."""


class Entity(_InText):
    """A mention, hashtag, cashtag or URL inside a social post."""

    kind: EntityKind
    """The kind of entity."""
    value: str
    """The normalised value: the handle without ``@``, the tag without ``#``/``$``, or the URL."""
    url_kind: UrlKind | None = None
    """For URLs, what the link points at; ``None`` for other entities."""


class EmbeddedSocialPost(_Located):
    """A social media post embedded in the article, such as a tweet pasted into the body."""

    platform: Platform
    """The platform the post comes from."""
    author_name: str | None = None
    """The author's display name exactly as printed, emoji included."""
    handle: str | None = None
    """The author's handle without ``@``."""
    post_id: str | None = None
    """The platform's id of the post, when a post URL shows it."""
    url: str | None = None
    """The post URL exactly as printed (never a shortener or media link)."""
    canonical_url: str | None = None
    """A normalised post URL, where one can be derived."""
    posted: DateValue | None = None
    """When the post was published: a date, or a datetime when a time is printed."""
    posted_timezone: TimeZone | None = None
    """The zone of ``posted`` when a time and zone are printed."""
    body: Span | None = None
    """The span of the post's text, without its signature."""
    text: str | None = None
    """The post's text (``text == article.text[body.start:body.end]``)."""
    signature: Span | None = None
    """The span of the signature line: ``— Name (@handle) March 7, 2022``."""
    entities: tuple[Entity, ...] = ()
    """Mentions, hashtags, cashtags and URLs in the body, in text order."""

    @model_validator(mode="after")
    def _body_and_text_together(self) -> EmbeddedSocialPost:
        if (self.body is None) != (self.text is None):
            raise ValueError("body and text must both be set or both be None")
        return self

    def _text_pairs(self) -> Iterator[tuple[Span, str]]:
        yield from super()._text_pairs()
        if self.body is not None and self.text is not None:
            yield self.body, self.text
        for entity in self.entities:
            yield from entity._text_pairs()


CreditSource = Literal["element", "caption", "attribute", "json-ld", "meta"]
"""Where in a page's markup a credit outside the text was read (see
:attr:`Attribution.source`)."""

AttributionKind = Literal[
    "wire", "photo", "image", "video", "reporting", "editing", "writing", "copyright", "other"
]
"""The role a credit line gives: wire copy, photo, image, video, reporting, editing,
writing, copyright notice, or another credit or notice."""


class Party(_Model):
    """Someone credited by an :class:`Attribution`: an agency, an outlet or a person."""

    name: str
    """The normalised name: ``AP`` for "Associated Press", people's names as printed."""
    kind: Literal["agency", "person", "organization"]
    """Whether the party is a known agency, a person, or another organisation."""


class Attribution(_Located):
    """A credit line: ``(With ANI input)``, ``(Image: ANI/AP)``, ``Reporting by …``."""

    kind: AttributionKind
    """The credited role."""
    parties: tuple[Party, ...] = ()
    """Who is credited, normalised, in the order printed."""
    printed: str | None = None
    """The credit as a page's markup prints it (``Jane Roe/Getty Images``), for a credit
    that is not in the text (``span`` is ``None``); a credit in the text has it in ``raw``."""
    source: CreditSource | None = None
    """Where in a page's markup a credit that is not in the text was read: a credit
    ``element`` beside a picture, a ``caption``'s credit part, an ``attribute``
    (``data-credit``), the page's ``json-ld`` or a ``meta`` tag (``og:image:credit``);
    ``None`` for a credit in the text, whose ``span`` says where it is."""

    @model_validator(mode="after")
    def _printed_only_outside_the_text(self) -> Attribution:
        if self.printed is not None and self.span is not None:
            raise ValueError("printed is for credits outside the text; use raw")
        if self.source is not None and self.span is not None:
            raise ValueError("source is for credits outside the text; span says where")
        return self


QuoteKind = Literal["direct", "partial", "indirect"]
"""``direct``: the whole statement in quote marks; ``partial``: quoted words inside
reported speech; ``indirect``: reported speech without quote marks."""

SpeakerKind = Literal["person", "organization", "unnamed"]
"""A named person, an organisation or publication, or an unnamed source (``a spokesperson``)."""


class Cue(_InText):
    """The words that mark a quote as someone's: ``said``, ``according to``, ``told``."""

    lemma: str
    """The cue's base form, lower-cased: ``say``, ``according to``."""


class Speaker(_Located):
    """Who a quote is attributed to."""

    name: str
    """The name as a person would file it, without titles (``Vladimir Medinsky``), or the
    description of an organisation or unnamed source as printed."""
    kind: SpeakerKind
    """A person, an organisation, or an unnamed source."""
    role: str | None = None
    """The role or title printed with the name: ``Russian presidential aide``."""
    antecedent: Span | None = None
    """For a pronoun or short form (``he``, ``Medinsky``), the fuller mention it was resolved to."""


class Quote(_InText):
    """Reported speech: a direct or partial quotation, or indirect speech.

    ``span``/``raw`` cover the quotation with its marks; ``content``/``text`` only the
    words reported.
    """

    kind: QuoteKind
    """Direct, partial or indirect speech."""
    content: Span
    """The span of the reported words, without quote marks."""
    text: str
    """The reported words (``text == article.text[content.start:content.end]``)."""
    cue: Cue | None = None
    """The attribution cue, when one is printed."""
    speaker: Speaker | None = None
    """Who said it, when that can be told."""
    group: int | None = None
    """Shared by the per-paragraph segments of a quote that runs over several paragraphs."""

    def _text_pairs(self) -> Iterator[tuple[Span, str]]:
        yield from super()._text_pairs()
        yield self.content, self.text
        if self.cue is not None:
            yield from self.cue._text_pairs()
        if self.speaker is not None:
            yield from self.speaker._text_pairs()


class Annotation(_Located):
    """A free-form item added by a plugin parser.

    ``label`` says what it is and ``data`` holds its values.
    """

    label: str
    """What the annotation marks, e.g. ``ticker`` or ``pti-credit``."""
    data: dict[str, JsonValue] = Field(default_factory=dict)
    """Plain JSON values describing the annotation."""
    parser: str | None = None
    """The name of the parser that produced it (filled in by the pipeline)."""


class Diagnostic(_Model):
    """A problem with the content, reported as data rather than raised."""

    code: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    """A stable kebab-case code, e.g. ``unclosed-quote`` or ``regex-timeout``."""
    message: str
    """A human-readable explanation."""
    span: Span | None = None
    """Where the problem is, when it has a place in the text."""
    parser: str | None = None
    """The parser that reported it."""
    count: Annotated[int, Field(ge=1)] = 1
    """How many occurrences this diagnostic stands for (more than one once a code hits its cap)."""


class MetadataDate(_Model):
    """A publication or update time with where it came from."""

    value: DateValue
    """The date, or datetime when a time is known."""
    source: str
    """Where it was read: ``date-header`` for the text's own header, or a markup source
    such as ``json-ld``."""
    local_day: dt.date | None = None
    """The calendar day the publisher gives, when it is not ``value``'s own day: a UTC
    instant just after midnight (``2024-03-04T02:10:00Z``) that the page's URL or printed
    date places on the evening before (``2024-03-03``). ``None`` when they agree."""

    @property
    def day(self) -> dt.date:
        """The publication's calendar day: :attr:`local_day` when the page gives one,
        else the date of :attr:`value`."""
        if self.local_day is not None:
            return self.local_day
        return self.value.date() if isinstance(self.value, dt.datetime) else self.value


class Metadata(_Model):
    """Facts about the article as a whole."""

    title: str | None = None
    """The headline, when known (from an HTML page: without the site's name)."""
    title_source: str | None = None
    """Where the title was read: ``json-ld``, ``meta:og:title``, ``meta:twitter:title``,
    ``title`` or ``h1``."""
    authors: tuple[str, ...] = ()
    """The authors' names, one per person, as printed (an organisation's name only when
    no person is named)."""
    author_parties: tuple[Party, ...] = ()
    """The same authors with their kind: ``person``, or ``organization`` for a publisher
    or site named when no person is."""
    authors_source: str | None = None
    """Where the authors were read: ``json-ld``, ``meta:<name>``, ``rel-author``,
    ``microdata`` or ``byline``."""
    published: MetadataDate | None = None
    """When the article was first published."""
    updated: MetadataDate | None = None
    """When the article was last updated."""
    canonical_url: str | None = None
    """The article's canonical URL, when known."""


_REPR_WORDS = 6
"""Words of the text a short ``repr`` shows."""


class Article(_Model):
    """A parsed news document: the untouched source text and everything found in it.

    Items are in text order. ``blocks`` hold the unclaimed text as paragraphs; together
    with the claimed items (date header, dateline, social posts, attributions) they
    cover every non-whitespace character of ``text`` exactly once.
    """

    text: str
    """The source text, exactly as given."""
    metadata: Metadata = Field(default_factory=Metadata)
    """Title, authors, dates and URL of the article."""
    date_header: DateHeader | None = None
    """The header (or footer) date line, if any."""
    dateline: Dateline | None = None
    """The wire-style dateline opening the story, if any."""
    blocks: tuple[Block, ...] = ()
    """Paragraphs, headings, captions and furniture, in text order."""
    quotes: tuple[Quote, ...] = ()
    """Direct, partial and indirect quotes, in text order."""
    social_posts: tuple[EmbeddedSocialPost, ...] = ()
    """Embedded social media posts, in text order."""
    attributions: tuple[Attribution, ...] = ()
    """Credit lines, in text order."""
    annotations: tuple[Annotation, ...] = ()
    """Items added by plugin parsers."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Content problems met while parsing."""

    @model_validator(mode="after")
    def _spans_match_text(self) -> Article:
        text = self.text
        size = len(text)
        for item in self.located_items():
            for span, expected in item._text_pairs():
                if not 0 <= span.start <= span.end <= size:
                    # an item made by build() is not validated: its span may run backwards
                    raise ValueError(
                        f"{type(item).__name__} span {span.start}:{span.end} "
                        f"is outside the text (length {size})"
                    )
                if text[span.start : span.end] != expected:
                    raise ValueError(
                        f"{type(item).__name__} at {span.start}:{span.end}: {expected!r} "
                        f"does not match the text there {text[span.start : span.end]!r}"
                    )
        for diagnostic in self.diagnostics:
            if diagnostic.span is not None and diagnostic.span.end > size:
                raise ValueError(f"diagnostic {diagnostic.code} points outside the text")
        return self

    def located_items(self) -> Iterator[_Located | _InText]:
        """Every item of the article that may carry a span, in field order."""
        if self.date_header is not None:
            yield self.date_header
        if self.dateline is not None:
            yield self.dateline
        yield from self.blocks
        yield from self.quotes
        yield from self.social_posts
        yield from self.attributions
        yield from self.annotations

    def __repr__(self) -> str:
        """A short account (the full article is ``model_dump_json()``):
        ``Article(1,234 chars, date=2022-03-08, 3 quotes, 1 post, 2 credits, 9 blocks,
        text='As the talks …')``."""
        counts = [
            (len(self.quotes), "quote"),
            (len(self.social_posts), "post"),
            (len(self.attributions), "credit"),
            (len(self.blocks), "block"),
        ]
        parts = [f"{len(self.text):,} chars"]
        if self.date_header is not None:
            parts.append(f"date={self.date_header.value.isoformat()}")
        parts += [f"{count} {noun}{'' if count == 1 else 's'}" for count, noun in counts if count]
        if self.diagnostics:
            parts.append(f"{len(self.diagnostics)} diagnostics")
        opening = " ".join(self.text.split()[:_REPR_WORDS])
        if len(self.text.split()) > _REPR_WORDS:
            opening += " …"
        parts.append(f"text={opening!r}")
        return f"Article({', '.join(parts)})"

    __str__ = __repr__

    def summary(self) -> str:
        """A readable account of what was found, one line per fact (date, dateline,
        headings, posts, credits, quotes with their speakers); see
        :func:`newsdoc.views.summary`."""
        from newsdoc.views import summary

        return summary(self)

    @property
    def headings(self) -> tuple[Block, ...]:
        """The heading blocks, in text order."""
        return tuple(block for block in self.blocks if block.kind == "heading")

    @property
    def body_text(self) -> str:
        """The article's own prose: its body paragraphs joined by blank lines, without the
        header, headings, embedded posts, credit lines, captions and furniture."""
        return "\n\n".join(block.raw.strip() for block in self.blocks if block.kind == "body")


class Failure(_Model):
    """A document of a batch that could not be parsed, in place of its :class:`Article`."""

    index: Annotated[int, Field(ge=0)]
    """The position of the document in the input, counting from 0."""
    error: str
    """The name of the exception, e.g. ``TypeError``."""
    message: str
    """What went wrong."""


# -- construction without validation, for the parsers' hot paths ------------------------

_Built = TypeVar("_Built", bound=BaseModel)
_new = object.__new__
_set = object.__setattr__
# BaseModel keeps its bookkeeping in slots; their descriptors set them for about half
# of what object.__setattr__ costs, which goes through the generic attribute machinery
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
# the same for the slots of a Span (a slotted dataclass)
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_TEMPLATES: dict[type[BaseModel], tuple[dict[str, Any], frozenset[str], set[str]]] = {}


def _template(cls: type[BaseModel]) -> tuple[dict[str, Any], frozenset[str], set[str]]:
    """Every field of ``cls`` in order with its default (``None`` standing in for the
    required ones), the names that must be given, and the shared fields-set."""
    known = _TEMPLATES.get(cls)
    if known is None:
        fields = cls.model_fields
        # a default factory makes a fresh value per instance: such fields must be given
        given = frozenset(
            name
            for name, field in fields.items()
            if field.is_required() or field.default_factory is not None
        )
        template = {
            name: None if name in given else field.default for name, field in fields.items()
        }
        known = _TEMPLATES[cls] = (template, given, set(fields))
    return known


def span_of(start: int, end: int) -> Span:
    """A :class:`Span` from offsets the caller has already checked (``0 <= start <= end``),
    built without validation: parsers make dozens of spans per document."""
    span: Span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


def build(cls: type[_Built], /, **values: Any) -> _Built:
    """An instance of ``cls`` from values of the right types, built without validation.

    For the library's parsers, which make many items per document from values they have
    already checked: validating each costs more than finding it, and the
    :class:`Article` still checks every span against the text. Unset fields take their
    defaults; a missing required field (or one with a default factory) or an unknown
    one raises ``TypeError``. Every field counts as set
    (``model_fields_set``), and all instances of a class share that set, which frozen
    models never change in place: a set per item would take more memory than its span.
    """
    template, required, fields_set = _template(cls)
    if values.keys() != template.keys():  # the parsers mostly give every field
        merged = template | values
        if len(merged) != len(template) or not required.issubset(values):
            missing = sorted(required - values.keys())
            unknown = sorted(values.keys() - template.keys())
            raise TypeError(f"{cls.__name__}: missing fields {missing}, unknown fields {unknown}")
        values = merged
    item = _new(cls)
    # set one by one, in field order, the fields go into a dict that shares its keys
    # with every other instance of the class: half the size of a dict of its own
    for name in template:
        _set(item, name, values[name])
    _set_fields_set(item, fields_set)
    _set_extra(item, None)
    _set_private(item, None)
    return item
