"""Models: spans checked against the text, immutability, JSON round trips and schema."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest
from pydantic import ValidationError

from newsdoc.models import (
    Annotation,
    Article,
    Attribution,
    Block,
    DateHeader,
    EmbeddedSocialPost,
    Entity,
    Party,
    Quote,
    Span,
    Speaker,
    TimeZone,
    build,
    span_of,
)

TEXT = "Medinsky said, “We will talk.” (With ANI input)"


def test_span_is_half_open_and_ordered() -> None:
    span = Span(start=2, end=5)
    assert len(span) == 3
    assert span.slice("abcdefg") == "cde"
    assert span.overlaps(Span(start=4, end=9))
    assert not span.overlaps(Span(start=5, end=9))
    assert span.contains(Span(start=3, end=5))
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=5, end=2)
    with pytest.raises(ValidationError):
        Span(start=-1, end=2)


def test_models_are_frozen_and_forbid_unknown_fields() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    block = Block(span=span, raw="M", kind="body")
    with pytest.raises(ValidationError, match="frozen"):
        block.kind = "heading"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Unexpected keyword argument"):
        Span(start=0, end=1, length=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match=r"span\.length"):
        Article.model_validate(
            {
                "text": "M",
                "blocks": [
                    {"span": {"start": 0, "end": 1, "length": 1}, "raw": "M", "kind": "body"}
                ],
            }
        )
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Block(span=span, raw="M", kind="body", length=1)  # type: ignore[call-arg]


def test_raw_must_have_the_span_length_and_come_with_it() -> None:
    with pytest.raises(ValidationError, match="raw has 3 characters"):
        Block(span=Span(start=0, end=5), raw="abc", kind="body")
    with pytest.raises(ValidationError, match="both be set or both be None"):
        Attribution(span=Span(start=0, end=3), kind="wire")


def test_an_article_checks_every_span_against_its_text() -> None:
    good = Block(span=Span(start=0, end=8), raw="Medinsky", kind="body")
    assert Article(text=TEXT, blocks=(good,)).blocks == (good,)
    wrong = Block(span=Span(start=1, end=9), raw="Medinsky", kind="body")
    with pytest.raises(ValidationError, match="does not match the text"):
        Article(text=TEXT, blocks=(wrong,))
    outside = Block(span=Span(start=40, end=60), raw="x" * 20, kind="body")
    with pytest.raises(ValidationError, match="outside the text"):
        Article(text=TEXT, blocks=(outside,))
    # an unvalidated item may carry a backward span, which slices to "" like its raw
    backward = build(Block, span=span_of(5, 2), raw="", kind="body")
    with pytest.raises(ValidationError, match="span 5:2 runs backwards"):
        Article(text=TEXT, blocks=(backward,))


def test_nested_spans_are_checked_too() -> None:
    quote = Quote(
        span=Span(start=15, end=30),
        raw="“We will talk.”",
        kind="direct",
        content=Span(start=16, end=29),
        text="We will tlak.",
    )
    with pytest.raises(ValidationError, match="We will tlak"):
        Article(text=TEXT, quotes=(quote,))


def test_items_from_markup_have_no_span() -> None:
    post = EmbeddedSocialPost(platform="twitter", url="https://twitter.com/a/status/1")
    article = Article(text="", social_posts=(post,))
    assert article.social_posts[0].span is None
    assert list(post._text_pairs()) == []


def _full_article() -> Article:
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    text = "date 2022-03-08 Medinsky said, “We will talk.” (With ANI input)"
    return Article(
        text=text,
        date_header=DateHeader(
            span=Span(start=0, end=15),
            raw="date 2022-03-08",
            value=dt.datetime(2022, 3, 8, 10, 45, tzinfo=ist),
            timezone=TimeZone(raw="IST", utc_offset="+05:30", assumed=True),
        ),
        quotes=(
            Quote(
                span=Span(start=31, end=46),
                raw="“We will talk.”",
                kind="direct",
                content=Span(start=32, end=45),
                text="We will talk.",
                speaker=Speaker(
                    span=Span(start=16, end=24),
                    raw="Medinsky",
                    name="Vladimir Medinsky",
                    kind="person",
                ),
                group=0,
            ),
        ),
        attributions=(
            Attribution(
                span=Span(start=47, end=63),
                raw="(With ANI input)",
                kind="wire",
                parties=(Party(name="ANI", kind="agency"),),
            ),
        ),
        social_posts=(
            EmbeddedSocialPost(
                platform="instagram",
                posted=dt.date(2022, 3, 7),
                entities=(),
            ),
        ),
    )


def test_json_round_trip_is_exact() -> None:
    article = _full_article()
    dumped = article.model_dump_json()
    again = Article.model_validate_json(dumped)
    assert again == article
    assert again.model_dump_json() == dumped
    assert isinstance(again.date_header.value, dt.datetime)  # type: ignore[union-attr]
    assert isinstance(again.social_posts[0].posted, dt.date)
    assert not isinstance(again.social_posts[0].posted, dt.datetime)
    assert Article.model_validate(article.model_dump(mode="json")) == article


def test_entity_fields() -> None:
    entity = Entity(span=Span(start=0, end=5), raw="@abcd", kind="mention", value="abcd")
    assert entity.url_kind is None


def test_schema_carries_field_documentation() -> None:
    schema = Article.model_json_schema()
    assert schema["properties"]["text"]["description"] == "The source text, exactly as given."
    quote = schema["$defs"]["Quote"]
    assert set(quote["properties"]["kind"]["enum"]) == {"direct", "partial", "indirect"}
    assert "paragraphs" in quote["properties"]["group"]["description"]


def test_body_text_and_headings() -> None:
    text = "Title Here\n\nBody one.\n\nADVERTISEMENT\n\nBody two."
    blocks = (
        Block(span=Span(start=0, end=10), raw="Title Here", kind="heading"),
        Block(span=Span(start=12, end=21), raw="Body one.", kind="body"),
        Block(span=Span(start=23, end=36), raw="ADVERTISEMENT", kind="furniture"),
        Block(span=Span(start=38, end=47), raw="Body two.", kind="body"),
    )
    article = Article(text=text, blocks=blocks)
    assert article.body_text == "Body one.\n\nBody two."
    assert article.headings == (blocks[0],)


def test_build_makes_the_same_item_as_validation_without_checking() -> None:
    built = build(
        Quote,
        span=span_of(15, 30),
        raw=TEXT[15:30],
        kind="direct",
        content=span_of(16, 29),
        text=TEXT[16:29],
    )
    validated = Quote(
        span=Span(start=15, end=30),
        raw=TEXT[15:30],
        kind="direct",
        content=Span(start=16, end=29),
        text=TEXT[16:29],
    )
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert list(built.model_dump()) == list(Quote.model_fields)  # field order, defaults filled
    assert built.model_fields_set == set(Quote.model_fields)
    with pytest.raises(ValidationError, match="frozen"):
        built.kind = "partial"  # type: ignore[misc]
    copy = built.model_copy(update={"group": 1})
    assert copy.group == 1
    assert built.group is None
    assert pickle.loads(pickle.dumps(built)) == validated


def test_printed_wording_is_only_for_credits_outside_the_text() -> None:
    outside = Attribution(kind="photo", printed="Jane Roe/Getty Images")
    assert (outside.span, outside.raw, outside.printed) == (None, None, "Jane Roe/Getty Images")
    with pytest.raises(ValidationError, match="printed is for credits outside the text"):
        Attribution(span=Span(start=0, end=3), raw="(c)", kind="copyright", printed="(c)")


def test_build_rejects_missing_and_unknown_fields() -> None:
    with pytest.raises(TypeError, match=r"missing fields \['kind'\]"):
        build(Block, span=span_of(0, 1), raw="M")
    with pytest.raises(TypeError, match=r"unknown fields \['colour'\]"):
        build(Block, span=span_of(0, 1), raw="M", kind="body", colour="red")
    with pytest.raises(TypeError, match=r"missing fields \['data'\]"):
        build(Annotation, span=span_of(0, 1), raw="M", label="x")
    assert build(Annotation, span=span_of(0, 1), raw="M", label="x", data={}).data == {}
