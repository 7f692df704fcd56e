"""Direct speech set off by dashes: spans, speakers, continuation, and what is not speech."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc.models import Quote
from newsdoc.testing import check_invariants, marked


def _direct(text: str) -> list[Quote]:
    article = newsdoc.parse(text)
    check_invariants(article)
    return [quote for quote in article.quotes if quote.kind == "direct"]


# ⟦q:…⟧ marks the quote's span, ⟦c:…⟧ its words, ⟦s:…⟧ the speaker mention
SPEECH = [
    ("⟦q:– ⟦c:We will rebuild every house⟧⟧ – said Mayor ⟦s:Ivan Petrenko⟧.", "Ivan Petrenko"),
    ("⟦q:— ⟦c:We will rebuild every house,⟧⟧ — ⟦s:Petrenko⟧ said.", "Petrenko"),
    ("⟦q:– ⟦c:Yes,⟧⟧ – ⟦s:Olena Marchenko⟧ told reporters.", "Olena Marchenko"),
    ("⟦q:- ⟦c:The bridge opens in May⟧⟧ - said ⟦s:Ivan Petrenko⟧ on Monday.", "Ivan Petrenko"),
    # without an opening dash, the paragraph's first sentence
    (
        "⟦q:⟦c:The city will be rebuilt by winter⟧⟧ – said ⟦s:Ivan Petrenko⟧ on a recording.",
        "Ivan Petrenko",
    ),
]


@pytest.mark.parametrize(("source", "speaker"), SPEECH)
def test_dash_speech(source: str, speaker: str) -> None:
    sample = marked(source)
    (quote,) = _direct(sample.text)
    assert quote.span == sample.span("q")
    assert quote.content == sample.span("c")
    assert quote.cue is not None
    assert quote.cue.lemma in {"say", "tell"}
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker.span == sample.span("s")


def test_a_role_before_the_name_is_the_speakers_role() -> None:
    text = "The spirit is stronger than terror – said the President of Ukraine Ivan Petrenko."
    (quote,) = _direct(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Ivan Petrenko", "President of Ukraine")


def test_speech_resumed_after_the_attribution_is_a_second_quote() -> None:
    sample = marked(
        "⟦a:— ⟦c:We will rebuild,⟧⟧ — said Mayor Ivan Petrenko. ⟦b:— ⟦d:And we will be quick.⟧⟧"
    )
    first, second = _direct(sample.text)
    assert (first.span, first.content) == (sample.span("a"), sample.span("c"))
    assert (second.span, second.content) == (sample.span("b"), sample.span("d"))
    assert first.speaker == second.speaker
    assert first.cue == second.cue


def test_a_later_paragraph_resolves_its_pronoun() -> None:
    text = "Mayor Ivan Petrenko met the press.\n\n– We will rebuild every house – he said."
    (quote,) = _direct(text)
    assert quote.text == "We will rebuild every house"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivan Petrenko"
    assert quote.speaker.raw == "he"


NOT_SPEECH = [
    "- Build roads\n\n- Cut taxes\n\n- Open the port",
    "The plan – its third this year – failed on Monday.",
    "The bridge – said to cost $5bn – opened on Monday.",
    (
        "Several teams run the works - including the pier crew - though Vidal notes they were "
        "hired before she came."
    ),
    # without an opening dash only the first sentence may be speech
    "Talks went on. The spirit is strong – said Ivan Petrenko.",
    "– Yes – said.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_dashes_without_an_attribution_are_not_speech(text: str) -> None:
    assert _direct(text) == []


def test_quotation_marks_take_precedence() -> None:
    text = "– “We will rebuild,” said Mayor Ivan Petrenko – on Monday."
    (quote,) = _direct(text)
    assert quote.raw == "“We will rebuild,”"


def test_an_inverted_speaker_ends_at_of_only_after_a_name() -> None:
    named = _direct("“The moon has lakes,” said geologist Rosa Lind of the space agency.")
    assert named[0].speaker is not None
    assert named[0].speaker.name == "Rosa Lind"
    titled = _direct("“The moon has lakes,” said the President of Ukraine Ivan Petrenko.")
    assert titled[0].speaker is not None
    assert (titled[0].speaker.name, titled[0].speaker.role) == (
        "Ivan Petrenko",
        "President of Ukraine",
    )


def test_speech_resumed_and_attributed_again() -> None:
    text = "– We will rebuild, – said Ivan Petrenko. – And fast – he added."
    quotes = newsdoc.parse(text).quotes
    assert [(quote.kind, quote.text) for quote in quotes] == [
        ("direct", "We will rebuild,"),
        ("direct", "And fast"),
    ]
    assert {quote.speaker.name for quote in quotes if quote.speaker} == {"Ivan Petrenko"}


def test_a_dash_quotes_cue_attributes_nothing_else() -> None:
    text = "– We leave today – told Ivan Petrenko – – the crew, he said"
    quotes = newsdoc.parse(text).quotes
    told = [quote for quote in quotes if quote.cue is not None and quote.cue.raw == "told"]
    assert [(quote.kind, quote.text) for quote in told] == [("direct", "We leave today")]


_PIECES = ["– ", "— ", " - ", "-", "said ", "told ", "Ivan Petrenko ", "he ", ". ", ", ", "\n\n"]
_PIECES += ["Mayor ", "the ", "And ", "we ", "to "]


@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_run_of_dashes_and_cues_gives_well_formed_quotes(pieces: list[str]) -> None:
    text = "".join(pieces)
    article = newsdoc.parse(text)
    check_invariants(article)
    for quote in article.quotes:
        assert quote.span.start <= quote.content.start <= quote.content.end <= quote.span.end
        assert quote.text.strip()
        assert text[quote.content.start : quote.content.end] == quote.text
