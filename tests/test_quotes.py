"""Quotes: direct, partial and indirect speech with speakers, end to end and direct."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given

import newsdoc
from newsdoc.document import Document
from newsdoc.models import Diagnostic, Quote
from newsdoc.parsers.quotes import QuoteParser
from newsdoc.quoting.text import sentence_starts
from newsdoc.testing import marked
from newsdoc.testing.strategies.quotes import quote_articles


def _quotes(text: str) -> list[Quote]:
    return [item for item in QuoteParser().parse(Document(text)) if isinstance(item, Quote)]


def _direct(text: str) -> list[Quote]:
    return [quote for quote in _quotes(text) if quote.kind != "indirect"]


# (marked text, kind, speaker name); ⟦q:…⟧ marks the quotation, ⟦s:…⟧ the speaker mention
DIRECT = [
    ("Harbour master Ana Vidal said, ⟦q:“The ferry will run.”⟧", "direct", "Ana Vidal"),
    ('⟦q:"We are ready,"⟧ said ⟦s:Mayor Jonas Berg⟧.', "direct", "Jonas Berg"),
    ("⟦q:“We are ready,”⟧ ⟦s:she⟧ said.", "direct", None),
    ("⟦q:„Wir sind bereit“⟧, said Klaus Weber.", "direct", "Klaus Weber"),
    ("⟦q:«Nous sommes prêts,»⟧ said Pierre Dumas.", "direct", "Pierre Dumas"),
    ('⟦q:"The roads are open,”⟧ Ines Roth told reporters.', "direct", "Ines Roth"),
    # archive text prints double marks as two apostrophes, or backticks and apostrophes
    ("Tolls rose. ⟦q:''It is a tax,''⟧ said Leo Brandt.", "direct", "Leo Brandt"),
    ("⟦q:``It is a tax,''⟧ Leo Brandt said.", "direct", "Leo Brandt"),
    ("⟦q:“It is a ‘historic’ day,”⟧ said Sara Lind.", "direct", "Sara Lind"),
    ("Council leader Omar Haddad said: ⟦q:“We will vote on Friday.”⟧", "direct", "Omar Haddad"),
    ("⟦q:“Rates will rise,”⟧ the ministry said.", "direct", "the ministry"),
    ("⟦q:“Rates will rise,”⟧ a spokesperson said.", "direct", "a spokesperson"),
    (
        "Officials spoke to Lena Park, saying she recalled it ⟦q:“vividly.”⟧",
        "partial",
        None,
    ),
]


@pytest.mark.parametrize(("source", "kind", "speaker"), DIRECT)
def test_direct_and_partial_quotes(source: str, kind: str, speaker: str | None) -> None:
    sample = marked(source)
    quotes = _direct(sample.text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.span == sample.span("q")
    assert quote.kind == kind
    # the content is the quotation without its marks, one or two characters each side
    opening = sample.text[quote.span.start : quote.content.start]
    closing = sample.text[quote.content.end : quote.span.end]
    assert opening in {"“", '"', "„", "«", "‘", "''", "``"}
    assert closing in {"”", '"', "“", "»", "’", "''"}
    assert quote.text == sample.text[quote.content.start : quote.content.end]
    if speaker is not None:
        assert quote.speaker is not None
        assert quote.speaker.name == speaker


NOT_SPEECH = [
    "The army launched a “peacekeeping operation” in the area.",
    "She appeared on “Morning Report” on Sunday.",
    "Don’t miss the ’90s revival at James’ bar.",
    "Protesters carried ‘No’ signs through the square.",
    "Rock 'n' roll and the '90s are back, isn't it?",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_scare_quotes_titles_and_apostrophes_are_not_speech(text: str) -> None:
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“We are done,” said a spokesman, Jon Vik.", "Jon Vik", "a spokesman"),
        (
            (
                "Vik was known for telling aides “he was in charge” despite being the U.S. "
                "envoy in Oslo, said another witness, former adviser Ana Lind."
            ),
            "Ana Lind",
            "another witness",
        ),
    ],
)
def test_an_inverted_speaker_named_in_apposition(text: str, name: str, role: str) -> None:
    (quote,) = [quote for quote in _quotes(text) if quote.kind != "indirect"]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


def test_an_unattributed_quotation_after_the_paragraphs_opening_sentence() -> None:
    text = (
        "“We will win,” Mark Penrose said on CNN.\n\nSen. Ana Lind, who lost the primaries, "
        "named fatigue as one reason. “The young are sick and tired of it.”"
    )
    (quote,) = [quote for quote in _quotes(text) if quote.text.startswith("The young")]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Lind"


def test_an_indefinite_description_after_the_quotation_speaks() -> None:
    (quote,) = _quotes("“Why did he not pay?” a narrator in the advert asks.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("a narrator in the advert", "unnamed")


def test_a_quotation_inside_reported_speech_shares_its_speaker() -> None:
    text = (
        "Mayor Jane Roe spoke first.\n\nAna Lind, 59, of Dunmore, Vt., who watched the "
        "ceremony, said the day made her think of the harbour, and of ''the old "
        "summers on the pier.''"
    )
    (quote,) = [quote for quote in _quotes(text) if quote.kind == "partial"]
    assert quote.text == "the old summers on the pier."
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Lind"


def test_quoted_words_inside_reported_speech_are_the_speakers_words() -> None:
    text = (
        "At the hearing, Ana Lind said she had read the report and slammed the inquiry as "
        "a “disgrace.”"
    )
    kinds = {quote.kind: quote for quote in _quotes(text)}
    assert set(kinds) == {"indirect", "partial"}
    # "the report" is a noun, not the cue of the quoted word
    partial = kinds["partial"]
    assert partial.text == "disgrace."
    assert partial.speaker is not None
    assert partial.speaker.name == "Ana Lind"
    assert partial.cue == kinds["indirect"].cue


def test_markup_left_in_the_text_is_neither_speech_nor_a_speaker() -> None:
    text = (
        "Paul Brandt spoke.\n\n"
        '<tweet pic="pic.twitter.com/x" note="Half right.">'
        "Brandt said “the rate is 51 percent.”</tweet>"
    )
    assert [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in _quotes(text)] == [
        ("direct", "the rate is 51 percent.", "Paul Brandt")
    ]


def test_pronoun_and_surname_resolve_to_the_full_name() -> None:
    text = (
        "Deputy Mayor Carla Jensen met farmers on Monday.\n\n"
        "“The harvest is late,” Jensen said.\n\n"
        "“We will help,” she said. “The fund opens in May.”"
    )
    quotes = _direct(text)
    assert [quote.speaker.name for quote in quotes if quote.speaker] == ["Carla Jensen"] * 3
    first = quotes[0].speaker
    assert first is not None
    assert first.raw == "Jensen"
    assert first.antecedent is not None
    assert text[first.antecedent.start : first.antecedent.end] == "Carla Jensen"


def test_interrupted_quote_shares_speaker_and_cue() -> None:
    quotes = _direct("“The bridge is safe,” said Nils Holm. “It was checked in June.”")
    assert len(quotes) == 2
    assert quotes[1].speaker == quotes[0].speaker
    assert quotes[1].cue == quotes[0].cue


def test_speaker_named_in_previous_paragraph() -> None:
    text = "Engineer Rosa Diaz said:\n\n“The tunnel opens next spring.”"
    quotes = _direct(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Rosa Diaz"


def test_multi_paragraph_quote_gives_one_item_per_paragraph_with_a_group() -> None:
    text = (
        "Coach Mia Olsen said: “We trained hard all winter.\n\n"
        "“The team is ready for the final.”\n\nThe match starts at noon."
    )
    quotes = _direct(text)
    assert [quote.text for quote in quotes] == [
        "We trained hard all winter.",
        "The team is ready for the final.",
    ]
    assert quotes[0].group is not None
    assert quotes[0].group == quotes[1].group
    assert all(quote.speaker and quote.speaker.name == "Mia Olsen" for quote in quotes)


def test_unclosed_quote_is_closed_at_its_paragraph_with_a_diagnostic() -> None:
    text = "Pia Nord said, “The vote was fair.\n\nThe count ended at noon."
    items = list(QuoteParser().parse(Document(text)))
    quotes = [item for item in items if isinstance(item, Quote)]
    assert quotes[0].text == "The vote was fair."
    assert any(isinstance(item, Diagnostic) and item.code == "unclosed-quote" for item in items)


INDIRECT = [
    ("Mayor Jonas Berg said ⟦c:the ferry would run on Sunday⟧.", "Jonas Berg", "say"),
    ("Ines Roth stated that ⟦c:the roads were open again⟧.", "Ines Roth", "state"),
    ("Ines Roth told reporters that ⟦c:the roads were open again⟧.", "Ines Roth", "tell"),
    ("According to the ministry, ⟦c:prices will fall next year⟧.", "the ministry", "according to"),
    ("⟦c:The plan will fail⟧, Omar Haddad said.", "Omar Haddad", "say"),
    ("A new poll found that ⟦c:most voters back the plan⟧.", "A new poll", "find"),
    ("Senator Ana Vidal believes ⟦c:the law goes too far⟧.", "Ana Vidal", "believe"),
    (
        "⟦c:The count was delayed by a day⟧, lawyers for the city said.",
        "lawyers for the city",
        "say",
    ),
    (
        "⟦c:The vote slipped to May⟧, two people close to the talks said.",
        "two people close to the talks",
        "say",
    ),
    (
        (
            "Dana Vick, who ran the port for a decade before she retired to the coast, "
            "said ⟦c:the new quay was never needed⟧."
        ),
        "Dana Vick",
        "say",
    ),
    ("The board met Ivo Pranjic, who said ⟦c:the loan was repaid in full⟧.", "Ivo Pranjic", "say"),
    ("Her rival said ⟦c:the count was rigged from the start⟧.", "Her rival", "say"),
    (
        "A spokeswoman for Ana Vidal says ⟦c:no donor was ever helped⟧.",
        "A spokeswoman for Ana Vidal",
        "say",
    ),
    ("Pia Nord said on Monday that ⟦c:the ferry would stay in port⟧.", "Pia Nord", "say"),
    ("Pia Nord said to reporters that ⟦c:the ferry would stay in port⟧.", "Pia Nord", "say"),
    # an adjunct between the cue and a clause without "that"
    ("The ministry said in a statement ⟦c:it would review the fares⟧.", "The ministry", "say"),
    ("Pia Nord said on Monday ⟦c:the ferry would stay in port⟧.", "Pia Nord", "say"),
    ("Pia Nord said yesterday ⟦c:the ferry would stay in port⟧.", "Pia Nord", "say"),
    ("Pia Nord said at the meeting ⟦c:the council had erred⟧.", "Pia Nord", "say"),
    ("Pia Nord thinks ⟦c:this is a mistake⟧.", "Pia Nord", "think"),
    # an interrupting attribution stays inside the one content span
    ("⟦c:The depot, Omar Haddad said, would close by June⟧.", "Omar Haddad", "say"),
    ("⟦c:The depot, Omar Haddad often says, is the town's heart⟧.", "Omar Haddad", "say"),
    # a name or a pronoun after "of" ends a plural subject; "to" opens an infinitive
    ("Members of Congress say ⟦c:the pier must be rebuilt⟧.", "Members of Congress", "say"),
    ("Many of them believe ⟦c:the pier must be rebuilt⟧.", "Many of them", "believe"),
    ("Omar Haddad went on to say ⟦c:the pier must be rebuilt⟧.", "Omar Haddad", "say"),
    ("Governor Ali Rahimi called for ⟦c:a new vote on the bridge toll⟧.", "Ali Rahimi", "call for"),
    ("Senator Lea Moss called on ⟦c:the agency to publish the records⟧.", "Lea Moss", "call"),
    ("A new survey shows ⟦c:the mayor leading by six points⟧.", "A new survey", "show"),
    ("Senator Lea Moss criticized ⟦c:the budget as a gift to donors⟧.", "Lea Moss", "criticize"),
    (
        (
            "Though the scheme would cost more than a billion over ten years, one study "
            "found ⟦c:it would pay for itself⟧."
        ),
        "one study",
        "find",
    ),
    # a parenthesis or an apposed party label after the name is no boundary, nor a name
    (
        "Rep. Jon Ekberg (R-Utah) said in a statement that ⟦c:the files had arrived late⟧.",
        "Jon Ekberg",
        "say",
    ),
    (
        "Senate leader Mia Storm, R-Ky., said Tuesday that ⟦c:the bill was dead⟧.",
        "Mia Storm",
        "say",
    ),
    # a short clause after the cue is its content; the words before a comma are the
    # content only when no clause follows the cue
    ("Initially, the regulators said ⟦c:the mine was safe⟧.", "the regulators", "say"),
    ("⟦c:For years, the plan has failed⟧, officials said.", "officials", "say"),
    # sentence openers and participial phrases are no speakers
    ("Overall, the fund predicted that ⟦c:the economy would grow slowly⟧.", "the fund", "predict"),
    (
        "Heading into the debate, Brandt told the show that ⟦c:he was not worried at all⟧.",
        "Brandt",
        "tell",
    ),
    (
        "Two people briefed on the talks said ⟦c:the mayor had decided to wait⟧.",
        "Two people briefed on the talks",
        "say",
    ),
    # a participle's subject: the name behind a modifier, or the sentence's pronoun
    (
        "Democratic nominee Ana Lind chimed in on Twitter, saying ⟦c:the video was disturbing⟧.",
        "Ana Lind",
        "say",
    ),
    # verbs sharing the sentence's subject; a subordinator opens the cue's clause
    (
        "Authorities arrested a man on Friday and said ⟦c:a curfew would continue⟧.",
        "Authorities",
        "say",
    ),
    (
        "Patriot filed in Richmond, Va., where restructuring experts say ⟦c:judges are quick⟧.",
        "restructuring experts",
        "say",
    ),
    # "called" giving its object a name or a judgement
    (
        # the content ends before the closing mark, as every indirect content does
        'Senator Tod Vik called ⟦c:Ana Lind a "serial fibber"⟧.',
        "Tod Vik",
        "call",
    ),
    ("The mayor called ⟦c:the ruling a fine result for voters⟧.", "The mayor", "call"),
    # an introductory phrase, then the subject with its apposition
    (
        (
            "With 50 days to go, Rena Holt, a senior adviser to the campaign, called "
            "⟦c:the remarks a wake-up call⟧."
        ),
        "Rena Holt",
        "call",
    ),
    # a cue noun after a possessive, with its content after "that"
    (
        "Reporters checked Varga’s claim that ⟦c:the bridge had been sold twice⟧.",
        "Varga",
        "claim",
    ),
    # ... which yields to a verb attributing the whole sentence
    (
        (
            "⟦c:The talks may widen if the mayor agrees to Beijing's demands to cut tariffs "
            "on steel⟧, people familiar with the talks say."
        ),
        "people familiar with the talks",
        "say",
    ),
]


NOT_ATTRIBUTION = [
    "Voters who support the measure gathered outside the hall on Friday.",
    "Officer Tim Roe found the keys in the car.",
    # "said to" with no one it was said to is hearsay about the subject
    "The bridge, said to cost five billion, opened on Monday to traffic.",
    "The tower - said to be the tallest in the region - opened on Monday.",
    # a subordinate clause after the adjunct is no content, nor "this" as an object
    "Pia Nord said on Friday as she entered the talks.",
    "Pia Nord said this at a briefing in Kyiv on Tuesday.",
    # a cue word after a determiner, a possessive or a number is a noun
    "Editor’s note: Ana Lind has repeatedly misled voters about the plan.",
    (
        "Another critic likened the rules to burning the Constitution - a charge that might "
        "have stung, since Lind was a mentor."
    ),
    "Most towns have missed the deadline to change the names on their ferry tickets.",
    "The former harbour master loudly pushed the plan during the annual meeting.",
    # "called" with no name given to its object
    "The mayor called the police after the fight on the bridge.",
    "The mayor called a meeting for Monday to discuss the bridge.",
    "The mayor called off the meeting because of the storm.",
    "Lind leads by 3 points, Storm by 4.3 points, and Vik by 2.1 points in the county.",
    # a cue word right before a finite auxiliary is a plural noun
    "Uneven polling across the coastal states has made the race hard to call.",
    "Several newer estimates have nearly doubled the figure for the harbour.",
    "Her remarks were cut from the broadcast on Monday evening.",
    # a bare cue word that an article of one or "of" and one modifier open is a noun
    "Once a town slides into a police state, it is very hard to turn back.",
    "The harbour deserves three forms of Ruritanian support after the storm.",
    "On a side note, the ferry is said to be the oldest in the region.",
    "Sales of ferries fell for lack of market demand in the bay last year.",
    "The move enraged critics, including a senator whose state relies heavily on coal.",
    # an opening adverb is no subject for a cue word that is a noun
    "Initially, state regulators did not consider the mine a realistic option.",
    # an instruction or a tip opens with an imperative: it has no subject
    "Get to know what happens at each stage so you can plan ahead.",
    "- Take a break when you feel the stress building up.",
    "Thank you, that feels so much better now.",
    # a relative clause without "that" describing a thing it has the head as object of
    "The port needs new cranes, something the council wants to buy in the spring.",
    # a label and its value after a colon are no speech
    "Headline: Storm Hits the Coast Again",
    "Portion Containers: 1 Green, 1 Red, 2 tsp.",
    # counted items after a named label are a record, not what the person said
    "Ana Roe: 3 wins, 2 losses, 1 draw",
    "Pantry list: 2 eggs, 1 cup flour, 3 apples",
    # a cue word right after a preposition, with no complement, is a noun or adjective
    "The country needs reforms, more autonomy for state lenders and new rules.",
    "Fans flocked in, including noted singer Ana Roe.",
    "Ana Roe spent two spells in charge of the club and then moved abroad.",
    "Round Two: Top 20 Men, Top 20 Women (Class 1 and 2)",
    "Note: The bundle includes a free month of the streaming service.",
    "Account: @ana_roe",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTION)
def test_restrictive_clauses_and_plain_finds_are_not_attribution(text: str) -> None:
    assert [quote for quote in _quotes(text) if quote.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessive opening the sentence governs the name after it
        ("Mayor Ana Roe’s spokesman Ivo Dal hit back, saying “the plan is dead.”", "Ivo Dal"),
        # a contracted pronoun leading lower-case words up to the cue
        ("I’m here to tell you that the ferry will run all winter.", "I"),
        ("She’s going to argue that the ferry will run all winter.", "She"),
    ],
)
def test_speakers_behind_possessives_and_contractions(text: str, speaker: str) -> None:
    quotes = _quotes(text)
    assert quotes
    assert {quote.speaker.name for quote in quotes if quote.speaker} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will not give in,” the head of state said on Monday.", "the head of state", "said"),
        (
            "“We will not give in,” the secretary of state told reporters.",
            "the secretary of state",
            "told",
        ),
    ],
)
def test_a_cue_word_after_of_is_a_noun(text: str, speaker: str, cue: str) -> None:
    (quote,) = _quotes(text)
    assert quote.speaker is not None
    assert quote.cue is not None
    assert (quote.speaker.raw, quote.cue.raw) == (speaker, cue)


def test_an_opening_adjunct_before_a_framed_quotation_is_no_indirect_speech() -> None:
    text = "After the meeting, a harbour official said “neither side gave ground.”"
    quotes = _quotes(text)
    assert [quote.kind for quote in quotes] == ["direct"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "a harbour official"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Few members backed Ruritania’s unfounded claim that ⟦c:the vote was fair⟧.", "Ruritania"),
        ("Laughter met the mayor’s bold claim that ⟦c:the pier was safe⟧.", "the mayor"),
        # a clause after the cue: the indefinite head's relative clause reports speech
        (
            "Troops will not go, something Mayor Ana Roe has said ⟦c:is off the table⟧.",
            "Ana Roe",
        ),
    ],
)
def test_claims_and_relative_clauses_that_report(source: str, speaker: str) -> None:
    sample = marked(source)
    quotes = [quote for quote in _quotes(sample.text) if quote.kind == "indirect"]
    assert [quote.content for quote in quotes][-1:] == [sample.span("c")]
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a headline quoting a person named in the story
        (
            "Ana Roe: Ferry Talks Will Go On\n\nThe ferry talks resumed, Ana Roe told the council.",
            "Ana Roe",
        ),
        # a label that names someone the story speaks of, with a sentence after it
        ("Vidal: we will not sell the pier to anyone.", "Vidal"),
    ],
)
def test_a_named_label_before_a_colon_attributes(text: str, speaker: str) -> None:
    (quote, *_) = [quote for quote in _quotes(text) if quote.kind == "indirect"]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.cue is not None
    assert quote.cue.raw == ":"


# (marked text, [(speaker, lemma)]) with ⟦a:…⟧ and ⟦b:…⟧ the two contents
SEVERAL = [
    (
        (
            "The mayor said ⟦a:the budget was balanced⟧, and the council said "
            "⟦b:it would vote on Monday⟧."
        ),
        [("The mayor", "say"), ("the council", "say")],
    ),
    (
        "Ana Vidal said ⟦a:the plan was sound⟧, adding that ⟦b:taxes would not rise next year⟧.",
        [("Ana Vidal", "say"), ("Ana Vidal", "add")],
    ),
    (
        (
            "The council rejected ⟦a:the bridge plan on Monday⟧, citing "
            "⟦b:the high cost of the new span⟧."
        ),
        [("The council", "reject"), ("The council", "cite")],
    ),
]


@pytest.mark.parametrize(("source", "expected"), SEVERAL)
def test_several_attributions_in_one_sentence(source: str, expected: list[tuple[str, str]]) -> None:
    sample = marked(source)
    quotes = [quote for quote in _quotes(sample.text) if quote.kind == "indirect"]
    assert [quote.content for quote in quotes] == [sample.span("a"), sample.span("b")]
    assert [
        (q.speaker.name if q.speaker else None, q.cue.lemma if q.cue else None) for q in quotes
    ] == expected


def test_a_relative_clause_inside_the_content_does_not_cut_it() -> None:
    sample = marked("Pia Nord said ⟦c:the plan, which she said was fair, would pass⟧.")
    quotes = [quote for quote in _quotes(sample.text) if quote.kind == "indirect"]
    assert [quote.content for quote in quotes] == [sample.span("c")]


@pytest.mark.parametrize(("source", "speaker", "lemma"), INDIRECT)
def test_indirect_speech(source: str, speaker: str, lemma: str) -> None:
    sample = marked(source)
    quotes = [quote for quote in _quotes(sample.text) if quote.kind == "indirect"]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.content == sample.span("c")
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.cue is not None
    assert quote.cue.lemma == lemma


def test_pronoun_in_indirect_speech_resolves() -> None:
    text = (
        "A delegate, Marko Petrov, stated that talks went well. "
        "He further mentioned the next round."
    )
    quotes = [quote for quote in _quotes(text) if quote.kind == "indirect"]
    assert [quote.speaker.name for quote in quotes if quote.speaker] == ["Marko Petrov"] * 2
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.role == "A delegate"


def test_role_description_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Foreign Minister Anna Kovac arrived on Monday. According to the broadcaster, "
        "the Foreign Minister also said that she is open to talks with anyone."
    )
    quotes = [quote for quote in _quotes(text) if quote.kind == "indirect"]
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Anna Kovac"


def test_end_to_end_through_parse_keeps_spans_valid() -> None:
    text = "Harbour master Ana Vidal said, “The ferry will run.”\n\nShe said it would be busy."
    article = newsdoc.parse(text)
    assert article.quotes
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.raw
        assert text[quote.content.start : quote.content.end] == quote.text


def test_adversarial_marks_do_not_raise() -> None:
    text = "“" * 500 + "said " * 200 + '”’‘"' * 300
    quotes = _quotes(text)
    assert all(quote.span.end <= len(text) for quote in quotes)


@given(quote_articles())
def test_strategy_quotes_are_found_exactly(sample: object) -> None:
    from newsdoc.testing.strategies._sample import Sample

    assert isinstance(sample, Sample)
    found = _direct(sample.text)
    assert found == list(sample.items)


# (text, the quotation, its speaker): quotations introduced by a participle take the
# subject the participle hangs on
PARTICIPLE_QUOTES = [
    (
        "Mayor Jane Roe said the bridge would reopen, adding “we need everyone on it.”",
        "we need everyone on it.",
        "Jane Roe",
    ),
    (
        "Jane Roe tweeted that the plan “needs a vote,” adding “we need everyone on it.”",
        "we need everyone on it.",
        "Jane Roe",
    ),
    (
        (
            "Mr. Ivo Brandt hardly clarified the matter and, when asked after the debate, "
            "asserting, “Of course I pay taxes.”"
        ),
        "Of course I pay taxes.",
        "Ivo Brandt",
    ),
    (
        (
            "During a speech earlier in the day, Ivo Brandt attacked Jane Roe for her support "
            "of the plan, saying, “She is reckless.”"
        ),
        "She is reckless.",
        "Ivo Brandt",
    ),
    (
        "One video featured a series of farmers — young and old — declaring, “We are tired.”",
        "We are tired.",
        "a series of farmers",
    ),
    (
        "The advert uses footage of Jane Roe asking, “Why am I not ahead?”",
        "Why am I not ahead?",
        "Jane Roe",
    ),
    (
        "Howard Lusk spoke on Tuesday.\n\nHe then defended the remark, saying, “It was fair.”",
        "It was fair.",
        "Howard Lusk",
    ),
    # after "while" the participle tells of the sentence's subject, not the phrase before
    (
        (
            "Small groups of protesters marched around the stadium - where the home team "
            "played - while chanting “Hands up.”"
        ),
        "Hands up.",
        "Small groups of protesters",
    ),
    # an adjunct may stand between the participle and the mark; a surname right after
    # "of" is the participle's subject once the article has named the person
    (
        (
            "Maria Brandt spoke first. The advert ends with footage of Brandt saying during "
            "the debate, “That makes me smart,” as the host laughed."
        ),
        "That makes me smart,",
        "Maria Brandt",
    ),
    # a weekday after a name is a time, not part of it
    (
        (
            "Maria Haddad spoke at the hearing.\n\nHaddad posted a letter on X Tuesday, "
            "saying, “I want no severe sentence.”"
        ),
        "I want no severe sentence.",
        "Maria Haddad",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), PARTICIPLE_QUOTES)
def test_participles_introduce_quotations(text: str, quoted: str, speaker: str) -> None:
    (quote,) = [quote for quote in _quotes(text) if quote.text == quoted]
    assert quote.kind == "direct"
    assert quote.cue is not None
    assert quote.cue.raw.endswith("ing")
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_sentence_opening_with_a_time_names_its_subject_after_it() -> None:
    text = (
        "Last week State Department official Peter Brandt met the investigators, "
        "saying he recalled the call “vividly.”"
    )
    quotes = _quotes(text)
    assert [(quote.kind, quote.speaker.name if quote.speaker else None) for quote in quotes] == [
        ("indirect", "Peter Brandt"),
        ("partial", "Peter Brandt"),
    ]
    assert quotes[1].text == "vividly."
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.raw == "he"


def test_the_subject_after_that_describes() -> None:
    text = "Dozens were hurt by a blast that Mayor Jane Roe described as “an intentional act.”"
    (quote,) = [quote for quote in _quotes(text) if quote.kind == "partial"]
    assert quote.text == "an intentional act."
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Jane Roe", "Mayor")


def test_chants_are_speech() -> None:
    (quote,) = _quotes("Protesters marching through the streets chanted “What curfew?” all night.")
    assert (quote.kind, quote.text) == ("direct", "What curfew?")
    assert quote.cue is not None
    assert quote.cue.lemma == "chant"
    assert quote.speaker is not None
    assert quote.speaker.name == "Protesters"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an adjunct and a comma before a quoted sentence: the quotation is direct speech,
        # and the adjunct is no indirect speech
        ("On Monday, “We are back,” the mayor said.", ["direct"]),
        ("After the vote, “We won,” Ana Roe said.", ["direct"]),
        # a clause before the comma reports, and a title is no statement
        ("But you will always wonder, “What if I had stayed?”", []),
        ("Casting the pilot, “Harbour Lights.” Roles are open.", []),
    ],
)
def test_an_opening_adjunct_before_a_quoted_statement(text: str, kinds: list[str]) -> None:
    assert [quote.kind for quote in newsdoc.parse(text).quotes] == kinds


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("The pier shut. Ana Roe said so.", ["The pier shut. ", "Ana Roe said so."]),
        # scraped text that glued a sentence to the full stop before it
        ("The pier shut.Ana Roe said so.", ["The pier shut.", "Ana Roe said so."]),
        # an initial, a title or a domain is no sentence end
        ("Ana J.Roe said so.", ["Ana J.Roe said so."]),
        ("Dr.Roe said so.", ["Dr.Roe said so."]),
        ("See example.com for more.", ["See example.com for more."]),
    ],
)
def test_sentences_start_after_a_full_stop_glued_or_spaced(text: str, starts: list[str]) -> None:
    bounds = [*sentence_starts(text, 0, len(text)), len(text)]
    assert [text[a:b] for a, b in itertools.pairwise(bounds)] == starts


def test_a_speaker_does_not_run_over_a_glued_sentence_end() -> None:
    text = "The rocket fell near the town.As Ana Roe revealed, “Nobody was hurt in the blast.”"
    [quote] = newsdoc.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Roe"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # what was added is a thing, not speech
        ("Ana Roe added a goal as the team won.", []),
        ("Ana Roe added three assists to lead the team.", []),
        ("Add an extra pat of butter on top to finish.", []),
        # a clause is reported, with or without "that"
        ("Ana Roe added a deal was near.", ["a deal was near"]),
        ("Ana Roe added that a deal was near.", ["a deal was near"]),
    ],
)
def test_an_added_thing_is_no_speech(text: str, reported: list[str]) -> None:
    quotes = newsdoc.parse(text).quotes
    assert [quote.text for quote in quotes if quote.kind == "indirect"] == reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a gerund after a preposition reports, and so does a noun with its complement
        (
            "Ana Roe opened the session by calling for new sanctions on the cartel.",
            "Ana Roe",
            "new sanctions on the cartel",
        ),
        ("The pier shut amid claims that it was unsafe.", None, "it was unsafe"),
        ("They went ahead in hopes that talks would resume.", None, "talks would resume"),
        # a verb in the sentence attributes before such a noun does
        (
            "The firm is wary, for fear that rivals will copy it, two aides said.",
            "two aides",
            "The firm is wary, for fear that rivals will copy it",
        ),
    ],
)
def test_speech_after_a_preposition(text: str, speaker: str | None, content: str) -> None:
    quotes = [quote for quote in newsdoc.parse(text).quotes if quote.kind == "indirect"]
    assert [quote.text for quote in quotes] == [content]
    found = quotes[0].speaker
    assert (found.name if found else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Once there, investigators said, the man broke into the shed.", "investigators"),
        ("The main point, the minister stressed, is that no one pays.", "the minister"),
        ("The plan, Kovac said, would pass in May.", "Kovac"),
        # a name given after "called" ends at a comma: here she was phoned
        ("The mayor called Ana Roe on Monday, an aide said, to ask about the pier.", "an aide"),
    ],
)
def test_an_interrupting_attribution_reports_the_whole_sentence(text: str, speaker: str) -> None:
    (quote,) = newsdoc.parse(text).quotes
    assert quote.kind == "indirect"
    assert quote.text == text.rstrip(".")
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "indirect"),
    [
        # the cue frames the quotation before it and reports nothing more
        (
            "“We saw no link,” the mayor said, adding that more hours were needed.",
            ["more hours were needed"],
        ),
        ('"Not yet", Kovac said after the meeting broke up.', []),
        ("The ferry is ready. We sail at dawn,” the captain said, smiling at the crew.", []),
        # a quotation opening inside the content is part of it
        ("He called it “a sham”, the minister said.", ["He called it “a sham”"]),
        ('He called it "a sham", the minister said.', ['He called it "a sham"']),
    ],
)
def test_the_frame_of_a_quotation_is_no_indirect_speech(text: str, indirect: list[str]) -> None:
    quotes = newsdoc.parse(text).quotes
    assert [quote.text for quote in quotes if quote.kind == "indirect"] == indirect
    assert all(quote.speaker is not None for quote in quotes)


def test_indirect_content_keeps_the_mark_closing_its_quotation() -> None:
    text = "Ana Roe said the plan would “fail badly.” Then she left."
    (indirect,) = [quote for quote in newsdoc.parse(text).quotes if quote.kind == "indirect"]
    assert indirect.text == "the plan would “fail badly.”"
    assert text[indirect.span.start : indirect.span.end] == indirect.text
