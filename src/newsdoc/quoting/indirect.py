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

import regex

from newsdoc.models import Cue, Quote, Span
from newsdoc.quoting.cues import lemma_of
from newsdoc.quoting.extract import Paragraph
from newsdoc.quoting.speakers import Entities, Mention, read_subject
from newsdoc.quoting.text import tokens

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
    index = 0
    for number, sentence_start in enumerate(starts):
        sentence_end = starts[number + 1] if number + 1 < len(starts) else paragraph.end
        mine: list[tuple[int, int, str]] = []
        while index < len(cues) and cues[index][0] < sentence_end:
            if cues[index][0] >= sentence_start:
                mine.append(cues[index])
            index += 1
        quote = _sentence(text, sentence_start, sentence_end, paragraph, covered, entities, mine)
        if quote is not None:
            found.append(quote)
    return found


def _inside_marks(paragraph: Paragraph, position: int) -> bool:
    return any(mark.start <= position < mark.end for mark in paragraph.marks)


def _sentence(
    text: str,
    start: int,
    end: int,
    paragraph: Paragraph,
    covered: list[tuple[int, int]],
    entities: Entities,
    cues: list[tuple[int, int, str]],
) -> Quote | None:
    fallback: Quote | None = None
    for match in cues:
        if _inside_marks(paragraph, match[0]):
            continue
        word = match[2]
        found = lemma_of(word)
        if found is None:
            continue
        lemma, _kind = found
        if word.endswith("ing") and lemma != "according to":
            continue
        if lemma == "according to":
            quote = _according(text, start, end, match, lemma)
        else:
            if not word.islower():
                continue
            quote = _verb(text, start, end, match, lemma, entities)
        if quote is None:
            continue
        content, cue, mention = quote
        if _all_quoted(content, covered) or content[1] - content[0] < 8:
            continue
        if len(text[content[0] : content[1]].split()) < _MIN_WORDS:
            continue
        speaker = None
        if mention is not None:
            entities.note(mention)
            speaker = entities.resolve(text, mention)
        span = Span(start=content[0], end=content[1])
        raw = text[content[0] : content[1]]
        paragraph.last_subject = speaker or paragraph.last_subject
        result = Quote(
            span=span, raw=raw, kind="indirect", content=span, text=raw, cue=cue, speaker=speaker
        )
        if lemma == "according to" and fallback is None:
            fallback = result
            continue
        if (
            fallback is not None
            and fallback.content.contains(span)
            and (speaker is None or speaker.kind == "unnamed")
        ):
            result = result.model_copy(update={"speaker": fallback.speaker})
        return result
    if fallback is not None:
        return fallback
    return _colon(text, start, end, paragraph, entities)


def _all_quoted(content: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    start, end = content
    inside = sum(
        min(end, stop) - max(start, begin)
        for begin, stop in covered
        if begin < end and stop > start
    )
    return inside >= 0.6 * (end - start)


def _make_cue(text: str, start: int, end: int, lemma: str) -> Cue:
    return Cue(span=Span(start=start, end=end), raw=text[start:end], lemma=lemma)


def _according(
    text: str, start: int, end: int, match: tuple[int, int, str], lemma: str
) -> tuple[tuple[int, int], Cue, Mention | None] | None:
    cue = _make_cue(text, match[0], match[1], lemma)
    comma = text.find(",", match[1], end)
    if text[start : match[0]].strip(' "“') == "":
        if comma < 0:
            return None
        mention = read_subject(text, match[1], comma)
        return _trim(text, comma + 1, end), cue, mention
    before = text.rfind(",", start, match[0])
    if before < 0:
        return None
    stop = comma if comma >= 0 else end
    mention = read_subject(text, match[1], _trim(text, match[1], stop)[1])
    return _trim(text, start, before), cue, mention


def _verb(
    text: str, start: int, end: int, match: tuple[int, int, str], lemma: str, entities: Entities
) -> tuple[tuple[int, int], Cue, Mention | None] | None:
    del entities
    cue = _make_cue(text, match[0], match[1], lemma)
    before = tokens(text, start, match[0])
    if before and before[-1][2].lower() in _PASSIVE:
        return None
    after = tokens(text, match[1], end)
    clause = _CLAUSE_PUNCT.search(text, start, match[0])
    subject_start = start
    while clause is not None:
        subject_start = clause.end()
        clause = _CLAUSE_PUNCT.search(text, subject_start, match[0])
    subject_text = text[subject_start : match[0]]
    trailing = subject_text.rstrip()
    if trailing.endswith(",") and 0 < len(after) <= 6 and after[0][2][:1].isupper():
        # "…, said X." — the content precedes the comma
        comma = subject_start + len(trailing) - 1
        mention = read_subject(text, match[1], after[-1][1])
        return _trim(text, subject_start, comma), cue, mention
    if not trailing:
        return None
    last_comma = trailing.rfind(",")
    if len(after) <= 6 and last_comma >= 0:
        mention = read_subject(text, subject_start + last_comma + 1, match[0])
        if mention is not None and (len(after) <= 4 or not after):
            content = _trim(text, subject_start, subject_start + last_comma)
            return content, cue, mention
    mention = read_subject(text, subject_start, match[0])
    if mention is None or len(tokens(text, subject_start, match[0])) > 14:
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
    elif lemma not in _FREE or first in {
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
    }:
        return None
    return _trim(text, position, end), cue, mention


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
