"""What the bundled seed article must give, item by item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Article, Quote
from newsdoc.testing import check_invariants

SEED = Path(__file__).parent.parent / "seeds" / "000_2e2d49f80a362eee.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return newsdoc.parse(SEED.read_text(encoding="utf-8"))


def test_invariants(article: Article) -> None:
    check_invariants(article)


def test_date_header(article: Article) -> None:
    assert article.date_header is not None
    assert article.date_header.raw == "date 2022-03-08"
    assert article.date_header.value == dt.date(2022, 3, 8)


def test_heading(article: Article) -> None:
    assert [block.raw for block in article.headings] == ["Russia-Ukraine war"]


def test_the_tweet(article: Article) -> None:
    (post,) = article.social_posts
    assert post.platform == "twitter"
    assert post.author_name == "MFA Russia 🇷🇺"
    assert post.handle == "mfa_russia"
    assert post.posted == dt.date(2022, 3, 7)
    assert post.text is not None
    assert post.text.startswith("⚡️ @mod_russia statement")
    assert post.text.endswith("pic.twitter.com/8RrUCfR2HK")
    assert post.raw is not None
    assert post.raw.endswith("— MFA Russia 🇷🇺 (@mfa_russia) March 7, 2022")
    entities = [(entity.kind, entity.raw, entity.url_kind) for entity in post.entities]
    assert entities == [
        ("mention", "@mod_russia", None),
        ("hashtag", "#ceasefire", None),
        ("url", "https://t.co/tLeAQIIwXR", "shortener"),
        ("url", "pic.twitter.com/8RrUCfR2HK", "media"),
    ]
    for entity in post.entities:
        assert article.text[entity.span.start : entity.span.end] == entity.raw


def test_credits(article: Article) -> None:
    credits = [
        (credit.kind, credit.raw, [party.name for party in credit.parties])
        for credit in article.attributions
    ]
    assert credits == [
        ("wire", "(With ANI input)", ["ANI"]),
        ("image", "(Image: ANI/AP)", ["ANI", "AP"]),
    ]


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def test_direct_quotes(article: Article) -> None:
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert [(_speaker(q), q.text[:30]) for q in direct] == [
        ("Vladimir Medinsky", "The discussion continued on po"),
        ("Vladimir Medinsky", "To be honest, our expectations"),
    ]
    assert all(quote.raw[0] == '"' for quote in direct)


def test_scare_quote_is_not_speech(article: Article) -> None:
    assert not any("peacekeeping operation" in quote.text for quote in article.quotes)


@pytest.mark.parametrize(
    ("speaker", "start"),
    [
        ("Dmytro Kuleba", "he is ready for a serious conversation"),
        ("Dmytro Kuleba", "he is open to having talks"),
        ("Mykhailo Podolyak", "small progress in the logistics"),
        ("Mykhailo Podolyak", "the political block of the settlement"),
    ],
)
def test_indirect_quotes(article: Article, speaker: str, start: str) -> None:
    indirect = [
        (_speaker(quote), quote.text) for quote in article.quotes if quote.kind == "indirect"
    ]
    assert any(name == speaker and text.startswith(start) for name, text in indirect), indirect
