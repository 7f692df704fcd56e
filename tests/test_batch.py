"""parse_many: order, failures as results, bounded streaming, processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc import Article, Failure, ParseOptions, PluginError, parse_many


def test_results_keep_input_order_and_failures_carry_their_index() -> None:
    texts: list[object] = ["First story.", b"bytes", "Third story.", None]
    results = list(parse_many(texts))  # type: ignore[arg-type]
    assert isinstance(results[0], Article)
    assert results[0].text == "First story."
    assert results[1] == Failure(index=1, error="TypeError", message=results[1].message)  # type: ignore[union-attr]
    assert "parse_bytes" in results[1].message  # type: ignore[union-attr]
    assert isinstance(results[2], Article)
    assert isinstance(results[3], Failure)
    assert results[3].index == 3


def test_results_equal_single_parses() -> None:
    texts = [f"date 2022-03-0{day} Story {day}, the mayor said." for day in range(1, 8)]
    assert list(parse_many(texts)) == [newsdoc.parse(text) for text in texts]


def test_processes_give_the_same_results_in_order() -> None:
    texts = [f"Story {number}: “We will rebuild,” the mayor said." for number in range(23)]
    expected = [newsdoc.parse(text) for text in texts]
    assert list(parse_many(texts, jobs=2, chunksize=4)) == expected


def test_input_is_consumed_lazily() -> None:
    consumed = []

    def texts() -> Iterator[str]:
        for number in range(1_000_000):
            consumed.append(number)
            yield f"Story {number}."

    results = parse_many(texts())
    first = [next(results) for _ in range(3)]
    assert [article.text for article in first] == ["Story 0.", "Story 1.", "Story 2."]  # type: ignore[union-attr]
    assert len(consumed) <= 4


def test_options_are_applied() -> None:
    (article,) = parse_many(
        ["MOSCOW, March 8 (Reuters) - Talks resumed."],
        options=ParseOptions(reference_date=__import__("datetime").date(2022, 1, 1)),
    )
    assert isinstance(article, Article)
    assert article.dateline is not None
    assert article.dateline.date is not None
    assert article.dateline.date.year == 2022


def test_strict_parser_errors_become_failures() -> None:
    class Broken:
        name = "broken"
        order = 600
        claims = False

        def parse(self, doc: newsdoc.Document) -> Iterator[newsdoc.Item]:
            raise ValueError("nope")

    (result,) = parse_many(["text"], plugins=[Broken()], options=ParseOptions(strict=True))
    assert isinstance(result, Failure)
    assert result.error == "ParserError"
    assert "nope" in result.message


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"jobs": -1}, ValueError),
        ({"chunksize": 0}, ValueError),
        ({"plugins": ["nope"]}, PluginError),
    ],
)
def test_bad_arguments_raise_before_parsing(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        parse_many(["text"], **kwargs)  # type: ignore[arg-type]


def test_a_single_string_is_rejected() -> None:
    with pytest.raises(TypeError, match="iterable of texts"):
        parse_many("one text")
