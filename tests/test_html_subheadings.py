"""Subheadings of HTML pages: the heading elements of the main content that head prose."""

from __future__ import annotations

from newsdoc import parse_html
from newsdoc.html.decode import load_page_tree
from newsdoc.html.subheadings import (
    class_tokens,
    heading_verdicts,
    is_prose,
    subheading_lexicon,
)

PARAGRAPHS = (
    (
        "<p>The harbour council met again on Monday evening and agreed to repair the old "
        "ferry pier before the winter storms arrive.</p>"
    ),
    (
        "<p>Work on the north wall starts next month, and the ferry will use the fishing "
        "quay until the repairs are finished in the spring.</p>"
    ),
    (
        "<p>Traders at the market said the closure would cost them custom, though most of "
        "them welcomed the repairs after years of delay.</p>"
    ),
    (
        "<p>The council will publish the full timetable for the works on its notice board "
        "at the station later this week, its chair said.</p>"
    ),
)


def _page(body: str, *, title: str = "Pier to be repaired", outside: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<header><h1>{title}</h1></header><article>{body}</article>{outside}</body></html>"
    )


def _headings(html: str) -> list[str]:
    return [block.raw for block in parse_html(html).headings]


def _headings_at(html: str, url: str) -> list[str]:
    return [block.raw for block in parse_html(html, url=url).headings]


def test_section_headings_between_prose_are_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    html = _page(f"{one}{two}<h2>The north wall</h2>{three}<h2>What comes next</h2>{four}")
    assert _headings(html) == ["The north wall", "What comes next"]


def test_the_title_repeated_is_not_a_subheading() -> None:
    one, two, three, _ = PARAGRAPHS
    body = f"<h1>Pier to be repaired</h1>{one}{two}<h2>The north wall</h2>{three}"
    article = parse_html(_page(body))
    assert [block.raw for block in article.headings] == ["The north wall"]
    assert "Pier to be repaired" in [b.raw for b in article.blocks if b.kind == "furniture"]


def test_headings_in_furniture_boxes_are_not_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    related = (
        '<div class="c-relatedStories"><h3>Harbour fair draws record crowds</h3>'
        "<p>The annual fair on the quay drew more visitors than ever before, organisers "
        "said on Sunday.</p></div>"
    )
    newsletter = (
        '<section id="newsletterSignup"><h3>Get the harbour briefing</h3>'
        "<p>Every morning in your inbox, with the tides and the ferry times for the "
        "day ahead.</p></section>"
    )
    aside = "<aside><h4>Tide tables</h4><p>High water at the pier is at noon today.</p></aside>"
    figure = "<figure><img src='pier.jpg'><figcaption><h5>The old pier</h5></figcaption></figure>"
    body = f"{one}{related}{two}{newsletter}<h2>The north wall</h2>{three}{aside}{figure}{four}"
    assert _headings(_page(body)) == ["The north wall"]


def test_teaser_headlines_without_prose_are_not_subheadings() -> None:
    one, two, three, _ = PARAGRAPHS
    teasers = "".join(
        f"<h3>{headline}</h3><p>2 hours ago</p>"
        for headline in ("Lighthouse keeper retires", "Gulls return to the bay")
    )
    body = f"{one}<h2>The north wall</h2>{two}{three}{teasers}"
    assert _headings(_page(body)) == ["The north wall"]


def test_a_heading_over_a_deeper_heading_keeps_its_prose() -> None:
    one, two, three, _ = PARAGRAPHS
    body = f"{one}<h2>The works</h2><h3>The north wall</h3>{two}<h3>The quay</h3>{three}"
    assert _headings(_page(body)) == ["The works", "The north wall", "The quay"]


def test_furniture_labels_are_not_subheadings() -> None:
    one, two, three, _ = PARAGRAPHS
    body = f"{one}{two}<h2>You may also like</h2>{three}<h2>Read more:</h2>{three[:-4]} too.</p>"
    assert _headings(_page(body)) == []


def test_furniture_labels_of_scripts_without_spaces_are_not_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    for label in ("関連記事", "このニュースをシェア", "相关阅读", "관련기사"):
        body = f"{one}{two}<h2>北の岸壁</h2>{three}<h2>{label}</h2>{four}"
        assert _headings(_page(body)) == ["北の岸壁"]


def test_a_more_heading_linking_to_its_section_is_navigation() -> None:
    one, two, three, four = PARAGRAPHS
    links = (
        '<h2><a href="https://harbour.example/politics/">MORE POLITICS</a></h2>',
        '<h2><a href="/sport">Mehr Sport</a></h2>',
    )
    for link in links:
        assert _headings(_page(f"{one}{two}{link}{three}")) == []
    # a "more" heading that is no link to that section stays a section of the article
    kept = (
        "<h2>More politics</h2>",
        '<h2><a href="#more-politics">More politics</a></h2>',
    )
    for heading in kept:
        assert _headings(_page(f"{one}{two}{heading}{three}{four}")) == ["More politics"]


def test_a_heading_linking_to_another_story_of_the_site_is_a_teaser() -> None:
    one, two, three, four = PARAGRAPHS
    url = "https://www.harbour.example/2026/05/pier-to-be-repaired/"
    teasers = (
        '<h2><a href="/2026/04/gulls-return/">Gulls return to the bay</a></h2>',
        (
            '<h2><a href="https://harbour.example/2026/04/gulls-return/">Gulls return to the bay'
            "</a></h2>"
        ),
        '<h2><a href="https://news.harbour.example/gulls">Gulls return to the bay</a></h2>',
        '<p><strong><a href="../gulls-return/">Gulls return to the bay</a></strong></p>',
    )
    for teaser in teasers:
        assert _headings_at(_page(f"{one}{two}{teaser}{three}{four}"), url) == []
    # a link within the page, to the page itself or to another site heads a section
    sections = {
        '<h2><a href="#gulls">Gulls return to the bay</a></h2>': "Gulls return to the bay",
        f'<h2><a href="{url}">Gulls return to the bay</a></h2>': "Gulls return to the bay",
        '<h2><a href="https://shop.example/gulls">Gull feeders</a></h2>': "Gull feeders",
        '<h2>Gulls are back <a href="/2026/04/gulls-return/">(more)</a></h2>': (
            "Gulls are back (more)"
        ),
    }
    for section, heading in sections.items():
        assert _headings_at(_page(f"{one}{two}{section}{three}{four}"), url) == [heading]


def test_a_linked_heading_with_no_page_address_is_judged_by_its_link() -> None:
    one, two, three, four = PARAGRAPHS
    relative = '<h2><a href="/2026/04/gulls-return/">Gulls return to the bay</a></h2>'
    absolute = '<h2><a href="https://harbour.example/gulls">Gulls return to the bay</a></h2>'
    assert _headings(_page(f"{one}{two}{relative}{three}{four}")) == []
    # without the page's address an absolute link cannot be told to be the site's own
    assert _headings(_page(f"{one}{two}{absolute}{three}{four}")) == ["Gulls return to the bay"]


def test_headings_outside_the_main_content_are_not_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    outside = (
        "<div class='rail'><h2>Harbour fair draws record crowds</h2><p>The annual fair on "
        "the quay drew more visitors than ever before, organisers said.</p></div>"
    )
    body = f"<div class='story'>{one}{two}<h2>The north wall</h2>{three}{four}</div>"
    assert _headings(_page(body, outside=outside)) == ["The north wall"]


def test_bold_and_capitals_paragraphs_after_prose_are_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    body = (
        f"<p>HARBOURTON, EXAMPLELAND</p>{one}<p><strong>The north wall</strong></p>{two}"
        f"<p>QUAY CLOSES</p>{three}<p>Then the quay</p>{four}"
    )
    assert _headings(_page(body)) == ["The north wall", "QUAY CLOSES"]


def test_class_tokens_and_prose() -> None:
    assert class_tokens("c-relatedStories most_read") == ["c", "related", "stories", "most", "read"]
    assert "related" in subheading_lexicon().chrome_tokens
    assert is_prose("The pier reopened on Monday.")
    assert is_prose(
        "港の古い桟橋は冬の嵐の前に修理されることになったと議会の議長が月曜日の夜に話した"
    )
    assert not is_prose("3 hours ago")
    assert not is_prose("By Jane Roe")


def test_label_lines_and_repeated_questions_are_not_subheadings() -> None:
    one, two, three, four = PARAGRAPHS
    question = "<p><b>What got you started?</b></p>"
    body = (
        f"{one}<h2>Ada Roe</h2><p><b>Account: @ada_harbour</b></p>{question}{two}"
        f"<h2>Ben Lee</h2><p><b>Account: @ben_quay</b></p>{question}{three}{four}"
    )
    assert _headings(_page(body)) == ["Ada Roe", "Ben Lee"]


def test_a_teaser_summary_kept_from_a_side_column_does_not_widen_the_main_content() -> None:
    one, two, three, four = PARAGRAPHS
    teaser = (
        "The keeper of the lighthouse on the point retired on Sunday after forty years of "
        "service, the harbour trust said in a notice."
    )
    rail = (
        f"<div class='column'><div class='box'><h2>Keeper retires</h2><p>{teaser}</p></div></div>"
    )
    story = f"<div class='story'>{one}<h2>The north wall</h2>{two}{three}{four}</div>"
    html = (
        f"<html><body><div class='page'><div class='main'>{story}</div>{rail}</div></body></html>"
    )
    tree, _ = load_page_tree(html)
    # the text as an extractor might lay it out, the side column's teaser kept
    texts = [_text(paragraph) for paragraph in PARAGRAPHS]
    blocks = [("body", texts[0]), ("heading", "The north wall"), ("body", texts[1])]
    blocks += [("body", texts[2]), ("body", texts[3]), ("heading", "Keeper retires")]
    blocks += [("body", teaser)]
    verdicts = heading_verdicts(tree, blocks)
    assert [(verdict.text, verdict.reason) for verdict in verdicts] == [
        ("The north wall", None),
        ("Keeper retires", "outside"),
    ]


def _text(paragraph: str) -> str:
    return paragraph.removeprefix("<p>").removesuffix("</p>")
