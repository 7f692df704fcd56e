"""Transcripts: turns opened by a capitalised speaker label are attributed to the label."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.models import Quote
from newsdoc.testing import marked

# ⟦t:…⟧ marks each turn's content, ⟦l:…⟧ its label
QUOTED = (
    "Governor Ada Holm spoke to Thomas Berg on Sunday. Partial transcript:\n\n"
    '"⟦l:BERG⟧: ⟦t:Let us start with the budget. Will the ferry run?⟧\n\n'
    '"⟦l:HOLM⟧: ⟦t:Well, look, the ferry is a “lifeline” for the islands.⟧\n\n'
    '"⟦t:And we will fund it every year.⟧\n\n'
    '"(CROSSTALK)\n\n'
    '"⟦l:BERG⟧: ⟦t:Governor, thank you.⟧"\n\n'
    "The interview aired on Sunday."
)


def _turns(article: newsdoc.Article) -> list[Quote]:
    return [quote for quote in article.quotes if quote.cue is not None and quote.cue.raw == ":"]


def test_turns_are_attributed_to_their_labels_and_continuations_share_a_group() -> None:
    sample = marked(QUOTED)
    article = newsdoc.parse(sample.text)
    turns = _turns(article)
    assert [turn.content for turn in turns] == list(sample.spans["t"])
    assert [turn.speaker.name if turn.speaker else None for turn in turns] == [
        "Thomas Berg",
        "Ada Holm",
        "Ada Holm",
        "Thomas Berg",
    ]
    labels = sample.spans["l"]
    assert [turn.speaker.span for turn in turns if turn.speaker] == [
        labels[0],
        labels[1],
        labels[1],
        labels[2],
    ]
    assert all(turn.kind == "indirect" for turn in turns)
    assert turns[1].group is not None
    assert turns[1].group == turns[2].group
    assert turns[0].group is None
    assert turns[3].group is None


def test_the_marks_wrapping_a_transcript_are_not_direct_quotes() -> None:
    article = newsdoc.parse(marked(QUOTED).text)
    # neither the turns, the stage direction nor the quoted word inside a turn
    assert [quote for quote in article.quotes if quote.kind != "indirect"] == []
    assert not any("CROSSTALK" in quote.text for quote in article.quotes)
    assert not any(d.code == "unclosed-quote" for d in article.diagnostics)


def test_unquoted_transcript_and_prose_ending_it() -> None:
    text = (
        "The harbour master answered questions from readers on Friday.\n\n"
        "The ferry timetable has changed twice this year.\n\n"
        "REPORTER: When does the ferry run?\n\n"
        "VIDAL: Every morning at six.\n\n"
        "REPORTER: And in winter?\n\n"
        "The port later confirmed the timetable.\n\n"
        '"It will not change," harbour master Ana Vidal said.'
    )
    article = newsdoc.parse(text)
    turns = _turns(article)
    assert [turn.text for turn in turns] == [
        "When does the ferry run?",
        "Every morning at six.",
        "And in winter?",
    ]
    (direct,) = [quote for quote in article.quotes if quote.kind == "direct"]
    assert direct.text == "It will not change,"
    assert direct.speaker is not None
    assert direct.speaker.name == "Ana Vidal"


@pytest.mark.parametrize(
    "text",
    [
        # labels that are not an exchange: each once, or one speaker only
        "UPDATE: The ferry runs again.\n\nNEW DELHI: Talks resumed.\n\nWATCH: The video.",
        "VIDAL: Every morning.\n\nVIDAL: And at noon.\n\nVIDAL: And at six.",
        "REPORTER: When?\n\nVIDAL: At six.",
    ],
)
def test_labels_without_an_exchange_are_not_a_transcript(text: str) -> None:
    assert _turns(newsdoc.parse(text)) == []


def _interview(opening: str) -> str:
    return (
        f"{opening}\n\n"
        "ML: Why did the dockers walk out?\n\n"
        "TS: The owners had cut their pay twice in one winter, and nobody listened.\n\n"
        "ML: Did the town side with them?\n\n"
        "TS: Most of it did, at least until the ships stopped coming."
    )


def test_initials_labels_stand_for_the_people_named_in_full() -> None:
    opening = "Maria Lund spoke to the historian Thomas Sund about the harbour strike of 1921."
    turns = _turns(newsdoc.parse(_interview(opening)))
    assert [turn.speaker.name if turn.speaker else None for turn in turns] == [
        "Maria Lund",
        "Thomas Sund",
        "Maria Lund",
        "Thomas Sund",
    ]
    assert [turn.speaker.raw if turn.speaker else None for turn in turns] == ["ML", "TS"] * 2


def test_initials_that_name_no_one_keep_their_capitals() -> None:
    # Maria Lund and Mark Lind share their initials, and the docker goes unnamed
    opening = "Maria Lund and Mark Lind spoke to a retired docker about the strike."
    names = [
        turn.speaker.name for turn in _turns(newsdoc.parse(_interview(opening))) if turn.speaker
    ]
    assert names == ["ML", "TS", "ML", "TS"]
