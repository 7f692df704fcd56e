"""Picture credits of HTML pages: caption tails in many languages, credit attributes,
JSON-LD image objects, and the parties each names."""

from __future__ import annotations

from typing import Any

import pytest

from newsdoc.html import parse_html
from newsdoc.html.caption_labels import caption_tail_credit, credit_body
from newsdoc.html.credits import credit_strings
from newsdoc.options import ParseOptions

OPTIONS = ParseOptions()
PROSE = (
    "<p>The harbour council met on Monday and agreed to repair the old ferry pier before "
    "the winter storms, its chair said after the vote.</p>"
)


def credits_of(
    body: str, head: str = "", before: str = ""
) -> list[tuple[str, str | None, list[str]]]:
    html = f"<html><head>{head}</head><body>{before}<article>{PROSE}{body}</article></body></html>"
    article = parse_html(html)
    return [
        # a caption the text extraction keeps is credited in the text, with a span
        (credit.kind, credit.printed or credit.raw, [party.name for party in credit.parties])
        for credit in article.attributions
        if credit.kind in {"photo", "image"}
    ]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The bridge at dusk. Foto: Jane Roe/dpa", "Foto: Jane Roe/dpa"),
        ("Le port au matin. Crédit : AFP", "Crédit : AFP"),
        ("A quiet harbourCredit: Acme Daily", "Credit: Acme Daily"),
        ("港の朝。写真：共同", "写真：共同"),
        ("El puerto al alba. Fuente: Acme Noticias", "Fuente: Acme Noticias"),
        ("The probe near the ring. (Source: Acme Space Agency)", "(Source: Acme Space Agency)"),
        ("The harbour at dawn [File: Acme Wire]", "[File: Acme Wire]"),
        ("The mayor at the hall. 27-06-2012 | Efe", "Efe"),
        ("The senator speaks. Jane Roe / AP file", "Jane Roe / AP file"),
        # a photographer's name and a comma before a bare agency belong to the credit
        ("The old pier at dusk. Jane Roe, AFP", "Jane Roe, AFP"),
        ("Jane Roe, Associated Press", "Jane Roe, Associated Press"),
        # a caption's own words before the comma do not
        ("The mayor of Acme, AFP", "AFP"),
    ],
)
def test_caption_tails_that_credit_the_picture(caption: str, credit: str) -> None:
    assert caption_tail_credit(caption, OPTIONS) == credit


@pytest.mark.parametrize(
    "caption",
    [
        "Image: The mayor has agreed a deal to stay for another term at the club",
        "The river in 2014 - a quiet year",
        "Time: 10:30",
        "Members of the council / the chair",
        "Source: interviews with forty residents of the valley, 2019, and Acme archives",
        "The ferry pier before the repairs",
    ],
)
def test_caption_tails_that_are_not_credits(caption: str) -> None:
    assert caption_tail_credit(caption, OPTIONS) is None


@pytest.mark.parametrize(
    ("credit", "body"),
    [
        ("[Foto: Jane Roe/dpa]", "Jane Roe/dpa"),
        ("Photographer: Jane Roe/Acme", "Jane Roe/Acme"),
        ("Credit...Jane Roe/Acme Times", "Jane Roe/Acme Times"),
        ("Courtesy of Acme Museum", "Acme Museum"),
        ("Photos by Jane Roe", "Jane Roe"),
        ("Leonie Roe / Reuters file", "Leonie Roe / Reuters"),
    ],
)
def test_credit_bodies_lose_their_labels(credit: str, body: str) -> None:
    assert credit_body(credit) == body


def test_a_figcaption_tail_in_german_is_a_photo_credit_with_both_parties() -> None:
    caption = "Die Brücke am Abend. Foto: Jane Roe/dpa"
    body = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    assert credits_of(body) == [("photo", "Foto: Jane Roe/dpa", ["Jane Roe", "dpa"])]


def test_a_data_credit_attribute_is_a_credit_and_an_email_is_not_a_party() -> None:
    body = "<figure><img src='a.jpg' data-credit='Jane Roe | jroe@example.com'></figure>"
    assert credits_of(body) == [("photo", "Jane Roe | jroe@example.com", ["Jane Roe"])]


def test_switch_like_data_credit_values_are_not_credits() -> None:
    assert credits_of("<figure><img src='a.jpg' data-credit='true'></figure>") == []


def test_json_ld_image_objects_give_their_credit_text() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": '
        '{"@type": "ImageObject", "url": "https://img.example/a.jpg", '
        '"creditText": "Jane Roe/Acme Wire", "author": {"name": "Ann Lee"}}}</script>'
    )
    assert credits_of("", head=head) == [("photo", "Jane Roe/Acme Wire", ["Jane Roe", "Acme Wire"])]


def test_json_ld_copyright_holder_when_no_credit_text() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "ImageObject", '
        '"copyrightHolder": {"@type": "Organization", "name": "Acme Pictures"}}</script>'
    )
    assert credits_of("", head=head) == [("photo", "Acme Pictures", ["Acme Pictures"])]


@pytest.mark.parametrize(
    ("printed", "parties"),
    [
        ("Photo: Jane Roe and Ann Lee", ["Jane Roe", "Ann Lee"]),
        ("Foto: The Globe and Anchor", ["The Globe and Anchor"]),
        ("Foto: Acme, Inc.", ["Acme, Inc"]),
        ("Foto: Acme Media plc", ["Acme Media plc"]),
        ("Photo: getty", ["Getty Images"]),
        ("Photo: ana_roe / Getty Images", ["ana_roe", "Getty Images"]),
        ("Photo by Jane Roe for Acme Weekly", ["Jane Roe", "Acme Weekly"]),
        ("Photo: Jane Roe via AFP", ["Jane Roe", "AFP"]),
    ],
)
def test_the_parties_a_credit_element_names(printed: str, parties: list[str]) -> None:
    credit = f"<span class='credit'>{printed}</span>"
    before = f"<figure><img src='a.jpg'><figcaption>{credit}</figcaption></figure>"
    assert credits_of("", before=before) == [("photo", printed, parties)]


def figure(caption: str, image_attributes: str = "") -> str:
    """An invented figure: a picture and its caption markup."""
    return (
        f"<figure><img src='a.jpg' {image_attributes}><figcaption>{caption}</figcaption></figure>"
    )


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Der See am Morgen. © Acme Medien | Jan Roe", "© Acme Medien | Jan Roe"),
        ("The pier in 1978. Credit Jan W. Roe/The Acme Times", "Credit Jan W. Roe/The Acme Times"),
        ("The vote in May. Image copyright Acme Wire", "Image copyright Acme Wire"),
        ("El ministro en la capital. EFE/ Jan Roe", "EFE/ Jan Roe"),
        ("Die Brücke am Mittag IMAGO / Jan Roe", "IMAGO / Jan Roe"),
        ("The storm outlook for Friday. (NOAA/Acme Centre)", "(NOAA/Acme Centre)"),
        ("The lander on the plain [Acme Space via Acme Agency]", "[Acme Space via Acme Agency]"),
        ("Le port au matin DR", "DR"),
        ("Rynek o świcie. fot. Jan Kowalski", "fot. Jan Kowalski"),
        ("서울의 아침. 사진=연합뉴스", "사진=연합뉴스"),
        ("Satama aamulla. Kuva: Jan Roe / Lehtikuva", "Kuva: Jan Roe / Lehtikuva"),
        ("The pier at dawn. Foto: Jan Roe/AP Show more", "Foto: Jan Roe/AP"),
        ("The pier at noon. Jane Roe / AFP via Getty Images", "Jane Roe / AFP via Getty Images"),
        ("The mayor in Springfield, Ill. AP", "AP"),
        ("Posters from the campaign. (harbour-pier.org)", "(harbour-pier.org)"),
        # a person's name alone in brackets after the caption's sentence
        ("Prices may rise in the new year. (Jane Roe)", "(Jane Roe)"),
        ("The pier at dusk. (Jan P. Roe)", "(Jan P. Roe)"),
    ],
)
def test_more_caption_tails_that_credit_the_picture(caption: str, credit: str) -> None:
    assert caption_tail_credit(caption, OPTIONS) == credit


@pytest.mark.parametrize(
    "caption",
    [
        "The minister in the old town, 21 May. (Jerusalem)",
        "The harbour (left) and the pier (right)",
        "The mayor spoke to AFP",
        "The pier at dawn (2019)",
        "The pier at dawn. (file)",
        "The pier at dawn. (File Photo)",
        "The minister in the old town. (New York)",
        "The winner of the race (Jane Roe)",  # no sentence ends before it: who is shown
        "© is the sign the council chose, and the mayor explained why at length on Monday",
    ],
)
def test_more_caption_tails_that_are_not_credits(caption: str) -> None:
    assert caption_tail_credit(caption, OPTIONS) is None


def test_a_credit_element_beside_a_picture_outside_a_figure() -> None:
    body = "<div class='photo'><img src='a.jpg'><div class='credit'>Jan Roe/AP</div></div>"
    # outside the article the page's text may carry it too: the credit is there once
    found = [(kind, parties) for kind, _, parties in credits_of("", before=body)]
    assert found == [("photo", ["Jan Roe", "AP"])]


def test_a_credit_element_in_the_footer_is_the_site_notice() -> None:
    before = (
        "<footer><div><img src='logo.png'><span class='copyright'>© Acme Media</span></div>"
        "</footer>"
    )
    assert credits_of("", before=before) == []


@pytest.mark.parametrize(
    ("element", "printed"),
    [
        (
            figure("The pier. <span class='author'>EFE/ Jan Roe</span>"),
            "EFE/ Jan Roe",
        ),
        (
            "<div><img src='a.jpg'><p class='image--author'>Foto: Acme Wire</p></div>",
            "Foto: Acme Wire",
        ),
        (
            "<div><img src='a.jpg'><span class='caption_author'>Jan Roe/EFE</span></div>",
            "Jan Roe/EFE",
        ),
        (
            "<div><img src='a.jpg'><span class='c-picture__source'>Jan Roe, Acme Co</span></div>",
            "Jan Roe, Acme Co",
        ),
        (
            (
                "<span class='image'><img src='a.jpg'></span><span class='caption'>"
                "<span class='attribution'>© Jan Roe</span> The pier at dusk.</span>"
            ),
            "© Jan Roe",
        ),
    ],
)
def test_source_and_author_classes_credit_a_picture_in_a_caption(
    element: str, printed: str
) -> None:
    assert [credit[1] for credit in credits_of("", before=element)] == [printed]


@pytest.mark.parametrize(
    "element",
    [
        "<div class='author-media'><img src='face.jpg'><span>Jan Roe</span></div>",
        "<div class='hero-authorName'>Jan Roe</div>",
        figure("<span class='byline'>12 May 2024 at 10:30</span>"),
        "<div class='content-header__accreditation'>Our harbour, our town.</div>",
        # an attribution outside any caption is the source of a quote or a story
        "<blockquote>Tides wait for no one.<cite class='attribution'>Jan Roe</cite></blockquote>",
    ],
)
def test_author_boxes_dates_and_accreditations_are_not_credits(element: str) -> None:
    assert credits_of("", before=element) == []


def test_a_byline_author_in_a_figure_is_not_the_picture_credit() -> None:
    head = '<meta name="author" content="Marta Kowalski">'
    body = figure("<span class='author'>Marta Kowalski</span>")
    assert credits_of("", head=head, before=body) == []


def test_a_credit_element_holding_a_caption_gives_the_credit_closing_it() -> None:
    body = (
        "<div class='article-image-photographer'>The probe above the ice plains. "
        "(Acme Space Centre/Jan Roe)</div>"
    )
    assert credits_of("", before=body) == [
        ("photo", "(Acme Space Centre/Jan Roe)", ["Acme Space Centre", "Jan Roe"])
    ]


def test_a_distributor_after_a_credit_element_is_read_with_it() -> None:
    caption = (
        "<span class='caption'>The square at noon.</span> <span class='credit'>Photo by Jan Roe"
        "</span> /<span class='distributor'>AFP via Getty Images</span>"
    )
    body = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    assert credits_of("", before=body) == [
        ("photo", "Photo by Jan Roe / AFP via Getty Images", ["Jan Roe", "AFP", "Getty Images"])
    ]


def test_an_agency_credit_element_is_a_photo_credit_not_wire_copy() -> None:
    body = figure("<span class='credit'>Reuters</span>")
    assert credits_of("", before=body) == [("photo", "Reuters", ["Reuters"])]


def test_json_ld_image_in_a_graph_and_untyped_under_image() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"author": {"name": "Ann Lee"}, "image": {"url": "https://img.example/a.jpg", '
        '"copyrightNotice": "Acme Pictures"}}, {"@type": "ImageObject", '
        '"creator": {"@type": "Person", "name": "Ann Lee"}}]}</script>'
    )
    assert credits_of("", head=head) == [("photo", "Acme Pictures", ["Acme Pictures"])]


def test_empty_json_ld_credit_marks_are_not_credits() -> None:
    head = '<script type="application/ld+json">{"@type": "ImageObject", "creditText": "-"}</script>'
    assert credits_of("", head=head) == []


def test_a_picture_meta_tag_credits_the_picture_and_a_page_copyright_does_not() -> None:
    head = (
        '<meta property="og:image:credit" content="Jan Roe/Acme Wire">'
        '<meta name="copyright" content="Acme Media Group">'
    )
    assert credits_of("", head=head) == [("photo", "Jan Roe/Acme Wire", ["Jan Roe", "Acme Wire"])]


def test_markup_repeating_a_printed_credit_is_merged() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "ImageObject", "creditText": "Jan Roe"}'
        "</script>"
    )
    body = figure("<span class='credit'>Photo: Jan Roe/AFP</span>", "data-credit='Jan Roe / AFP'")
    assert credits_of("", head=head, before=body) == [
        ("photo", "Photo: Jan Roe/AFP", ["Jan Roe", "AFP"])
    ]


def test_copyright_years_are_no_party() -> None:
    assert credit_body("© 2014 Acme Studios") == "Acme Studios"
    assert credit_body("Copyright © Acme Studios 2026") == "Acme Studios"


def test_a_source_element_in_a_picture_box_is_a_credit() -> None:
    before = (
        "<span class='image on-image'><img src='a.jpg'><span class='source'>Jan Roe/AFP</span>"
        "<span class='caption'>The pier at dusk</span></span>"
    )
    assert credits_of("", before=before) == [("photo", "Jan Roe/AFP", ["Jan Roe", "AFP"])]


def test_a_labelled_credit_names_the_picture_even_when_read_as_a_byline() -> None:
    head = '<meta name="author" content="Marta Kowalski © Acme Wire">'
    before = figure("<span class='author'>Foto: Marta Kowalski © Acme Wire</span>")
    assert credits_of("", head=head, before=before) == [
        ("photo", "Foto: Marta Kowalski © Acme Wire", ["Marta Kowalski", "Acme Wire"])
    ]


def test_a_source_element_repeating_a_credit_element_is_one_credit() -> None:
    before = figure(
        "<span class='image-copyright'>Bild: Acme Wire/Jan Roe</span>"
        "<span class='source'>Acme Wire/Jan Roe</span>"
    )
    assert credits_of("", before=before) == [
        ("image", "Bild: Acme Wire/Jan Roe", ["Acme Wire", "Jan Roe"])
    ]


def test_a_credit_of_two_sentences_names_the_parties_of_both() -> None:
    before = figure("<span class='credit'>Animation by Jane Roe. Photo by Acme Pictures.</span>")
    assert credits_of("", before=before) == [
        ("photo", "Animation by Jane Roe. Photo by Acme Pictures.", ["Jane Roe", "Acme Pictures"])
    ]


@pytest.mark.parametrize(
    ("body", "head", "source"),
    [
        # a caption tail the text parser leaves to the caption reader
        (
            figure("Die Brücke am Mittag IMAGO / Jan Roe"),
            "",
            "caption",
        ),
        (
            "<figure><img src='a.jpg'><span class='credit'>Jane Roe/Acme Wire</span></figure>",
            "",
            "element",
        ),
        ("<figure><img src='a.jpg' data-credit='Jane Roe/Acme Wire'></figure>", "", "attribute"),
        (
            "",
            (
                '<script type="application/ld+json">{"@type": "ImageObject", '
                '"creditText": "Jane Roe/Acme Wire"}</script>'
            ),
            "json-ld",
        ),
        ("", '<meta property="og:image:credit" content="Jane Roe/Acme Wire">', "meta"),
    ],
)
def test_each_markup_credit_says_where_it_was_read(body: str, head: str, source: str) -> None:
    html = f"<html><head>{head}</head><body><article>{PROSE}{body}</article></body></html>"
    credits = [credit for credit in parse_html(html).attributions if credit.span is None]
    assert [credit.source for credit in credits] == [source]


def test_a_credit_in_the_text_has_a_span_and_no_markup_source() -> None:
    credit = "<p>(Reporting by Jane Roe; Editing by Ann Lee)</p>"
    html = f"<html><body><article>{PROSE}{credit}</article></body></html>"
    credits = parse_html(html).attributions
    assert credits
    assert all(credit.span is not None and credit.source is None for credit in credits)


@pytest.mark.parametrize(
    ("caption", "parties"),
    [
        ("Courtesy of Harbourchimp's Instagram page", ["Harbourchimp"]),
        ("The old pier. Courtesy of the Harbour Trust", ["Harbour Trust"]),
    ],
)
def test_courtesy_captions_credit_the_owner(caption: str, parties: list[str]) -> None:
    figure = f"<figure><img src='pier.jpg'><figcaption>{caption}</figcaption></figure>"
    assert [credit[2] for credit in credits_of(figure + PROSE)] == [parties]


@pytest.mark.parametrize(
    ("body", "credit"),
    [
        # a caption box beside the picture, the credit in a smaller caption inside it
        (
            (
                '<div class="photo"><p><img src="a.jpg"></p><span class="newsCaption">The pier'
                ' at dusk <span class="caption">(Image: Acme Wire)</span></span></div>'
            ),
            "(Image: Acme Wire)",
        ),
        # a caption box whose class only contains the word, with a bracketed credit
        (
            (
                '<div class="postpicture"><img src="a.jpg"><div class="postpicturecaption">Has'
                " the ferry left? [Reuters]</div></div>"
            ),
            "[Reuters]",
        ),
        # a caption box that wraps its picture
        (
            (
                '<div class="wp-caption"><p class="wp-caption-text"><img src="a.jpg"> The old'
                " pier at dusk. Jane Roe/Getty Images</p></div>"
            ),
            "Jane Roe/Getty Images",
        ),
        # a WordPress-style caption paragraph with a labelled tail
        (
            (
                '<div class="post-thumbnail"><img src="a.jpg"><p class="wp-caption-text">The'
                " old pier | Bildquelle: Acme Hafen</p></div>"
            ),
            "Bildquelle: Acme Hafen",
        ),
    ],
)
def test_caption_boxes_outside_figcaption_give_their_credit(body: str, credit: str) -> None:
    assert list(credit_strings(_root(body), OPTIONS)) == [credit]


@pytest.mark.parametrize(
    "body",
    [
        # a caption box with no picture near it is no picture's caption
        '<div class="sidebar"><div class="caption">Latest news [Reuters]</div></div>',
        # a caption without a credit gives nothing
        '<div class="photo"><img src="a.jpg"><span class="caption">The old pier.</span></div>',
        # a caption control
        '<div class="photo"><img src="a.jpg"><button class="caption-close">Close</button></div>',
    ],
)
def test_caption_boxes_that_give_no_credit(body: str) -> None:
    assert list(credit_strings(_root(body), OPTIONS)) == []


def _root(body: str) -> Any:
    from lxml import html as lxml_html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return lxml_html.fromstring(f"<html><body><article>{PROSE}{body}</article></body></html>")
