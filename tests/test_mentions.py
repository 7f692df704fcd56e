"""Subject phrases: one row per rule of the mention rule table, and the speaker trace."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.quoting.mentions import PHRASE_RULES, read_subject
from newsdoc.quoting.trace import tracing
from newsdoc.testing import explain_speakers
from rule_docs import docstring

# phrase, name read, kind, form, rule
RULE_ROWS = [
    ("Ana Roe and Ben Lee", "Ana Roe and Ben Lee", "person", "description", "named-pair"),
    ("a group called the Peace Fund", "the Peace Fund", "organization", "name", "named-source"),
    ("the statement by Ana Roe", "Ana Roe", "person", "name", "authored-document"),
    ("she’s", "she", "person", "pronoun", "pronoun"),
    (
        "Two people briefed on the talks",
        "Two people briefed on the talks",
        "unnamed",
        "description",
        "counted-source",
    ),
    (
        "Small groups of protesters",
        "Small groups of protesters",
        "unnamed",
        "description",
        "capital-modifier",
    ),
    (
        "The Ruritanian governor",
        "The Ruritanian governor",
        "unnamed",
        "description",
        "capitals-before-role",
    ),
    (
        "the Lopez campaign",
        "the Lopez campaign",
        "organization",
        "description",
        "capitals-before-organisation",
    ),
    (
        "his Ruritanian counterpart",
        "his Ruritanian counterpart",
        "unnamed",
        "description",
        "possessive-modifier",
    ),
    ("The Prime Minister", "The Prime Minister", "unnamed", "description", "title-run"),
    ("Foreign Minister Anna Kovac", "Anna Kovac", "person", "name", "name"),
    (
        "Lawyers for the family",
        "Lawyers for the family",
        "unnamed",
        "description",
        "capitalised-role-noun",
    ),
    ("the minister", "the minister", "unnamed", "description", "definite-description"),
    (
        "a narrator in the campaign ad",
        "a narrator in the campaign ad",
        "unnamed",
        "description",
        "indefinite-description",
    ),
    ("her rival", "her rival", "unnamed", "description", "possessive-description"),
    (
        "the regional water board",
        "the regional water board",
        "organization",
        "description",
        "organisation-noun",
    ),
    ("senior officials", "senior officials", "unnamed", "description", "role-noun"),
]


@pytest.mark.parametrize(("phrase", "name", "kind", "form", "rule"), RULE_ROWS)
def test_each_rule_reads_its_form(phrase: str, name: str, kind: str, form: str, rule: str) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.name, mention.kind, mention.form, mention.rule) == (name, kind, form, rule)


def test_every_rule_has_a_row() -> None:
    assert {row[-1] for row in RULE_ROWS} == {name for name, _rule in PHRASE_RULES}


def test_every_rule_documents_an_example() -> None:
    for name, rule in PHRASE_RULES:
        assert "``" in docstring(rule), name


@pytest.mark.parametrize(
    "phrase",
    [
        "despite being the envoy",
        "which it was",
        "Monday",
        # a participle opening a clause, short or taking an indefinite object
        "Using this lever",
        "Asked them",
        "Placing something",
        "Handing everyone",
    ],
)
def test_phrases_that_name_nobody(phrase: str) -> None:
    assert read_subject(phrase, 0, len(phrase)) is None


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        # a time phrase before the title is no part of the role
        ("Last month President Ivo Brandt", "Ivo Brandt", "President"),
        ("Earlier this week Finance Minister Ida Berg", "Ida Berg", "Finance Minister"),
        # a determiner opening a role noun, not the name: a person, not an organisation
        ("The finance minister Ida Berg", "Ida Berg", "finance minister"),
        ("her defence lawyer Tomas Brandt", "Tomas Brandt", "defence lawyer"),
    ],
)
def test_roles_and_names_after_times_and_role_nouns(phrase: str, name: str, role: str) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.name, mention.kind, mention.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        # a clause before the name holds a pronoun, which no title does
        ("He said Tom Vale", None),
        ("She told them Tom Vale", None),
        # an acronym is no pronoun
        ("IT Minister Tom Vale", "IT Minister"),
    ],
)
def test_a_clause_before_a_name_is_no_role(phrase: str, role: str | None) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.name, mention.role) == ("Tom Vale", role)


def test_a_short_name_ending_like_a_participle_still_names() -> None:
    mention = read_subject("Ewing of the council", 0, len("Ewing of the council"))
    assert mention is not None
    assert mention.name == "Ewing of the council"


def test_a_determiner_opening_a_capitalised_name_still_names_an_organisation() -> None:
    mention = read_subject("the Lopez Foundation", 0, len("the Lopez Foundation"))
    assert mention is not None
    assert (mention.name, mention.kind) == ("the Lopez Foundation", "organization")


def test_offsets_and_rule_survive_a_shifted_phrase() -> None:
    text = "Yesterday, Foreign Minister Anna Kovac"
    mention = read_subject(text, 11, len(text))
    assert mention is not None
    assert text[mention.start : mention.end] == "Anna Kovac"
    assert mention.rule == "name"


def test_explain_speakers_names_the_rules() -> None:
    text = (
        "Thomas Berger opened the hearing.\n\n"
        "“We are ready,” he said.\n\n"
        "“The pier reopens on Monday,” the harbour office said."
    )
    explained = explain_speakers(text)
    rules = [
        (e.quote.speaker.name if e.quote.speaker else None, e.mention_rule, e.resolution_rule)
        for e in explained
    ]
    assert rules == [
        ("Thomas Berger", "pronoun", "last-speaker-or-nearest"),
        ("the harbour office", "organisation-noun", "as-printed"),
    ]


def test_a_quote_without_speaker_has_no_rules() -> None:
    explained = explain_speakers("The sign read “closed for repairs” all week.")
    assert all(e.mention_rule is None for e in explained if e.quote.speaker is None)


def test_nothing_is_recorded_outside_tracing() -> None:
    import newsdoc

    with tracing() as choices:
        pass
    newsdoc.parse("“We are ready,” Ola Nordmann said.")
    assert choices == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # given names of many languages let a pronoun find its person
        ("Yuliia Brandt opened the hearing. She said the pier would reopen.", "Yuliia Brandt"),
        (
            "Oleksandra Brandt opened the hearing. She said the pier would reopen.",
            "Oleksandra Brandt",
        ),
    ],
)
def test_given_names_of_many_languages_mark_people(text: str, name: str) -> None:
    [quote] = [quote for quote in newsdoc.parse(text).quotes if quote.kind == "indirect"]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, "person")
