"""Embedded social posts: signatures, boundaries, fields, entities, negatives, cost."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

import newsdoc
from newsdoc import ParseOptions
from newsdoc.document import Document
from newsdoc.models import EmbeddedSocialPost
from newsdoc.parsers.social_posts import SocialPostParser
from newsdoc.social.urls import read_post_url, url_kind
from newsdoc.social.weights import tweet_limit, tweet_weight
from newsdoc.testing import check_invariants, marked


def _posts(text: str, options: ParseOptions | None = None) -> tuple[EmbeddedSocialPost, ...]:
    article = newsdoc.parse(text, options=options)
    check_invariants(article)
    return article.social_posts


def _only(text: str, options: ParseOptions | None = None) -> EmbeddedSocialPost:
    posts = _posts(text, options)
    assert len(posts) == 1, posts
    return posts[0]


# Each case: marked text (body and signature marked), then expected fields.
TWEETS = [
    pytest.param(
        "The talks went on.\n\nIn a late update, the ministry announced a pause in four"
        " cities from 10 am on Tuesday, March 8.\n\n"
        "⟦body:⚡️ @defence_min statement\n\n\n\nFrom 10:00 on March 8 the ministry declares"
        " a #truce and opens corridors (from Ashford, Brill, Cole).\n\n\n\n"
        "The full text:\n\n👉 https://t.co/qWeRtY12 pic.twitter.com/ZxCvB987⟧ "
        "⟦sig:— Foreign Office 🇬🇧 (@fo_office) March 7, 2022⟧\n\nOn Monday the talks resumed.",
        {"author_name": "Foreign Office 🇬🇧", "handle": "fo_office", "posted": dt.date(2022, 3, 7)},
        id="multi-paragraph-with-blank-runs",
    ),
    pytest.param(
        "Another user asked why anyone would bother.\n\n"
        "⟦body:I love that they registered it. Nobody will take it. https://t.co/AbCdEf12⟧"
        "\n\n⟦sig:— Pat Quill (@patquill_) November 18, 2019⟧\n\nThe state said nothing.",
        {"author_name": "Pat Quill", "handle": "patquill_", "posted": dt.date(2019, 11, 18)},
        id="signature-own-line",
    ),
    pytest.param(
        "Prose before.\n\n⟦body:New memo from the mayor: no plans to quit."
        " pic.twitter.com/Qw3Er4Ty⟧⟦sig:— Dan Oakes (@danoakes4) January 16, 2018⟧\n\nMore.",
        {"author_name": "Dan Oakes", "handle": "danoakes4", "posted": dt.date(2018, 1, 16)},
        id="dash-glued-to-link",
    ),
    pytest.param(
        "Prose.\n\n⟦body:Storm over the bay tonight #weather⟧ ⟦sig:– Lee Sato (@leesato)"
        " 3 June 2021⟧\n",
        {"author_name": "Lee Sato", "handle": "leesato", "posted": dt.date(2021, 6, 3)},
        id="en-dash-day-first",
    ),
    pytest.param(
        "Prose.\n\n⟦body:Ready for the final!⟧ ⟦sig:- Ola Berg (@olaberg) May 2, 2023⟧\n",
        {"author_name": "Ola Berg", "handle": "olaberg", "posted": dt.date(2023, 5, 2)},
        id="hyphen",
    ),
    pytest.param(
        "Prose.\n\n⟦body:Ready for the final!⟧  ⟦sig:— Ola Berg (＠olaberg) May 2, 2023⟧\n",
        {"author_name": "Ola Berg", "handle": "olaberg", "posted": dt.date(2023, 5, 2)},
        id="fullwidth-at-sign",
    ),
    pytest.param(
        "Prose.\n\n⟦body:Wir sind bereit. https://t.co/Zz9Yy8Xx⟧\n\n"
        "⟦sig:— Anna Müller (@annamueller) 7. März 2022⟧\n",
        {"author_name": "Anna Müller", "handle": "annamueller", "posted": dt.date(2022, 3, 7)},
        id="german-date",
    ),
    pytest.param(
        "Текст статьи.\n\n⟦body:Мы готовы к переговорам.⟧\n\n"
        "⟦sig:— Иван Петров 🇷🇺 (@ivanpetrov) 16 мая 2018 г.⟧\n",
        {"author_name": "Иван Петров 🇷🇺", "handle": "ivanpetrov", "posted": dt.date(2018, 5, 16)},
        id="russian-date-cyrillic-name",
    ),
    pytest.param(
        "記事。\n\n⟦body:本日は晴れです。⟧\n\n⟦sig:— 山田太郎 (@yamada_t) 2022年3月7日⟧\n",
        {"author_name": "山田太郎", "handle": "yamada_t", "posted": dt.date(2022, 3, 7)},
        id="japanese-date",
    ),
    pytest.param(
        "Cikk.\n\n⟦body:Ma este koncert!⟧\n\n⟦sig:— Kovács Éva (@kovacseva) 2019. július 30.⟧\n",
        {"author_name": "Kovács Éva", "handle": "kovacseva", "posted": dt.date(2019, 7, 30)},
        id="hungarian-date",
    ),
    pytest.param(
        "Mark Bell claimed on Wednesday that he had seen the damage first hand during his visit"
        " to the coast this week.⟦body:After seeing the damage first hand, my heart goes"
        " out to the people of the coast!⟧  ⟦sig:Mark Bell (@markbell) August 30, 2017⟧But"
        " the visit was short.",
        {"author_name": "Mark Bell", "handle": "markbell", "posted": dt.date(2017, 8, 30)},
        id="flattened-dash-lost",
    ),
    pytest.param(
        "Reactions poured in.\n\n⟦body:Embassy is open.\nQueues are long.\nBring papers."
        " #visa⟧\n\n⟦sig:— Consulate 🇵🇱 (@consulate_pl) April 1, 2024⟧",
        {"author_name": "Consulate 🇵🇱", "handle": "consulate_pl", "posted": dt.date(2024, 4, 1)},
        id="several-lines",
    ),
]


@pytest.mark.parametrize(("source", "expected"), TWEETS)
def test_tweet_signatures(source: str, expected: dict[str, object]) -> None:
    sample = marked(source)
    post = _only(sample.text)
    assert post.platform == "twitter"
    assert post.body == sample.span("body")
    assert post.signature == sample.span("sig")
    assert post.span is not None
    assert (post.span.start, post.span.end) == (sample.span("body").start, sample.span("sig").end)
    for field, value in expected.items():
        assert getattr(post, field) == value, field


def test_seed_like_post_entities() -> None:
    sample = marked(TWEETS[0].values[0])  # type: ignore[arg-type]
    post = _only(sample.text)
    kinds = [(entity.kind, entity.value, entity.url_kind) for entity in post.entities]
    assert kinds == [
        ("mention", "defence_min", None),
        ("hashtag", "truce", None),
        ("url", "https://t.co/qWeRtY12", "shortener"),
        ("url", "pic.twitter.com/ZxCvB987", "media"),
    ]
    assert post.url is None


def test_entities_cashtags_and_email() -> None:
    text = (
        "Prose.\n\nBuying $ACME at $10k, ask me@example.com #2 #Go2024 @desk"
        " https://example.org/a\n\n— Trader Joe (@trader) May 5, 2024"
    )
    post = _only(text)
    found = [(entity.kind, entity.raw, entity.url_kind) for entity in post.entities]
    assert found == [
        ("cashtag", "$ACME", None),
        ("hashtag", "#Go2024", None),
        ("mention", "@desk", None),
        ("url", "https://example.org/a", "other"),
    ]


def test_thread_of_consecutive_tweets() -> None:
    sample = marked(
        "Then came the replies.\n\n"
        "⟦b1:Power cut at the airport (1/2)⟧ ⟦s1:— Air Hub (@airhub) December 22, 2014⟧\n"
        "⟦b2:Power is back. Flights delayed (2/2)⟧ ⟦s2:— Air Hub (@airhub) December 22, 2014⟧\n"
    )
    posts = _posts(sample.text)
    assert [post.body for post in posts] == [sample.span("b1"), sample.span("b2")]
    assert [post.signature for post in posts] == [sample.span("s1"), sample.span("s2")]


def test_header_first_layout() -> None:
    sample = marked(
        "Prose paragraph.\n\n⟦sig:Ruth Adler @ruthadler⟧\n⟦body:Polls close at 8. Vote!"
        " #election⟧\n⟦date:9:41 PM · Nov 8, 2022⟧\n\nMore prose."
    )
    post = _only(sample.text)
    assert (post.author_name, post.handle) == ("Ruth Adler", "ruthadler")
    assert post.signature == sample.span("sig")
    assert post.body == sample.span("body")
    assert post.posted == dt.date(2022, 11, 8)


@pytest.mark.parametrize("host", ["twitter.com", "x.com", "mobile.twitter.com"])
def test_bare_status_url(host: str) -> None:
    url = f"https://{host}/ruthadler/status/1590123456789"
    post = _only(f"Prose.\n\n{url}\n\nMore prose.")
    assert (post.platform, post.handle, post.post_id, post.url) == (
        "twitter",
        "ruthadler",
        "1590123456789",
        url,
    )
    assert post.canonical_url == "https://twitter.com/ruthadler/status/1590123456789"


def test_status_url_below_signature_joins_the_post() -> None:
    text = (
        "Prose.\n\nPolls open now.\n\n— Ruth Adler (@ruthadler) November 8, 2022\n"
        "https://twitter.com/ruthadler/status/42424242\n\nMore."
    )
    post = _only(text)
    assert post.post_id == "42424242"
    assert post.raw is not None
    assert post.raw.endswith("42424242")


def test_embedded_tweet_leftover_bounds_the_body() -> None:
    sample = marked(
        "Prose.\n\nEmbedded Tweet\n\n\n⟦body:Doors open at nine.⟧\n\n"
        "⟦sig:— City Hall (@cityhall) June 1, 2021⟧"
    )
    assert _only(sample.text).body == sample.span("body")


def test_instagram_time_and_zone() -> None:
    sample = marked(
        "Prose.\n\nView this post on Instagram\n\n⟦body:Tickets out Saturday! #beer⟧"
        " ⟦sig:A post shared by Gator Brew (@gatorbrew) on Oct 12, 2017 at 3:56pm PDT⟧\n\nMore."
    )
    post = _only(sample.text)
    assert (post.platform, post.author_name, post.handle) == (
        "instagram",
        "Gator Brew",
        "gatorbrew",
    )
    assert post.body == sample.span("body")
    assert post.signature == sample.span("sig")
    assert isinstance(post.posted, dt.datetime)
    assert post.posted.utcoffset() == dt.timedelta(hours=-7)
    assert post.posted_timezone is not None
    assert post.posted_timezone.raw == "PDT"


def test_facebook_post_and_video_line() -> None:
    sample = marked(
        "Prose paragraph one.\n\n⟦body:We are open all weekend.⟧\n"
        "⟦sig:Posted by Corner Bakery on Saturday, March 5, 2022⟧\n\n"
        "Meanwhile the council met:\n\n⟦sig2:Posted by City Council on Monday, March 7, 2022⟧"
    )
    posts = _posts(sample.text)
    assert [post.platform for post in posts] == ["facebook", "facebook"]
    assert posts[0].body == sample.span("body")
    assert posts[0].author_name == "Corner Bakery"
    assert posts[0].handle is None
    assert posts[0].posted == dt.date(2022, 3, 5)
    assert posts[1].body is None
    assert posts[1].signature == sample.span("sig2")


@pytest.mark.parametrize(
    ("line", "platform", "post_id", "handle"),
    [
        ("https://www.youtube.com/watch?v=aBcDeFgHiJk", "youtube", "aBcDeFgHiJk", None),
        ("https://youtu.be/aBcDeFgHiJk", "youtube", "aBcDeFgHiJk", None),
        ("https://t.me/newsroom_ch/4521", "telegram", "4521", "newsroom_ch"),
        (
            "https://www.tiktok.com/@dancer.kim/video/7123456789012345678",
            "tiktok",
            "7123456789012345678",
            "dancer.kim",
        ),
        (
            "https://www.threads.net/@ruth.adler/post/C4xYz12AbCd",
            "threads",
            "C4xYz12AbCd",
            "ruth.adler",
        ),
        (
            "https://bsky.app/profile/ruth.bsky.social/post/3kabc123xyz",
            "bluesky",
            "3kabc123xyz",
            "ruth.bsky.social",
        ),
        (
            "https://mastodon.example/@ruth/111222333444",
            "mastodon",
            "111222333444",
            "ruth@mastodon.example",
        ),
        (
            "https://www.reddit.com/r/worldnews/comments/1ab2cd/some_title/",
            "reddit",
            "1ab2cd",
            None,
        ),
        (
            "https://truthsocial.com/@ruthadler/posts/111222333444555",
            "truthsocial",
            "111222333444555",
            "ruthadler",
        ),
        ("https://vimeo.com/123456789", "vimeo", "123456789", None),
    ],
)
def test_post_url_lines(line: str, platform: str, post_id: str, handle: str | None) -> None:
    post = _only(f"Prose above.\n\n{line}\n\nProse below.")
    assert (post.platform, post.post_id, post.handle, post.url) == (platform, post_id, handle, line)
    assert post.canonical_url is not None


def test_youtube_and_vimeo_titles() -> None:
    sample = marked(
        "Prose.\n\n⟦b1:Cats learn to surf⟧ ⟦s1:www.youtube.com⟧\n\n"
        "⟦b2:Night Lights – “A Short Film”⟧⟦s2:. from lena ortiz on Vimeo.⟧\n\nProse."
    )
    posts = _posts(sample.text)
    assert [(p.platform, p.body, p.signature) for p in posts] == [
        ("youtube", sample.span("b1"), sample.span("s1")),
        ("vimeo", sample.span("b2"), sample.span("s2")),
    ]
    assert posts[1].author_name == "lena ortiz"


def test_yearless_date_uses_reference_or_reports() -> None:
    text = "Prose.\n\nGame on!\n\n— Ken Ito (@kenito) March 7"
    assert _only(text, ParseOptions(reference_date=dt.date(2022, 3, 9))).posted == dt.date(
        2022, 3, 7
    )
    article = newsdoc.parse(text)
    assert article.social_posts[0].posted is None
    assert any(d.code == "post-date-without-year" for d in article.diagnostics)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor wrote on Twitter (@mayor_x) that the road would reopen on March 7, 2022.",
        "The mayor wrote on Twitter (@mayor_x) that the road would reopen.",
        "It was a cold day — John Smith, March 7, 2022, recalled the storm.",
        "Write to desk@example.com or tips@example.org by March 7, 2022.",
        "Ruth Adler tweeted that polls close at 8 #election.",
        "Read more:\n\nhttps://www.example-news.com/world/2022/03/07/talks-resume.html\n\nMore.",
        "Follow Ruth Adler @ruthadler\n\nProse.",
    ],
)
def test_negatives(text: str) -> None:
    assert _posts(text) == ()


def test_lead_in_line_is_not_the_body() -> None:
    sample = marked(
        "See the posts:\n\n⟦body:Senate resolves to:\nObserve a minute.⟧\n\n"
        "⟦sig:— Senate (@senate) October 9, 2018⟧"
    )
    assert _only(sample.text).body == sample.span("body")


def test_prose_paragraph_above_is_not_taken() -> None:
    sample = marked(
        "On a side note, the singer is a fan of the team.\n\n"
        "⟦body:NEW: singer at the game today pic.twitter.com/AbCdE12⟧"
        " — Fan Page (@fanpage) December 27, 2014\n"
    )
    assert _only(sample.text).body == sample.span("body")


def test_weights_and_urls() -> None:
    assert tweet_weight("a" * 10) == 10
    assert tweet_weight("日本語") == 6
    assert tweet_weight("🏳️‍🌈") == 2
    assert tweet_weight("see https://example.com/" + "x" * 100) == 27
    assert tweet_limit(dt.date(2016, 1, 1)) == 140
    assert tweet_limit(dt.date(2020, 1, 1)) == 280
    assert url_kind("https://bit.ly/abc") == "shortener"
    assert url_kind("https://twitter.com/a/status/1") == "post"
    assert read_post_url("https://www.example.com/a/status/1") is None


def _timed_parse(text: str, limit: float) -> float:
    result: list[float] = []

    def run() -> None:
        began = time.perf_counter()
        list(SocialPostParser().parse(Document(text)))
        result.append(time.perf_counter() - began)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(limit)
    assert result, f"parsing did not finish within {limit} s"
    return result[0]


@pytest.mark.parametrize(
    "text",
    [
        "@" * 10_000,
        "—" * 10_000,
        "(@a) " * 3_000,
        "— A (@a) March 7, 2022\n" * 2_000,
        "Jane Roe @janeroe\n" * 3_000,
        "A post shared by " * 1_000,
        "Posted by " * 2_000,
        "a.B: " * 4_000 + "— A (@a) March 7, 2022",
        "https://x.com/a/status/1\n" * 2_000,
    ],
)
def test_linear_cost(text: str) -> None:
    assert _timed_parse(text, 5.0) < 5.0
