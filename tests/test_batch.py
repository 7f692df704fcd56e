"""parse_many: order, failures as results, bounded streaming, processes."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc import Annotation, Article, Failure, ParseOptions, PluginError, batch, parse_many
from newsdoc.document import Document


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


@pytest.fixture
def small_worker_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start workers for any input of more than four documents."""
    monkeypatch.setattr(batch, "IN_PROCESS_DOCUMENTS", 4)


@pytest.mark.usefixtures("small_worker_threshold")
def test_processes_give_the_same_results_in_order() -> None:
    texts = [f"Story {number}: “We will rebuild,” the mayor said." for number in range(23)]
    expected = [newsdoc.parse(text) for text in texts]
    assert list(parse_many(texts, jobs=2, chunksize=4)) == expected


class ProcessStamp:
    """A plugin noting the id of the process that parsed the text; ``KILL`` in a text
    kills that process, as the kernel's out-of-memory killer would."""

    name = "process_stamp"
    order = 900
    claims = False

    def parse(self, doc: Document) -> Iterator[Annotation]:
        if "KILL" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        yield Annotation(
            span=doc.span(0, 1), raw=doc.text[:1], label="pid", data={"pid": os.getpid()}
        )


def _pids(results: list[Article | Failure]) -> set[object]:
    return {result.annotations[0].data["pid"] for result in results if isinstance(result, Article)}


def test_a_small_input_is_parsed_in_this_process_however_many_jobs() -> None:
    texts = [f"Story {number}." for number in range(10)]
    results = list(parse_many(texts, jobs=2, plugins=[ProcessStamp()]))
    assert _pids(results) == {os.getpid()}


@pytest.mark.usefixtures("small_worker_threshold")
def test_a_large_input_is_parsed_in_workers() -> None:
    texts = [f"Story {number}." for number in range(10)]
    results = list(parse_many(texts, jobs=2, chunksize=2, plugins=[ProcessStamp()]))
    assert [result.text for result in results if isinstance(result, Article)] == texts
    assert os.getpid() not in _pids(results)


def test_chunks_end_at_a_count_or_a_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_CHARACTERS", 10)
    texts: list[object] = ["aaaa", "bbbb", "cccc", "d" * 30, "e", "f", "g"]
    assert [len(chunk) for chunk in batch._chunks(iter(texts), 3)] == [2, 1, 1, 3]


@pytest.mark.usefixtures("small_worker_threshold")
def test_a_dead_worker_fails_its_document_only_and_the_batch_goes_on() -> None:
    texts = [f"Story {number}." for number in range(12)]
    texts[5] = "Story KILL."
    results = list(parse_many(texts, jobs=2, chunksize=3, plugins=[ProcessStamp()]))
    assert len(results) == len(texts)
    failures = [result for result in results if isinstance(result, Failure)]
    assert [(failure.index, failure.error) for failure in failures] == [(5, batch.WORKER_DIED)]
    assert [result.text for result in results if isinstance(result, Article)] == [
        text for text in texts if "KILL" not in text
    ]


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
