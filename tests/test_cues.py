"""Extra attribution cues from ParseOptions: classes, phrases, validation and isolation."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import newsdoc
from newsdoc import ParseOptions
from newsdoc.quoting import cues
from newsdoc.quoting.cues import lemma_of, using_cues

TEXT = (
    "“We will rebuild,” harrumphed Mayor Ivan Petrenko.\n\n"
    "Olena Marchenko opined the plan was dead on arrival.\n\n"
    "Jane Roe made plain that the talks were over for good."
)
EXTRA = {"harrumphed": "harrumph", "opined": "think", "made plain": "make clear"}


def _attributions(options: ParseOptions | None) -> list[tuple[str, str, str | None, str]]:
    article = newsdoc.parse(TEXT, options=options)
    return [
        (
            quote.kind,
            quote.text,
            quote.speaker.name if quote.speaker else None,
            quote.cue.lemma if quote.cue else "",
        )
        for quote in article.quotes
    ]


def test_extra_cues_attribute_what_the_lexicon_does_not_know() -> None:
    # without them the quotation is still speech, but nobody's
    assert _attributions(None) == [("direct", "We will rebuild,", None, "")]
    assert _attributions(ParseOptions(cues=EXTRA)) == [
        ("direct", "We will rebuild,", "Ivan Petrenko", "harrumph"),
        ("indirect", "the plan was dead on arrival", "Olena Marchenko", "think"),
        ("indirect", "the talks were over for good", "Jane Roe", "make clear"),
    ]


def test_a_new_lemma_is_a_speech_cue_and_a_known_one_keeps_its_class() -> None:
    with using_cues({"harrumphed": "harrumph", "opined": "think", "yelled": "say"}):
        assert lemma_of("harrumphed") == ("harrumph", "speech")
        assert lemma_of("opined") == ("think", "belief")
        assert lemma_of("Yelled") == ("say", "speech")
    assert lemma_of("harrumphed") is None  # the shipped lexicon again once the block ends


def test_a_new_speech_lemma_takes_its_content_without_that() -> None:
    text = "Mayor Ivan Petrenko harrumphed the plan was dead on arrival."
    (quote,) = newsdoc.parse(text, options=ParseOptions(cues=EXTRA)).quotes
    assert (quote.kind, quote.text) == ("indirect", "the plan was dead on arrival")


def test_cues_are_normalised_and_checked() -> None:
    options = ParseOptions(cues={" Made  Plain ": "Make Clear", "Opined": "think"})
    assert options.cues == {"made plain": "make clear", "opined": "think"}
    for bad in ({"": "say"}, {"went on to say": "say"}, {"said!": "say"}, {"quipped": " "}):
        with pytest.raises(ValidationError, match="cue"):
            ParseOptions(cues=bad)


def test_threads_with_different_cues_do_not_share_them() -> None:
    with_extra = ParseOptions(cues=EXTRA)

    def parse(options: ParseOptions | None) -> int:
        return len(newsdoc.parse(TEXT, options=options).quotes)

    jobs = [with_extra if number % 2 else None for number in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        counts = list(pool.map(parse, jobs))
    assert counts == [3 if options is not None else 1 for options in jobs]


def test_extra_cues_reach_worker_processes() -> None:
    results = list(
        newsdoc.parse_many([TEXT, TEXT], jobs=2, options=ParseOptions(cues=EXTRA), chunksize=1)
    )
    assert all(isinstance(result, newsdoc.Article) for result in results)
    assert [len(result.quotes) for result in results if isinstance(result, newsdoc.Article)] == [
        3,
        3,
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="saidtoldx \n\t\r\u00a0", max_size=60),
    st.integers(min_value=1, max_value=8),
)
def test_cue_words_are_found_the_same_a_chunk_at_a_time(text: str, chunk: int) -> None:
    vocabulary = frozenset({"said", "told", "x", "id"})
    whole = vocabulary.intersection(text.split())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cues, "CUE_SCAN_CHUNK", chunk)
        assert cues._present(vocabulary, text) == whole


def test_cues_in_a_long_text_are_all_located() -> None:
    text = "Jane Roe said it. " * 10_000 + "Ann Lee told them."
    assert len(text) > cues.CUE_SCAN_CHUNK
    found = cues.locate_cues(text)
    assert [printed for _, _, printed in found].count("said") == 10_000
    assert found[-1][2] == "told"
