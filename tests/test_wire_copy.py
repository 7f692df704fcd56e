"""Wire copy in the South Asian and African agency style: a ``City:`` dateline opens
the story, a title phrase stands before the speaker's name, a time adjunct follows the
subject, and verbs that make news public report speech only with a clause."""

from __future__ import annotations

import pytest

import newsdoc


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = newsdoc.parse(text)
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Mumbai: Actor Jane Roe shared a picture of her new home on Sunday.", "Mumbai"),
        ("New Delhi: The cabinet on Monday cleared a plan for rural roads.", "New Delhi"),
        ("Lagos: Police Commissioner Ann Lee said the roads would reopen soon.", "Lagos"),
    ],
)
def test_a_known_town_and_a_colon_open_the_story_as_a_dateline(text: str, location: str) -> None:
    article = newsdoc.parse(text)
    assert article.dateline is not None
    assert article.dateline.location == location
    assert all(speaker != location for _content, speaker in _speakers(text))


def test_a_name_and_a_colon_stay_a_speaker_not_a_dateline() -> None:
    text = "Jane Roe: We will win the vote in the spring."
    assert newsdoc.parse(text).dateline is None
    assert _speakers(text) == [("We will win the vote in the spring", "Jane Roe")]


def test_a_town_is_no_colon_speaker_further_down_the_text() -> None:
    text = "A digest of the day.\n\nChennai: Heavy rain closed schools across the district."
    assert all(speaker != "Chennai" for _content, speaker in _speakers(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Rates stay where they are," Acme Central Bank Deputy Governor Jane Roe said.',
            "Jane Roe",
            "Acme Central Bank Deputy Governor",
        ),
        (
            'Former Acme Motors Chief Executive Ann Lee said, "We did our best."',
            "Ann Lee",
            "Former Acme Motors Chief Executive",
        ),
    ],
)
def test_the_title_phrase_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    (quote,) = newsdoc.parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The government on Monday said that it would review the rules.", "The government"),
        ("Police late last night said two men were held.", "Police"),
        ("The mayor yesterday said the bridge would open in May.", "The mayor"),
        ("Jane Roe on Friday said that she would run again.", "Jane Roe"),
    ],
)
def test_a_time_adjunct_after_the_subject_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert [name for _content, name in _speakers(text)] == [speaker]


def test_a_title_named_like_a_time_word_keeps_its_name() -> None:
    assert _speakers("The Day said that the vote was close.") == [("the vote was close", "The Day")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced new sanctions against the firms on Tuesday.",
        "The minister confirmed to meet the delegation next week.",
        "The club revealed its new kit at the stadium.",
        "The mayor confirmed it on Monday.",
    ],
)
def test_news_verbs_with_a_plain_object_report_no_speech(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bank announced that it would close ten branches.", "it would close ten branches"),
        ("The bank announced it would close ten branches.", "it would close ten branches"),
        ("Police confirmed they had arrested two men.", "they had arrested two men"),
        (
            "The board announced earlier this year that fees would rise.",
            "fees would rise",
        ),
    ],
)
def test_news_verbs_with_a_clause_report_speech(text: str, content: str) -> None:
    assert [found for found, _speaker in _speakers(text)] == [content]
