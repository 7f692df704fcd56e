"""Speaker mentions: reading subject phrases and resolving short forms."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.quoting.coreference import Entities
from newsdoc.quoting.mentions import read_subject
from newsdoc.quoting.names import split_title

# (subject phrase, name, kind, role, form)
SUBJECTS = [
    ("Tomas Lindqvist", "Tomas Lindqvist", "person", None, "name"),
    (
        "Meanwhile, Finnish trade envoy Aino Virtanen, head of the team",
        "Aino Virtanen",
        "person",
        "Finnish trade envoy",
        "name",
    ),
    (
        "A member of the delegation, Marko Petrov,",
        "Marko Petrov",
        "person",
        "A member of the delegation",
        "name",
    ),
    (
        "Ukrainian Deputy Minister Olena Marchenko",
        "Olena Marchenko",
        "person",
        "Ukrainian Deputy Minister",
        "name",
    ),
    ("Sen. Ruth Baker (D-Ore.)", "Ruth Baker", "person", "Sen.", "name"),
    ("Lindqvist", "Lindqvist", "person", None, "short"),
    ("he", "he", "person", None, "pronoun"),
    ("After the meeting, she", "she", "person", None, "pronoun"),
    ("the ministry", "the ministry", "organization", None, "description"),
    ("a spokesperson", "a spokesperson", "unnamed", None, "description"),
    ("BBC", "BBC", "organization", None, "name"),
    # a country or a seat of power speaks as a state; a given name stays a person
    ("Russia", "Russia", "organization", None, "name"),
    ("Saudi Arabia", "Saudi Arabia", "organization", None, "name"),
    ("Moscow", "Moscow", "organization", None, "name"),
    ("Jordan", "Jordan", "person", None, "short"),
    # a state after a town is an apposition; capitals before a role modify it
    ("Ana Lind, 59, of Dunmore, Vt.,", "Ana Lind", "person", None, "name"),
    ("The Vermont senator", "The Vermont senator", "unnamed", None, "description"),
    ("White House advisers", "White House advisers", "unnamed", None, "description"),
    (
        "The Harbour Watch average of polls",
        "The Harbour Watch average of polls",
        "unnamed",
        None,
        "description",
    ),
    # a video, a transcript or an average shows what it shows, as a poll does
    ("Video", "Video", "unnamed", None, "description"),
    # the name given to a described source, with the description as its role
    ("A group called the Fund for Peace", "the Fund for Peace", "organization", "A group", "name"),
    ("the man called Ivo Brandt", "Ivo Brandt", "person", "the man", "name"),
    # markup left in the text is passed over
    ("<b>Ana Lind</b>", "Ana Lind", "person", None, "name"),
    ('x" note="Half right.">Lind', "Lind", "person", None, "short"),
    # platforms and companies speak as organisations
    ("Twitter", "Twitter", "organization", None, "name"),
    # a name ending in -ly is no adverb; a capitalised role noun opening a sentence is
    # no name
    ("Maria Kell", "Maria Kell", "person", None, "name"),
    ("Lawyers for the family", "Lawyers for the family", "unnamed", None, "description"),
    ("Officials in Kyiv", "Officials in Kyiv", "unnamed", None, "description"),
    # a capital opening a plural noun phrase modifies it; a name with an adverb stays one
    ("Tovey aides", "Tovey aides", "unnamed", None, "description"),
    ("Small groups of protesters", "Small groups of protesters", "unnamed", None, "description"),
    ("Quill now", "Quill", "person", None, "short"),
    ("Tovey himself", "Tovey", "person", None, "short"),
    (
        "the President of Ukraine Petro Melnyk",
        "Petro Melnyk",
        "person",
        "President of Ukraine",
        "name",
    ),
    # a sentence opener, an adverb or a participial phrase before the subject names
    # nobody; a party label after a name is an apposition
    ("Initially, the regulators", "the regulators", "unnamed", None, "description"),
    ("Overall, the fund", "the fund", "organization", None, "description"),
    ("Heading into the vote, Varga", "Varga", "person", None, "short"),
    ("Senator Ida Lund, R-Utah,", "Ida Lund", "person", "Senator", "name"),
    # a counted or quantified source is described, whatever capitals follow
    (
        "Two people briefed on the talks",
        "Two people briefed on the talks",
        "unnamed",
        None,
        "description",
    ),
    ("One Republican", "One Republican", "unnamed", None, "description"),
    ("Another", "Another", "unnamed", None, "description"),
    # an example after "including" and the auxiliary left after it name nobody
    (
        "Other major unions, including the Teamsters,",
        "Other major unions",
        "unnamed",
        None,
        "description",
    ),
    (
        "As many tax experts, including Mr. Vik, have",
        "many tax experts",
        "unnamed",
        None,
        "description",
    ),
    # names in the complement of a plural phrase do not make its capital a name
    (
        "Political observers in Vermont",
        "Political observers in Vermont",
        "unnamed",
        None,
        "description",
    ),
    ("Polling averages", "Polling averages", "unnamed", None, "description"),
    # a contracted auxiliary and a subordinator leave the pronoun
    ("he’s", "he", "person", None, "pronoun"),
    ("Lest you", "you", "person", None, "pronoun"),
]


@pytest.mark.parametrize(("phrase", "name", "kind", "role", "form"), SUBJECTS)
def test_read_subject(phrase: str, name: str, kind: str, role: str | None, form: str) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert mention.name == name
    assert mention.kind == kind
    assert mention.role == role
    if kind == "person":
        assert mention.form == form
    assert phrase[mention.start : mention.end].removesuffix(",") in {name, phrase.strip(" ,")}


@pytest.mark.parametrize(
    "phrase",
    [
        "The plan was delayed after",
        "",
        "on Monday",
        # capitalised only because they open a sentence
        "Initially",
        "Conversely",
        "Monday",
        "Heading into the debate",
        "R-Utah",
        "Having",
        "Correction",
        "Now",
        "To",
        "Sometimes",
        # an adjunct holds no subject
        "despite being the U.S. envoy in Brussels",
    ],
)
def test_non_speakers_give_nothing(phrase: str) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is None or mention.kind != "person" or mention.form != "name"


def test_split_title() -> None:
    assert split_title(["Foreign", "Minister", "Anna", "Kovac"]) == (2, None)
    assert split_title(["Mrs.", "Anna", "Kovac"]) == (1, "Mrs.")
    assert split_title(["Anna", "Kovac"]) == (0, None)
    # a describing noun from the lexicon before a given name and a surname
    assert split_title(["Rival", "Anna", "Kovac"]) == (1, None)
    assert split_title(["Harbour", "Anna", "Kovac"]) == (0, None)


def _resolve(text: str, phrase: str) -> tuple[str, str | None]:
    entities = Entities()
    entities.scan(text, 0, len(text))
    start = text.rindex(phrase)
    mention = read_subject(text, start, start + len(phrase))
    assert mention is not None
    speaker = entities.resolve(text, mention)
    antecedent = speaker.antecedent
    return speaker.name, None if antecedent is None else text[antecedent.start : antecedent.end]


RESOLUTION = [
    # pronoun gender from given names: "she" skips the nearer man
    ("Maria Lopez met John Carter. she", "she", "Maria Lopez"),
    ("Maria Lopez met John Carter. he", "he", "John Carter"),
    # gendered honorific
    ("Mrs. Kowalczyk met John Carter. she", "she", "Kowalczyk"),
    # surname and given-name short forms
    ("President Rahul Venkatesan arrived. Venkatesan", "Venkatesan", "Rahul Venkatesan"),
    ("Mayor Rahul Venkatesan arrived. Rahul", "Rahul", "Rahul Venkatesan"),
    # role description
    (
        "Foreign Minister Anna Kovac arrived with Paul Ross. the minister",
        "the minister",
        "Anna Kovac",
    ),
    # a role printed in lower case before the name, or in a description after it
    ("Finance minister Maria Berg met Tom Lake. the minister", "the minister", "Maria Berg"),
    ("Maria Berg, the finance minister, met Tom Lake. the minister", "the minister", "Maria Berg"),
    (
        "Tom Lake, a Republican strategist, met Maria Berg. the strategist",
        "the strategist",
        "Tom Lake",
    ),
    # qualifiers must agree: a country and its adjective do, two parties do not
    (
        "Russia's envoy Paul Ross met Anna Kovac. the Russian envoy",
        "the Russian envoy",
        "Paul Ross",
    ),
    (
        "Republican nominee Tom Lake met Anna Kovac. the Democratic nominee",
        "the Democratic nominee",
        "the Democratic nominee",
    ),
    (
        "defence minister Paul Ross met Anna Kovac. the foreign minister",
        "the foreign minister",
        "the foreign minister",
    ),
    # a title printed in the name outranks a nearer description
    (
        "President Maria Berg met Tom Lake, the president of the bank. the president",
        "the president",
        "Maria Berg",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "name"), RESOLUTION)
def test_resolution(text: str, phrase: str, name: str) -> None:
    resolved, antecedent = _resolve(text, phrase)
    assert resolved == name
    if phrase != name:
        assert antecedent is not None
        assert name.endswith(antecedent.split()[-1])


def test_unresolvable_pronoun_stays_unnamed() -> None:
    entities = Entities()
    text = "The ferry was late. she"
    mention = read_subject(text, 20, 23)
    assert mention is not None
    speaker = entities.resolve(text, mention)
    assert speaker.kind == "unnamed"
    assert speaker.antecedent is None


# (article, the quotation, expected speaker)
END_TO_END_RESOLUTION = [
    # a name printed with glued initials is a full name; its surname resolves to it
    (
        "Director R.T. Vasko showed the film.\n\n“We shot it in winter,” Vasko said.",
        "We shot it in winter,",
        "R.T. Vasko",
    ),
    # "he" after a quotation goes to the speaker quoted just before, not to a man
    # merely mentioned in between
    (
        (
            "“The book is accurate,” author Tomas Brandt said.\n\n"
            "He criticised President Alexander Berg on Friday.\n\n“I kept every note,” he added."
        ),
        "I kept every note,",
        "Tomas Brandt",
    ),
    # a pronoun in a sentence-opening subordinate clause points forward to the subject
    (
        (
            "Peter Lind and Alexander Ekdahl met the crew.\n\n"
            "Although he said the shoot was “exhausting,” Lind stayed on."
        ),
        "exhausting,",
        "Peter Lind",
    ),
    # given names coordinated before a full name share its surname
    (
        "Kevin, Andrew, and Luis Malta met the press.\n\n“We are grateful,” Andrew said.",
        "We are grateful,",
        "Andrew Malta",
    ),
    (
        "Mia and Omar Haddad opened the shop.\n\n“It took a year,” Mia said.",
        "It took a year,",
        "Mia Haddad",
    ),
    # only the given names next to the full name: "Lindqvist" is no given name
    (
        "Lindqvist, Kevin and Luis Malta met.\n\n“Fine,” Kevin said.",
        "Fine,",
        "Kevin Malta",
    ),
    # a surname that is also a country is the person the article named
    (
        "Luis Malta spoke on Monday.\n\n“Thank you,” Malta said.",
        "Thank you,",
        "Luis Malta",
    ),
    (
        "Talks stalled on Monday.\n\n“We will not yield,” Russia said.",
        "We will not yield,",
        "Russia",
    ),
    # "they" stands for the organisation or plural source quoted last
    (
        "The ministry said the talks would go on.\n\n“We will respond,” they said.",
        "We will respond,",
        "The ministry",
    ),
    (
        "Lawyers for the family said the ruling was wrong.\n\n“We will appeal,” they said.",
        "We will appeal,",
        "Lawyers for the family",
    ),
    # a title-case headline runs names together: its first two words name the person
    (
        (
            "Maria Lind Takes On Ivo Brandt Over The Budget\n\nThe senator spoke on "
            "Monday.\n\n“We are done,” she said."
        ),
        "We are done,",
        "Maria Lind",
    ),
    # "it" stands for the organisation quoted last, never for a plural source
    (
        "The ministry said the talks would go on.\n\n“We will respond,” it said.",
        "We will respond,",
        "The ministry",
    ),
    (
        (
            "The ministry said the talks would go on. Lawyers for the family said the "
            "ruling was wrong.\n\n“We will respond,” it said."
        ),
        "We will respond,",
        "The ministry",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), END_TO_END_RESOLUTION)
def test_speakers_resolved_end_to_end(text: str, quoted: str, speaker: str) -> None:
    quotes = [quote for quote in newsdoc.parse(text).quotes if quote.text == quoted]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


def test_a_sibling_resolves_to_where_its_given_name_is_printed() -> None:
    text = "Kevin, Andrew, and Luis Malta met the press.\n\n“We are grateful,” Andrew said."
    (quote,) = newsdoc.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.kind == "person"
    assert quote.speaker.antecedent is not None
    antecedent = quote.speaker.antecedent
    assert text[antecedent.start : antecedent.end] == "Andrew"
    assert antecedent.start == text.index("Andrew")


@pytest.mark.parametrize("pronoun", ["they", "it"])
def test_they_and_it_are_left_alone_after_a_person_is_quoted(pronoun: str) -> None:
    text = (
        "The ministry said the talks would go on. Jane Roe said it was over.\n\n"
        f"“We will respond,” {pronoun} said."
    )
    (quote,) = [quote for quote in newsdoc.parse(text).quotes if quote.kind == "direct"]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (pronoun, "unnamed")


def test_they_points_back_to_its_group() -> None:
    text = "The ministry said the talks would go on.\n\n“We will respond,” they said."
    (quote,) = [quote for quote in newsdoc.parse(text).quotes if quote.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.raw == "they"
    assert quote.speaker.kind == "organization"
    assert quote.speaker.antecedent is not None
    antecedent = quote.speaker.antecedent
    assert text[antecedent.start : antecedent.end] == "The ministry"


def test_initials_before_a_title_word_are_not_a_person() -> None:
    entities = Entities()
    text = "The U.S. President spoke. he"
    entities.scan(text, 0, len(text))
    mention = read_subject(text, len(text) - 2, len(text))
    assert mention is not None
    assert entities.resolve(text, mention).kind == "unnamed"


SUBJECTS_MORE = [
    ("Her rival", "Her rival", "unnamed", "description"),
    ("A spokeswoman for Ana Vidal", "A spokeswoman for Ana Vidal", "unnamed", "description"),
    ("(Wire Service) - Ivo Pranjic", "Ivo Pranjic", "person", "name"),
]


@pytest.mark.parametrize(("phrase", "name", "kind", "form"), SUBJECTS_MORE)
def test_described_and_parenthesised_subjects(phrase: str, name: str, kind: str, form: str) -> None:
    mention = read_subject(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.name, mention.kind, mention.form) == (name, kind, form)


def test_subject_reading_does_not_depend_on_where_the_phrase_sits() -> None:
    phrase = "Finnish trade envoy Aino Virtanen"
    alone = read_subject(phrase, 0, len(phrase))
    inside = read_subject("Earlier. " + phrase + " said", 9, 9 + len(phrase))
    assert alone is not None
    assert inside is not None
    assert (inside.start - 9, inside.end - 9, inside.name, inside.role) == (
        alone.start,
        alone.end,
        alone.name,
        alone.role,
    )


RESOLVED = [
    # the pronoun goes to the subject opening its sentence, not a name met in between
    (
        (
            "Maria Nord met Elena Berg on Monday. Yet Nord has changed her account of the "
            "meeting with Elena Berg — “I now remember it,” she said."
        ),
        "I now remember it,",
        "Maria Nord",
    ),
    # a name suffix does not hide the surname
    (
        "Omar Haddad Jr. was charged on Friday. Haddad said he would “fight every count.”",
        "fight every count.",
        "Omar Haddad Jr.",
    ),
    # the subject of a relative clause running into the cue speaks; a relative clause
    # closed by a comma leaves the speaker before it
    (
        "The posters show a street in which residents say, “We were never asked.”",
        "We were never asked.",
        "residents",
    ),
    (
        "Ana Lind, a historian who attended the session, recalled, “He was angry.”",
        "He was angry.",
        "Ana Lind",
    ),
    # a title's full stop does not end the sentence the pronoun's subject opens
    (
        (
            "Dana Vole and Kit Arden sang.\n\nKit Arden left. Ms. Vole got a roar when, at "
            "the end of her song, she added the words, “Vote early.”"
        ),
        "Vote early.",
        "Dana Vole",
    ),
    # a pronoun opening its sentence goes to the subject of the sentence before, not to
    # the person named last
    (
        "Ana Lind spoke first. “We won,” she said.\n\nMark Petrov sat by Tom Roe. He said “no.”",
        "no.",
        "Mark Petrov",
    ),
    # a pair named together is who "they" are
    (
        "Ana Roe and Ben Lee said the pier was safe.\n\n“It is safe,” they said.",
        "It is safe,",
        "Ana Roe and Ben Lee",
    ),
    # the subject after a subordinator speaks
    (
        (
            "Ana Vidal described a meeting in May when Ivo Pranjic told officials they must "
            "“pay first.”"
        ),
        "pay first.",
        "Ivo Pranjic",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), RESOLVED)
def test_pronouns_and_short_forms_resolve(text: str, quoted: str, speaker: str) -> None:
    quotes = [quote for quote in newsdoc.parse(text).quotes if quote.text == quoted]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize("gap", ["\r\r", "\r\n\r\n", "\n\n"])
def test_speakers_do_not_depend_on_the_line_break_style(gap: str) -> None:
    # the names of earlier paragraphs resolve "she" and "the minister" whatever breaks
    # the paragraphs: "\n", "\r" or both
    paragraphs = [
        "Finance minister Maria Berg met the bankers on Monday.",
        "Talks Will Go On After The Storm Over Rates",
        "“We need calm,” the minister said.",
        "“Rates will hold,” she added.",
    ]
    article = newsdoc.parse(gap.join(paragraphs))
    assert [(quote.speaker.name if quote.speaker else None) for quote in article.quotes] == [
        "Maria Berg",
        "Maria Berg",
    ]
