"""Hostile input: every pattern finishes in time on large adversarial text, and the
result is still a consistent article. Speed goals live in benchmarks/adversarial.py;
these tests only guard against hangs, with a generous time limit."""

from __future__ import annotations

import threading

import pytest

import newsdoc
from newsdoc.testing import check_invariants

SIZE = 200_000
LIMIT_SECONDS = 30.0

PROSE = "The council met on Monday and the river rose again near the old bridge. "

CASES = {
    "straight quotes": '"' * SIZE,
    "curly quotes": "“" * SIZE,
    "single quotes": "‘" * SIZE,
    "mixed quotes": "“a” \"b' ‘c’ «d» „e“ " * (SIZE // 20),
    "parentheses": "(" * SIZE,
    "at signs": "@" * SIZE,
    "hashes": "#" * SIZE,
    "em dashes": "—" * SIZE,
    "urls": "http://" * (SIZE // 7),
    "capitalised words": "Word " * (SIZE // 5),
    "cue verbs": "said " * (SIZE // 5),
    "according to": "according to " * (SIZE // 13),
    "pronoun cues": "he said. " * (SIZE // 9),
    "colons": ": " * (SIZE // 2),
    "signatures": "— Name (@handle) March 7, 2022 " * (SIZE // 31),
    "one long line": PROSE * (SIZE // len(PROSE)),
    "long quoted line": ("“" + PROSE + "” he said. ") * (SIZE // (len(PROSE) + 12)),
    "blank lines": "\n" * SIZE,
    "short paragraphs": "Word.\n\n" * (SIZE // 7),
    "crlf paragraphs": "Word said.\r\n\r\n" * (SIZE // 14),
    "credit lines": "Reporting by Jane Roe; Editing by Ann Lee\n" * (SIZE // 43),
    "photo credits": "(Acme Photo/Jane Roe) " * (SIZE // 22),
    "image credits": "(Image: Acme/Wire) " * (SIZE // 19),
    "handles on a line": "(@a) " * (SIZE // 5),
    "addresses on a line": "(@a@b.co) " * (SIZE // 10),
    "posted by on a line": "Posted by Jane Roe on " * (SIZE // 22),
    "shared posts on a line": "A post shared by @jroe " * (SIZE // 23),
}


def _parse_within(text: str, seconds: float) -> newsdoc.Article:
    result: list[newsdoc.Article] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(newsdoc.parse(text))
        except BaseException as error:  # reported in the test thread
            errors.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"parse did not finish within {seconds} s"
    assert not errors, errors
    return result[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_adversarial_input_finishes_and_stays_consistent(name: str) -> None:
    text = CASES[name]
    article = _parse_within(text, LIMIT_SECONDS)
    assert article.text == text
    check_invariants(article)
    codes = {diagnostic.code for diagnostic in article.diagnostics}
    assert "parser-failed" not in codes
    assert "regex-timeout" not in codes
    assert all(diagnostic.count >= 1 for diagnostic in article.diagnostics)
    assert len(article.diagnostics) <= 20 * max(1, len(codes)) + len(codes)


FOUND_BY_FUZZING = [
    # a determiner alone before a cue once made the speaker reader index past its tokens
    "\x1d\x1dI" + "\x1d" * 12 + "\x7f" * 7 + 'He -03\n\nMedin."\n\n(Wi2\x00J2-03\n\n'
    'Medisky said, "We hope."\n\n(Wi2\x00J2$03\n\nMedins+yaid, "We hope."\n\n'
    "(With AN\x00\x00" + "\x7f" * 7 + '  said, "We hope."Aput)',
]


@pytest.mark.parametrize("text", FOUND_BY_FUZZING)
def test_inputs_found_by_fuzzing(text: str) -> None:
    article = newsdoc.parse(text, options=newsdoc.ParseOptions(strict=True))
    check_invariants(article)


REAL_POST = (
    "The minister spoke.\n\n"
    "We stand ready. pic.twitter.com/AbC123 — Jane Roe (@janeroe) March 7, 2022\n\n"
)


@pytest.mark.parametrize("unit", ["(@a) ", "(@a@b.co) ", "Posted by Ann Lee on "])
def test_a_crafted_signature_line_does_not_cost_the_real_posts(unit: str) -> None:
    article = _parse_within(REAL_POST + unit * (SIZE // len(unit)), LIMIT_SECONDS)
    assert [post.handle for post in article.social_posts][:1] == ["janeroe"]
    assert "regex-timeout" not in {diagnostic.code for diagnostic in article.diagnostics}


def test_many_credit_lines_are_each_one_credit() -> None:
    lines = 5_000
    article = _parse_within("Reporting by Jane Roe; Editing by Ann Lee\n" * lines, LIMIT_SECONDS)
    roles = [credit for credit in article.attributions if credit.kind in {"reporting", "editing"}]
    assert len(roles) == 2 * lines


def test_many_credits_on_a_page_each_keep_their_own_line() -> None:
    line = "Rescuers at the river bank. (Acme Photo/Jane Roe)"
    text = "\n\n".join([line] * 400)
    article = newsdoc.parse(text)
    assert len(article.attributions) == 400
    captions = [block for block in article.blocks if block.kind == "caption"]
    assert len(captions) == 400


def test_a_pattern_out_of_time_keeps_the_posts_found_before_it() -> None:
    first = "Council votes today. — Jane Roe (@jroe) March 7, 2022\n\n"
    crafted = "(@a) " * 1_000_000
    text = first + crafted + "\n\nMore text.\n"
    options = newsdoc.ParseOptions(regex_timeout=0.2)
    article = newsdoc.parse(text, options=options)
    assert [post.handle for post in article.social_posts] == ["jroe"]
    stopped = [d for d in article.diagnostics if d.code == "regex-timeout"]
    assert [d.parser for d in stopped] == ["social_posts"]
    assert "tweets" in stopped[0].message
    check_invariants(article)


@pytest.mark.parametrize("surrogate", ["\ud800", "\udc00\ud800"])
def test_lone_surrogates_become_replacement_characters_with_a_diagnostic(surrogate: str) -> None:
    text = f'The mayor {surrogate}spoke. "We are ready," Jane Roe said.'
    article = newsdoc.parse(text)
    assert len(article.text) == len(text)
    assert article.text == text.replace(surrogate, "\ufffd" * len(surrogate))
    (diagnostic,) = [d for d in article.diagnostics if d.code == "lone-surrogate"]
    assert diagnostic.count == len(surrogate)
    assert diagnostic.span is not None
    assert diagnostic.span.start == text.index(surrogate)
    assert [quote.speaker.name for quote in article.quotes if quote.speaker] == ["Jane Roe"]
    article.model_dump_json().encode("utf-8")  # writable as UTF-8
    check_invariants(article)


def test_text_without_surrogates_has_no_surrogate_diagnostic() -> None:
    article = newsdoc.parse("Plain text with an emoji 🙂 and é.")
    assert article.text == "Plain text with an emoji 🙂 and é."
    assert not any(d.code == "lone-surrogate" for d in article.diagnostics)
