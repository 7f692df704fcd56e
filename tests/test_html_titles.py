"""Titles of HTML pages: the stated headline without the site's name, and its source."""

from __future__ import annotations

import pytest

from newsdoc.html import parse_html
from newsdoc.html.titles import without_site

PROSE = (
    "<p>The harbour council met on Monday and agreed to repair the old ferry pier before "
    "the winter storms, its chair said after the vote.</p>"
)


def title(head: str, url: str | None = None, body: str = "") -> tuple[str | None, str | None]:
    html = f"<html><head>{head}</head><body>{body}<article>{PROSE}</article></body></html>"
    metadata = parse_html(html, url=url).metadata
    return metadata.title, metadata.title_source


SITE = '<meta property="og:site_name" content="Harbour Gazette">'


@pytest.mark.parametrize(
    "printed",
    [
        "Pier repaired | Harbour Gazette",
        "Pier repaired - Harbour Gazette",
        "Pier repaired – Harbour Gazette",
        "Pier repaired — HARBOUR GAZETTE",
        "Harbour Gazette | Pier repaired",
    ],
)
def test_the_site_name_is_removed(printed: str) -> None:
    assert title(f"<title>{printed}</title>{SITE}") == ("Pier repaired", "title")


def test_the_host_names_the_site_when_no_meta_does() -> None:
    head = "<title>Pier repaired | Harbour Gazette</title>"
    assert title(head, url="https://www.harbour-gazette.example/news/pier") == (
        "Pier repaired",
        "title",
    )
    assert title(head, url="https://harbourgazette.co.uk/pier")[0] == "Pier repaired"


def test_the_publisher_in_json_ld_names_the_site() -> None:
    data = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Acme Daily"}}'
    head = f'<script type="application/ld+json">{data}</script>'
    head += '<meta property="og:title" content="Pier repaired | Acme Daily">'
    assert title(head) == ("Pier repaired", "meta:og:title")


def test_a_publisher_given_by_reference_names_the_site() -> None:
    organisation = "https://acme.example/#organization"
    data = (
        '{"@graph": [{"@type": "WebPage", "name": "Pier repaired | Acme Daily", '
        f'"publisher": {{"@id": "{organisation}"}}}}, '
        f'{{"@type": "Organization", "@id": "{organisation}", "name": "Acme Daily"}}]}}'
    )
    head = f'<script type="application/ld+json">{data}</script>'
    head += '<meta property="og:title" content="Pier repaired | Acme Daily">'
    assert title(head) == ("Pier repaired", "meta:og:title")


def test_a_site_name_longer_than_the_host_is_removed() -> None:
    head = "<title>Pier repaired – Harbour Gazette Online</title>"
    url = "https://harbourgazette.example/pier"
    assert title(head, url=url) == ("Pier repaired", "title")
    # a longer part opening with the site's name is a headline about the site
    head = "<title>Harbour Gazette view on the pier: mend it now | Opinion</title>"
    assert title(head, url=url)[0] == "Harbour Gazette view on the pier: mend it now | Opinion"


def test_the_start_of_a_stated_site_name_is_the_site() -> None:
    head = '<meta property="og:site_name" content="Harbour Gazette Digital">'
    head += "<title>Pier repaired | Harbour Gazette</title>"
    assert title(head) == ("Pier repaired", "title")


@pytest.mark.parametrize(
    "printed",
    ["港の桟橋を修理 ：港湾新聞", "港の桟橋を修理｜港湾新聞", "港の桟橋を修理 ｜ 港湾新聞"],
)
def test_full_width_separators_part_a_cjk_site_name(printed: str) -> None:
    head = f'<meta property="og:site_name" content="港湾新聞 電子版"><title>{printed}</title>'
    assert title(head) == ("港の桟橋を修理", "title")


def test_a_kickers_full_width_colon_is_no_separator() -> None:
    head = '<meta property="og:site_name" content="速報"><title>速報：港の桟橋を修理</title>'
    assert title(head)[0] == "速報：港の桟橋を修理"


@pytest.mark.parametrize(
    "printed",
    [
        "Storm – what we know",  # a part that names no site is the title's own
        "Pier repaired | Mill Town Echo",  # another site's name is not this page's
    ],
)
def test_other_parts_after_a_separator_stay(printed: str) -> None:
    assert title(f"<title>{printed}</title>{SITE}")[0] == printed


def test_sources_in_order() -> None:
    data = '{"@type": "NewsArticle", "headline": "Pier to be repaired"}'
    head = f'<script type="application/ld+json">{data}</script>'
    head += '<meta property="og:title" content="Og title"><title>Tag title</title>'
    assert title(head) == ("Pier to be repaired", "json-ld")
    assert title('<meta name="twitter:title" content="Card title">') == (
        "Card title",
        "meta:twitter:title",
    )
    assert title("", body="<h1>Pier to be repaired</h1>") == ("Pier to be repaired", "h1")


def test_a_title_of_the_site_name_alone_is_kept() -> None:
    assert without_site("Harbour Gazette", {"harbourgazette"}) == "Harbour Gazette"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # an attribute escaped twice, and three times
        ('<meta property="og:title" content="Fish &amp;amp; chips">', "Fish & chips"),
        ('<meta property="og:title" content="&amp;amp;#039;Pier&amp;amp;#039;">', "'Pier'"),
        # a JSON-LD string holding the page's character references
        (
            (
                '<script type="application/ld+json">{"headline": "&#8216;Pier&#8217; reopens"}'
                "</script>"
            ),
            "‘Pier’ reopens",
        ),
        # an ampersand that escapes nothing stays
        ('<meta property="og:title" content="AT&amp;T and R&amp;D">', "AT&T and R&D"),
    ],
)
def test_character_references_escaped_over_are_decoded(head: str, expected: str) -> None:
    assert title(head)[0] == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<title>Pier repaired at last | Harbour Videos</title>", "Pier repaired at last"),
        ("<title>Opinion | Pier repaired at last</title>", "Pier repaired at last"),
        (
            '<meta property="og:title" content="Pier repaired at last — Best of 2026">',
            "Pier repaired at last",
        ),
        ("<title>Pier repaired at last - Gazette - Local</title>", "Pier repaired at last"),
    ],
)
def test_a_name_added_to_the_pages_headline_is_cut(head: str, expected: str) -> None:
    assert title(head, body="<h1>Pier repaired at last</h1>")[0] == expected


@pytest.mark.parametrize(
    ("head", "h1"),
    [
        # a logo in the <h1> is the shorter part
        ("<title>Harbour Diary - Pier repaired at last</title>", "Harbour Diary"),
        # a kicker before a colon belongs to the title
        ("<title>After the storm: Pier repaired at last</title>", "Pier repaired at last"),
        # more words that no separator parts from the headline
        ("<title>Pier repaired at last (video)</title>", "Pier repaired at last"),
    ],
)
def test_a_title_the_headline_does_not_confirm_is_kept(head: str, h1: str) -> None:
    printed = head.split(">", 1)[1].split("<", 1)[0]
    assert title(head, body=f"<h1>{h1}</h1>")[0] == printed


def test_a_json_ld_headline_is_not_cut_by_the_h1() -> None:
    data = '{"@type": "NewsArticle", "headline": "Opinion | Pier repaired at last"}'
    head = f'<script type="application/ld+json">{data}</script>'
    assert title(head, body="<h1>Pier repaired at last</h1>") == (
        "Opinion | Pier repaired at last",
        "json-ld",
    )


def test_a_title_whose_headline_the_template_left_empty_is_passed_over() -> None:
    head = "<title>| Harbour Gazette</title>"
    assert title(head, body="<h1>Pier repaired</h1>") == ("Pier repaired", "h1")
