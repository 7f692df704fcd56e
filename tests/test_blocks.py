"""Blocks: paragraphs of free text with their role."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.document import Document
from newsdoc.models import Block
from newsdoc.parsers.blocks import BlockParser
from newsdoc.testing import check_invariants, marked


def _amid_prose(line: str) -> str:
    """``line`` as a paragraph of its own between two short paragraphs of prose."""
    return f"The river rose overnight.\n\n{line}\n\nWater reached the square by noon."


def _blocks(source: str) -> list[tuple[str, str]]:
    sample = marked(source)
    article = newsdoc.parse(sample.text)
    check_invariants(article)
    return [(block.kind, block.raw) for block in article.blocks]


def test_paragraphs_split_at_blank_lines_and_keep_exact_spans() -> None:
    sample = marked(
        "⟦a:The council met on Monday.⟧\n\n  ⟦b:It voted late.\nNobody objected.⟧  \n \n⟦c:Done.⟧"
    )
    article = newsdoc.parse(sample.text)
    assert [block.span for block in article.blocks] == [
        sample.span("a"),
        sample.span("b"),
        sample.span("c"),
    ]
    assert all(block.kind == "body" for block in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Hostage talks resume",
        "What Happens to the Harbour Next?",
        "3. The verdict",
        "Sources:",
        "Flood season",
        # a year back is a retrospective's section, not a widget's timestamp
        "A year ago",
        "Powered by the sun",
        "Join the club",
        "How Northport beat the odds",
    ],
)
def test_section_headings(line: str) -> None:
    text = (
        f"The river rose overnight, officials said.\n\n{line}\n\nWater reached the square by noon."
    )
    assert ("heading", line) in _blocks(text)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Is this the end of the pier as we know it?", "rhetorical question in sentence case"),
        ("The mayor resigned.", "a sentence"),
        ("Northport d. Harbour City 61-21", "a game's result"),
        ("Harbour City def. Northport, 3-1", "a game's result"),
        ("She did not answer, however,", "ends like a clause"),
        ("https://example.org/story", "a link"),
        ("ACME NEWS —", "a tag cut from its story by a line break"),
    ],
)
def test_short_lines_that_are_not_headings(line: str, why: str) -> None:
    text = _amid_prose(line)
    assert ("heading", line) not in _blocks(text), why


def test_the_last_line_is_not_a_heading() -> None:
    blocks = _blocks("The river rose overnight.\n\nFlood season")
    assert blocks[-1] == ("body", "Flood season")


def test_list_items_after_a_colon_are_not_headings() -> None:
    text = (
        "Three kinds of flood defence are in use:\n\nEarth levees\n\nSteel barriers\n\n"
        "Pumping stations\n\nEach has its own cost.\n\nRepair Budgets\n\nThe city pays half."
    )
    blocks = _blocks(text)
    assert ("heading", "Repair Budgets") in blocks
    assert not any(kind == "heading" and "levees" in raw for kind, raw in blocks)
    assert ("body", "Steel barriers") in blocks


STEPS = (
    "Saving is hard for most people, and the first months of it are the hardest of all.\n\n"
    "Here are the steps planners suggest:\n\n"
    "How to start saving\n\n"
    "1. Know your goal\n\n"
    "Saving without a goal rarely lasts long, planners say, and a number helps a lot.\n\n"
    "2. Track your spending\n\n"
    "Most people spend more than they think, and tracking shows where it all goes."
)


def test_numbered_subheads_before_their_prose_are_headings_even_after_a_colon() -> None:
    headings = [raw for kind, raw in _blocks(STEPS) if kind == "heading"]
    assert headings == ["How to start saving", "1. Know your goal", "2. Track your spending"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            (
                "You will need three things:\n\n1. A pen\n\n2. A notebook\n\n3. A quiet desk\n\n"
                "Then write every morning before work, even for ten minutes a day."
            ),
            "items that follow one another are a list",
        ),
        (
            (
                "The mayor named her first priority:\n\n1. Roads first\n\n"
                "The roads come first, the mayor said, before any other work this year."
            ),
            "one numbered line after a colon is no series",
        ),
        (
            (
                "The mayor named her priorities:\n\n1. Roads\n\nRoads come first, she said.\n\n"
                "Parks come last.\n\nShe named another:\n\n3. Schools\n\n"
                "Schools come after the roads, she said, and parks come last of all."
            ),
            "numbers out of order",
        ),
    ],
)
def test_numbered_lines_that_are_not_subheads(text: str, why: str) -> None:
    blocks = _blocks(text)
    assert not any(kind == "heading" and raw[0].isdigit() for kind, raw in blocks), why


def test_bulleted_lines_are_not_headings() -> None:
    blocks = _blocks("The council met.\n\n- Bridge Closed\n\n• Detour Open\n\nMore later, it said.")
    assert [kind for kind, _ in blocks] == ["body", "body", "body", "body"]


def test_a_title_before_a_link_is_not_a_heading() -> None:
    blocks = _blocks(
        "Intro text here.\n\nHarbour Documentary Trailer\n\nhttps://example.org/watch/12"
    )
    assert ("heading", "Harbour Documentary Trailer") not in blocks


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "ALSO READ: Storm hits the coast again",
        "Also Read | Storm hits the coast",
        "Follow us on Twitter and Facebook",
        "SHARE THIS ARTICLE ON",
        "Story continues below advertisement",
        "{{ related_articles }}",
        '[caption id="attachment_1" align="aligncenter"]',
        "WATCH:",
        "See tweets :",
        # the first characters are tried before the whole line: forms opening with a
        # bracket, a letter that only case folding matches, or a digit-free count
        "(Related: Storm hits the coast)",
        "ſponsored content",
        "Image 3 of 10",
        "Print | Email | Share",
        "Loading…",
        "Leave a Reply",
        "Take Quiz",
        "Related posts: Ten ferry routes worth a detour",
        "Also: See our coverage of the harbour vote",
    ],
)
def test_furniture_lines(line: str) -> None:
    text = _amid_prose(line)
    assert ("furniture", line) in _blocks(text)


def test_furniture_and_headings_stay_out_of_body_text() -> None:
    text = "Flood Watch\n\nThe river rose.\n\nADVERTISEMENT\n\nWater reached the square."
    article = newsdoc.parse(text)
    assert article.body_text == "The river rose.\n\nWater reached the square."
    assert [block.raw for block in article.headings] == ["Flood Watch"]


def test_a_headline_sharing_its_line_with_a_claimed_item_is_not_a_heading() -> None:
    sample = marked("⟦claimed:date 2022-03-08⟧ ⟦title:Flood Watch⟧\n\nThe river rose.")
    doc = Document(sample.text, claims=[sample.span("claimed")])
    blocks = list(BlockParser().parse(doc))
    assert blocks[0] == Block(span=sample.span("title"), raw="Flood Watch", kind="body")


def test_crlf_and_unicode_line_breaks_split_paragraphs() -> None:
    text = "First part here.\r\n\r\nSecond part here.\u2029\u2029Third part here."
    assert [raw for _, raw in _blocks(text)] == [
        "First part here.",
        "Second part here.",
        "Third part here.",
    ]


def test_whitespace_only_text_has_no_blocks() -> None:
    assert newsdoc.parse(" \n\t\n ").blocks == ()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\u2028"])
def test_long_lines_separated_by_single_breaks_are_paragraphs_of_their_own(newline: str) -> None:
    first = "The council met on Monday to discuss the harbour plan, " * 4
    second = "Members argued for hours about the cost of the new sea wall, " * 4
    sample = marked(
        f"⟦a:{first.strip()}⟧{newline}⟦b:{second.strip()}⟧{newline}{newline}⟦c:Short end.⟧"
    )
    article = newsdoc.parse(sample.text)
    assert [block.span for block in article.blocks] == [
        sample.span("a"),
        sample.span("b"),
        sample.span("c"),
    ]


def test_short_wrapped_lines_stay_one_paragraph() -> None:
    sample = marked("⟦a:The council met.\nIt voted late.\nNobody objected.⟧\n\n⟦b:Done.⟧")
    article = newsdoc.parse(sample.text)
    assert [block.span for block in article.blocks] == [sample.span("a"), sample.span("b")]


@pytest.mark.parametrize(
    "line", ["View this post on Instagram", "Embedded Tweet", "Embedded video", "Watch on YouTube"]
)
def test_embed_leftovers_are_furniture(line: str) -> None:
    text = _amid_prose(line)
    assert ("furniture", line) in _blocks(text)


_FLATTENED = (
    "Harbour bridge closes for repairs\n"
    "The Acme Daily learned the bridge will shut on Monday.\n"
    "Engineers found cracks in two of its piers.\n"
    "Is the bridge safe?\n"
    "The city says it is, for now.\n"
    "Traffic will move to the ferry.\n"
    "Who pays for the work?\n"
    "The region will cover most of the bill.\n"
    "Residents were told in a letter.\n"
    "When will it reopen?\n"
    "Not before spring, officials said.\n"
    "The ferry will run every hour."
)


def test_flattened_one_line_paragraphs_become_blocks_with_question_subheads() -> None:
    blocks = _blocks(_FLATTENED)
    assert len(blocks) == 12
    headings = [raw for kind, raw in blocks if kind == "heading"]
    assert headings == [
        "Harbour bridge closes for repairs",
        "Is the bridge safe?",
        "Who pays for the work?",
        "When will it reopen?",
    ]


def test_wrapped_prose_stays_one_paragraph() -> None:
    wrapped = (
        "The council met on Monday and\n"
        "approved the budget after a debate\n"
        "that ran into the night, with\n"
        "members of every party speaking\n"
        "at length about the harbour and\n"
        "the roads. Nobody objected."
    )
    assert _blocks(wrapped) == [("body", wrapped)]


def test_a_run_of_questions_is_not_a_set_of_subheads() -> None:
    text = (
        "Three things remain unknown.\n\nWho signed the order?\n\nWhen was it sent?\n\n"
        "Why did nobody object?\n\nThe inquiry resumes next week."
    )
    assert not any(kind == "heading" for kind, _raw in _blocks(text))


def test_two_rhetorical_questions_are_not_subheads() -> None:
    text = (
        "Remember the old pier?\n\nIt fell in a storm.\n\nSo what comes next?\n\n"
        "A new pier, the council said."
    )
    assert not any(kind == "heading" for kind, _raw in _blocks(text))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ACME STAR OPENS UP ABOUT HER NEW TOUR", "furniture"),
        ("'ROE SHOW' HOST SAYS THE SEASON WILL END EARLY", "furniture"),
        ("GIRLS SOCCER", "heading"),
        ("LOCAL ELECTIONS 2026", "heading"),
    ],
)
def test_long_capitals_lines_are_promos_short_ones_headings(line: str, kind: str) -> None:
    text = _amid_prose(line)
    assert (kind, line) in _blocks(text)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement Advertisement",
        "Advertising Advertising",
        "Ad",
        "Story Continued Below",
        "Quick Links",
        "Expand",
        "Comments",
        "Related News Dam bursts in the valley",
        "Story highlights The dam held overnight",
        "Watch the latest video at example.com",
        "CATCH THE FULL INTERVIEW ON 'ROE TONIGHT,' 9 PM ET",
        "Follow @harbourdesk",
        "Delivered by The Example Sheeple",
        "Posted on by roeuser",
        "6 years ago",
        # relative timestamps in the languages of the lexicon, a label allowed before
        "Updated 5 minutes ago",
        "an hour ago",
        "Hace 2 horas",
        "vor 2 Stunden",
        "Aktualisiert: vor einer Stunde",
        "il y a 3 heures",
        "há 4 dias",
        "2 ore fa",
        "3 uur geleden",
        "3 godziny temu",
        "2 часа назад",
        # promotions, comment widgets and a site's copyright mark
        "Join our Free $1,000 Fantasy Challenge",
        "Check Me out On Youtube",
        "comments powered by Disqus",
        "powered by DISQUS Read more",
        "Harbour News ©",
        "This post was updated at 8:10 a.m. E.T. Monday",
        "The Harbour Minute: A newsletter for only the biggest port news",
        "Newsletter As news happens",
        "Continuation of the material under the video",
        "More messages on Acme.example's main page",
        "For more information, please visit Acme Daily",
        "Harbour attack.Watch Acme24 on the Internet on Acme GO",
        "You can follow the flood around the clock in our live coverage",
    ],
)
def test_promo_and_widget_lines_are_furniture(line: str) -> None:
    text = _amid_prose(line)
    assert ("furniture", line) in _blocks(text)


@pytest.mark.parametrize(
    "line",
    [
        "Advertising Rules Change",
        "Comments From the Mayor",
        "Ad Hoc Panel Meets",
        "Watch Out for Ice",
        "Expanding the Port",
    ],
)
def test_headings_sharing_a_word_with_furniture_stay_headings(line: str) -> None:
    text = _amid_prose(line)
    assert ("heading", line) in _blocks(text)


@pytest.mark.parametrize(
    "line",
    [
        "Storm in Ruritania.Ports close",
        "Talks resume?Envoy: not this week",
        'Vote delayed."We wait"',
    ],
)
def test_a_headline_glued_to_its_teaser_is_no_heading(line: str) -> None:
    text = _amid_prose(line)
    assert ("body", line) in _blocks(text)


@pytest.mark.parametrize("line", ["St.Louis Ferry Returns", "Acme.com Opens an Office"])
def test_a_dot_inside_a_name_keeps_a_heading(line: str) -> None:
    text = _amid_prose(line)
    assert ("heading", line) in _blocks(text)


# amid the prose, away from the head and foot lines where a date is the date header
_PROSE = "\n\n".join(f"The river rose for the {n} time this week." for n in range(1, 9))


@pytest.mark.parametrize(
    "line",
    [
        "June 5, 2019",
        "On 5 June 2019",
        "Updated: March 7, 2022 at 10:45 am",
        "Apr 2, 2019 — Jane Roe",
        "July 9, 2014 -- Updated 1207 GMT",
        "Publié le 7 mars 2022",
    ],
)
def test_timestamp_lines_are_furniture(line: str) -> None:
    text = f"{_PROSE}\n\n{line}\n\n{_PROSE}"
    assert ("furniture", line) in _blocks(text)


@pytest.mark.parametrize(
    "line",
    [
        "March 7, 2022: The Day the Bridge Fell",
        "June 5, 2019 | July 9, 2019",
        "Best of 2019",
        "June 5",
    ],
)
def test_lines_that_hold_more_than_a_date_are_no_timestamps(line: str) -> None:
    text = f"{_PROSE}\n\n{line}\n\n{_PROSE}"
    kinds = [kind for kind, raw in _blocks(text) if raw == line]
    assert kinds
    assert "furniture" not in kinds


def test_a_title_and_standfirst_cut_off_by_a_credit_are_separate_blocks() -> None:
    standfirst = (
        "The harbour's new ferry launches today, and the early verdicts are in: it is fast, "
        "quiet and comfortable, but the timetable leaves much to be desired for commuters."
    )
    text = (
        "Early Verdicts on the Ferry\n"
        + standfirst
        + "\nWhat Does the Ferry Offer?\n[Acme Daily]\nMore."
    )
    blocks = _blocks(text)
    assert blocks[:3] == [
        ("heading", "Early Verdicts on the Ferry"),
        ("body", standfirst),
        ("heading", "What Does the Ferry Offer?"),
    ]


def _headings(text: str) -> list[str]:
    return [raw for kind, raw in _blocks(text) if kind == "heading"]


_RESULTS = (
    "Weekend Roundup: Harbour FC stay top of the table\n"
    "GIRLS HOCKEY\n"
    "Northport d. Mill Town 4-2\n"
    "Northport 1 2 1 — 4\n"
    "Mill Town 0 1 1 — 2\n"
    "Northport (3-0): Ada Quill 2 goals. Ben Sorrel 1 goal. Cy Vetch 1 goal.\n"
    "BOYS RUGBY\n"
    "Eastbrook d. Westfold 21-7\n"
    "Eastbrook 7 14 — 21\n"
    "Westfold 7 0 — 7\n"
    "Eastbrook (2-1): Dee Marram 2 tries. Eli Tansy 1 try. Fay Orpine kicked well."
)


def test_lines_starting_in_capitals_are_flattened_blocks_not_wrapped_prose() -> None:
    # wrapped prose goes on in lower case after most breaks; these lines never do
    blocks = _blocks(_RESULTS)
    assert len(blocks) == len(_RESULTS.splitlines())


def test_sections_of_a_results_page_are_headings_and_its_score_rows_are_not() -> None:
    assert _headings(_RESULTS) == [
        "Weekend Roundup: Harbour FC stay top of the table",
        "GIRLS HOCKEY",
        "BOYS RUGBY",
    ]


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        # a schedule, one round per line, under a title with a number of its own
        (
            "Season 2031",
            "Round 1: 4 May – Northport\nRound 2: 18 May – Mill Town\nRound 3: 1 June – Eastbrook",
        ),
        # tour dates, one number per line
        ("Tour Dates", "May 4 – Northport Arena\nMay 6 – Mill Town Hall\nMay 9 – Eastbrook Hall"),
        # ingredients
        ("Ingredients", "2 Cups Plain Flour\n3 Large Eggs\n1 Pinch Of Salt"),
    ],
)
def test_rows_of_a_flattened_table_or_list_are_not_headings(title: str, rows: str) -> None:
    text = (
        "The season opens next month, the league said on Friday.\n"
        f"{title}\n"
        f"{rows}\n"
        "Tickets go on sale at the harbour office from Monday morning, it added."
    )
    assert _headings(text) == [title]


def test_a_flattened_menu_is_not_a_run_of_headings() -> None:
    menu = "\n".join(["Homes", "Gardens", "Travel", "Books", "Video", "Past Issues"])
    text = f"{menu}\nThe harbour council met on Monday and agreed to repair the pier, it said."
    text += "\nFerry times\nThe first ferry leaves at six and the last one at ten, it added."
    assert _headings(text) == ["Ferry times"]


def test_titles_between_bulleted_lists_head_each_list() -> None:
    text = (
        "Three ferries are for sale this winter, the harbour office said on Friday.\n"
        "Harbour Queen\n"
        "- 40 seats\n"
        "- Diesel engine\n"
        "Mill Town Rose\n"
        "- 60 seats\n"
        "- Electric engine\n"
        "Northport Star (refitted, 2029)\n"
        "- 25 seats\n"
        "- Sails\n"
        "Bids close at the end of the month, the office said."
    )
    assert _headings(text) == ["Harbour Queen", "Mill Town Rose", "Northport Star (refitted, 2029)"]


def test_lines_ending_in_a_cjk_full_stop_are_sentences_not_headings() -> None:
    lines = ["Harbourの会議が開かれた。", "Pierの修理が決まった。", "Ferryは冬に戻る。"]
    text = "\n\n".join(lines)
    assert _headings(text) == []


@pytest.mark.parametrize(
    ("line", "kind"), [("They reveal:", "body"), ("He added:", "body"), ("Sources:", "heading")]
)
def test_a_clause_ending_in_a_colon_is_a_lead_in_not_a_heading(line: str, kind: str) -> None:
    text = _amid_prose(line)
    assert (kind, line) in _blocks(text)
