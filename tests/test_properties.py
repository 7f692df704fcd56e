"""Invariants that hold for any input text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc.testing import check_invariants

NEWSY = st.lists(
    st.sampled_from(
        [
            *"abcXYZ .,:;!?-—–\"“”‘’'()@#/\n\r\t\u00a0\u200b0123456789«»„",
            *("said", " he ", "— Name (@handle) March 7, 2022", "http://t.co/x", "(AP)"),
            *("date 2022-03-08 ", "\n\n", "ADVERTISEMENT", "🇷🇺", "Reuters", "PTI"),
        ]
    ),
    max_size=120,
).map("".join)


@given(st.text(max_size=300))
def test_any_unicode_text_parses_into_a_consistent_article(text: str) -> None:
    article = newsdoc.parse(text)
    assert article.text == text
    check_invariants(article)


@given(NEWSY)
def test_news_like_noise_parses_into_a_consistent_article(text: str) -> None:
    article = newsdoc.parse(text)
    assert article.text == text
    check_invariants(article)
    assert not [d for d in article.diagnostics if d.code == "parser-failed"], article.diagnostics


@given(st.binary(max_size=200))
def test_leniently_decoded_bytes_parse(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    check_invariants(newsdoc.parse(text))


@given(NEWSY)
def test_output_is_deterministic(text: str) -> None:
    assert newsdoc.parse(text).model_dump_json() == newsdoc.parse(text).model_dump_json()
