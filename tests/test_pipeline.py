"""The pipeline: order, claims, overlap resolution, failures and diagnostics."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import regex

import newsdoc
from newsdoc import (
    ORDER_PLUGINS,
    Annotation,
    Attribution,
    Diagnostic,
    Document,
    ParseOptions,
    ParserError,
    Pipeline,
    PipelineError,
    Span,
)
from newsdoc.models import build, span_of
from newsdoc.pipeline import Item


class Recorder:
    """Claims every span it is given and records what it saw."""

    def __init__(self, name: str, order: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.name = name
        self.order = order
        self.claims = True
        self.spans = list(spans)
        self.seen_free: tuple[Span, ...] = ()

    def parse(self, doc: Document) -> Iterator[Item]:
        self.seen_free = doc.free_regions()
        for start, end in self.spans:
            yield Attribution(span=doc.span(start, end), raw=doc.text[start:end], kind="other")


class Failing:
    name = "failing"
    order = 600
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        yield Annotation(span=doc.span(0, 1), raw=doc.text[0], label="partial")
        raise RuntimeError("boom")


class Slow:
    name = "slow"
    order = 600
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        pattern = regex.compile(r"(?:a+)+b")
        yield from ()
        for _ in doc.finditer(pattern):
            pass


class Chatty:
    name = "chatty"
    order = 600
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        for index in range(50):
            yield Diagnostic(code="odd-thing", message=f"number {index}")


TEXT = "0123456789abcdefghij"


def test_default_pipeline_order_and_names() -> None:
    pipeline = Pipeline.default()
    assert pipeline.names == (
        "social_posts",
        "date_header",
        "dateline",
        "credits",
        "blocks",
        "quotes",
    )
    assert [parser.order for parser in pipeline.parsers] == sorted(
        parser.order for parser in pipeline.parsers
    )


def test_add_replaces_by_name_and_remove_returns_new_pipelines() -> None:
    base = Pipeline([Recorder("b", 100), Recorder("a", 100), Recorder("c", 50)])
    assert base.names == ("c", "a", "b")  # ties break on name
    replaced = base.add(Recorder("a", 10))
    assert replaced.names == ("a", "c", "b")
    assert base.names == ("c", "a", "b")
    assert base.remove("c").names == ("a", "b")
    with pytest.raises(PipelineError, match="no parser named 'zzz'"):
        base.remove("zzz")
    with pytest.raises(PipelineError, match="duplicate parser names: a"):
        Pipeline([Recorder("a", 1), Recorder("a", 2)])
    with pytest.raises(TypeError, match="not a newsdoc parser"):
        base.add(object())  # type: ignore[arg-type]


def test_claims_hide_text_from_later_parsers() -> None:
    first = Recorder("first", 100, [(2, 5)])
    second = Recorder("second", 200)
    Pipeline([first, second]).parse(TEXT)
    assert first.seen_free == (Span(start=0, end=20),)
    assert second.seen_free == (Span(start=0, end=2), Span(start=5, end=20))


def test_overlaps_within_a_batch_settle_longest_then_earliest() -> None:
    parser = Recorder("p", 100, [(0, 4), (2, 10), (8, 12), (10, 14), (10, 14)])
    article = Pipeline([parser]).parse(TEXT)
    assert [(a.span.start, a.span.end) for a in article.attributions if a.span] == [
        (2, 10),
        (10, 14),
        (10, 14),
    ]


def test_conflicts_with_earlier_claims_become_diagnostics() -> None:
    article = Pipeline([Recorder("a", 100, [(0, 5)]), Recorder("b", 200, [(3, 8), (8, 9)])]).parse(
        TEXT
    )
    assert [(a.span.start, a.span.end) for a in article.attributions if a.span] == [(0, 5), (8, 9)]
    (conflict,) = article.diagnostics
    assert conflict.code == "claim-conflict"
    assert conflict.parser == "b"
    assert conflict.span == Span(start=3, end=8)


def test_a_failing_parser_becomes_a_diagnostic_and_the_rest_is_kept() -> None:
    article = newsdoc.parse("(With ANI input)", plugins=[Failing()])
    assert article.annotations == ()  # the failing parser's partial output is dropped
    (failure,) = [d for d in article.diagnostics if d.code == "parser-failed"]
    assert failure.parser == "failing"
    assert "RuntimeError: boom" in failure.message
    assert article.blocks or article.attributions


def test_strict_mode_raises_parser_error_chained_to_the_cause() -> None:
    with pytest.raises(ParserError, match="parser 'failing' failed") as raised:
        newsdoc.parse("text", plugins=[Failing()], options=ParseOptions(strict=True))
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert raised.value.parser == "failing"


def test_a_pattern_that_runs_out_of_time_is_reported() -> None:
    options = ParseOptions(regex_timeout=0.05)
    article = newsdoc.parse("a" * 5000, plugins=[Slow()], options=options)
    timeouts = [d for d in article.diagnostics if d.code == "regex-timeout"]
    assert [d.parser for d in timeouts] == ["slow"]
    assert [block.raw for block in article.blocks] == ["a" * 5000]


def test_diagnostics_are_capped_per_code() -> None:
    article = newsdoc.parse(
        "text", plugins=[Chatty()], options=ParseOptions(max_diagnostics_per_code=5)
    )
    odd = [d for d in article.diagnostics if d.code == "odd-thing"]
    assert len(odd) == 6
    assert [d.count for d in odd] == [1, 1, 1, 1, 1, 45]
    assert "45 more" in odd[-1].message


class WrongItems:
    name = "wrong"
    order = 600
    claims = False

    def __init__(self, item: object) -> None:
        self.item = item

    def parse(self, doc: Document) -> Iterator[object]:
        yield self.item


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("not an item", "returned str"),
        (Annotation(span=Span(start=0, end=3), raw="xyz", label="x"), "does not match the text"),
        (Annotation(span=Span(start=0, end=30), raw="x" * 30, label="x"), "does not match"),
        # an unvalidated item with an inverted span slices to "" and must still fail
        (build(Annotation, span=span_of(4, 2), raw="", label="x", data={}), "at 4:2 does not"),
        (
            Diagnostic(code="odd-thing", message="m", span=Span(start=2, end=40)),
            "diagnostic odd-thing points outside the text",
        ),
    ],
)
def test_invalid_items_are_parser_failures(item: object, message: str) -> None:
    article = newsdoc.parse("abcdef", plugins=[WrongItems(item)])  # type: ignore[list-item]
    (failure,) = [d for d in article.diagnostics if d.code == "parser-failed"]
    assert message in failure.message
    with pytest.raises(ParserError, match=message):
        newsdoc.parse(
            "abcdef",
            plugins=[WrongItems(item)],  # type: ignore[list-item]
            options=ParseOptions(strict=True),
        )


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), 42, None, ["text"]])
def test_non_text_input_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes str"):
        newsdoc.parse(value)  # type: ignore[arg-type]


def test_bytes_error_says_what_to_do() -> None:
    with pytest.raises(TypeError, match="parse_bytes"):
        newsdoc.parse(b"text")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"plain", "plain"),
        (b"\xef\xbb\xbfwith bom", "with bom"),
        ("utf-16 текст".encode("utf-16"), "utf-16 текст"),
        ("utf-16-be".encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16-be"),
    ],
)
def test_parse_bytes_decodes_utf8_and_boms(data: bytes, text: str) -> None:
    assert newsdoc.parse_bytes(data).text == text


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(newsdoc.InputDecodeError, match="byte offset 4") as raised:
        newsdoc.parse_bytes(b"abcd\xff")
    assert raised.value.offset == 4
    assert isinstance(raised.value, ValueError)


def test_a_utf8_failure_hints_at_a_legacy_encoding() -> None:
    with pytest.raises(newsdoc.InputDecodeError) as raised:
        newsdoc.parse_bytes("Café".encode("cp1252"))
    assert raised.value.hint is not None
    assert "encoding='cp1252'" in str(raised.value)
    assert raised.value.problem.endswith("byte offset 3")


@pytest.mark.parametrize(
    ("encoding", "text"), [("cp1252", "Café “owners” met"), ("latin-1", "Café owners met")]
)
def test_parse_bytes_takes_an_encoding(encoding: str, text: str) -> None:
    assert newsdoc.parse_bytes(text.encode(encoding), encoding=encoding).text == text


def test_a_byte_order_mark_wins_over_the_encoding_given() -> None:
    data = "Київ".encode("utf-16")
    assert newsdoc.parse_bytes(data, encoding="cp1252").text == "Київ"


def test_a_failure_in_the_encoding_given_has_no_hint() -> None:
    with pytest.raises(newsdoc.InputDecodeError) as raised:
        newsdoc.parse_bytes(b"ok \x81", encoding="cp1252")
    assert raised.value.hint is None
    assert raised.value.offset == 3


@pytest.mark.parametrize("name", ["no-such-codec", "rot13", "base64", "zlib"])
def test_an_unknown_or_non_text_encoding_is_refused(name: str) -> None:
    with pytest.raises(LookupError, match=name):
        newsdoc.decode(b"text", encoding=name)


def test_metadata_takes_the_header_date() -> None:
    article = newsdoc.parse("date 2022-03-08 Quiet day.")
    assert article.metadata.published is not None
    assert article.metadata.published.source == "date-header"
    assert article.metadata.published.value == article.date_header.value  # type: ignore[union-attr]


class _CollectorState:
    """A plugin recording whether the garbage collector ran enabled during parsing."""

    name = "collector-state"
    order = ORDER_PLUGINS
    claims = False

    def __init__(self, fail: bool = False) -> None:
        self.seen: list[bool] = []
        self.fail = fail

    def parse(self, doc: Document) -> Iterator[object]:
        self.seen.append(gc.isenabled())
        if self.fail:
            raise RuntimeError("boom")
        return iter(())


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_pauses_the_collector_and_restores_its_state(enabled: bool) -> None:
    probe = _CollectorState()
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        newsdoc.parse("Officials said the bridge would reopen.", plugins=[probe])  # type: ignore[list-item]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert probe.seen == [False]


def test_collector_state_is_restored_when_a_strict_parse_raises() -> None:
    assert gc.isenabled()
    with pytest.raises(ParserError, match="boom"):
        newsdoc.parse(
            "text",
            plugins=[_CollectorState(fail=True)],  # type: ignore[list-item]
            options=ParseOptions(strict=True),
        )
    assert gc.isenabled()


def test_concurrent_parses_restore_the_collector_once_all_are_done() -> None:
    assert gc.isenabled()
    texts = [f"Mayor Jane Roe said the bridge would reopen in {index} days." for index in range(64)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        articles = list(pool.map(newsdoc.parse, texts))
    assert [len(article.quotes) for article in articles] == [1] * 64
    assert gc.isenabled()
