"""Picture credits of HTML pages: caption tails in many languages, credit attributes,
JSON-LD image objects, and the parties each names."""

from __future__ import annotations

import pytest

from newsdoc.html import parse_html
from newsdoc.html.caption_labels import caption_tail_credit, credit_body
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
        (credit.kind, credit.printed, [party.name for party in credit.parties])
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
        ("Photo by Jane Roe for Acme Weekly", ["Jane Roe", "Acme Weekly"]),
        ("Photo: Jane Roe via AFP", ["Jane Roe", "AFP"]),
    ],
)
def test_the_parties_a_credit_element_names(printed: str, parties: list[str]) -> None:
    credit = f"<span class='credit'>{printed}</span>"
    before = f"<figure><img src='a.jpg'><figcaption>{credit}</figcaption></figure>"
    assert credits_of("", before=before) == [("photo", printed, parties)]
