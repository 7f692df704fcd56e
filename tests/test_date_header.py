"""Tests for the date header parser."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import newsdoc
from newsdoc.document import Document
from newsdoc.models import DateHeader, Diagnostic, TimeZone
from newsdoc.options import ParseOptions
from newsdoc.parsers.date_header import DateHeaderParser
from newsdoc.pipeline import Pipeline
from newsdoc.testing import check_invariants, marked
from newsdoc.testing.strategies.dates import HEADER_FORMATS, date_header_samples, zoned_datetimes

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EST = dt.timezone(dt.timedelta(hours=-5))


def _headers(text: str, options: ParseOptions | None = None) -> list[object]:
    return list(DateHeaderParser().parse(Document(text, options)))


@pytest.mark.parametrize(
    ("source", "value", "label"),
    [
        (" ⟦h:date 2021-04-03⟧ As the talks went on, ministers met.", dt.date(2021, 4, 3), None),
        (
            "Harbour plan approved\n\n⟦h:Published: 03 Apr 2021, 09:15 IST⟧\n\nThe council met.",
            dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST),
            "published",
        ),
        (
            "Harbour plan approved\n⟦h:Updated: April 3, 2021 11:20 AM EST⟧\nThe council met.",
            dt.datetime(2021, 4, 3, 11, 20, tzinfo=EST),
            "updated",
        ),
        (
            "Harbour plan\n\n⟦h:Last Updated: 3rd April, 2021 09:15 IST⟧\n\nBody.",
            dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST),
            "last updated",
        ),
        (
            "Harbour plan\n\n⟦h:Posted: Saturday, April 3, 2021, 4:05 PM⟧ Report a problem.\n",
            dt.datetime(2021, 4, 3, 16, 5),
            "posted",
        ),
        (
            "Harbour plan\n\nReaders say\n\n⟦h:[April 3, 2021 - Example Gazette]⟧\n\nBody.",
            dt.date(2021, 4, 3),
            None,
        ),
        ("⟦h:April 3, 2021:⟧ Shares opened lower on Monday.\n", dt.date(2021, 4, 3), None),
        ("⟦h:Updated April 03, 2021.⟧\n\nA health explainer.", dt.date(2021, 4, 3), "updated"),
        (
            "Harbour plan\nBy Ann Lee, City Desk | ⟦h:Updated Apr 3, 2021 | 09:15 AM IST⟧\nBody.",
            dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST),
            "updated",
        ),
        (
            (
                "Harbour plan\n\nThe council met.\n\nIt voted.\n\nMore.\n\nAgain.\n\nEnd.\n\n"
                "⟦h:Published on: Saturday, April 03, 2021, 09:15 IST⟧"
            ),
            dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST),
            "published",
        ),
        (
            "Harbour plan\n⟦h:Published: 2021-04-03T09:15:00+05:30⟧\nBody.",
            dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST),
            "published",
        ),
        ("Hafenplan\n⟦h:Veröffentlicht am 3. April 2021⟧\nText.", dt.date(2021, 4, 3), "published"),
        ("Plan\n⟦h:Actualizado el 3 de abril de 2021⟧\nTexto.", dt.date(2021, 4, 3), "updated"),
        ("Plan\n\n⟦h:Saturday, April 3, 2021⟧\n\nThe council met.", dt.date(2021, 4, 3), None),
        ("Plan\r\n\r\n⟦h:Published: April 3, 2021⟧\r\n\r\nBody.", dt.date(2021, 4, 3), "published"),
        # mid-line labels further down the head and in the foot (the capitals that may open
        # a label are searched once over all the head lines, and once over the foot)
        (
            (
                "Harbour plan\n\nKicker Line\n\nA standfirst, said Lee.\n\nBy Ann Lee | "
                "⟦h:Updated Apr 3, 2021⟧\n\nBody."
            ),
            dt.date(2021, 4, 3),
            "updated",
        ),
        (
            (
                "Harbour plan\n\nThe council met.\n\nIt voted.\n\nMore.\n\nAgain.\n\n"
                "End here.\n\nThe end.\n\nCity Desk | ⟦h:Published Apr 3, 2021⟧"
            ),
            dt.date(2021, 4, 3),
            "published",
        ),
        # a date and its time set apart by slashes, with a relative stamp after them
        (
            "Harbour plan approved\n\n⟦h:APRIL 3, 2021 / 9:15 AM / A DAY AGO⟧\n\nThe council met.",
            dt.datetime(2021, 4, 3, 9, 15),
            None,
        ),
        (
            "Harbour plan approved\n\nJo Park\n\n⟦h:April 3, 2021 / 9:15 AM⟧\n\nThe council met.",
            dt.datetime(2021, 4, 3, 9, 15),
            None,
        ),
        (
            "⟦h:April 3, 2021 | Updated 3 hours ago⟧\n\nThe council met on Monday.",
            dt.date(2021, 4, 3),
            None,
        ),
        (
            "Harbour Plan Approved After A Long Debate " * 8
            + "Updated Apr 3, 2021\n\nBy Ann Lee | ⟦h:Updated Apr 4, 2021⟧\n\nBody.",
            dt.date(2021, 4, 4),
            "updated",
        ),
    ],
)
def test_header_forms(source: str, value: dt.date, label: str | None) -> None:
    sample = marked(source)
    article = newsdoc.parse(sample.text)
    header = article.date_header
    assert header is not None
    assert header.span == sample.span("h")
    assert header.value == value
    assert isinstance(header.value, dt.datetime) == isinstance(value, dt.datetime)
    assert header.label == label
    check_invariants(article)


def test_zone_abbreviation_is_kept_and_marked_assumed() -> None:
    article = newsdoc.parse("Plan\nPublished: 03 Apr 2021, 09:15 IST\nBody.")
    assert article.date_header is not None
    assert article.date_header.timezone == TimeZone(raw="IST", utc_offset="+05:30", assumed=True)
    assert article.metadata.published is not None
    assert article.metadata.published.source == "date-header"


def test_zone_override_from_options() -> None:
    options = ParseOptions(timezones={"IST": "+01:00"})
    article = newsdoc.parse("Plan\nPublished: 03 Apr 2021, 09:15 IST\nBody.", options=options)
    assert article.date_header is not None
    assert article.date_header.value == dt.datetime(
        2021, 4, 3, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_updated_label_fills_metadata_updated() -> None:
    article = newsdoc.parse("Plan\nUpdated: April 3, 2021\nBody.")
    assert article.metadata.updated is not None
    assert article.metadata.published is None


@pytest.mark.parametrize(
    "text",
    [
        "Apr 2, 2021; Springfield, IL, USA; A player shoots during the first half.\n\nBody.",
        "People walk past the exchange in Mumbai April 2, 2021.\n\nBody text follows.",
        "(Screenshot: YouTube) The family gives an update, April 2, 2021.\n\nBody.",
        "MINSK, 2 April (BelTA) – The minister spoke on Friday.\n\nBody.",
        "The council met on April 2, 2021 and voted.\n\nBody.",
        "The page was updated April 2, 2021 with new figures.\n\nBody.",
        "Plan\n\n"
        + "\n\n".join(f"Line {n} of the story." for n in range(8))
        + "\n\nApril 2, 2021\n\n"
        + "\n\n".join(f"Closing line {n}." for n in range(3)),
        "Posted on social media by the analysts, the clip shows a delay.\n\nBody.",
        "April 2, 2021 was a day to remember for the whole town.\n\nBody.",
        "April 2, 2021/22 season tickets\n\nBody.",
        "April 2, 2021 / the day the pier closed\n\nBody.",
        "",
        "   \n\n  ",
    ],
)
def test_no_header_outside_the_header_lines(text: str) -> None:
    article = newsdoc.parse(text)
    assert article.date_header is None
    check_invariants(article)


def test_relative_header_needs_a_reference_date() -> None:
    text = "Plan\nUpdated 2 days ago\nBody."
    items = _headers(text)
    assert [type(item) for item in items] == [Diagnostic]
    assert isinstance(items[0], Diagnostic)
    assert items[0].code == "relative-date"
    options = ParseOptions(reference_date=dt.date(2021, 4, 5))
    header = newsdoc.parse(text, options=options).date_header
    assert header is not None
    assert (header.raw, header.value, header.label) == (
        "Updated 2 days ago",
        dt.date(2021, 4, 3),
        "updated",
    )
    bare = newsdoc.parse("Plan\n3 hours ago\nBody.", options=options).date_header
    assert bare is not None
    assert bare.value == dt.date(2021, 4, 5)


def test_yearless_labelled_header() -> None:
    text = "Plan\nPublished: April 3, 09:15 IST\nBody."
    items = _headers(text)
    assert [getattr(item, "code", None) for item in items] == ["year-less-date"]
    options = ParseOptions(reference_date=dt.date(2021, 4, 5))
    header = newsdoc.parse(text, options=options).date_header
    assert header is not None
    assert header.value == dt.datetime(2021, 4, 3, 9, 15, tzinfo=IST)


@pytest.mark.parametrize(
    ("line", "dayfirst", "value", "ambiguous"),
    [
        ("Published: 03/04/2021", None, dt.date(2021, 3, 4), True),
        ("Published: 03/04/2021", True, dt.date(2021, 4, 3), False),
        ("Published: 03/04/2021", False, dt.date(2021, 3, 4), False),
        # labels of languages that write the day first read a slashed date so
        ("Mis à jour le 03/04/2021", None, dt.date(2021, 4, 3), False),
        ("Publicado el 03/04/2021", None, dt.date(2021, 4, 3), False),
        ("Aggiornato il 03/04/2021 10:12", None, dt.datetime(2021, 4, 3, 10, 12), False),
        ("Datum: 03/04/2021", None, dt.date(2021, 4, 3), False),
        # English labels, and "Date" (English and French), stay undecided
        ("Updated 03/04/2021", None, dt.date(2021, 3, 4), True),
        ("Date: 03/04/2021", None, dt.date(2021, 3, 4), True),
        # the caller's choice wins
        ("Publicado el 03/04/2021", False, dt.date(2021, 3, 4), False),
    ],
)
def test_numeric_header_ambiguity(
    line: str, dayfirst: bool | None, value: dt.date, ambiguous: bool
) -> None:
    article = newsdoc.parse(f"Plan\n{line}\nBody.", options=ParseOptions(dayfirst=dayfirst))
    header = article.date_header
    assert header is not None
    assert header.value == value
    assert header.ambiguous is ambiguous
    assert any(d.code == "ambiguous-date" for d in article.diagnostics) is ambiguous


def test_only_the_first_header_is_reported() -> None:
    text = "Plan\nPublished: April 3, 2021\nUpdated: April 4, 2021\nBody."
    items = [item for item in _headers(text) if isinstance(item, DateHeader)]
    assert len(items) == 1
    assert items[0].label == "published"


def test_parser_attributes() -> None:
    parser = DateHeaderParser()
    assert (parser.name, parser.order, parser.claims) == ("date_header", 200, True)


@given(date_header_samples())
def test_round_trip_through_every_format(sample: object) -> None:
    from newsdoc.testing.strategies import Sample

    assert isinstance(sample, Sample)
    expected = [item for item in sample.items if isinstance(item, DateHeader)]
    article = newsdoc.parse(sample.text)
    assert article.date_header == expected[0]
    header = article.date_header
    assert header is not None
    if isinstance(expected[0].value, dt.datetime) and expected[0].value.tzinfo is not None:
        assert isinstance(header.value, dt.datetime)
        assert header.value.utcoffset() == expected[0].value.utcoffset()
    check_invariants(article)


@given(zoned_datetimes())
def test_each_format_reads_back_the_same_instant(drawn: tuple[dt.datetime, TimeZone]) -> None:
    moment, zone = drawn
    pipeline = Pipeline([DateHeaderParser()])
    for render in HEADER_FORMATS:
        rendered = render(moment, zone)
        article = pipeline.parse(f"A title line\n{rendered.text}\nThe body of the story.")
        header = article.date_header
        assert header is not None, rendered.text
        assert header.raw == rendered.text
        assert header.value == rendered.value
        if isinstance(rendered.value, dt.datetime) and rendered.value.tzinfo is not None:
            assert isinstance(header.value, dt.datetime)
            assert header.value.astimezone(dt.timezone.utc) == moment.astimezone(dt.timezone.utc)
