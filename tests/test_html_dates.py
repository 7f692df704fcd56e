"""Publication dates of pages whose markup states none, and pages whose bytes or
structure lie: each source and each fault on a page of its own."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsdoc.html import decode, metadata, parse_html
from newsdoc.html.page_dates import printed_date, url_date

PROSE = (
    "<p>The harbour council met on Monday and agreed to repair the old ferry pier before "
    "the winter storms, its chair said after the vote.</p>"
)


def page(body: str = "", head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}{PROSE}</article></body></html>"


def published(html: str | bytes, **kwargs: object) -> tuple[object, str | None]:
    article = parse_html(html, **kwargs)  # type: ignore[arg-type]
    date = article.metadata.published
    return (date.value, date.source) if date is not None else (None, None)


@pytest.mark.parametrize(
    ("key", "value"),
    [("uploadDate", "2024-03-03"), ("dateCreated", "2024-03-03T08:00:00+01:00")],
)
def test_json_ld_stand_ins_for_date_published(key: str, value: str) -> None:
    data = f'{{"@type": "VideoObject", "{key}": "{value}"}}'
    day, source = published(page(head=f'<script type="application/ld+json">{data}</script>'))
    assert source == "json-ld"
    assert str(day).startswith("2024-03-03")


def test_date_published_wins_over_its_stand_ins() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateCreated": "2024-03-01", "datePublished": "2024-03-02"}</script>'
    )
    assert published(page(head=head)) == (dt.date(2024, 3, 2), "json-ld")


def test_a_publication_meta_wins_over_a_json_ld_stand_in() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateCreated": "2024-03-04T03:00:00+00:00"}</script>'
        '<meta property="article:published_time" content="2024-03-03T22:00:00-05:00">'
    )
    day, source = published(page(head=head))
    assert source == "meta:article:published_time"
    assert day == dt.datetime(2024, 3, 3, 22, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_video_inside_a_story_does_not_date_the_story() -> None:
    data = (
        '{"@type": "NewsArticle", "headline": "Ferry pier repaired", '
        '"video": {"@type": "VideoObject", "uploadDate": "2023-11-02"}}'
    )
    head = f'<script type="application/ld+json">{data}</script>'
    head += '<meta name="pubdate" content="2024-03-03">'
    assert published(page(head=head)) == (dt.date(2024, 3, 3), "meta:pubdate")


@pytest.mark.parametrize("name", ["bt:pubDate", "acme:recs:publishtime", "DC.date.created"])
def test_vendor_publication_metas(name: str) -> None:
    head = f'<meta name="{name}" content="2024-03-03">'
    assert published(page(head=head)) == (dt.date(2024, 3, 3), f"meta:{name.lower()}")


def test_modified_vendor_metas_are_not_publication_dates() -> None:
    head = '<meta name="acme:publish-modified" content="2024-03-09">'
    # newsdoc's own reading skips it; only the last-resort reading may still take it
    assert published(page(head=head))[1] in {None, "htmldate"}


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2024/03/03/ferry.html", dt.date(2024, 3, 3)),
        ("https://news.example/2023-11-05-ferry-pier", dt.date(2023, 11, 5)),
        ("https://news.example/2024/03/ferry", None),
        ("https://news.example/2024/13/40/ferry", None),
        ("https://news.example/1990/01/01/ferry", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, day: dt.date | None) -> None:
    assert url_date(url) == day


def test_the_url_path_dates_a_page_with_no_stated_date() -> None:
    url = "https://news.example/local/2024/03/03/ferry-pier.html"
    assert published(page(), url=url) == (dt.date(2024, 3, 3), "url")


def test_the_canonical_link_dates_a_page_too() -> None:
    head = '<link rel="canonical" href="https://news.example/2022/07/14/ferry">'
    assert published(page(head=head)) == (dt.date(2022, 7, 14), "url")


def test_markup_beats_the_url_path() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T09:00:00+00:00">'
    day, source = published(page(head=head), url="https://news.example/2024/03/03/x")
    assert source == "meta:article:published_time"
    assert isinstance(day, dt.datetime)
    assert day.date() == dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "printed",
    [
        '<p class="byline-date">Published 12 March 2024</p>',
        '<span class="date">March 12, 2024</span>',
        "<time>12 March 2024</time>",
        '<abbr class="published" title="2024-03-12">12 March</abbr>',
        '<span class="datum">12. März 2024</span>',
        '<span class="date">le 12 mars 2024</span>',
        '<span class="fecha">12 de marzo de 2024</span>',
        '<span class="date">2024年3月12日</span>',
        '<span class="post-date">2024.03.12</span>',
    ],
)
def test_a_printed_date_dates_a_page_with_no_markup(printed: str) -> None:
    # newsdoc's own reading: of the page's date element, or of the text when the
    # extractor keeps the header line in the main text
    html = page().replace("<body>", f'<body><header><div class="top">{printed}</div></header>')
    day, source = published(html)
    assert source in {"printed", "date-header"}
    assert str(day).startswith("2024-03-12")


@pytest.mark.parametrize(
    "printed",
    [
        '<span class="updated">Updated 14 March 2024</span>',  # an update, not the publication
        '<span class="date">03/04/2024</span>',  # reads both ways
        '<span class="date">12 March</span>',  # no year
        '<div class="comment-date">12 March 2024</div>',  # a reader's comment
    ],
)
def test_printed_dates_that_are_not_the_publication_are_skipped(printed: str) -> None:
    html = page().replace("<body>", f'<body><header><div class="top">{printed}</div></header>')
    assert published(html)[1] != "printed"


def test_a_date_printed_in_an_embedded_post_is_the_posts() -> None:
    post = (
        '<blockquote class="bluesky-embed"><p>The pier is open again.</p>'
        '<span class="date">2 March 2024</span></blockquote>'
    )
    own = '<p class="byline-date">Published 12 March 2024</p>'
    tree = lxml.html.fromstring(page().replace("<body>", f"<body><main>{post}{own}</main>"))
    assert printed_date(tree) == dt.date(2024, 3, 12)
    # with no date of the page's own, the post's date dates nothing
    assert printed_date(lxml.html.fromstring(page().replace("<body>", f"<body>{post}"))) is None


def test_the_url_day_wins_over_another_printed_day() -> None:
    html = page().replace("<body>", '<body><header><span class="date">9 March 2024</span></header>')
    url = "https://news.example/2024/03/03/ferry-pier"
    assert published(html, url=url) == (dt.date(2024, 3, 3), "url")


def test_htmldate_reads_what_newsdocs_own_reader_cannot() -> None:
    # a data attribute is no printed date and no markup newsdoc reads; htmldate takes it
    html = page().replace("<body>", '<body><div data-published="2024-03-12"></div>')
    assert published(html) == (dt.date(2024, 3, 12), "htmldate")


def test_a_date_printed_in_the_text_is_the_date_header_first() -> None:
    html = page(body="<p>March 12, 2024</p>")
    assert published(html) == (dt.date(2024, 3, 12), "date-header")


def test_a_page_with_no_date_anywhere_has_none() -> None:
    assert published(page(body="<h1>Ferry pier to be repaired</h1>")) == (None, None)


def test_dates_past_the_latest_bound_are_not_dates() -> None:
    html = page().replace("<body>", '<body><span class="date">March 12, 2150</span>')
    assert published(html) == (None, None)


@pytest.mark.parametrize(
    "label", ["rot13", "base64", "hex", "zlib", "undefined", "unicode_escape", "x-made-up"]
)
def test_charsets_that_are_not_text_encodings_are_ignored(label: str) -> None:
    html = page().replace("harbour", "café harbour")
    data = f'<meta charset="{label}">{html}'.encode("cp1252")
    article = parse_html(data)
    assert "café harbour" in article.text
    assert "html-charset-ignored" in {d.code for d in article.diagnostics}


def test_a_utf16_meta_on_a_byte_page_is_read_as_utf8() -> None:
    data = ('<meta charset="utf-16">' + page().replace("harbour", "café harbour")).encode()
    article = parse_html(data)
    assert "café harbour" in article.text
    assert not article.diagnostics or "html-charset-ignored" not in {
        d.code for d in article.diagnostics
    }


def test_whatwg_labels_are_read_as_browsers_read_them() -> None:
    data = ('<meta charset="latin1">' + page()).encode().replace(b"harbour", b"\x93harbour\x94")
    assert "“harbour”" in parse_html(data).text


def test_nesting_deeper_than_the_parser_follows_is_flattened() -> None:
    depth = 3_000
    html = page(
        body="<div>" * depth + "<p>The deepest line of the ferry story.</p>" + "</div>" * depth
    )
    article = parse_html(html)
    assert "The deepest line of the ferry story." in article.text
    assert "html-too-deep" in {d.code for d in article.diagnostics}


def test_ordinary_nesting_is_not_flattened() -> None:
    html = page(body="<div>" * 300 + "<p>A deep but real line.</p>" + "</div>" * 300)
    article = parse_html(html)
    assert "A deep but real line." in article.text
    assert "html-too-deep" not in {d.code for d in article.diagnostics}


def test_pages_over_the_size_cap_are_cut_with_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = page()
    monkeypatch.setattr(decode, "MAX_PAGE_CHARS", len(html) - 20)
    article = parse_html(html)
    assert "html-truncated" in {d.code for d in article.diagnostics}
    assert "harbour council" in article.text


def _dated(html: str, **kwargs: object) -> tuple[dt.date, dt.date | None]:
    found = parse_html(html, **kwargs).metadata.published  # type: ignore[arg-type]
    assert found is not None
    return found.day, found.local_day


UTC_EVENING = '<meta property="article:published_time" content="2024-03-04T02:10:00Z">'


def test_the_same_instant_with_the_pages_offset_gives_its_day() -> None:
    body = '<time datetime="2024-03-03T21:10:00-05:00">March 3, 2024</time>'
    assert _dated(page(body=body, head=UTC_EVENING)) == (dt.date(2024, 3, 3), dt.date(2024, 3, 3))


def test_the_url_day_gives_the_evening_before() -> None:
    url = "https://news.example/2024/03/03/ferry-pier"
    assert _dated(page(head=UTC_EVENING), url=url) == (dt.date(2024, 3, 3), dt.date(2024, 3, 3))


def test_the_instant_itself_is_kept_as_written() -> None:
    url = "https://news.example/2024/03/03/ferry-pier"
    found = parse_html(page(head=UTC_EVENING), url=url).metadata.published
    assert found is not None
    assert found.value == dt.datetime(2024, 3, 4, 2, 10, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("stamp", "url"),
    [
        # a UTC instant late in the day is the same day in the Americas
        ("2024-03-04T15:10:00Z", "https://news.example/2024/03/03/ferry-pier"),
        # an instant written with its own offset is already the page's day
        ("2024-03-04T02:10:00+01:00", "https://news.example/2024/03/03/ferry-pier"),
        # a URL two days before is some other date, not the evening before
        ("2024-03-04T02:10:00Z", "https://news.example/2024/03/02/ferry-pier"),
        # no evidence of the page's zone
        ("2024-03-04T02:10:00Z", None),
    ],
)
def test_the_stated_day_stays_without_evidence_of_another(stamp: str, url: str | None) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    assert _dated(page(head=head), url=url) == (dt.date(2024, 3, 4), None)


def test_a_stamp_of_another_instant_is_no_evidence() -> None:
    body = '<time datetime="2024-03-02T09:00:00-05:00">March 2, 2024</time>'
    assert _dated(page(body=body, head=UTC_EVENING)) == (dt.date(2024, 3, 4), None)


def test_the_day_of_a_date_value_is_the_date() -> None:
    from newsdoc.models import MetadataDate

    assert MetadataDate(value=dt.date(2024, 3, 3), source="url").day == dt.date(2024, 3, 3)


def test_the_url_day_wins_over_a_date_read_from_the_text() -> None:
    body = "<p>Tuesday, 14 May 2024 at 10:00</p>"
    assert published(page(body=body))[1] == "date-header"
    url = "https://news.example/2024/03/03/meetings"
    assert published(page(body=body), url=url) == (dt.date(2024, 3, 3), "url")


def test_a_date_header_that_agrees_with_the_url_is_kept() -> None:
    body = "<p>Published: 3 March 2024</p>"
    url = "https://news.example/2024/03/03/meetings"
    assert published(page(body=body), url=url)[1] == "date-header"


def test_a_page_with_only_an_update_time_takes_the_url_day() -> None:
    head = '<meta property="article:modified_time" content="2024-03-09T10:00:00+01:00">'
    url = "https://news.example/2024/03/03/ferry-pier"
    assert published(page(head=head), url=url) == (dt.date(2024, 3, 3), "url")


def test_an_update_time_is_not_taken_for_the_publication() -> None:
    head = '<meta property="article:modified_time" content="2024-03-09T10:00:00+01:00">'
    body = "<p class='byline'>Updated 9 March 2024</p>"
    article = parse_html(page(body=body, head=head))
    assert article.metadata.published is None
    assert article.metadata.updated is not None


@pytest.mark.parametrize(
    "element",
    [
        '<time pubdate datetime="2024-00-03T10:00:00Z">Sunday, March 3, 2024, 6:00 AM</time>',
        '<span itemprop="datePublished" content="2024-13-45">March 3, 2024</span>',
    ],
)
def test_a_malformed_machine_date_falls_back_to_the_printed_one(element: str) -> None:
    day, source = published(page(body=element))
    assert source in {"time", "microdata"}
    assert str(day).startswith("2024-03-03")


@pytest.mark.parametrize("name", [*metadata._PRIMARY_META, *metadata._SECONDARY_META])
def test_every_publication_meta_name_dates_a_page(name: str) -> None:
    head = f'<meta name="{name}" content="2024-03-03T10:00:00+01:00">'
    day, source = published(page(head=head))
    assert source == f"meta:{name}"
    assert str(day) == "2024-03-03 10:00:00+01:00"
