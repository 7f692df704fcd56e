"""Tests for the dateline parser and the wire credit it emits."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import newsdoc
from newsdoc.document import Document
from newsdoc.models import Attribution, DateHeader, Dateline, Diagnostic, Party
from newsdoc.options import ParseOptions
from newsdoc.parsers.dateline import DatelineParser
from newsdoc.testing import check_invariants, marked
from newsdoc.testing.strategies import Sample
from newsdoc.testing.strategies.dates import date_header_samples

REFERENCE = ParseOptions(reference_date=dt.date(2021, 4, 4))


@pytest.mark.parametrize(
    ("source", "location", "date", "agency"),
    [
        (
            "⟦d:LISBON (Reuters) -⟧ Officials on Monday unveiled a new port plan.",
            "LISBON",
            None,
            "Reuters",
        ),
        (
            "⟦d:DENVER (AP) —⟧ State officials are reporting a new case of the virus.",
            "DENVER",
            None,
            "AP",
        ),
        ("⟦d:DENVER (AP)—⟧Officials are reporting a new case of the virus.", "DENVER", None, "AP"),
        (
            "⟦d:ST. CLOUD, Minn. (AP) —⟧ Officials are reporting a new case of the virus.",
            "ST. CLOUD, Minn.",
            None,
            "AP",
        ),
        # a known town in title case may close with its tag and a colon
        (
            "⟦d:Mumbai (Reuters):⟧ The rupee fell again on Tuesday, traders said.",
            "Mumbai",
            None,
            "Reuters",
        ),
        (
            "⟦d:OSLO, April 3 (Reuters) -⟧ The crown fell again on Tuesday.",
            "OSLO",
            dt.date(2021, 4, 3),
            "Reuters",
        ),
        (
            "⟦d:RIGA, 3 April (LETA) –⟧ Latvia will answer any provocation.",
            "RIGA",
            dt.date(2021, 4, 3),
            None,
        ),
        (
            "⟦d:Lviv, April 3 (IANS)⟧ The city said on Tuesday that repairs go on.",
            "Lviv",
            dt.date(2021, 4, 3),
            "IANS",
        ),
        (
            "⟦d:NEW YORK:⟧ Their plans shattered, nearly 150 travellers returned home.",
            "NEW YORK",
            None,
            None,
        ),
        (
            "⟦d:SALZBURG —⟧ The house where the composer lived will become a museum.",
            "SALZBURG",
            None,
            None,
        ),
        (
            "⟦d:April 3 (Reuters) -⟧ Oil prices rose on Tuesday as supply fears grew.",
            None,
            dt.date(2021, 4, 3),
            "Reuters",
        ),
        # the date after the place follows a comma and one or two spaces, or a space alone
        (
            "⟦d:OSLO,\u00a0 April 3 (Reuters) -⟧ The crown fell again on Tuesday.",
            "OSLO",
            dt.date(2021, 4, 3),
            "Reuters",
        ),
        (
            "⟦d:OSLO April 3 (Reuters) -⟧ The crown fell again on Tuesday.",
            "OSLO",
            dt.date(2021, 4, 3),
            "Reuters",
        ),
    ],
)
def test_dateline_forms(
    source: str, location: str | None, date: dt.date | None, agency: str | None
) -> None:
    sample = marked(source)
    article = newsdoc.parse(sample.text, options=REFERENCE)
    dateline = article.dateline
    assert dateline is not None
    assert dateline.span == sample.span("d")
    assert dateline.location == location
    assert dateline.date == date
    assert dateline.agency == agency
    check_invariants(article)


def test_agency_dateline_emits_a_wire_credit_with_the_same_span() -> None:
    sample = marked("⟦d:LISBON (Reuters) -⟧ Officials on Monday unveiled a new port plan.")
    items = list(DatelineParser().parse(Document(sample.text)))
    credits = [item for item in items if isinstance(item, Attribution)]
    assert credits == [
        Attribution(
            kind="wire",
            span=sample.span("d"),
            raw="LISBON (Reuters) -",
            parties=(Party(name="Reuters", kind="agency"),),
        )
    ]


def test_outlet_tag_is_an_other_credit() -> None:
    text = "BOISE, Idaho (IdahoNewsNow) - Scientists confirmed the presence of water vapour."
    article = newsdoc.parse(text)
    assert article.dateline is not None
    assert article.dateline.agency is None
    assert article.dateline.location == "BOISE, Idaho"
    credit = next(a for a in article.attributions if a.span == article.dateline.span)
    assert credit.kind == "other"
    assert credit.parties == (Party(name="Idaho News Now", kind="organization"),)


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("⟦d:(Acme News) —⟧ The mayor said on Monday that the bridge will close.", "Acme News"),
        ("⟦d:(Acme News)⟧The mayor said on Monday that the bridge will close.", "Acme News"),
        ("⟦d:(ACN) -⟧ The mayor said on Monday that the bridge will close.", "ACN"),
    ],
)
def test_an_outlet_tag_without_a_place_opens_the_story(source: str, outlet: str) -> None:
    sample = marked(source)
    article = newsdoc.parse(sample.text)
    assert article.dateline is not None
    assert article.dateline.span == sample.span("d")
    assert article.dateline.location is None
    credit = next(a for a in article.attributions if a.span == sample.span("d"))
    assert credit.kind == "other"
    assert [party.name for party in credit.parties] == [outlet]


def test_yearless_date_without_reference_is_a_diagnostic() -> None:
    text = "OSLO, April 3 (Reuters) - The crown fell again on Tuesday."
    items = list(DatelineParser().parse(Document(text)))
    dateline = next(item for item in items if isinstance(item, Dateline))
    assert dateline.date is None
    codes = [item.code for item in items if isinstance(item, Diagnostic)]
    assert codes == ["year-less-date"]


def test_year_comes_from_the_date_header() -> None:
    text = (
        "Krone slides\nPublished: January 2, 2022\n\nOSLO, December 31 (Reuters) - The crown fell."
    )
    article = newsdoc.parse(text)
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2021, 12, 31)
    assert not any(d.code == "year-less-date" for d in article.diagnostics)


def test_dateline_after_an_inline_header() -> None:
    sample = marked(" ⟦h:date 2021-04-03⟧ ⟦d:OSLO, April 3 (Reuters) -⟧ The crown fell again.")
    article = newsdoc.parse(sample.text)
    assert article.date_header is not None
    assert article.date_header.span == sample.span("h")
    assert article.dateline is not None
    assert article.dateline.span == sample.span("d")
    assert article.dateline.date == dt.date(2021, 4, 3)
    check_invariants(article)


def test_full_date_dateline_is_also_the_date_header() -> None:
    sample = marked("⟦d:TALLINN, April 3, 2021 (BNS) -⟧ Talks go on, the minister said today.")
    article = newsdoc.parse(sample.text)
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2021, 4, 3)
    assert article.date_header == DateHeader(
        span=sample.span("d"), raw=sample.slice("d"), value=dt.date(2021, 4, 3)
    )
    check_invariants(article)


def test_dateline_after_title_lines() -> None:
    sample = marked(
        "Markets flat\n\nA caption about traders on the floor.\n\n"
        "⟦d:MUMBAI (Reuters) -⟧ Shares ended flat on Tuesday as weaker peers offset hopes."
    )
    article = newsdoc.parse(sample.text)
    assert article.dateline is not None
    assert article.dateline.span == sample.span("d")


@pytest.mark.parametrize(
    "text",
    [
        "WATCH: The video shows the whole thing from start to end clearly.",
        "BREAKING NEWS — something happened in the city centre this morning.",
        "UPDATE — The police said the road is open again after the crash.",
        "Monday, April 5 - the day everything changed for the small town.",
        "Salzburg — the city of music, was quiet on Sunday evening again.",
        "MARKETS RALLY — Stocks up",
        "NOTE: We may earn a fee from links on this page. More.",
        "CORRECTION: An earlier version of this story misspelt the mayor's name.",
        "LIVE UPDATES: Polls have closed across the country and counting begins.",
        "Officials in LISBON (Reuters) - said on Monday the plan would go ahead.",
        "Dec 27, 2020; Springfield, IL, USA; A player shoots during the first half.",
        "The minister said: the talks in Oslo will go on for another week.",
        # a sentence opening and a legislator's party and state are no place and tag
        "On Sunday, Sen. Ana Lind (Vt.), who lost the primaries, named fatigue as a reason.",
        "Senator Ana Lind (D-Ore.) - who chairs the panel - called for a vote on Monday.",
        # an acronym in the prose, a team's record and a label in brackets are no tag
        "Acme Motors India (AMI) said on Monday that the plant would close in June.",
        "Harbour City (1-0): Roe 25 points. Doe 17 points. Vale 10 points.",
        "(Updated) The council said the road is open again after the crash.",
        # a title-case word and a qualifier in brackets alone on a line is a label: with
        # nothing after it on the line, only a known town opens a dateline so
        "Actors (Supporting)\n\nThe cast list grew again on Monday, the studio said.",
        "Harbourville (Acme News)\n\nThe ferry runs again from Monday, the council said.",
        # a time word and a date in brackets open a sentence
        "Today (May 18), the agency named the firms that will build the lander, it said.",
        "Harbourville (18 May) - The ferry runs again from Monday, the council said.",
        # a copyright sign in brackets is no outlet's tag
        "The pier reopened on Monday after the storm.\n(c) Acme Wire/Jane Roe",
        # a round-up's contributor label: a name in title case, a tag and a colon
        "Jane Roe (Acme Weekly): It has been a fine year for the chip makers.",
        "Jane Roe (Reuters): It has been a fine year for the chip makers.",
        # a transcript's speaker label, met again on a later line, is not a place
        "REPORTER: When does the ferry run again?\n\nVIDAL: At six.\n\nREPORTER: Thanks.",
        "Plan\n\n"
        + "\n\n".join(f"Line {n} of the story." for n in range(8))
        + "\n\nLISBON (Reuters) - Officials on Monday unveiled a new port plan.",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    article = newsdoc.parse(text)
    assert article.dateline is None
    check_invariants(article)


def test_parser_attributes() -> None:
    parser = DatelineParser()
    assert (parser.name, parser.order, parser.claims) == ("dateline", 200, True)


@given(date_header_samples(with_dateline=True))
def test_generated_datelines_are_found_exactly(sample: Sample) -> None:
    article = newsdoc.parse(sample.text)
    expected_dateline = next(item for item in sample.items if isinstance(item, Dateline))
    assert article.dateline == expected_dateline
    for credit in (item for item in sample.items if isinstance(item, Attribution)):
        assert credit in article.attributions
    check_invariants(article)


def test_a_place_stays_a_dateline_beside_repeated_furniture_labels() -> None:
    text = (
        "NEW DELHI: The talks resumed on Monday after a long pause.\n\n"
        "ALSO READ: Talks stall\n\nALSO READ: Ministers meet\n\nThe talks go on."
    )
    dateline = newsdoc.parse(text).dateline
    assert dateline is not None
    assert dateline.location == "NEW DELHI"


def test_a_known_town_and_an_outlet_tag_alone_on_a_line_are_a_dateline() -> None:
    article = newsdoc.parse("Hong Kong (Acme Business)\n\nStocks rose on Monday, traders said.")
    assert article.dateline is not None
    assert article.dateline.raw == "Hong Kong (Acme Business)"
    assert [(credit.kind, credit.raw) for credit in article.attributions] == [
        ("other", "Hong Kong (Acme Business)")
    ]
