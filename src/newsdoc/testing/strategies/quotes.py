"""A strategy for articles with quotes whose speakers are known by construction.

Each paragraph is built from a template (speaker before or after the quote, inverted
cue, interrupted quote with a pronoun, surname follow-up, colon lead-in, speech set off
by dashes, a participle cue) with invented names, so the expected direct quotes and
their speakers are exact and unambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from newsdoc.models import Cue, Quote, Span, Speaker
from newsdoc.testing.strategies._sample import Sample

__all__ = ["quote_articles"]

_PEOPLE = (
    ("Marta", "Kowalczyk", "she"),
    ("Tomas", "Lindqvist", "he"),
    ("Ingrid", "Hallberg", "she"),
    ("Rahul", "Venkatesan", "he"),
    ("Olena", "Marchenko", "she"),
    ("Pablo", "Ferreira", "he"),
)
_ROLES = ("Deputy Minister", "Mayor", "Senator", "spokesperson")
_WORDS = [
    "talks",
    "budget",
    "river",
    "school",
    "market",
    "council",
    "harbour",
    "bridge",
    "winter",
    "plan",
    "farmers",
    "schedule",
    "report",
    "vote",
    "season",
    "results",
    "roads",
]
_VERBS = ("continue", "matter", "improve", "wait", "change", "grow")
_MARKS = (("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("''", "''"), ("``", "''"))
_DASHES = ("–", "—")


@dataclass
class _Builder:
    parts: list[str]
    items: list[Quote]
    length: int = 0
    first_mention: dict[str, Span] | None = None

    def add(self, piece: str) -> Span:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Span(start=start, end=self.length)

    def quoted(self, marks: tuple[str, str], words: str) -> tuple[int, Span, int]:
        """Add ``words`` between quotation marks: where the quotation opens, the span of
        its words, and where it closes."""
        opening = self.add(marks[0]).start
        content = self.add(words)
        return opening, content, self.add(marks[1]).end


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    noun = draw(st.sampled_from(_WORDS))
    verb = draw(st.sampled_from(_VERBS))
    other = draw(st.sampled_from(_WORDS))
    return f"The {noun} will {verb} before the {other}"


def _speaker(
    builder: _Builder, span: Span, name: str, role: str | None, full: Span | None
) -> Speaker:
    raw = "".join(builder.parts)[span.start : span.end]
    return Speaker(
        span=span,
        raw=raw,
        name=name,
        kind="person",
        role=role,
        antecedent=full if full is not None and full != span else None,
    )


def _quote(
    builder: _Builder, opening: int, content: Span, closing: int, cue: Cue, speaker: Speaker
) -> Quote:
    text = "".join(builder.parts)
    return Quote(
        span=Span(start=opening, end=closing),
        raw=text[opening:closing],
        kind="direct",
        content=content,
        text=text[content.start : content.end],
        cue=cue,
        speaker=speaker,
    )


def _cue(builder: _Builder, word: str) -> Cue:
    span = builder.add(word)
    return Cue(span=span, raw=word, lemma="say" if word.startswith("sa") else "add")


@st.composite
def quote_articles(draw: st.DrawFn) -> Sample:
    """An article of 1 to 5 paragraphs, each holding attributed direct quotes."""
    builder = _Builder([], [])
    people = draw(st.permutations(_PEOPLE))
    count = draw(st.integers(min_value=1, max_value=5))
    mentioned: dict[str, Span] = {}
    latest = ""
    for number in range(count):
        if number:
            builder.add("\n\n")
        first, last, pronoun = people[number % len(people)] if number < 3 else people[0]
        full = f"{first} {last}"
        known = full in mentioned
        marks = draw(st.sampled_from(_MARKS))
        words = draw(_sentence())
        template = draw(st.sampled_from((0, 1, 2, 4, 5, 6, 3) if known else (0, 1, 2, 4, 5, 6)))
        if template == 6:
            # "Marta Kowalczyk said the plan would wait, adding “…”": the participle's
            # subject is the sentence's
            name_span = builder.add(full)
            mentioned[full] = name_span
            builder.add(f" said the {draw(st.sampled_from(_WORDS))} would wait, ")
            cue = _cue(builder, "adding")
            builder.add(" ")
            opening, content, closing = builder.quoted(marks, words + ".")
            speaker = _speaker(builder, name_span, full, None, None)
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
        elif template in (4, 5):
            # "– The plan will wait – said Marta Kowalczyk." / "– … – Marta Kowalczyk said."
            dash = draw(st.sampled_from(_DASHES))
            opening = builder.add(dash).start
            builder.add(" ")
            content = builder.add(words)
            builder.add(f" {dash} ")
            if template == 4:
                cue = _cue(builder, "said")
                builder.add(" ")
                name_span = builder.add(full)
            else:
                name_span = builder.add(full)
                builder.add(" ")
                cue = _cue(builder, "said")
            builder.add(".")
            mentioned[full] = name_span
            speaker = _speaker(builder, name_span, full, None, None)
            builder.items.append(_quote(builder, opening, content, content.end, cue, speaker))
        elif template == 0:
            role = draw(st.sampled_from(_ROLES))
            builder.add(f"{role} ")
            name_span = builder.add(full)
            mentioned[full] = name_span
            builder.add(" ")
            cue = _cue(builder, "said")
            builder.add(", ")
            opening, content, closing = builder.quoted(marks, words + ".")
            speaker = _speaker(builder, name_span, full, role, None)
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
        elif template == 1:
            opening, content, closing = builder.quoted(marks, words + ",")
            builder.add(" ")
            cue = _cue(builder, "said")
            builder.add(" ")
            name_span = builder.add(full)
            mentioned[full] = name_span
            builder.add(".")
            speaker = _speaker(builder, name_span, full, None, None)
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
        elif template == 2:
            name_span = builder.add(full)
            mentioned[full] = name_span
            builder.add(" ")
            cue = _cue(builder, "added")
            builder.add(": ")
            opening, content, closing = builder.quoted(marks, words + ".")
            speaker = _speaker(builder, name_span, full, None, None)
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
        else:
            opening, content, closing = builder.quoted(marks, words + ",")
            builder.add(" ")
            # a pronoun only for the person named last, so it cannot be ambiguous
            short = draw(st.sampled_from((last, pronoun))) if latest == full else last
            name_span = builder.add(short)
            builder.add(" ")
            cue = _cue(builder, "said")
            builder.add(". ")
            speaker = _speaker(builder, name_span, full, None, mentioned[full])
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
            second = draw(_sentence())
            opening, content, closing = builder.quoted(marks, second + ".")
            builder.items.append(_quote(builder, opening, content, closing, cue, speaker))
        latest = full
    return Sample("".join(builder.parts), tuple(builder.items))
