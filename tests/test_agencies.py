"""The agency lexicon: canonical names, aliases, user extensions and the text pattern."""

from __future__ import annotations

import pytest

from newsdoc import lexicon
from newsdoc.agencies import (
    agency_aliases,
    agency_party,
    agency_pattern,
    agency_type,
    canonical_agency,
)
from newsdoc.models import Party
from newsdoc.options import ParseOptions


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("AP", "AP"),
        ("A.P.", "AP"),
        ("Associated Press", "AP"),
        ("the Associated Press", "AP"),
        ("ASSOCIATED PRESS", "AP"),
        ("Press Trust of India", "PTI"),
        ("Agence France-Presse", "AFP"),
        ("Agence France Presse", "AFP"),
        ("reuters", "Reuters"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("ČTK", "CTK"),
        ("Telam", "Télam"),
        ("Getty", "Getty Images"),
        ("EPA-EFE", "EPA"),
        ("Canadian Press", "CP"),
        ("Kyodo News", "Kyodo"),
        ("  Xinhua News Agency ", "Xinhua"),
    ],
)
def test_canonical_agency_reads_aliases(printed: str, canonical: str) -> None:
    assert canonical_agency(printed) == canonical


@pytest.mark.parametrize(
    "name", ["", "   ", "Daily Planet", "Jane Roe", "the", "...", "Associated"]
)
def test_canonical_agency_is_none_for_other_names(name: str) -> None:
    assert canonical_agency(name) is None


def test_options_extend_and_override_the_lexicon() -> None:
    options = ParseOptions(agencies={"Gazette Wire": "GW", "AP": "Associated Press"})
    assert canonical_agency("gazette wire", options) == "GW"
    assert canonical_agency("GW", options) == "GW"
    assert canonical_agency("AP", options) == "Associated Press"
    assert canonical_agency("Gazette Wire") is None
    assert "Gazette Wire" in agency_aliases(options)
    assert agency_pattern(options).fullmatch("Gazette Wire") is not None


def test_lexicon_is_large_and_consistent() -> None:
    entries = lexicon.load("agencies")["agencies"]
    assert len(entries) >= 60
    names = [entry["name"] for entry in entries]
    assert len(names) == len(set(names))
    for entry in entries:
        assert entry["type"] in {"news", "photo"}
        for alias in entry["aliases"]:
            assert canonical_agency(alias) == entry["name"], alias


def test_agency_party_and_type() -> None:
    assert agency_party("Associated Press") == Party(name="AP", kind="agency")
    assert agency_party("Hawaii Evening Post") == Party(
        name="Hawaii Evening Post", kind="organization"
    )
    assert agency_type("Getty") == "photo"
    assert agency_type("PTI") == "news"
    assert agency_type("Jane Roe") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Photo: Pool / REUTERS", ["Pool", "REUTERS"]),
        ("went to the pool on a map", []),
        ("AP, A.P. and Agence France-Presse", ["AP", "A.P.", "Agence France-Presse"]),
        ("the associated press said", ["the associated press"]),
        ("snap APs and CAP", []),
        ("dpa / DPA", ["dpa", "DPA"]),
    ],
)
def test_agency_pattern_matches_whole_names(text: str, found: list[str]) -> None:
    assert [match.group() for match in agency_pattern().finditer(text)] == found
