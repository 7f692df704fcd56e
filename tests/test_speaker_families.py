"""Speaker attribution by family of surface forms, as a table of marked strings.

Each row is a short invented text in which ``[[…]]`` marks where the speaker of its
quotation is named: the quote's speaker must carry exactly that name and point at that
span (as its mention or, for a pronoun or a surname, as its antecedent). A row without a
mark expects a quotation with no speaker. Only the first quotation of a row is checked:
the first direct or partial one, or for a row written ``("indirect", text)`` the first
indirect speech; a row written ``("none", text)`` expects no direct or partial quote.
"""

from __future__ import annotations

import pytest

import newsdoc

_OPEN, _CLOSE = "[[", "]]"


def _unmark(marked: str) -> tuple[str, tuple[int, int] | None]:
    """The text without its marks, and the span the marks enclosed."""
    start = marked.find(_OPEN)
    if start < 0:
        return marked, None
    end = marked.index(_CLOSE, start) - len(_OPEN)
    return marked.replace(_OPEN, "", 1).replace(_CLOSE, "", 1), (start, end)


def _quoted(text: str, kind: str) -> list[newsdoc.Quote]:
    """The quotes of ``text`` a row of ``kind`` looks at."""
    indirect = kind == "indirect"
    return [q for q in newsdoc.parse(text).quotes if (q.kind == "indirect") == indirect]


def _speaker_span(marked: str, kind: str) -> tuple[str | None, tuple[int, int] | None]:
    text, _span = _unmark(marked)
    quotes = _quoted(text, kind)
    assert quotes, f"no quotation found in {text!r}"
    speaker = quotes[0].speaker
    if speaker is None:
        return None, None
    span = speaker.antecedent or speaker.span
    return speaker.name, (span.start, span.end)


FAMILIES: dict[str, list[str | tuple[str, str]]] = {
    "manner verb after a quotation": [
        "“Vote early,” [[Ana Roe]] implored.",
        "“Is it over?” wondered [[Ben Lee]].",
        "“Not again,” [[the night porter]] muttered.",
        "“We begin with the budget,” [[Carla Diaz]] began.",
        "“Stay home,” [[the notice]] read.",
        "“I found that amusing,” [[Ben Lee]] emails.",
        "“We will be there,” [[Ana Roe]] texted.",
    ],
    "titles are not speech": [
        ("none", "She wrote her memoir, “Plain Speaking,” over ten years."),
        ("none", "His films (“Harbour Lights,” “Low Tide”) did well."),
    ],
    "manner verb after a whole sentence is narration": [
        "“Vote early.” Ana Roe laughed.",
    ],
    "a reader is not the speaker": [
        "“The plan is fine,” we read in the report.",
    ],
    "a text speaks for its named author": [
        "“We will rebuild every school,” reads the statement by [[Ana Roe]], the mayor.",
        "“The port stays open,” said a letter from [[the Harbour Fund]].",
    ],
    "surnames with particles": [
        "“We will reopen the port,” said [[Anna van der Berg]].",
        "“The port reopens,” [[Carlos de la Cruz]] said.",
        "“The talks go on,” [[Omar bin Said]] said.",
        "[[Anna van der Berg]] opened the port.\n\n“It works,” Van der Berg said.",
        "[[Marie Le Roux]] opened the port.\n\n“It works,” Le Roux said.",
    ],
    "capitals before an organisation noun": [
        "“The rally goes ahead,” [[the Lopez campaign]] said.",
        "“The count is over,” [[The Associated Press]] says.",
        ("indirect", "Over the past days, [[the Harbour administration]] said it would wait."),
        "“We found it,” [[Ana Roe]] and her team said.",
    ],
    "a short clause before a colon": [
        "[[Ana Roe]] spoke on Monday.\n\nShe was more blunt: “The plan will fail.”",
        "[[Ana Roe]] captioned the photo: “Best day of my life with my team.”",
        "[[The statement]] read: “We will not return to the talks this year.”",
        "[[The mayor]] was clear: “We will not close the pier this year.”",
        "The rules are simple: “No phones in class and no food at all.”",
        "One sign reads: “We are teachers and we are tired of waiting.”",
        "Project description: “A drama series about a harbour town and its people.”",
    ],
    "contracted pronouns": [
        "[[Ben Lee]] rode to the camp.\n\n“Is anybody here?” he’d shouted.",
        "[[Ana Roe]] took the stage.\n\n“We won,” she’s said.",
    ],
    "a name after a verb of accusing or naming is its object": [
        "[[Critics]] accused Ben Lopez of being a “fraud”.",
        "[[The mayor]] called Ben Lopez a “serial fibber” on Monday.",
    ],
    "an example followed by who": [
        "Democrats, including Sen. [[Ann Roe]], who tweeted “the vote is rigged,” walked out.",
    ],
    "a lone name after has or shows before a participle": [
        "[[Ben Lee]] met Ann Roe.\n\nAn exchange between them has Lee saying “we will win.”",
    ],
    "speech in brackets": [
        "(“We fixed it,” [[Kim Lee]] wrote, “so all is fine”)",
    ],
    "a round-up label": [
        "[[Jane Roe]], The Daily Planet: “The vote was fair and the count was quick.”",
    ],
    "a quotation after reported speech": [
        "The pier is safe, [[Ana Roe]] said. “We checked every beam of it.”",
    ],
    "a longer clause before a colon opened by a name": [
        (
            "With the vote near, President [[Ana Roe]] is rolling out a new and more "
            "personal message: “It is about me.”"
        ),
    ],
    "a statement stands for the speaker who issued it": [
        (
            "Two workers were hurt, [[the harbour board]] said in a statement on Monday."
            "\n\n“The cause is under investigation,” the statement said."
        ),
        "Ana Roe spoke at the pier.\n\n“The cause is under investigation,” [[the statement]] said.",
    ],
    "an honorific of the other gender": [
        "Ana Lind opened the pier.\n\n“We won the vote,” Mr. [[Lind]] said.",
    ],
    "a participle after a quoted sentence takes its frame's speaker": [
        (
            "indirect",
            "[[Ben Lee]] spoke.\n\n“I’ve signed it,” he joked, adding that the deal was done.",
        ),
    ],
    "a participle after a comma hangs on the sentence's subject, not the name before it": [
        (
            "indirect",
            (
                "“I doubt it,” [[Dana Roe]] stated in an interview on Example News, "
                "discussing the claim that rivals had helped."
            ),
        ),
        (
            "indirect",
            "[[Ivo Dal]] spoke at the pier on Harbour Day, adding that the ferry would run.",
        ),
    ],
    "a relative pronoun tells of the noun phrase before it": [
        "He then quoted [[Psalm 23]], which says, “I will fear no evil.”",
        "Critics pointed to Article 5 of [[the charter]], which states that “no tax shall rise.”",
        "Yesterday he met [[Ana van der Berg]], who said, “It will rain.”",
        "It echoed the work of [[Ana Roe]], a noted historian, who wrote: “It will rain.”",
        "The plan was praised by Harbour Mayor [[Ana Roe]], who said it was “good.”",
    ],
    "a subject and a past-tense verb before a comma and a quoted sentence": [
        "[[Ana Roe]] took the stage.\n\nShe began, “Thank you all for coming tonight.”",
        "[[Ana Roe]] paused, “Not yet, not this year.”",
        "[[Ana Roe]] took the stage. She then began, “Thank you all for coming.”",
        # not a person, or no sentence quoted
        ("none", "The crowd cheered, “Four more years!”"),
        ("none", "The council met, “which was rare,” and left."),
    ],
    "an opening adjunct before a quoted statement": [
        "In May, “We are back,” [[the band]] said.",
        "Meanwhile, “The pier stays shut,” [[the council]] said.",
        ("indirect", "On Monday, “We are back,” the mayor said. [[Ana Roe]] said it was late."),
    ],
    "a compound noun that can speak is one subject": [
        "[[The club captain]] hailed the win: “It was our best game.”",
        "[[The club captain]] hailed the squad, saying “they never gave up.”",
        "[[The union leader]] warned, “We will strike.”",
    ],
    "a name set off after the description opening the sentence": [
        ("indirect", "Earlier, the mayor, [[Ana Roe]], met the crews and said she was glad."),
        "The prime minister, [[Ana Roe]], met the crews, saying “we owe you.”",
    ],
    "an organisation noun is no role a person holds": [
        "Ana Roe flew home.\n\n“Every family will get help,” [[the airline]] said.",
        "Ana Roe spoke first.\n\n“The site is safe,” [[the operator]] said.",
    ],
    "a body before a relative clause set off by commas": [
        ("indirect", "[[The harbour board]], which met on Monday, said the pier was safe."),
        ("indirect", "[[The automaker]], which makes vans, says the wagon will go far."),
    ],
    "a frequency adverb before a pronoun": [
        ("indirect", "[[Ana Roe]] writes a column. Sometimes she says the pier is doomed."),
    ],
    "a phrase set off before an inverted cue tells of the quotation's last words": [
        "“The boats will go to Northport,” the town nearest the pier, said [[Ana Roe]].",
        # an addressee after the cue is no speaker
        "“We will win,” [[Ana Roe]], a councillor, told Harbour Radio.",
    ],
    "two people named together speak together": [
        ("indirect", "[[Ana Roe and Ben Lee]] said the pier was safe."),
        "“It is safe,” said [[Ana Roe and Ben Lee]].",
    ],
    "a describing noun before a full name": [
        "Rival [[Ana Roe]] had mocked the plan, saying it was “a joke.”",
        "At the debate, Democrat [[Ben Lee]] said the plan was “a joke.”",
        "[[Cornell Ben Lee]] said the plan was “a joke.”",
    ],
}
ROWS = [
    (family, *(row if isinstance(row, tuple) else ("direct", row)))
    for family, rows in FAMILIES.items()
    for row in rows
]


def test_the_marks_are_read_back() -> None:
    assert _unmark("“Go,” [[Ana Roe]] said.") == ("“Go,” Ana Roe said.", (6, 13))
    assert _unmark("“Go.”") == ("“Go.”", None)


@pytest.mark.parametrize(("family", "kind", "marked"), ROWS, ids=[row[2] for row in ROWS])
def test_speaker_family(family: str, kind: str, marked: str) -> None:
    text, expected = _unmark(marked)
    if kind == "none":
        assert _quoted(text, kind) == [], family
        return
    name, span = _speaker_span(marked, kind)
    if expected is None:
        assert name is None, family
    else:
        assert span == expected, family
        assert name == text[expected[0] : expected[1]], family
