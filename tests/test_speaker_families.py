"""Speaker attribution by family of surface forms, as a table of marked strings.

Each row is a short invented text in which ``[[…]]`` marks where the speaker of its
quotation is named: the quote's speaker must carry exactly that name and point at that
span (as its mention or, for a pronoun or a surname, as its antecedent). A row without a
mark expects a quotation with no speaker. Only the first quotation of a row is checked.
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


def _speaker_span(marked: str) -> tuple[str | None, tuple[int, int] | None]:
    text, _span = _unmark(marked)
    quotes = [q for q in newsdoc.parse(text).quotes if q.kind != "indirect"]
    assert quotes, f"no quotation found in {text!r}"
    speaker = quotes[0].speaker
    if speaker is None:
        return None, None
    span = speaker.antecedent or speaker.span
    return speaker.name, (span.start, span.end)


FAMILIES = {
    "manner verb after a quotation": [
        "“Vote early,” [[Ana Roe]] implored.",
        "“Is it over?” wondered [[Ben Lee]].",
        "“Not again,” [[the night porter]] muttered.",
        "“We begin with the budget,” [[Carla Diaz]] began.",
        "“Stay home,” [[the notice]] read.",
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
}
ROWS = [(family, row) for family, rows in FAMILIES.items() for row in rows]


def test_the_marks_are_read_back() -> None:
    assert _unmark("“Go,” [[Ana Roe]] said.") == ("“Go,” Ana Roe said.", (6, 13))
    assert _unmark("“Go.”") == ("“Go.”", None)


@pytest.mark.parametrize(("family", "marked"), ROWS, ids=[row for _family, row in ROWS])
def test_speaker_family(family: str, marked: str) -> None:
    text, expected = _unmark(marked)
    name, span = _speaker_span(marked)
    if expected is None:
        assert name is None, family
    else:
        assert span == expected, family
        assert name == text[expected[0] : expected[1]], family
