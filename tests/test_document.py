"""The Document snapshot parsers receive."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from newsdoc import DateHeader, Document, ParseOptions, Span
from newsdoc.document import TextIndex


def test_free_regions_and_finditer_skip_claims() -> None:
    doc = Document("aXbXcXd", claims=[Span(start=3, end=4), Span(start=1, end=2)])
    assert doc.free_regions() == (
        Span(start=0, end=1),
        Span(start=2, end=3),
        Span(start=4, end=7),
    )
    found = [match.start() for match in doc.finditer(regex.compile("X"))]
    assert found == [5]
    assert [
        m.group() for m in doc.finditer(regex.compile("[a-d]"), within=Span(start=2, end=5))
    ] == [
        "b",
        "c",
    ]
    assert doc.is_free(Span(start=4, end=6))
    assert not doc.is_free(Span(start=0, end=2))


def test_matches_never_cross_a_claim() -> None:
    doc = Document("abcabc", claims=[Span(start=2, end=4)])
    assert [m.span() for m in doc.finditer(regex.compile("abc"))] == []


def test_lines_handle_every_line_break() -> None:
    doc = Document("one\r\ntwo\rthree\u2028four\n")
    assert [line.text for line in doc.lines()] == ["one", "two", "three", "four", ""]
    first, second = doc.lines()[:2]
    assert (first.start, first.end) == (0, 3)
    assert (second.start, second.end) == (5, 8)


def test_span_checks_bounds() -> None:
    doc = Document("abc")
    assert doc.span(1, 3) == Span(start=1, end=3)
    with pytest.raises(ValueError, match="outside the text"):
        doc.span(2, 9)


def test_reference_date_prefers_the_header() -> None:
    header = DateHeader(span=Span(start=0, end=3), raw="abc", value=dt.datetime(2021, 5, 6, 7, 8))
    options = ParseOptions(reference_date=dt.date(2020, 1, 1))
    assert Document("abc", options, items=[header]).reference_date() == dt.date(2021, 5, 6)
    assert Document("abc", options).reference_date() == dt.date(2020, 1, 1)
    assert Document("abc").reference_date() is None


def test_line_at_finds_the_line_of_an_offset() -> None:
    doc = Document("ab\r\ncd\n\nef")
    assert doc.line_at(0).text == "ab"
    assert doc.line_at(2).text == "ab"  # the line break belongs to the line it ends
    assert doc.line_at(4).text == "cd"
    assert doc.line_at(7).text == ""
    assert doc.line_at(9).text == "ef"
    assert doc.line_at(10).text == "ef"


def test_snapshots_of_one_parse_share_their_line_index() -> None:
    index = TextIndex("one\ntwo")
    first = Document("one\ntwo", index=index)
    second = Document("one\ntwo", claims=[Span(start=0, end=3)], index=index)
    assert first.lines() is second.lines()
    with pytest.raises(ValueError, match="another text"):
        Document("other", index=index)
