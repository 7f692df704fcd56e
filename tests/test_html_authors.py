"""Authors of HTML pages: one name per person, where they were read, agencies as credits."""

from __future__ import annotations

import pytest

from newsdoc.html import parse_html

PROSE = (
    "<p>The harbour council met on Monday and agreed to repair the old ferry pier before "
    "the winter storms, its chair said after the vote.</p>"
)


def page(head: str = "", header: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header>{header}</header>"
        f"<article>{PROSE}</article></body></html>"
    )


def authors(html: str) -> tuple[tuple[str, ...], str | None, list[tuple[str, str]]]:
    metadata = parse_html(html).metadata
    kinds = [(party.name, party.kind) for party in metadata.author_parties]
    return metadata.authors, metadata.authors_source, kinds


def meta(value: str) -> str:
    return f'<meta name="author" content="{value}">'


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Anna Roe and Ben Lee", ("Anna Roe", "Ben Lee")),
        ("Anna Roe und Ben Lee", ("Anna Roe", "Ben Lee")),
        ("Anna Roe, Ben Lee, and Cy Hale", ("Anna Roe", "Ben Lee", "Cy Hale")),
        ("Jean Dupont et Marie Lenoir", ("Jean Dupont", "Marie Lenoir")),
        ("Ana Ruiz y Luis Vega", ("Ana Ruiz", "Luis Vega")),
        ("Anna Roe & Ben Lee", ("Anna Roe", "Ben Lee")),
        ("山田太郎、佐藤花子", ("山田太郎", "佐藤花子")),
        ("Анна Рой и Борис Ли", ("Анна Рой", "Борис Ли")),
        # labels, initials in brackets, roles, credentials and e-mail addresses go
        ("By Anna Roe", ("Anna Roe",)),
        ("Von Anna Roe (aro)", ("Anna Roe",)),
        ("Par Jean Dupont", ("Jean Dupont",)),
        ("Text: Anna Roe", ("Anna Roe",)),
        ("Analysis by Anna Roe, Example News editor-at-large", ("Anna Roe",)),
        ("Anna Roe, Staff writer", ("Anna Roe",)),
        ("Anna Roe, MS, RD", ("Anna Roe",)),
        ("Anna Roe anna.roe@example.org", ("Anna Roe",)),
        # a particle that reads like a label stays
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
        # a label in lower case opens a byline before a name of two words or more
        ("von Anna von Roe", ("Anna von Roe",)),
        ("par Jean Dupont", ("Jean Dupont",)),
    ],
)
def test_author_lists_give_one_name_per_person(value: str, names: tuple[str, ...]) -> None:
    found, source, kinds = authors(page(head=meta(value)))
    assert found == names
    assert source == "meta:author"
    assert all(kind == "person" for _, kind in kinds)


def test_an_agency_named_as_author_is_a_wire_credit() -> None:
    article = parse_html(page(head=meta("Anna Roe und Ben Lee, dpa")))
    assert article.metadata.authors == ("Anna Roe", "Ben Lee")
    wired = [(c.kind, c.printed, [p.name for p in c.parties]) for c in article.attributions]
    assert ("wire", "dpa", ["dpa"]) in wired


def test_a_publisher_is_an_author_only_when_no_person_is_named() -> None:
    head = meta("Anna Roe, Harbour Gazette GmbH")
    assert authors(page(head=head))[0] == ("Anna Roe",)
    found, _, kinds = authors(page(head=meta("Harbour Gazette Redaktion")))
    assert found == ("Harbour Gazette Redaktion",)
    assert kinds == [("Harbour Gazette Redaktion", "organization")]


def test_a_person_named_by_a_later_source_wins_over_an_organisation() -> None:
    data = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Acme Weekly"}}'
    head = f'<script type="application/ld+json">{data}</script>'
    header = '<p class="byline">By Anna Roe</p>'
    assert authors(page(head=head, header=header)) == (
        ("Anna Roe",),
        "byline",
        [("Anna Roe", "person")],
    )
    # with no person named anywhere, the first source's organisation stands
    assert authors(page(head=head)) == (
        ("Acme Weekly",),
        "json-ld",
        [("Acme Weekly", "organization")],
    )


def test_a_json_ld_author_given_by_reference_is_looked_up_in_the_graph() -> None:
    person = "https://harbour.example/#/schema/person/7"
    data = (
        '{"@context": "https://schema.org", "@graph": ['
        f'{{"@type": "Article", "headline": "Pier mended", "author": {{"@id": "{person}"}}}},'
        f'{{"@type": "Person", "@id": "{person}", "name": "Anna Roe"}}]}}'
    )
    head = f'<script type="application/ld+json">{data}</script>'
    assert authors(page(head=head)) == (("Anna Roe",), "json-ld", [("Anna Roe", "person")])
    # a reference to nothing in the graph names no one
    unknown = data.replace(f'"@id": "{person}", ', "")
    assert authors(page(head=f'<script type="application/ld+json">{unknown}</script>'))[0] == ()


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Anna Roe MD", ("Anna Roe",)),
        ("Anna Roe PhD, Ben Lee RN", ("Anna Roe", "Ben Lee")),
        ("Anh Van Do", ("Anh Van Do",)),  # a surname, not a credential
        ("Ben MD", ("Ben MD",)),  # a name is left two words long at least
    ],
)
def test_credentials_after_a_name_are_no_part_of_it(value: str, names: tuple[str, ...]) -> None:
    assert authors(page(head=meta(value)))[0] == names


def test_an_agency_desk_in_capitals_is_no_person() -> None:
    assert authors(page(head=meta("Anna Roe, AP Business")))[0] == ("Anna Roe",)


def test_the_site_named_in_the_page_title_is_no_person() -> None:
    head = meta("Anna Roe, Harbour Gazette") + "<title>Pier repaired | Harbour Gazette</title>"
    assert authors(page(head=head))[0] == ("Anna Roe",)


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # the outlet after a full name, by a comma or a full stop
        (meta("Anna Roe, Examplism"), ("Anna Roe",)),
        (meta("Anna Roe. Example Wire International"), ("Anna Roe",)),
        # the start of the site's name, or the site's name and a desk
        (
            meta("Anna Roe, Harbour Insider")
            + '<meta property="og:site_name" content="Harbour Insider Deutschland">',
            ("Anna Roe",),
        ),
        (
            meta("Anna Roe, HGN Business") + '<meta property="og:site_name" content="HGN">',
            ("Anna Roe",),
        ),
        # a desk is an organisation
        (meta("National Desk"), ("National Desk",)),
    ],
)
def test_outlets_and_desks_beside_a_writer_are_no_person(head: str, names: tuple[str, ...]) -> None:
    found, _, kinds = authors(page(head=head))
    assert found == names
    if names == ("National Desk",):
        assert kinds == [("National Desk", "organization")]


def test_a_one_word_author_named_like_the_host_is_the_site() -> None:
    head = meta("Harbournews") + '<meta property="og:url" content="https://harbournews.example/a">'
    assert authors(page(head=head))[2] == [("Harbournews", "organization")]
    # a writer whose own site carries their full name stays a person
    head = meta("Anna Roe") + '<meta property="og:url" content="https://annaroe.example/a">'
    assert authors(page(head=head))[2] == [("Anna Roe", "person")]


def test_json_ld_authors_come_first_with_their_types() -> None:
    data = (
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Anna Roe"}, '
        '{"@type": "Organization", "name": "Harbour Gazette"}]}'
    )
    head = f'<script type="application/ld+json">{data}</script>' + meta("Someone Else")
    assert authors(page(head=head)) == (("Anna Roe",), "json-ld", [("Anna Roe", "person")])


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ('<a rel="author" href="/anna">Anna Roe</a>', "rel-author"),
        (
            '<span itemprop="author" itemscope><span itemprop="name">Anna Roe</span></span>',
            "microdata",
        ),
        ('<p class="byline">By Anna Roe | March 3, 2031 10:00</p>', "byline"),
        ('<div class="author-name">Anna Roe</div>', "byline"),
    ],
)
def test_other_sources_in_order(header: str, source: str) -> None:
    assert authors(page(header=header))[:2] == (("Anna Roe",), source)


def test_a_byline_widget_leaves_its_site_and_follow_prompt() -> None:
    header = '<p class="byline">By Anna Roe harbournews.com Follow</p>'
    assert authors(page(header=header))[0] == ("Anna Roe",)


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # class words parted by underscores
        ('<div class="by_author_cls">By Anna Roe</div>', ("Anna Roe",)),
        ('<span class="article-info__authors">Текст: Анна Рой</span>', ("Анна Рой",)),
        # a bare name in a byline element
        ('<li class="byline">Anna B. Roe</li>', ("Anna B. Roe",)),
        # the label in an element of its own, the name in the next
        (
            (
                '<section class="byline"><span class="byline-tag">By</span>'
                '<span class="byline-content">Anna Roe</span> | March 3, 2031</section>'
            ),
            ("Anna Roe",),
        ),
        # a box holding the byline and its widget's links gives way to the byline
        (
            (
                '<div id="author-flyout"><p class="byline">By Ben Lee</p>'
                '<div class="author-links">View author archive. Get author feed</div></div>'
            ),
            ("Ben Lee",),
        ),
        # a list of like author elements stands for all of them
        (
            (
                '<span class="authors"><a class="author">Anna Roe</a>, '
                '<a class="author">Ben Lee</a></span>'
            ),
            ("Anna Roe", "Ben Lee"),
        ),
        # the date after the name, weekday and month first
        ('<h3 class="byline">by Anna Roe Monday, March 3, 2031</h3>', ("Anna Roe",)),
        ('<div class="author-date">By Anna Roe November 15, 2031</div>', ("Anna Roe",)),
        # a picture credit in an author field is no writer
        (
            (
                '<div class="field-authors">Photo by: Harbour Wire</div>'
                '<div class="node_author-inline">By: Anna Roe</div>'
            ),
            ("Anna Roe",),
        ),
    ],
)
def test_byline_elements_of_many_templates(header: str, names: tuple[str, ...]) -> None:
    assert authors(page(header=header))[:2] == (names, "byline")


def test_a_byline_glued_to_its_weekday_loses_the_weekday() -> None:
    header = '<p class="byline">By Anna RoeMonday, March 3</p>'
    assert authors(page(header=header))[0] == ("Anna Roe",)


@pytest.mark.parametrize(
    "header",
    [
        '<p class="byline">Share this story</p>',  # no label, no author class
        '<div class="author-bio">Anna Roe writes about harbours.</div>',  # a bio box
        '<p class="byline">By admin</p>',  # a user name
        '<p class="byline">By Guest</p>',  # a placeholder
        # the author of a claim a page checks, described in lower-case words
        '<h4 class="author">The Harbour and City port authorities</h4>',
        '<span class="item-img-author">Anna Roe © Harbour Gazette</span>',  # a photo credit
        '<a rel="author" href="/a/posts">Posts</a><a rel="author" href="/a/bio">Bio</a>',
    ],
)
def test_what_is_no_author(header: str) -> None:
    assert authors(page(header=header))[0] == ()
