"""Quote finding on hostile input: every parse finishes in time and stays consistent.

Each text is 200 KB of one repeated pattern; the work per cue word, quotation mark or
capitalised word must stay bounded by a local window, so the whole parse is linear.
"""

from __future__ import annotations

import threading

import pytest

import newsdoc
from newsdoc.models import Article
from newsdoc.testing import check_invariants

SIZE = 200_000
TIME_OUT = 10.0
PROSE = "Mayor Ana Berg said, “The bridge opens in May,” and officials said the river rose. "

HOSTILE = {
    "cue words": "said ",
    "curly opening marks": "“",
    "straight marks": '"',
    "single opening marks": "‘",
    "capitalised words": "Word ",
    "according to": "according to ",
    "pronoun cues": "he said. ",
    "colons": ": ",
    "one line of prose with quotes": PROSE,
}


def _parse_in_time(text: str) -> Article:
    result: list[Article] = []
    worker = threading.Thread(target=lambda: result.append(newsdoc.parse(text)), daemon=True)
    worker.start()
    worker.join(TIME_OUT)
    assert not worker.is_alive(), f"parse took longer than {TIME_OUT} s"
    assert result, "parse raised"
    return result[0]


@pytest.mark.parametrize("unit", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_parses_in_time_and_stays_consistent(unit: str) -> None:
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    article = _parse_in_time(text)
    check_invariants(article)
    for quote in article.quotes:
        assert quote.span.end - quote.span.start <= SIZE


def test_long_line_of_prose_keeps_its_quotes_and_speakers() -> None:
    text = PROSE * 400
    article = _parse_in_time(text)
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert len(direct) == 400
    assert all(quote.speaker is not None and quote.speaker.name == "Ana Berg" for quote in direct)


def test_a_sentence_full_of_cue_words_gives_at_most_one_attribution() -> None:
    text = "Officials said " + "said " * 5000 + "the river rose."
    article = _parse_in_time(text)
    assert len([quote for quote in article.quotes if quote.kind == "indirect"]) <= 1
