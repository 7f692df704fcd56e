"""The Arrow schema follows the models, and article rows round-trip through Parquet."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import regex
from pydantic import BaseModel, JsonValue
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo

import newsdoc
from newsdoc import ORDER_PLUGINS, Annotation, Article, Document
from newsdoc.arrow import _model_node, article_from_row, article_row, article_schema

_TICKER = regex.compile(r"\$[A-Z]{2,5}\b")


class TickerParser:
    """A plugin that marks cashtags, with nested JSON data to carry through Arrow."""

    name = "ticker"
    order = ORDER_PLUGINS
    claims = False

    def parse(self, doc: Document) -> Iterable[Annotation]:
        for match in doc.finditer(_TICKER):
            yield Annotation(
                span=doc.span(match.start(), match.end()),
                raw=match.group(),
                label="ticker",
                data={
                    "symbol": match.group()[1:],
                    "weights": [1.5, None, -2],
                    "listed": {"exchange": "NSE", "since": 1999, "active": True},
                    "note": "ünïcode ✓",
                },
            )


TEXTS = [
    (
        "Published: 08 Mar 2022, 10:45 IST\n\n"
        "NEW DELHI, March 8 (Reuters) - The minister said the talks would resume. "
        '"We are ready to talk," Rao Mehta, the foreign minister, told reporters.\n\n'
        "Statement from the office:\n\n"
        "We will not back down. #Talks @fo_office pic.twitter.com/ZxCvB987\n\n"
        "— Foreign Office (@fo_office) March 7, 2022\n\n"
        "Shares of $ACME rose.\n\n"
        "(With inputs from PTI)\n\n"
        "(Image: AP)"
    ),
    "date 2021-11-02 Markets were calm and $TATA held steady.",
    'Nobody said anything. "This never ends, Lena Ortiz said.',
    "",
]


def _fields_of(model: type[Any]) -> dict[str, FieldInfo]:
    """The fields of a model or of a pydantic dataclass such as ``Span``."""
    if issubclass(model, BaseModel):
        return model.model_fields
    fields: dict[str, FieldInfo] = model.__pydantic_fields__
    return fields


def _walk_models(annotation: Any) -> Iterator[type[Any]]:
    """The models (and pydantic dataclasses) an annotation mentions, however deeply nested."""
    # on Python 3.10, tuple[str, ...] passes isinstance(..., type): rule generics out first
    if typing.get_origin(annotation) is None and (
        (isinstance(annotation, type) and issubclass(annotation, BaseModel))
        or is_pydantic_dataclass(annotation)
    ):
        yield annotation
        return
    for argument in typing.get_args(annotation):
        yield from _walk_models(argument)


def _struct_of(data_type: pa.DataType) -> pa.StructType:
    while pa.types.is_list(data_type):
        data_type = data_type.value_type
    assert pa.types.is_struct(data_type), data_type
    return data_type


def _check_covers(model: type[Any], struct: pa.StructType, where: str) -> int:
    names = [struct.field(index).name for index in range(struct.num_fields)]
    assert names == list(_fields_of(model)), where
    checked = len(names)
    for name, info in _fields_of(model).items():
        nested = list(_walk_models(info.annotation))
        if nested:
            assert len(nested) == 1, f"{where}.{name}"
            child = _struct_of(struct.field(name).type)
            checked += _check_covers(nested[0], child, f"{where}.{name}")
    return checked


def test_schema_covers_every_model_field() -> None:
    schema = article_schema()
    assert schema.names[0] == "id"
    article_struct = pa.struct(list(schema)[1:])
    # Article, Metadata, MetadataDate, DateHeader, TimeZone, Dateline, Block, Quote, Cue,
    # Speaker, EmbeddedSocialPost, Entity, Attribution, Party, Annotation, Diagnostic, Span
    assert _check_covers(Article, article_struct, "Article") > 100


def _field(path: str) -> pa.Field:
    head, *rest = path.split(".")
    field = article_schema().field(head)
    for name in rest:
        data_type = field.type
        field = data_type.value_field if name == "element" else data_type.field(name)
    return field


@pytest.mark.parametrize(
    ("path", "data_type", "nullable"),
    [
        ("id", pa.string(), True),
        ("text", pa.string(), False),
        ("metadata.authors.element", pa.string(), False),
        ("metadata.published", None, True),
        ("metadata.published.value", pa.string(), False),
        ("date_header", None, True),
        ("date_header.value", pa.string(), False),
        ("date_header.ambiguous", pa.bool_(), False),
        ("date_header.span.start", pa.int64(), False),
        ("dateline.date", pa.date32(), True),
        ("dateline.span", None, False),
        ("blocks", None, False),
        ("blocks.element.kind", pa.string(), False),
        ("quotes.element.group", pa.int64(), True),
        ("quotes.element.speaker.antecedent.end", pa.int64(), False),
        ("social_posts.element.posted", pa.string(), True),
        ("social_posts.element.entities.element.url_kind", pa.string(), True),
        ("attributions.element.parties.element.kind", pa.string(), False),
        ("annotations.element.data", pa.string(), False),
        ("diagnostics.element.count", pa.int64(), False),
    ],
)
def test_field_types(path: str, data_type: pa.DataType | None, nullable: bool) -> None:
    field = _field(path)
    if data_type is not None:
        assert field.type == data_type
    assert field.nullable is nullable


def test_field_descriptions_come_from_the_model_docstrings() -> None:
    field = _field("quotes.element.content")
    assert field.metadata[b"description"].decode().startswith("The span of the reported words")


class _Everything(BaseModel):
    name: str
    count: int = 0
    score: float | None = None
    flag: bool = False
    level: Literal["low", "high"] = "low"
    day: dt.date | None = None
    stamp: dt.datetime | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, JsonValue] = {}
    anything: JsonValue = None


def test_each_annotation_kind_maps() -> None:
    struct = _model_node(_Everything).arrow_type(pa)
    expected = {
        "name": (pa.string(), False),
        "count": (pa.int64(), False),
        "score": (pa.float64(), True),
        "flag": (pa.bool_(), False),
        "level": (pa.string(), False),
        "day": (pa.date32(), True),
        "stamp": (pa.string(), True),
        "tags": (pa.list_(pa.field("element", pa.string(), nullable=False)), False),
        "extra": (pa.string(), False),
        "anything": (pa.string(), False),
    }
    assert {field.name: (field.type, field.nullable) for field in struct} == expected


class _Unmappable(BaseModel):
    choice: int | str


class _Pair(BaseModel):
    pair: tuple[int, str]


@pytest.mark.parametrize("model", [_Unmappable, _Pair])
def test_unmappable_annotations_raise(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError, match="Arrow"):
        _model_node(model)


def _articles() -> list[Article]:
    articles = [newsdoc.parse(text, plugins=[TickerParser()]) for text in TEXTS]
    dumped = articles[1].model_dump()
    dumped["metadata"] = {
        "title": "Markets calm",
        "authors": ["Ana Lind", "Jo Park"],
        "published": {"value": dt.datetime(2021, 11, 2, 9, 30), "source": "json-ld"},
        "updated": {"value": dt.date(2021, 11, 3), "source": "meta"},
        "canonical_url": "https://example.org/markets",
    }
    articles[1] = Article.model_validate(dumped)
    return articles


def test_the_sample_articles_exercise_every_collection() -> None:
    articles = _articles()
    first = articles[0]
    assert first.date_header is not None
    assert first.date_header.timezone is not None
    assert first.dateline is not None
    assert first.dateline.date == dt.date(2022, 3, 8)
    assert first.social_posts
    assert first.social_posts[0].entities
    assert any(quote.speaker is not None for quote in first.quotes)
    assert len(first.attributions) >= 2
    assert [a.data["symbol"] for article in articles for a in article.annotations] == [
        "ACME",
        "TATA",
    ]
    assert any(article.diagnostics for article in articles)
    assert articles[1].metadata.updated is not None


def test_rows_round_trip_through_parquet(tmp_path: Path) -> None:
    articles = _articles()
    rows = [article_row(article, id=f"doc-{n}") for n, article in enumerate(articles)]
    table = pa.Table.from_pylist(rows, schema=article_schema())
    table.validate(full=True)
    pq.write_table(table, tmp_path / "corpus.parquet")
    read = pq.read_table(tmp_path / "corpus.parquet")
    assert read.schema.equals(article_schema(), check_metadata=True)
    back = read.to_pylist()
    assert back == rows
    assert [row["id"] for row in back] == ["doc-0", "doc-1", "doc-2", "doc-3"]
    assert [article_from_row(row) for row in back] == articles


def test_rows_hold_iso_dates_and_json_text() -> None:
    articles = _articles()
    row = article_row(articles[0])
    assert row["date_header"]["value"] == "2022-03-08T10:45:00+05:30"
    assert row["dateline"]["date"] == dt.date(2022, 3, 8)
    assert row["social_posts"][0]["posted"] == "2022-03-07"
    data = article_row(articles[1])["annotations"][0]["data"]
    assert data == (
        '{"symbol": "TATA", "weights": [1.5, null, -2], '
        '"listed": {"exchange": "NSE", "since": 1999, "active": true}, "note": "ünïcode ✓"}'
    )
    assert article_row(articles[1])["metadata"]["published"]["value"] == "2021-11-02T09:30:00"


@pytest.mark.parametrize(
    ("identifier", "stored"),
    [(None, None), ("a-1", "a-1"), (7, "7"), (True, "true"), ({"k": [1]}, '{"k": [1]}')],
)
def test_ids_are_strings(identifier: JsonValue, stored: str | None) -> None:
    row = article_row(newsdoc.parse("Calm."), id=identifier)
    assert row["id"] == stored
    assert article_from_row(row) == newsdoc.parse("Calm.")
