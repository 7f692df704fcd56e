"""Indirect speech and other attribution without quotation marks.

Handled, one attribution per sentence at most:

* ``X said (that) …``, ``X stated that …``, ``X told reporters (that) …``, ``X has
  said …`` — the content runs from after the cue (and ``that``) to the sentence end;
* ``…, X said.`` / ``…, said X.`` — the content is the sentence up to the comma;
* ``According to X, …`` and ``…, according to X.``;
* belief, intention and evidence cues: ``X believes …``, ``X wants to …``, ``X called
  for …``, ``a poll found that …``, ``the report shows …``;
* a colon after a short name at the start of a heading or paragraph: ``Pence: …``.

Skipped: passives (``was told``), participles (``saying``), sentences whose content is
all inside quotation marks (those are direct quotes), and cues whose subject is not a
recognisable speaker (``the plan says``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from newsdoc.models import Cue, Quote, Span, Speaker
from newsdoc.quoting.cues import lemma_of
from newsdoc.quoting.extract import Paragraph
from newsdoc.quoting.speakers import Entities, Mention, read_subject
from newsdoc.quoting.text import word_before, word_count, words_after

__all__ = ["indirect_quotes"]

_FREE = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "argue",
        "insist",
        "warn",
        "explain",
        "note",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "suggest",
        "predict",
        "contend",
        "assert",
        "maintain",
        "write",
        "tweet",
        "fear",
        "hope",
        "expect",
        "know",
        "feel",
        "reply",
        "respond",
        "recall",
        "caution",
        "stress",
        "emphasize",
        "emphasise",
        "concede",
        "allege",
        "complain",
        "worry",
        "promise",
        "vow",
        "pledge",
        "testify",
        "agree",
        "estimate",
        "conclude",
        "doubt",
        "assure",
        "inform",
        "remind",
        "mention",
    ]
)
_TO_VERBS = frozenset(
    [
        "want",
        "plan",
        "hope",
        "intend",
        "seek",
        "threaten",
        "promise",
        "vow",
        "pledge",
        "urge",
        "expect",
        "decide",
        "call",
    ]
)
_OBJECT_VERBS = frozenset(["tell", "inform", "assure", "warn", "remind", "urge", "ask"])
_PASSIVE = frozenset(["is", "was", "were", "be", "been", "being", "are", "am"])
_CLAUSE_PUNCT = regex.compile(r"[;:(]|,\s(?:but|and|while|who|which)\s")
_TAIL_CHARS = ' \t\r\n\u00a0.!?…"”’»)'
_LEAD_CHARS = ' \t\r\n\u00a0,"“‘'
_MIN_WORDS = 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip(_LEAD_CHARS)
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip(_TAIL_CHARS))
    return start, end


_SUBJECT_REACH = 200
"""How far before its cue a subject phrase may start, in characters."""
_MAX_CUES = 12
"""Cue words looked at per sentence: a real sentence holds a few; a run of them is noise."""
_AFTER_WORDS = 8
"""Words after a cue looked at; content past them is only sliced, never scanned."""


@dataclass(slots=True)
class _Context:
    """What every sentence of one paragraph shares."""

    text: str
    paragraph: Paragraph
    mark_starts: list[int]
    covered: list[tuple[int, int]]
    covered_starts: list[int]
    entities: Entities


class _Behind:
    """The last clause boundary and the last comma before a position, for positions
    visited in increasing order: each character of the sentence is scanned once however
    many cues it holds."""

    __slots__ = ("clause", "comma", "scanned", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.scanned = start
        self.clause = start
        self.comma = -1

    def advance(self, position: int) -> None:
        """Take in the text up to ``position``."""
        if position <= self.scanned:
            return
        for clause in _CLAUSE_PUNCT.finditer(self.text, self.scanned, position):
            self.clause = clause.end()
        comma = self.text.rfind(",", self.scanned, position)
        if comma >= 0:
            self.comma = comma
        self.scanned = position


def indirect_quotes(
    text: str,
    paragraph: Paragraph,
    covered: list[tuple[int, int]],
    entities: Entities,
    cues: list[tuple[int, int, str]],
) -> list[Quote]:
    """The indirect attributions of one paragraph; ``covered`` holds the spans of the
    direct quotes already found (an attribution that only wraps them is skipped) and
    ``cues`` the cue words of the paragraph, in text order."""
    found: list[Quote] = []
    starts = paragraph.sentences
    context = _Context(
        text,
        paragraph,
        [mark.start for mark in paragraph.marks],
        covered,
        [begin for begin, _stop in covered],
        entities,
    )
    index = 0
    count = len(cues)
    number = 0
    while number < len(starts):
        sentence_start = starts[number]
        sentence_end = starts[number + 1] if number + 1 < len(starts) else paragraph.end
        mine: list[tuple[int, int, str]] = []
        while index < count and cues[index][0] < sentence_end:
            if cues[index][0] >= sentence_start and len(mine) < _MAX_CUES:
                mine.append(cues[index])
            index += 1
        quote = _sentence(context, sentence_start, sentence_end, mine) if mine else None
        if quote is None and number == 0:
            quote = _colon(text, sentence_start, sentence_end, paragraph, entities)
        if quote is not None:
            found.append(quote)
        if index >= count:
            break
        # sentences without cues are skipped in one step
        number = max(number + 1, bisect.bisect_right(starts, cues[index][0]) - 1)
    return found


def _inside_marks(context: _Context, position: int) -> bool:
    index = bisect.bisect_right(context.mark_starts, position) - 1
    if index < 0:
        return False
    mark = context.paragraph.marks[index]
    return mark.start <= position < mark.end


def _sentence(
    context: _Context, start: int, end: int, cues: list[tuple[int, int, str]]
) -> Quote | None:
    text = context.text
    entities = context.entities
    fallback: tuple[tuple[int, int], Cue, Speaker | None] | None = None
    behind = _Behind(text, start)
    for match in cues:
        behind.advance(match[0])
        if _inside_marks(context, match[0]):
            continue
        word = match[2]
        found = lemma_of(word)
        if found is None:
            continue
        lemma, _kind = found
        if word.endswith("ing") and lemma != "according to":
            continue
        if lemma == "according to":
            quote = _according(text, start, end, match, lemma, behind)
        else:
            if not word.islower():
                continue
            quote = _verb(text, start, end, match, lemma, behind)
        if quote is None:
            continue
        content, cue, mention = quote
        if content[1] - content[0] < 8 or _all_quoted(content, context):
            continue
        if len(text[content[0] : min(content[1], content[0] + 80)].split()) < _MIN_WORDS:
            continue
        speaker = _speaker(text, entities, mention)
        if lemma == "according to" and fallback is None:
            fallback = content, cue, speaker
            continue
        if (
            fallback is not None
            and fallback[0][0] <= content[0]
            and content[1] <= fallback[0][1]
            and (speaker is None or speaker.kind == "unnamed")
        ):
            speaker = fallback[2]
        return _quote(context, content, cue, speaker)
    if fallback is not None:
        return _quote(context, *fallback)
    return None


def _speaker(text: str, entities: Entities, mention: Mention | None) -> Speaker | None:
    if mention is None:
        return None
    entities.note(mention)
    return entities.resolve(text, mention)


def _quote(context: _Context, content: tuple[int, int], cue: Cue, speaker: Speaker | None) -> Quote:
    span = Span(start=content[0], end=content[1])
    raw = context.text[content[0] : content[1]]
    context.paragraph.last_subject = speaker or context.paragraph.last_subject
    return Quote(
        span=span, raw=raw, kind="indirect", content=span, text=raw, cue=cue, speaker=speaker
    )


def _all_quoted(content: tuple[int, int], context: _Context) -> bool:
    start, end = content
    covered = context.covered
    index = max(bisect.bisect_right(context.covered_starts, start) - 1, 0)
    inside = 0
    while index < len(covered) and covered[index][0] < end:
        begin, stop = covered[index]
        if stop > start:
            inside += min(end, stop) - max(start, begin)
        index += 1
    return inside >= 0.6 * (end - start)


def _make_cue(text: str, start: int, end: int, lemma: str) -> Cue:
    return Cue(span=Span(start=start, end=end), raw=text[start:end], lemma=lemma)


def _according(
    text: str, start: int, end: int, match: tuple[int, int, str], lemma: str, behind: _Behind
) -> tuple[tuple[int, int], Cue, Mention | None] | None:
    reach = min(end, match[1] + _SUBJECT_REACH)
    comma = text.find(",", match[1], reach)
    if not text[max(start, match[0] - 8) : match[0]].strip(' "“') and (
        match[0] - start <= 8 or not text[start : match[0]].strip(' "“')
    ):
        if comma < 0:
            return None
        mention = read_subject(text, match[1], comma)
        return _trim(text, comma + 1, end), _make_cue(text, match[0], match[1], lemma), mention
    before = behind.comma
    if before < 0:
        return None
    stop = comma if comma >= 0 else reach
    mention = read_subject(text, match[1], _trim(text, match[1], stop)[1])
    return _trim(text, start, before), _make_cue(text, match[0], match[1], lemma), mention


def _verb(
    text: str,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    behind: _Behind,
) -> tuple[tuple[int, int], Cue, Mention | None] | None:
    if word_before(text, start, match[0]).lower() in _PASSIVE:
        return None
    after = words_after(text, match[1], end, _AFTER_WORDS)
    subject_start = behind.clause
    last = match[0]
    while last > subject_start and text[last - 1].isspace():
        last -= 1
    if (
        last > subject_start
        and text[last - 1] == ","
        and 0 < len(after) <= 6
        and after[0][2][:1].isupper()
    ):
        # "…, said X." — the content precedes the comma
        mention = read_subject(text, match[1], after[-1][1])
        content = _trim(text, subject_start, last - 1)
        return content, _make_cue(text, match[0], match[1], lemma), mention
    if last == subject_start:
        return None
    last_comma = behind.comma if behind.comma >= subject_start else -1
    if len(after) <= 6 and last_comma >= 0 and match[0] - last_comma <= _SUBJECT_REACH:
        mention = read_subject(text, last_comma + 1, match[0])
        if mention is not None and (len(after) <= 4 or not after):
            content = _trim(text, subject_start, last_comma)
            return content, _make_cue(text, match[0], match[1], lemma), mention
    if match[0] - subject_start > 2 * _SUBJECT_REACH:
        return None
    if word_count(text, subject_start, match[0]) > 14:
        return None
    mention = read_subject(text, subject_start, match[0])
    if mention is None:
        return None
    position = match[1]
    if not after:
        return None
    first = after[0][2].lower()
    if lemma in _OBJECT_VERBS and first != "that":
        for _start, stop, word in after[:6]:
            if word.lower() == "that":
                position = stop
                break
        else:
            if len(after) > 1:
                position = after[1][1] if after[0][2][:1].isupper() else after[0][1]
                if first in {"the", "a", "his", "her", "their", "reporters"}:
                    position = after[0][1] if first == "reporters" else after[1][1]
    elif first == "that":
        position = after[0][1]
    elif lemma in _TO_VERBS and first in {"to", "for"}:
        position = after[0][1] if lemma == "call" else match[1]
    elif lemma not in _FREE or first in _NOT_CONTENT:
        return None
    return _trim(text, position, end), _make_cue(text, match[0], match[1], lemma), mention


_NOT_CONTENT = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "last",
        "this",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
    ]
)


_COLON = regex.compile(r"(\p{Lu}[\p{L}’'\-.]*(?:\s\p{Lu}[\p{L}’'\-.]*){0,3}):\s")


def _colon(
    text: str, start: int, end: int, paragraph: Paragraph, entities: Entities
) -> Quote | None:
    if start != paragraph.start:
        return None
    match = _COLON.match(text, start, end)
    if match is None:
        return None
    mention = read_subject(text, match.start(1), match.end(1))
    if mention is None or mention.kind != "person":
        return None
    content = _trim(text, match.end(), end)
    if content[1] - content[0] < 8:
        return None
    entities.note(mention)
    speaker = entities.resolve(text, mention)
    cue = _make_cue(text, match.end(1), match.end(1) + 1, ":")
    span = Span(start=content[0], end=content[1])
    raw = text[content[0] : content[1]]
    return Quote(
        span=span, raw=raw, kind="indirect", content=span, text=raw, cue=cue, speaker=speaker
    )
