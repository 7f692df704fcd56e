"""Direct speech set off by dashes instead of quotation marks.

Handled, in paragraphs without quotation marks:

* ``– We will rebuild every house – said Mayor Ivan Petrenko.``: a paragraph opening
  with a dash is speech up to the dash before its attribution;
* ``– We will rebuild, – Petrenko said. – And we will be quick.``: speech that goes on
  after the attribution, behind another dash, is a second quote of the same speaker;
* ``The city will be rebuilt – said Mayor Ivan Petrenko on Monday.``: a paragraph's
  first sentence ending in a dash and an attribution (the style of texts translated from
  languages that mark speech with dashes).

The attribution is a speech cue with its speaker, inverted (``said X``) or not (``X
said``). A dash with no such attribution after it is not speech: a list item
(``- Build roads``) or an aside (``The plan – its third – failed``) gives nothing, nor
does ``– said to cost $5bn –``.
"""

from __future__ import annotations

import regex

from newsdoc.lexicon import word_set
from newsdoc.models import Cue, Quote, Speaker, build, span_of
from newsdoc.quoting.coreference import Entities
from newsdoc.quoting.extract import Paragraph, speech_cue, subject_after
from newsdoc.quoting.mentions import Mention, read_subject
from newsdoc.quoting.text import end_before_space, words_after

__all__ = ["dash_quotes"]

_OPENING = regex.compile(r"[–—―-][ \u00a0]+")
"""The dash that opens a paragraph of speech."""
_BREAK = regex.compile(r"[–—―]|(?<=[ \u00a0])-(?=[ \u00a0])")
"""A dash that may part speech from its attribution (a hyphen needs spaces around it)."""
_RESUME = regex.compile(r"[ \u00a0]*[.,:;][ \u00a0]+(?P<dash>[–—―-])[ \u00a0]+")
"""Where speech resumes after its attribution: ``Petrenko said. – And …``."""
_WORDY = regex.compile(r"[\p{L}\p{N}]")
_CLAUSE_STOP = regex.compile(r"[.,:;!?]")
_SENTENCE_END = regex.compile(r"[.!?…](?=[ \u00a0]+\p{Lu}|[ \u00a0]*$)")
_MAX_BREAKS = 6
"""Dashes looked at per paragraph: speech has one or two; more is a list or a table."""
_MIN_WORDS = 3
_CUE_WORDS = 6
"""How many words after the dash the cue may come: ``– Mayor Ivan Petrenko said``."""
_TAG_WORDS = 4
"""Words an attribution may run on after its cue when the speaker comes first."""
_NOT_SPEECH_AFTER_CUE = word_set("quoting", "not_speech_after_dash_cue")
"""``said to cost``, ``said by some``, ``said that``: the dash opens no attribution."""


def dash_quotes(text: str, paragraph: Paragraph, entities: Entities) -> list[Quote]:
    """The dash-marked direct quotes of one paragraph (see the module docstring)."""
    start, end = paragraph.start, paragraph.end
    if _BREAK.search(text, start, end) is None:
        return []  # most paragraphs hold no dash at all
    opening = _OPENING.match(text, start, end)
    content_start = opening.end() if opening is not None else start
    span_start = start
    found: list[Quote] = []
    breaks = 0
    for dash in _BREAK.finditer(text, content_start, end):
        breaks += 1
        if breaks > _MAX_BREAKS:
            break
        if dash.start() < content_start or not _WORDY.search(text, content_start, dash.start()):
            continue  # inside the attribution just read, or nothing said before it
        if opening is None and _SENTENCE_END.search(text, content_start, dash.start()):
            return found  # without an opening dash only the first sentence may be speech
        attribution = _attribution(text, dash.end(), end)
        if attribution is None:
            continue
        cue, mention, attribution_end = attribution
        if opening is None and len(text[content_start : dash.start()].split()) < _MIN_WORDS:
            return found  # "Yes – said X" needs its opening dash to be speech
        entities.note(mention)
        speaker = entities.resolve(text, mention)
        found.append(_quote(text, span_start, content_start, dash.start(), cue, speaker))
        resume = _RESUME.match(text, attribution_end, end)
        if resume is None or opening is None:
            return found
        span_start, content_start = resume.start("dash"), resume.end()
        following = _BREAK.search(text, content_start, end)
        if following is None or _attribution(text, following.end(), end) is None:
            # the rest of the paragraph is speech resumed after the attribution
            if _WORDY.search(text, content_start, end):
                found.append(_quote(text, span_start, content_start, end, cue, speaker))
            return found
    return found


def _attribution(text: str, position: int, end: int) -> tuple[Cue, Mention, int] | None:
    """The cue and speaker right after a dash, and where the attribution ends."""
    words = words_after(text, position, end, _CUE_WORDS + 2)
    for index in range(min(len(words), _CUE_WORDS)):
        cue = speech_cue(text, words, index)
        if cue is None:
            continue
        cue_end = cue.span.end
        following = next((word for word in words if word[0] >= cue_end), None)
        if following is not None and following[2].lower() in _NOT_SPEECH_AFTER_CUE:
            return None
        if index == 0:
            sentence = _SENTENCE_END.search(text, cue_end, end)
            stop = sentence.start() if sentence is not None else end
            mention = subject_after(text, cue_end, stop)
            if mention is None:
                return None
            return cue, mention, _phrase_end(text, mention.end, end)
        # the speaker first: the tag ends within a few words of its cue ("Petrenko told
        # reporters on Monday."), unlike a clause ("– though Lynch notes they were …")
        attribution_end = _phrase_end(text, cue_end, end)
        if len(text[cue_end:attribution_end].split()) > _TAG_WORDS:
            return None
        mention = read_subject(text, position, words[index][0])
        if mention is None:
            return None
        return cue, mention, attribution_end
    return None


def _phrase_end(text: str, position: int, end: int) -> int:
    """The end of the attribution's clause: the next stop or comma, or the paragraph end."""
    stop = _CLAUSE_STOP.search(text, position, end)
    return stop.start() if stop is not None else end


def _quote(text: str, span_start: int, start: int, end: int, cue: Cue, speaker: Speaker) -> Quote:
    """A quote whose words run over ``start:end``; its span starts at the opening dash."""
    end = end_before_space(text, 0, end)
    content = span_of(start, end)
    return build(
        Quote,
        span=content if span_start == start else span_of(span_start, end),
        raw=text[span_start:end],
        kind="direct",
        content=content,
        text=text[start:end],
        cue=cue,
        speaker=speaker,
    )
