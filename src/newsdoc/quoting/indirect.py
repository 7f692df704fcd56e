"""Indirect speech and other attribution without quotation marks.

Handled, up to three attributions per sentence:

* ``X said (that) …``, ``X stated that …``, ``X told reporters (that) …``, ``X has
  said …``, ``X said on Monday that …`` — the content runs from after the cue (and
  ``that``) to the sentence end;
* ``…, X said.`` / ``…, said X.`` — the content is the sentence up to the comma, with
  plain unnamed sources too (``…, lawyers for the family said.``);
* ``The plan, X said, would pass`` — the whole sentence is the content;
* ``According to X, …`` and ``…, according to X.``;
* belief, intention and evidence cues: ``X believes …``, ``X wants to …``, ``X called
  for …``, ``X called on Y to …``, ``a poll found that …``, ``a survey shows the
  mayor leading``;
* cues whose object is the content: ``X denied the report``, ``X criticized the
  budget``, ``X endorsed Y`` (but ``X announced new sanctions`` is news, not speech:
  ``announce``, ``confirm``, ``disclose`` and ``reveal`` need ``that``);
* subjects set apart from the cue: ``Dana Vick, who ran the port …, said``, ``… met Ivo
  Pranjic, who said …``, ``Though …, one study found …``;
* a second attribution after a clause boundary, cutting the first content there:
  ``X said A, and Y said B``, ``X said A, adding that B``, ``X rejected A, citing B``;
* a colon after a short name at the start of a heading or paragraph: ``Penrose: …``.

Skipped: passives (``was told``), restrictive relative clauses (``voters who support
the measure``), a participle not set off by a comma, sentences whose content is all
inside quotation marks (those are direct quotes), cues whose subject is not a
recognisable speaker (``the plan says``), and ``find``/``show`` with a person as subject
and no ``that`` (``Smith found the keys``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from sys import intern  # cue words recur in every article: their strings are shared

import regex

from newsdoc.lexicon import load, word_set
from newsdoc.models import Cue, Quote, Speaker, build, span_of
from newsdoc.quoting.coreference import Entities
from newsdoc.quoting.cues import added_speech_lemmas, lemma_of, stance_lemmas
from newsdoc.quoting.extract import (
    ADJUNCT_WORDS,
    SUBORDINATORS,
    Paragraph,
    noun_before,
    opening_subject,
    participle_speaker,
)
from newsdoc.quoting.mentions import (
    DETERMINERS,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    Mention,
    introductory,
    read_subject,
)
from newsdoc.quoting.names import is_demonym, is_town
from newsdoc.quoting.text import (
    end_before_space,
    last_words,
    tokens,
    word_before,
    word_count,
    words_after,
)

_FUNCTION_WORDS: dict[str, list[str]] = load("function_words")

__all__ = ["colon_quote", "indirect_quotes"]

_FREE = word_set("quoting", "free_indirect_verbs")
_TO_VERBS = word_set("quoting", "intention_verbs")
_OBJECT_VERBS = word_set("quoting", "addressee_verbs")
_PASSIVE = word_set("quoting", "passive_auxiliaries")
_COORDINATION = regex.compile(r";|,\s(?:but|and|while)\s")
_CLAUSE_PUNCT = regex.compile(r"[;:()]|,\s(?:but|and|while|who|which)\s")
_TAIL_CHARS = ' \t\r\n\u00a0.!?…"”’»)'
_LEAD_CHARS = ' \t\r\n\u00a0,"“‘'
_MIN_WORDS = 3
_MIN_CONTENT_CHARS = 8
"""Reported content shorter than this is a fragment, not speech."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip(_LEAD_CHARS)
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip(_TAIL_CHARS))
    return start, end


def _closed(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """The content with the mark closing a quotation it opens, which :func:`_trim` took
    off with the stops: ``He called it “a sham”``, ``… under “close watch.”``."""
    start, end = content
    kept = text[start:end]
    tail = text[end : end + _CLOSING_REACH]
    for closing, opening in _MARK_PAIRS:
        at = tail.find(closing)
        if at < 0 or tail[:at].strip(".!?…"):
            continue
        left_open = (
            kept.count(closing) % 2 == 1
            if opening == closing
            else kept.count(opening) > kept.count(closing)
        )
        if left_open:
            return start, end + at + 1
    return content


_MARK_PAIRS = (("”", "“"), ("»", "«"), ('"', '"'))
"""Closing and opening marks; a quotation is left open when more open than close, or,
for a straight mark that does both, when an odd number stands in the content."""
_CLOSING_REACH = 3
"""How far after a content its closing mark may stand, past a stop (``possible.”``)."""


_CueAt = tuple[int, int, str]
"""A cue's offsets and lemma: the :class:`Cue` is built only for a kept quote."""
_SUBJECT_REACH = 200
_INVERTED_WORDS = 6
"""Words after a cue that can only be its speaker and a closing adjunct (``…, said Ana
Roe on Monday.``)."""
_TRAILING_WORDS = 4
"""Words after a sentence-closing cue (``…, the regulators said on Monday.``)."""
_INTERRUPTING_REACH = 60
"""Characters between the comma opening an interrupting attribution and its cue."""
_LONG_LEAD_CHARS = 28
_LONG_LEAD_WORDS = 14
"""A lead-in before the cue longer than this is read for a subject after its last
comma only; the cheap character count is checked first (n characters hold at most
(n + 1) // 2 words)."""
_AFTER_COMMA_WORDS = 8
"""Words after the last comma of a long lead-in that can still be a subject."""
_THAT_REACH = 6
_CLOSING_MARKS = frozenset("”\"»’'")
_OPENING_MARKS = ("“", '"', "«", "‘", "„")
_QUOTED_NAME_WORDS = 5
"""Words of a quoted name (a newspaper's, a company's) standing as a subject."""
"""Words after an object verb looked at for the ``that`` opening its content."""
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
    last_subject: Speaker | None = None
    """The speaker of the paragraph's last reported speech, for a clause that continues
    it without a subject (``…, and added that …``)."""


class _Behind:
    """The last clause boundary and the last comma before a position, for positions
    visited in increasing order: each character of the sentence is scanned once however
    many cues it holds."""

    __slots__ = ("aside", "boundary", "clause", "comma", "scanned", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.scanned = start
        self.clause = start
        self.boundary = start
        """Where the punctuation of the last clause boundary starts."""
        self.comma = -1
        self.aside: tuple[int, int] | None = None
        """The clause and boundary before the last opening parenthesis."""

    def advance(self, position: int) -> None:
        """Take in the text up to ``position``."""
        if position <= self.scanned:
            return
        text = self.text
        for clause in _CLAUSE_PUNCT.finditer(text, self.scanned, position):
            mark = clause.group()
            if mark == ")":
                follows = text[clause.end() : clause.end() + 2]
                if self.aside is not None and follows[:1] == " " and follows[1:].islower():
                    # "Jason Marsh (R-Utah) said": a parenthesis that lower-case words
                    # follow is an aside inside the clause, not a boundary
                    self.clause, self.boundary = self.aside
                self.aside = None
                continue
            if mark == "(":
                self.aside = self.clause, self.boundary
            self.clause = clause.end()
            self.boundary = clause.start()
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
        quotes = _sentence(context, sentence_start, sentence_end, mine) if mine else []
        if not quotes and number == 0 and not paragraph.turn:
            colon = _colon(text, sentence_start, sentence_end, paragraph, entities)
            if colon is not None:
                quotes = [colon]
        found.extend(quotes)
        if index >= count:
            break
        # sentences without cues are skipped in one step
        number = max(number + 1, bisect.bisect_right(starts, cues[index][0]) - 1)
    return found


_NOUN_PREPOSITIONS = (word_set("quoting", "prepositions") - {"to"}) | word_set(
    "quoting", "prepositions_before_nouns"
)
"""Words right after which a cue word is a noun or an adjective: a finite verb never
follows a preposition (``more autonomy for state banks``, ``including noted critics``,
``in reports``); ``to`` opens an infinitive, and participles are read elsewhere."""


def _after_preposition(text: str, start: int, match: tuple[int, int, str], before: str) -> bool:
    """Whether the cue is a noun or an adjective, a preposition
    (:data:`_NOUN_PREPOSITIONS`) standing right before it: ``more autonomy for state
    banks``, ``including noted critics``, ``amid claims that …``; a gerund after one is
    still a verb (``by calling for …``, ``after warning …``)."""
    if before not in _NOUN_PREPOSITIONS or match[2].split(None, 1)[0].lower().endswith("ing"):
        return False
    begin = match[0] - len(before) - 1
    return begin >= start and text[begin : match[0]].lower() == before + " "


def _prepositional_noun(
    text: str, end: int, match: tuple[int, int, str], lemma: str
) -> _VerbReading | None:
    """What a cue noun after a preposition reports when a ``that`` clause follows it:
    ``amid claims that the pier was unsafe``, ``in hopes that talks resume``. No subject
    stands before such a noun, so the speech has no speaker of its own. A noun without
    that clause reports nothing: ``for state banks``, ``in charge of the club``, ``in
    response to questions``."""
    following = words_after(text, match[1], end, 1)
    if not following or following[0][2].lower() != "that":
        return None
    return _trim(text, following[0][1], end), (match[0], match[1], lemma), None


_MODIFIED_REACH = 40
"""How far before a cue noun its possessive and modifier are looked for."""


def _modified_noun(
    text: str, start: int, match: tuple[int, int, str], lemma: str, before: str
) -> bool:
    """Whether a cue in its bare form follows a possessive and one modifier, which makes
    it a noun: ``Ruritania’s unfounded claim that …``, ``the mayor’s bold claim``. A
    plural before the cue is its subject (``Roe’s lawyers claim that …``), and a cue with
    an ending is a verb (``Roe’s lawyer claims``)."""
    if match[2] != lemma or not before.isalpha() or before.endswith("s"):
        return False
    window = text[max(start, match[0] - _MODIFIED_REACH) : match[0]]
    if "’s " not in window and "'s " not in window:
        return False
    words = last_words(text, start, match[0], 2)
    return (
        len(words) == 2
        and words[0][2].endswith(("’s", "'s"))
        and words[1][2].islower()
        and words[1][2] not in DETERMINERS
    )


_ARTICLES_OF_ONE = word_set("quoting", "singular_openers")
"""Words that open a singular noun phrase: a bare cue word ending it is a noun."""
_OBJECT_PRONOUNS = word_set("quoting", "plural_objects_after_of")
"""Words after ``of`` that leave a plural subject for the cue (``many of them say``)."""


def _compound_noun(
    text: str, start: int, match: tuple[int, int, str], lemma: str, before: str
) -> bool:
    """Whether a cue in its bare form ends a noun phrase of one more word that an
    article of one, or ``of``, opens: ``towards a police state``, ``an annual report``,
    ``a lack of market demand``, ``forms of American support``. No subject takes the bare
    verb there (``a police`` would say ``states``). After ``of`` the word between must
    be lower-case or a demonym, as a noun's modifier is: a name or a pronoun there ends
    a plural subject (``members of Congress say``, ``many of them believe``)."""
    if match[2] != lemma or not before.isalpha() or before in SUBJECT_PRONOUNS:
        return False
    words = last_words(text, start, match[0], 2)
    if len(words) != 2 or not text[words[0][1] : words[1][0]].isspace():
        return False
    if not text[words[1][1] : match[0]].isspace():
        return False  # "in turn, want": punctuation parts them
    opener, middle = words[0][2], words[1][2]
    if opener.lower() in _ARTICLES_OF_ONE:
        return not (opener[:1].isupper() and middle[:1].isupper())  # "A: I think"
    if opener != "of" or middle in _OBJECT_PRONOUNS:
        return False
    if middle.endswith("s") and not middle.endswith("ss"):
        return False
    return middle.islower() or is_demonym(middle)


def _nominal(
    text: str,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    modified: bool = False,
) -> tuple[tuple[int, int], _CueAt, Mention | None] | None:
    """A cue noun after a possessive with its content after ``that`` or ``to``:
    ``Tovey’s claim that …``, ``the administration’s plans to …``; the possessor is
    the source. Any other cue noun (``a charge``, ``Editor’s note:``) reports nothing.
    ``modified`` says one modifier stands between them (:func:`_modified_noun`)."""
    after = words_after(text, match[1], end, 1)
    if not after or after[0][2].lower() not in {"that", "to"}:
        return None
    words = last_words(text, start, match[0], 4)
    if modified:
        words = words[:-1]  # "Ruritania’s unfounded claim": the possessor before it
    possessor = words[-1] if words else None
    if possessor is None or not possessor[2].endswith(("’s", "'s")):
        return None
    begin = possessor[0]
    for word in reversed(words[:-1]):
        if not (word[2][:1].isupper() or word[2].lower() in DETERMINERS):
            break
        begin = word[0]
    mention = read_subject(text, begin, possessor[1] - 2)
    if mention is None:
        return None
    position = after[0][1] if after[0][2].lower() == "that" else match[1]
    return _trim(text, position, end), (match[0], match[1], lemma), mention


def _inside_marks(context: _Context, position: int) -> bool:
    index = bisect.bisect_right(context.mark_starts, position) - 1
    if index < 0:
        return False
    mark = context.paragraph.marks[index]
    return mark.start <= position < mark.end


_Attribution = tuple[tuple[int, int], _CueAt, "Speaker | None"]
_MAX_PER_SENTENCE = 3


def _sentence(
    context: _Context, start: int, end: int, cues: list[tuple[int, int, str]]
) -> list[Quote]:
    """The attributions of one sentence: the first cue that attributes, then further
    ones after a clause boundary inside its content (``X said A, and Y said B``,
    ``X did A, citing B``), which cut the earlier content there."""
    found: list[_Attribution] = []
    rest = cues
    while rest and len(found) < _MAX_PER_SENTENCE:
        floor = found[-1][0][0] if found else -1
        hit = _first(context, start, end, rest, floor)
        if hit is None:
            break
        attribution, boundary, index = hit
        if found:
            (begin, _stop), cue, speaker = found[-1]
            if attribution[2] is None:
                attribution = (attribution[0], attribution[1], speaker)
            cut = _trim(context.text, begin, boundary)
            if cut[1] - cut[0] < 8:
                break
            found[-1] = (cut, cue, speaker)
        found.append(attribution)
        rest = rest[index + 1 :]
    return [_quote(context, *attribution) for attribution in found]


def _first(
    context: _Context,
    start: int,
    end: int,
    cues: list[tuple[int, int, str]],
    floor: int,
) -> tuple[_Attribution, int, int] | None:
    """The first attribution among ``cues``, with the start of the clause boundary before
    its cue and the index of its cue. With ``floor`` set (the content start of an earlier
    attribution), only a cue after a clause boundary past ``floor`` counts."""
    text = context.text
    fallback: _Attribution | None = None
    behind = _Behind(text, start)
    for index, match in enumerate(cues):
        behind.advance(match[0])
        if _inside_marks(context, match[0]):
            continue
        found = lemma_of(match[2])
        if found is None:
            continue
        lemma = found[0]
        participle = match[2].endswith("ing") and lemma != "according to"
        boundary = _boundary(text, behind, match, participle, floor)
        if boundary is None:
            continue  # a relative or parenthetical clause nests inside the content
        if participle:
            reported = _participle_attribution(context, start, end, match, lemma, behind)
            if reported is not None:
                return reported, boundary, index
            continue
        attribution = _cue_attribution(context, start, end, match, lemma, behind, floor)
        if attribution is None:
            continue
        content, cue, speaker = attribution
        if fallback is None and (
            lemma == "according to"
            or text.endswith(("’s ", "'s "), start, match[0])
            or _after_preposition(text, start, match, word_before(text, start, match[0]).lower())
        ):
            # "according to X" and a cue noun ("Beijing's demands to …", "for fear that
            # …") attribute only when no verb in the sentence does: they often nest
            # inside its content
            fallback = attribution
            continue
        if (
            fallback is not None
            and fallback[1][2] == "according to"
            and fallback[0][0] <= content[0]
            and content[1] <= fallback[0][1]
            and (speaker is None or speaker.kind == "unnamed")
        ):
            speaker = fallback[2]
        return (content, cue, speaker), boundary, index
    if fallback is not None:
        return fallback, start, len(cues) - 1
    return None


def _boundary(
    text: str, behind: _Behind, match: tuple[int, int, str], participle: bool, floor: int
) -> int | None:
    """Where the clause of a cue starts: the cue itself for the first attribution of a
    sentence; for a later one (``floor`` set) the clause boundary before it, which must
    lie past ``floor`` and, for a verb, open a coordinated clause (``…, and she added``);
    ``None`` when the cue nests inside the earlier content."""
    if floor < 0:
        return match[0]
    boundary = behind.comma if participle else behind.boundary
    if boundary <= floor or (
        not participle and not _COORDINATION.match(text, boundary, boundary + 8)
    ):
        return None
    return boundary


def _participle_attribution(
    context: _Context,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    behind: _Behind,
) -> _Attribution | None:
    """Speech introduced by a participle (``…, adding that …``), its subject being the
    sentence's or, failing that, the paragraph's last reported speaker."""
    reported = _participle(context.text, start, end, match, lemma, behind, context.entities)
    if reported is None:
        return None
    content, cue, speaker = reported
    if content[1] - content[0] < _MIN_CONTENT_CHARS or _all_quoted(content, context):
        return None
    return content, cue, speaker or context.last_subject


def _cue_attribution(
    context: _Context,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    behind: _Behind,
    floor: int,
) -> _Attribution | None:
    """The speech a verb or ``according to`` attributes, with its speaker resolved;
    ``None`` for a capitalised verb, a content that is too short, wholly quoted, or, for
    a later clause, one that wraps what came before."""
    text = context.text
    if lemma == "according to":
        if floor >= 0:
            return None
        quote = _according(text, start, end, match, lemma, behind)
    elif match[2].islower():
        quote = _verb(text, start, end, match, lemma, behind)
    else:
        return None
    if quote is None:
        return None
    content, cue, mention = quote
    if content[1] - content[0] < _MIN_CONTENT_CHARS or _all_quoted(content, context):
        return None
    if floor >= 0 and content[0] < match[1]:
        return None  # a later clause must report forward, not wrap what came before
    if lemma in _COUNT_OBJECT_CUES and _counted_object(text, content):
        return None  # "added a goal", "add an extra pat of butter": a thing, not speech
    if len(text[content[0] : min(content[1], content[0] + 80)].split()) < _MIN_WORDS:
        return None
    return content, cue, _speaker(text, context.entities, mention)


def _speaker(text: str, entities: Entities, mention: Mention | None) -> Speaker | None:
    if mention is None:
        return None
    entities.note(mention)
    return entities.resolve(text, mention)


def _quote(
    context: _Context, content: tuple[int, int], at: _CueAt, speaker: Speaker | None
) -> Quote:
    text = context.text
    content = _closed(text, content)
    span = span_of(content[0], content[1])
    raw = text[content[0] : content[1]]
    cue = build(Cue, span=span_of(at[0], at[1]), raw=intern(text[at[0] : at[1]]), lemma=at[2])
    context.last_subject = speaker or context.last_subject
    return build(
        Quote, span=span, raw=raw, kind="indirect", content=span, text=raw, cue=cue, speaker=speaker
    )


QUOTED_SHARE = 0.6
"""Share of a content inside quotations that makes it the quotations' speech, not more."""


_COUNT_OBJECT_CUES = word_set("quoting", "count_object_cues")
_COUNT_OPENERS = word_set("quoting", "count_openers")


def _counted_object(text: str, content: tuple[int, int]) -> bool:
    """Whether a content is a noun phrase opened by an indefinite or a number, with no
    auxiliary in its first clause: what was added (``a goal``, ``three assists to lead
    the team``, ``an extra pat of butter``), not a clause reported (``an appeal could be
    made``)."""
    clause = text[content[0] : content[1]].split(",", 1)[0].split()
    if not clause:
        return False
    first = clause[0].lower()
    if first not in _COUNT_OPENERS and not first.isdigit():
        return False
    return not any(word.lower() in _AUXILIARIES for word in clause[1:])


def _adjunct_before(text: str, start: int, begin: int) -> bool:
    """Whether ``text[start:begin]`` is a few words and a comma before a quoted sentence:
    an opening adjunct (``On Monday, “We are back”``), not a clause reporting speech."""
    before = text[start:begin].rstrip()
    return (
        before.endswith(",")
        and len(before.split()) <= ADJUNCT_WORDS
        and text[begin + 1 : begin + 2].isupper()
    )


def _all_quoted(content: tuple[int, int], context: _Context) -> bool:
    """Whether a content is mostly inside the paragraph's quotations, or runs into one
    and stops inside it (``On Monday, “We are back,” the mayor said``: the quotation is
    the speech, and what comes before it is an adjunct)."""
    start, end = content
    covered = context.covered
    index = max(bisect.bisect_right(context.covered_starts, start) - 1, 0)
    inside = 0
    while index < len(covered) and covered[index][0] < end:
        begin, stop = covered[index]
        if start < begin and end < stop and _adjunct_before(context.text, start, begin):
            return True
        if stop > start:
            inside += min(end, stop) - max(start, begin)
        index += 1
    return inside >= QUOTED_SHARE * (end - start)


def _according(
    text: str, start: int, end: int, match: tuple[int, int, str], lemma: str, behind: _Behind
) -> tuple[tuple[int, int], _CueAt, Mention | None] | None:
    reach = min(end, match[1] + _SUBJECT_REACH)
    comma = text.find(",", match[1], reach)
    if not text[max(start, match[0] - 8) : match[0]].strip(' "“') and (
        match[0] - start <= 8 or not text[start : match[0]].strip(' "“')
    ):
        if comma < 0:
            return None
        mention = read_subject(text, match[1], comma)
        return _trim(text, comma + 1, end), (match[0], match[1], lemma), mention
    before = behind.comma
    if before < 0:
        return None
    stop = comma if comma >= 0 else reach
    mention = read_subject(text, match[1], _trim(text, match[1], stop)[1])
    return _trim(text, start, before), (match[0], match[1], lemma), mention


_VerbReading = tuple[tuple[int, int], _CueAt, Mention | None]
"""The content span, the cue and the speaker mention a verb cue attributes."""


@dataclass(frozen=True, slots=True)
class _VerbSite:
    """What the frame rules of a verb cue read: the cue, the words after it, and where
    the clause holding it starts."""

    text: str
    start: int
    end: int
    match: tuple[int, int, str]
    lemma: str
    before: str
    """The lower-cased word before the cue."""
    after: list[tuple[int, int, str]]
    subject_start: int
    last: int
    """The end of the text between the clause start and the cue, without spaces."""
    last_comma: int
    """The last comma of the clause before the cue, or -1."""
    antecedent: Mention | None
    """The person a ``who`` before the cue stands for."""

    @property
    def cue(self) -> _CueAt:
        return self.match[0], self.match[1], self.lemma

    @property
    def has_subject(self) -> bool:
        """Whether anything stands before the cue in its clause to be its subject."""
        return self.last > self.subject_start or self.antecedent is not None


def _verb(
    text: str,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    behind: _Behind,
) -> _VerbReading | None:
    """The reported speech a verb cue attributes, read by the first rule of
    :data:`VERB_FRAMES` that fits, once the cue is known to be a verb; a cue word after
    a determiner or a possessive is a noun (``the report``), read by :func:`_nominal`."""
    before = word_before(text, start, match[0]).lower()
    if noun_before(before):
        return _nominal(text, start, end, match, lemma)
    if _modified_noun(text, start, match, lemma, before):
        return _nominal(text, start, end, match, lemma, modified=True)
    if _compound_noun(text, start, match, lemma, before):
        return None
    if _after_preposition(text, start, match, before):
        return _prepositional_noun(text, end, match, lemma)
    site = _verb_site(text, start, end, match, lemma, before, behind)
    if site is None or _frames_quotation(site):
        return None
    for _name, frame in VERB_FRAMES:
        reading = frame(site)
        if reading is not None:
            return reading
    return None


def _verb_site(
    text: str,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    before: str,
    behind: _Behind,
) -> _VerbSite | None:
    """The cue's site, or ``None`` when the cue word attributes nothing here: after a
    passive auxiliary, as a plural noun after a count or before a finite auxiliary, or
    in a restrictive relative clause."""
    if before in _PASSIVE:
        return None
    if match[2].endswith("s") and (before in QUANTIFIERS or before[:1].isdigit()):
        return None  # "Most states", "4.3 points": a plural noun, not a verb
    antecedent: Mention | None = None
    if before in _RELATIVE:
        if _restrictive(text, start, match[0], before):
            return None  # "voters who support the measure": the clause only names a group
        if before == "who":
            antecedent = _who(text, start, match[0])
    subject_start = behind.clause
    if _in_reduced_relative(text, max(subject_start, behind.comma + 1), match, end):
        return None
    after = words_after(text, match[1], end, _AFTER_WORDS)
    if (
        match[2].endswith("s")
        and after
        and after[0][2].lower() in _AUXILIARIES
        and text[match[1] : after[0][0]].isspace()
    ):
        # "polling across the coastal states has shifted", "the reports were leaked":
        # a finite auxiliary right after the word makes it a plural noun, not a verb
        # (after a comma it is the content's own: "The plan, she says, is dead")
        return None
    return _VerbSite(
        text,
        start,
        end,
        match,
        lemma,
        before,
        after,
        subject_start,
        end_before_space(text, subject_start, match[0]),
        behind.comma if behind.comma >= subject_start else -1,
        antecedent,
    )


_RELATIVE_HEADS = word_set("quoting", "relative_heads")
_RELATIVE_HEAD_TUPLE = tuple(_RELATIVE_HEADS)
_HEAD_CHARS = 16


def _in_reduced_relative(text: str, start: int, match: tuple[int, int, str], end: int) -> bool:
    """Whether the cue sits in a relative clause without ``that`` after an indefinite
    head, with the head as the object of its infinitive: ``…, something the council
    wants to buy``. The clause describes the head and reports nobody's speech; with a
    clause after the cue it does (``something the mayor said is off the table``)."""
    if not text[start : start + _HEAD_CHARS].lstrip().lower().startswith(_RELATIVE_HEAD_TUPLE):
        return False  # the cheap test first: most clauses open otherwise
    words = words_after(text, start, match[0], 2)
    if len(words) < 2 or words[0][2].lower() not in _RELATIVE_HEADS:
        return False
    after = words_after(text, match[1], end, 1)
    return bool(after) and after[0][2].lower() == "to"


def _frames_quotation(site: _VerbSite) -> bool:
    """Whether the cue is the frame of a quotation that closes at the comma before the
    subject and opened at its clause's start or before it: ``"We saw no link," the mayor
    said, adding …``, ``"Not yet", Kovac said``, ``… We are ready," the chief said``. The
    direct quote holds what it reports; a quotation opening inside indirect content
    (``He called it "a sham", Kovac said``) is part of that content."""
    text, comma = site.text, site.last_comma
    if comma <= site.subject_start:
        return False
    if text[comma - 1] not in _CLOSING_MARKS and text[comma + 1 : comma + 2] not in _CLOSING_MARKS:
        return False
    clause = text[site.subject_start : comma].strip()
    if clause[-1:] in _CLOSING_MARKS:
        clause = clause[:-1]  # the mark closing the quotation, straight marks being both
    return not any(mark in clause[1:] for mark in _INNER_OPENINGS)


_INNER_OPENINGS = (*_OPENING_MARKS, "''")
"""Marks that open a quotation inside a clause; two apostrophes stand for a double mark
in some wire and archive texts (``Not paying ''makes me smart,'' he said``)."""


def _frame_inverted(site: _VerbSite) -> _VerbReading | None:
    """Content, a comma, then the cue and its speaker: ``The pier reopens, said Ana
    Roe.``; with no speaker after the cue (``Roe, R-Ky., said Tuesday that …``) another
    frame reads the subject before it."""
    text, after, last = site.text, site.after, site.last
    if not (
        last > site.subject_start
        and text[last - 1] == ","
        and 0 < len(after) <= _INVERTED_WORDS
        and after[0][2][:1].isupper()
    ):
        return None
    mention = read_subject(text, site.match[1], after[-1][1])
    if mention is None:
        return None
    return _trim(text, site.subject_start, last - 1), site.cue, mention


def _frame_interrupting(site: _VerbSite) -> _VerbReading | None:
    """The attribution set off by commas inside the content: ``The plan, Kovac said,
    would pass``, ``The main point, the minister stressed, is that …``."""
    text, match, comma = site.text, site.match, site.last_comma
    if not (
        site.has_subject
        and comma > site.subject_start
        and len(site.after) > 2
        and text[match[1] : site.after[0][0]].strip() == ","
        and match[0] - comma <= _INTERRUPTING_REACH
    ):
        return None
    mention = read_subject(text, comma + 1, match[0])
    if mention is None:
        return None
    return _trim(text, site.subject_start, site.end), site.cue, mention


def _frame_trailing(site: _VerbSite) -> _VerbReading | None:
    """Content, a comma, then the speaker and the cue closing the sentence: ``The mine
    was safe, the regulators said.``; not when a clause follows the cue (``Initially,
    the regulators said the mine was safe``)."""
    text, after, comma = site.text, site.after, site.last_comma
    if not (
        site.has_subject
        and len(after) <= _INVERTED_WORDS
        and comma >= 0
        and site.match[0] - comma <= _SUBJECT_REACH
    ) or _quotation_follows(text, site.match[1], site.end):
        return None
    mention = read_subject(text, comma + 1, site.match[0])
    if mention is None and len(after) <= _TRAILING_WORDS:
        mention = _plain_source(text, comma + 1, site.match[0])
    # "…, the army said in a statement on Monday.": an adjunct may run a little longer
    adjunct = bool(after) and site.lemma in _FREE and _is_adjunct(after)
    reach = _INVERTED_WORDS if adjunct else _TRAILING_WORDS
    if (
        mention is None
        or len(after) > reach
        or any(word[2].lower() in _CLAUSE_MARKERS for word in after)
    ):
        return None
    return _trim(text, site.subject_start, comma), site.cue, mention


def _quotation_follows(text: str, position: int, end: int) -> bool:
    """Whether a quotation opens right after the cue (``…, an official said “…”``): the
    cue frames that quotation, and what stands before its subject is an opening adjunct
    (``After the meeting,``), not reported speech."""
    rest = text[position:end].lstrip(" \t\u00a0,:")
    return rest[:1] in _OPENING_MARKS


@dataclass(frozen=True, slots=True)
class _Shape:
    """How the content after a forward cue opens: ``first`` is its first word (``that``
    once an adjunct or addressee before a ``that`` is skipped), ``that_stop`` the end of
    that ``that`` (or -1)."""

    first: str
    that_stop: int
    adjunct: bool
    evidence: bool
    clause: bool
    naming: bool


def _frame_forward(site: _VerbSite) -> _VerbReading | None:
    """The subject, the cue, then the content: ``Ana Roe said that …``, ``The study
    found …``, ``Roe told reporters on Monday the pier …``, ``Roe called on …``."""
    if not site.has_subject or site.match[0] - site.subject_start > 2 * _SUBJECT_REACH:
        return None
    if not site.after or _after_quotation(site):
        return None
    shape = _content_shape(site)
    if shape is None:
        return None  # no content shape follows the cue: checked before the costly reads
    mention = _forward_subject(site)
    if mention is None:
        return None
    if (
        shape.evidence
        and site.lemma not in _FREE
        and shape.first != "that"
        and mention.kind == "person"
    ):
        return None  # "Smith found the keys": only a report or poll finds a content
    position = _content_start(site, shape)
    if position is None:
        return None
    return _trim(site.text, position, site.end), site.cue, mention


def _after_quotation(site: _VerbSite) -> bool:
    """Whether the cue follows a closing quotation mark as the frame of that quotation
    (``“Go home,” said Ana Roe``); a quoted name as subject (``"The Harbour Times"
    reports that …``) is no quotation."""
    text, last = site.text, site.last
    if text[last - 1] not in _CLOSING_MARKS:
        return False
    opening = max(text.rfind(mark, site.subject_start, last - 1) for mark in _OPENING_MARKS)
    words = text[opening + 1 : last - 1].split()
    return not (
        opening >= 0
        and 0 < len(words) <= _QUOTED_NAME_WORDS
        and all(word[:1].isupper() for word in words)
    )


def _content_shape(site: _VerbSite) -> _Shape | None:
    """How the content after the cue opens, or ``None`` when nothing after it can be
    reported content (``said to cost``, ``agreed with``)."""
    after, lemma = site.after, site.lemma
    first = after[0][2].lower()
    adjunct = _is_adjunct(after)
    that_stop = -1
    if first == "to" and lemma == "say":
        # "said to reporters that …" names whom it was said to; "said to cost …" only
        # reports hearsay about the subject
        target = after[1][2] if len(after) > 1 else ""
        if not (target[:1].isupper() or target.lower() in _ADDRESSEES):
            return None
        that_stop = next((w[1] for w in after[2:] if w[2].lower() == "that"), -1)
        if that_stop < 0:
            return None
        first = "that"
    elif adjunct:
        # an adjunct before the clause: "said on Monday that …", "said during a rally …"
        that_stop = next((w[1] for w in after[1:] if w[2].lower() == "that"), -1)
        if that_stop < 0 and lemma in _FREE:
            # "said in a statement it would …": the clause opens at its subject
            opening = _clause_after_adjunct(site.text, after)
            that_stop = after[opening - 1][1] if opening > 0 else -1
        if that_stop >= 0:
            first = "that"
    evidence = lemma in _EVIDENCE and not adjunct
    clause = lemma in _NEWS_VERBS and _opens_clause(after)
    naming = lemma == "call" and not adjunct and _names(site.text, site.match[1], after)
    if (
        lemma not in _OBJECT_VERBS
        and first != "that"
        and not (lemma in _TO_VERBS and first in {"to", "for"})
        and not (lemma == "call" and first == "on")
        and not naming
        and (not _takes_content(lemma) or adjunct)
        and not evidence
        and not clause
    ):
        return None
    return _Shape(first, that_stop, adjunct, evidence, clause, naming)


def _forward_subject(site: _VerbSite) -> Mention | None:
    """The subject before a forward cue: the ``who``'s antecedent, the sentence's
    subject for a second verb (``announced an arrest and said``), the phrase after the
    last comma of a long lead-in, else the clause before the cue; an apposition or
    relative clause between a name and the cue is skipped (``Roe, the head of X, said``)."""
    text, start, match, subject_start = site.text, site.start, site.match, site.subject_start
    if site.antecedent is not None:
        mention: Mention | None = site.antecedent
    elif site.before == "and" and subject_start == start:
        mention = opening_subject(text, start, match[0])
    elif (
        match[0] - subject_start > _LONG_LEAD_CHARS
        and word_count(text, subject_start, match[0]) > _LONG_LEAD_WORDS
    ):
        # a long lead-in: the subject follows its last comma ("Though …, one study found")
        mention = None
        comma = site.last_comma
        if comma >= 0 and word_count(text, comma + 1, match[0]) <= _AFTER_COMMA_WORDS:
            mention = read_subject(text, comma + 1, match[0])
    else:
        mention = read_subject(text, subject_start, match[0])
    if mention is None or (mention.form == "description" and subject_start > start):
        mention = _appositive_subject(text, start, site.last) or mention
    return mention


def _content_start(site: _VerbSite, shape: _Shape) -> int | None:
    """Where the reported content after a forward cue starts."""
    after, lemma, first = site.after, site.lemma, shape.first
    if shape.that_stop >= 0:
        return shape.that_stop
    if lemma in _OBJECT_VERBS and first != "that":
        for _start, stop, word in after[:_THAT_REACH]:
            if word.lower() == "that":
                return stop
        if len(after) <= 1:
            return site.match[1]
        if first in _ADDRESSEE_OPENERS:
            return after[0][1] if first == "reporters" else after[1][1]
        return after[1][1] if after[0][2][:1].isupper() else after[0][1]
    if first == "that":
        return after[0][1]
    if lemma in _TO_VERBS and first in {"to", "for"}:
        return after[0][1] if lemma == "call" else site.match[1]
    if lemma == "call" and first == "on":
        return after[0][1]
    if shape.naming:
        return site.match[1]
    if (not _takes_content(lemma) or shape.adjunct) and not shape.evidence and not shape.clause:
        return None
    return site.match[1]


VERB_FRAMES: tuple[tuple[str, Callable[[_VerbSite], _VerbReading | None]], ...] = (
    ("inverted", _frame_inverted),
    ("interrupting", _frame_interrupting),
    ("trailing", _frame_trailing),
    ("forward", _frame_forward),
)
"""How a verb cue frames its content, in order: the first frame that reads a content
and a subject decides."""


def _opens_clause(after: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a cue open a clause with a pronoun subject and an
    auxiliary: ``announced it would close``, ``confirmed they had met``."""
    return (
        len(after) > 1
        and after[0][2].lower() in SUBJECT_PRONOUNS - {"you"}
        and after[1][2].lower() in _AUXILIARIES
    )


_NAMING_REACH = 5
"""How many words after ``called`` its object may take before the name it is given."""


def _names(text: str, position: int, after: list[tuple[int, int, str]]) -> bool:
    """Whether the words after ``called`` give its object a name or a judgement: ``called
    Tovey a “serial fibber”``, ``called the ruling a fine result``; not ``called the
    police`` or ``called a meeting``."""
    if len(after) < 3 or after[0][2].lower() in _NOT_NAMING:
        return False
    window = after[1 : _NAMING_REACH + 1]
    for index in range(1, len(window)):
        if "," in text[window[index - 1][1] : window[index][0]]:
            # "called Roe on Monday, an aide said": the name given stands before a comma
            window = window[:index]
            break
    if any(word[2].lower() in {"a", "an"} for word in window):
        return True
    stop = window[-1][1]
    return any(text.find(mark, position, stop) >= 0 for mark in '“"‘')


_NOT_NAMING = word_set("quoting", "not_naming_after_cue")
"""Words after ``called`` that make no naming: ``called a meeting``, ``called it
quits``, ``called in``, ``called off``."""


_NEWS_VERBS = word_set("quoting", "news_verbs")
"""Cues that make news public; they report speech only with a clause after them
(``announced that …``, ``confirmed it would …``), see ``_OBJECT_CONTENT``."""
_AUXILIARIES = frozenset(_FUNCTION_WORDS["auxiliaries"])
_OBJECT_CONTENT = word_set("quoting", "object_content_verbs")
"""Speech cues whose object is the content: ``denied the report``, ``demanded a
recount``; the ``stance`` cues of the lexicon behave alike. Verbs that make news public
(``announce``, ``confirm``, ``disclose``, ``reveal``) are not among them: their plain
object is an event, not speech (``announced new sanctions``, ``confirmed to attend``),
so they report speech only with a ``that`` clause or a quote."""
_EVIDENCE = word_set("quoting", "evidence_verbs")
"""Cues whose content may follow without ``that`` when a report, poll or study speaks:
``a poll shows the governor leading``."""
_PLAIN_SOURCE_WORDS = 7


_ADDRESSEES = DETERMINERS | word_set("quoting", "addressee_nouns")
"""First words of whom something is said to: ``said to reporters``, ``said to the
crowd``."""
_RELATIVE = word_set("quoting", "relative_pronouns")


def _restrictive(text: str, start: int, position: int, pronoun: str) -> bool:
    """Whether the relative pronoun right before ``position`` opens a clause with no
    comma before it (``voters who support …``, not ``Kovac, who said …``)."""
    end = end_before_space(text, start, position)
    begin = end_before_space(text, start, end - len(pronoun))
    return begin > start and text[begin - 1] not in ",(—–"


def _who(text: str, start: int, position: int) -> Mention | None:
    """The person a non-restrictive ``who`` right before the cue refers to: the name
    closing the clause before its comma (``… met Anna Kovac, who said …``)."""
    comma = text.rfind(",", start, position)
    if comma < 0:
        return None
    floor = max(start, text.rfind(",", start, comma) + 1, comma - _SUBJECT_REACH)
    words = last_words(text, floor, comma, 4)
    while words and not words[0][2][:1].isupper():
        words = words[1:]
    if not words or words[-1][1] != comma:
        return None
    mention = read_subject(text, words[0][0], comma)
    if mention is None or mention.form not in {"name", "short"} or mention.end != comma:
        return None
    return mention


def _participle(
    text: str,
    start: int,
    end: int,
    match: tuple[int, int, str],
    lemma: str,
    behind: _Behind,
    entities: Entities,
) -> tuple[tuple[int, int], _CueAt, Speaker | None] | None:
    """``X left the room, saying (that) …`` / ``…, citing …``: the content follows the
    participle, whose speaker is the subject it hangs on (see ``participle_speaker``)."""
    if behind.comma < 0 or text[behind.comma + 1 : match[0]].strip():
        return None
    after = words_after(text, match[1], end, 2)
    if len(after) < 2:
        return None
    first = after[0][2].lower()
    if first == "that":
        position = after[0][1]
    elif _takes_content(lemma) and not _is_adjunct(after):
        position = match[1]
    else:
        return None
    speaker = participle_speaker(text, start, match[0], entities)
    return _trim(text, position, end), (match[0], match[1], lemma), speaker


def _takes_content(lemma: str) -> bool:
    """Whether the words right after the cue may be its content, with no ``that``."""
    return (
        lemma in _FREE
        or lemma in _OBJECT_CONTENT
        or lemma in _PHRASE_CONTENT
        or lemma in stance_lemmas()
        or lemma in added_speech_lemmas()
    )


_PHRASE_CONTENT = word_set("quoting", "phrasal_content_cues")
"""Multi-word cues followed by their content: ``called for new talks``."""


def _plain_source(text: str, start: int, end: int) -> Mention | None:
    """An unnamed source printed as a plain noun phrase right before a clause-final cue:
    ``…, lawyers for the family said.``, ``…, two people familiar with the talks said.``"""
    words = tokens(text, start, end)
    if not words or len(words) > _PLAIN_SOURCE_WORDS:
        return None
    if any(word[2].lower() in _NOT_SOURCE for word in words):
        return None
    head = words[0][2]
    if head[:1].isupper() and head.lower() not in _SOURCE_OPENERS:
        return None
    return Mention(
        words[0][0], words[-1][1], text[words[0][0] : words[-1][1]], "unnamed", None, "description"
    )


_SOURCE_OPENERS = word_set("quoting", "source_openers")
_CLAUSE_MARKERS = frozenset(_FUNCTION_WORDS["clause_markers"])
_NOT_SOURCE = frozenset(_FUNCTION_WORDS["clause_markers"] + _FUNCTION_WORDS["not_in_source_phrase"])


def _appositive_subject(
    text: str, start: int, last: int, *, opening: bool = True
) -> Mention | None:
    """The name opening a sentence whose cue follows an apposition or relative clause
    closed by a comma: ``Dana Whitfield, who served …, said``; a body before a relative
    clause (``The harbour board, which met on Monday, said``)."""
    if last <= start or text[last - 1] != ",":
        return None
    comma = text.find(",", start, last - 1)
    if comma < 0 or word_count(text, start, comma) > 6:
        return None
    mention = read_subject(text, start, comma)
    if mention is None and opening and introductory(tokens(text, start, comma)):
        # "With 50 days to go, Rena Holt, a senior adviser, called …"
        return _appositive_subject(text, comma + 1, last, opening=False)
    if mention is None:
        return None
    if mention.form in {"name", "short"}:
        return mention
    # "The harbour board, which met on Monday, said": a body before a relative clause
    relative = text[comma + 1 : last].split(None, 1)[:1]
    if mention.kind == "organization" and relative and relative[0].lower() in _RELATIVE:
        return mention
    return None


_CLAUSE_SUBJECTS = (SUBJECT_PRONOUNS - {"you"}) | word_set("quoting", "clause_subject_determiners")
"""Words that may open the reported clause right after an adjunct."""
_CLAUSE_CONTINUATIONS = word_set("quoting", "clause_continuations")
_ADDRESSEE_OPENERS = word_set("quoting", "addressee_openers")
_ADJUNCT_LINKS = word_set("quoting", "adjunct_links")


def _clause_after_adjunct(text: str, after: list[tuple[int, int, str]]) -> int:
    """The index in ``after`` (the words after a cue, which open with an adjunct: see
    ``_is_adjunct``) of the subject opening the reported clause behind the adjunct:
    ``it`` in ``said in a statement it would``, ``the`` in ``said on Monday the plan``;
    -1 if none. After a preposition the adjunct takes two words, or one capitalised (``on
    Monday``); a time word is an adjunct of its own (``said yesterday the``). The subject
    may not follow a preposition, a determiner or a subordinator (``said Friday as he
    entered``), and no comma may come between (``said in the Oval Office, emphasizing
    it``)."""
    if after[0][2].lower() in {"this", "last"}:
        return -1  # "said this week the …" is left to "that"
    for index in range(1, min(len(after), 7)):
        word = after[index][2]
        if word.lower() not in _CLAUSE_SUBJECTS:
            continue
        previous = after[index - 1][2]
        if index == 1 and previous.lower() in _ADJUNCT_LINKS:
            continue  # "on the phone": the adjunct's own determiner
        if (
            previous.lower() in _ADJUNCT_LINKS
            or previous.lower() in _CLAUSE_SUBJECTS
            or previous.lower() in SUBORDINATORS
            or "," in text[after[0][1] : after[index][0]]
        ):
            return -1
        if index >= 3 or previous[:1].isupper() or after[0][2].lower() not in _ADJUNCT_LINKS:
            return index
        return -1
    return -1


_TIME_NOUNS = word_set("quoting", "time_nouns_lower")


def _is_adjunct(after: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a cue open with an adjunct rather than the content: ``on
    Monday``, ``this week``; but ``this is …`` is content."""
    first = after[0][2].lower()
    if first not in _NOT_CONTENT:
        return False
    if first in {"this", "last"} and len(after) > 1:
        following = after[1][2].lower()
        # "said this at a briefing", "write this because": "this" is the object
        return (
            following in _TIME_NOUNS
            or following in _ADJUNCT_LINKS
            or following in SUBORDINATORS
            or following in _CLAUSE_CONTINUATIONS
        )
    return True


_NOT_CONTENT = word_set("quoting", "not_content_openers")


_COLON = regex.compile(r"(\p{Lu}[\p{L}’'\-.]*(?:\s\p{Lu}[\p{L}’'\-.]*){0,3}):\s")


def _colon(
    text: str, start: int, end: int, paragraph: Paragraph, entities: Entities
) -> Quote | None:
    if start != paragraph.start:
        return None
    match = _COLON.match(text, start, end)
    if match is None:
        return None
    if text[match.start(1) : match.end(1)].strip().casefold() in _COLON_LABELS:
        return None  # "Note: …", "Source: …": a field's label, nobody's name
    mention = read_subject(text, match.start(1), match.end(1))
    if mention is None or mention.kind != "person" or is_town(mention.name):
        return None  # "Mumbai: Actor Jane Roe …" is a dateline, not a speaker
    content = _trim(text, match.end(), end)
    words = [word for word in text[content[0] : content[1]].split() if word[:1].isalpha()]
    if content[1] - content[0] < 8 or len(words) < _MIN_COLON_WORDS:
        return None  # "Account: @ana_roe": a value, not a sentence
    if _amounts(text[content[0] : content[1]]):
        return None
    if not _reads_as_prose(words) and not _named_again(text, paragraph, mention, entities):
        # "Ana Roe: Talks Will Go On" is a headline quoting her; "Headline: Storm Hits
        # Town" or "Portion: 1 Green, 1 Red" labels a value
        return None
    entities.note(mention)
    return colon_quote(text, match.end(1), content, entities.resolve(text, mention))


_COLON_LABELS = word_set("quoting", "colon_labels")

_MIN_COLON_WORDS = 2
"""The fewest words (of letters) a speech after ``Name:`` holds."""


def _named_again(text: str, paragraph: Paragraph, mention: Mention, entities: Entities) -> bool:
    """Whether a label before a colon names someone the article speaks of: a person
    with a known given name or a full name met in the text, or a name whose last word
    the text prints again outside the paragraph (``Ana Roe: …`` above a story about
    Roe; ``Headline: …`` names nobody)."""
    if mention.gender is not None or entities.knows(mention.name):
        return True
    last = mention.name.split()[-1]
    return text.find(last, 0, paragraph.start) >= 0 or text.find(last, paragraph.end) >= 0


def _amounts(content: str) -> bool:
    """Whether a colon's content is a list of counted items, every comma-separated piece
    opening with a number: ``Portion: 1 Green, 1 Red, 2 tsp.``, ``Pantry: 2 eggs, ½ cup
    flour``, ``Record: 3 wins, 2 losses``. Nobody's speech reads so, whoever the label
    names."""
    pieces = [piece.strip() for piece in content.split(",")]
    return len(pieces) > 1 and all(piece[:1].isnumeric() for piece in pieces)


_PROSE_LOWER_SHARE = 0.4
"""The share of a colon content's words that must be lower case for it to be speech."""


def _reads_as_prose(words: list[str]) -> bool:
    """Whether the words (of letters) after ``Label:`` read as a sentence rather than a
    title (``Storm Hits the Coast Again``) or a list of names or amounts (``1 Green, 1
    Red, 2 tsp.``, ``Round Two - Top 20 Men``), which only a person's name may introduce
    as speech."""
    if not words:
        return False
    lower = sum(word[0].islower() for word in words)
    return lower >= _PROSE_LOWER_SHARE * len(words)


def colon_quote(
    text: str, colon: int, content: tuple[int, int], speaker: Speaker, group: int | None = None
) -> Quote:
    """The words after a speaker's name and a colon (``Penrose: …``, a transcript's
    ``PENCE: …``), attributed with the colon as cue."""
    cue = build(Cue, span=span_of(colon, colon + 1), raw=":", lemma=":")
    span = span_of(*content)
    raw = text[content[0] : content[1]]
    return build(
        Quote,
        span=span,
        raw=raw,
        kind="indirect",
        content=span,
        text=raw,
        cue=cue,
        speaker=speaker,
        group=group,
    )
