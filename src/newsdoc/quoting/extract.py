"""Direct and partial quotes with their speakers, over the article's paragraphs.

Attribution is looked for, in order: right after the quotation (``"…," he said``,
``"…," said Medinsky``, ``"…" — Medinsky told reporters``), right before it
(``Medinsky said: "…"``, ``said Medinsky, "…"``, ``According to CNN, "…"``), another
attributed quotation in the same paragraph (``"…," he said. "…"``), the other segments
of a multi-paragraph quotation, and finally the speaker of the paragraph before when the
paragraph opens with the quotation.

A quotation that is a whole statement is ``direct``; quoted words embedded in a sentence
with a speech cue are ``partial`` (``said the plan was “a disaster.”``); quoted words with
no cue and no statement shape are scare quotes, terms or titles and are skipped
(``a “peacekeeping operation”``, ``on “Fox News Sunday”``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from sys import intern  # cue words recur in every article: their strings are shared

import regex

from newsdoc.lexicon import word_set
from newsdoc.models import Cue, Diagnostic, Quote, Speaker, build, span_of
from newsdoc.quoting.coreference import Entities
from newsdoc.quoting.cues import active as active_cues
from newsdoc.quoting.cues import cue_forms, manner_forms, stance_lemmas
from newsdoc.quoting.marks import Segment
from newsdoc.quoting.mentions import (
    AUTHORED,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    Mention,
    introductory,
    opens_adjunct,
    read_subject,
)
from newsdoc.quoting.names import PARTICLES, bare, in_headline, name_words
from newsdoc.quoting.text import ABBREVIATIONS as _ABBREVIATIONS
from newsdoc.quoting.text import (
    end_before_space,
    last_words,
    sentence_of,
    tokens,
    words_after,
)

__all__ = [
    "Found",
    "Groups",
    "Paragraph",
    "Quotations",
    "built_quotes",
    "direct_quotes",
    "handed_on",
    "lead_in_speaker",
    "resolve_speakers",
]

_TERMINAL = frozenset(".?!…,—–-:;")
_LEAD = regex.compile(r"[\s,—–―\-]*")
_STOP = frozenset(".!?;")
_MIN_UNATTRIBUTED_WORDS = 4
_BEFORE_WORDS = 13
"""Words before an opening mark looked at for its cue."""
_DASHES = frozenset("―—–-")
MANNER_REACH = 8
"""A verb of manner (``implored``) attributes a quotation only this close after it: the
subject is a name or a short description (``“…,” the tour guide implored``)."""
_READERS = word_set("quoting", "reader_pronouns")
_SIGNATURE = regex.compile(
    r"\p{Lu}[\p{L}’'\-.]*(?:[ \u00a0]\p{Lu}[\p{L}’'\-.]*){0,3}(?=[ \u00a0.]*(?:\n|$))"
)
_TIME_WORDS = word_set("quoting", "time_words_lower")
SUBORDINATORS = word_set("quoting", "quote_subordinators")
"""Words opening a subordinate clause: ``when`` in ``… meeting when X told``."""
_OPENING_PHRASE = word_set("quoting", "opening_phrase_words")
"""First words of an opening phrase that a sentence's subject follows after a comma."""
_SPEAKING_PRONOUNS = SUBJECT_PRONOUNS - {"it", "you"}
"""The subject pronouns that may stand for a speaker right before a cue."""
_RELATIVES = word_set("quoting", "relative_pronouns_after_name")
_NOUN_DETERMINERS = (DETERMINERS - {"that"}) | {"whose", "of"}
"""Words after which a cue word is a noun (``a charge``, ``the state``, ``secretary of
state``); ``that`` may also be the relative pronoun (``the report that said``)."""
_CONTRACTED = word_set("quoting", "contracted_subjects")
"""Words whose ``’s`` is ``is`` or ``has`` (``he’s said``), not a possessive."""
_ASIDE_DASHES = ("—", "–")
_PHRASE_DETERMINERS = word_set("quoting", "phrase_determiners")
_INVERTED_OPENERS = word_set("quoting", "inverted_subject_openers")
_ARTICLES = word_set("quoting", "articles")
_TITLE_CASE_SMALL = word_set("quoting", "title_case_small_words")
_ADDRESSEE = word_set("quoting", "addressee_verbs")
_OBJECT_FIRST = word_set("quoting", "person_object_verbs")
_PARTICIPLE_LINKS = word_set("quoting", "participle_subject_links")
_WORK_NOUNS = word_set("quoting", "work_nouns")
_LIST_OPENERS = frozenset({"", "(", "[", ","})
_EXCLAIMED = frozenset("!?")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: its bounds, sentence starts and the quotation marks inside it.
    Every stage reads it; none changes it."""

    start: int
    end: int
    sentences: list[int]
    marks: list[Segment]
    quiet: bool = False
    """Whether the paragraph holds no cue word and no colon."""
    turn: bool = False
    """Whether the paragraph is part of a transcript (its label attributes it)."""


@dataclass(slots=True)
class Found:
    """A quotation read from its marks: its kind, cue, speaker mention and, once
    resolved, speaker; ``group`` joins the paragraphs of one run-on quotation."""

    segment: Segment
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    group: int | None = None
    mention: Mention | None = None


def speech_cue(
    text: str, words: list[tuple[int, int, str]], index: int, participle: bool = False
) -> Cue | None:
    """The speech cue starting at word ``index`` (one word, or a phrase of two), if there
    is one; a participle (``adding``) counts only with ``participle`` set."""
    start, end, word = words[index]
    lowered = word.lower()
    if index > 0 and words[index - 1][2].lower() == "of":
        return None  # "the head of state", "the secretary of state": a noun
    lexicon = active_cues()
    lemma: str | None = None
    if index + 1 < len(words) and lowered in lexicon.heads:
        lemma = lexicon.phrases.get(f"{lowered} {words[index + 1][2].lower()}")
        if lemma is not None:
            end = words[index + 1][1]
    if lemma is None:
        form = lexicon.forms.get(lowered)
        if (
            form is None
            or form.kind != "speech"
            or (form.participle and not participle)
            or not word.islower()
        ):
            return None
        lemma = form.lemma
    return build(Cue, span=span_of(start, end), raw=intern(text[start:end]), lemma=lemma)


def _manner_cue(text: str, word: tuple[int, int, str]) -> Cue | None:
    """A verb of the manner of speaking after a quotation (``implored``, ``muttered``,
    ``began``; see :func:`~newsdoc.quoting.cues.manner_forms`), as a cue; ``None`` for
    any other word, and for a participle (``“…,” Roe said, smiling``)."""
    start, end, printed = word
    lemma = manner_forms().get(printed) if printed.islower() else None
    if lemma is None or printed.endswith("ing"):
        return None
    return build(Cue, span=span_of(start, end), raw=intern(printed), lemma=lemma)


def _frame_opens(word: str) -> bool:
    """Whether a word can open a post-posed frame: not a subordinator (``“…,” as the host
    laughed`` tells what happened meanwhile, not who spoke)."""
    return word.lower() not in SUBORDINATORS


def _reader(cue: Cue, mention: Mention) -> bool:
    """Whether a verb of reading has the reader, not the document, as its subject: ``“…,”
    the notice read`` quotes the notice, ``“…,” we read`` is the writer reading."""
    return cue.lemma == "read" and mention.form == "pronoun" and mention.name.lower() in _READERS


def _after(
    text: str, segment: Segment, limit: int, entities: Entities
) -> tuple[Cue, Mention] | None:
    """Attribution right after the closing mark: ``," he said`` or ``," said Medinsky``."""
    position = _LEAD.match(text, segment.end, limit).end()  # type: ignore[union-attr]
    stop = min(limit, position + 160)
    inner = _last_char(text, segment)
    soft = inner in ",—–-" or (position > segment.end and text[segment.end] in ",—–")
    reach = 25 if soft else 9
    # a verb of manner needs the quotation to be the frame's object, not a sentence
    framed = inner in ",?!" or (position > segment.end and text[segment.end] == ",")
    # the cue lies within the first ``reach`` words (one more for a two-word cue)
    words = words_after(text, position, stop, reach + 1)
    if not words:
        return None
    if _DASHES & set(text[segment.end : position]):
        signed = _SIGNATURE.match(text, position, stop)
        if signed is not None:
            mention = read_subject(text, position, signed.end())
            if mention is not None and mention.kind == "person":
                gap = text[segment.end : position]
                dash = segment.end + next(i for i, c in enumerate(gap) if c in _DASHES)
                return build(Cue, span=span_of(dash, dash + 1), raw=text[dash], lemma="—"), mention
    if not soft and words[0][2][:1].isupper() and inner not in "?!" and inner not in ".":
        return None
    for index in range(min(len(words), reach)):
        if index and _hard_stop(text, words[index - 1], words[index][0]):
            return None
        cue = speech_cue(text, words, index)
        if cue is None and framed and index < MANNER_REACH and _frame_opens(words[0][2]):
            cue = _manner_cue(text, words[index])
        if cue is None:
            continue
        if index == 0:
            mention = subject_after(text, cue.span.end, stop)
        else:
            mention = read_subject(text, position, words[index][0])
            comma = text[end_before_space(text, position, words[index][0]) - 1] == ","
            if comma and mention is None and opens_adjunct(words[0][2]):
                # "“…” despite being the envoy, said a witness": an adjunct before the
                # comma, the cue, and the speaker after it
                mention = subject_after(text, cue.span.end, stop)
            elif (
                comma
                and index + 1 < len(words)
                and words[index + 1][2][:1].isupper()
                and cue.lemma not in _ADDRESSEE  # "X, an analyst, told Acme News"
                and (mention is None or mention.form == "description")
            ):
                # "“… to Northport,” the town nearest the pier, said Ana Roe": the phrase
                # set off before the cue tells of the quotation's last words
                named = subject_after(text, cue.span.end, stop)
                mention = named if named is not None and named.kind == "person" else mention
        if mention is None or _reader(cue, mention):
            return None
        if not soft and inner in "." and not _ends_soon(text, cue.span.end, stop):
            return None
        return cue, mention
    return None


def noun_before(word: str) -> bool:
    """Whether the (lower-cased) word before a cue makes the cue a noun: a determiner
    (``a charge``) or a possessive (``Editor’s note``)."""
    if word in _NOUN_DETERMINERS:
        return True
    stem = word.removesuffix("’s").removesuffix("'s")
    return stem != word and stem not in _CONTRACTED


def _clause_closes(text: str, start: int, end: int) -> bool:
    """Whether a comma or a dash closes a clause in ``text[start:end]``: ``Ana Lind, who
    ran the port, said`` has the relative clause end before the cue."""
    return any(text.find(mark, start, end) >= 0 for mark in (",", "—", "–", "--"))


def _last_char(text: str, segment: Segment) -> str:
    """The last character inside the marks, ignoring nested closing marks."""
    inner = text[segment.content_start : segment.content_end].rstrip("’'\" ")
    return inner[-1] if inner else ""


def _hard_stop(text: str, previous: tuple[int, int, str], position: int) -> bool:
    """Whether a sentence ends between the word ``previous`` and ``position``.

    ``!``, ``?`` and ``;`` always end one; a period only when it is followed by
    whitespace and comes after a word that is not an abbreviation or initial
    (``Mr.``, ``Rep.``, ``G.``); ``(D-Wis.)`` and ``R-Ky.,`` end nothing.
    """
    gap = text[previous[1] : position]
    if "!" in gap or "?" in gap or ";" in gap:
        return True
    dot = gap.find(".")
    if dot < 0:
        return False
    rest = gap[dot + 1 :]
    if rest[:1] in {")", ","} or rest.strip(' \u00a0"”’') != "" or rest == "":
        return False
    word = previous[2]
    return not (len(word) == 1 or word.lower() in _ABBREVIATIONS)


def _ends_soon(text: str, position: int, stop: int) -> bool:
    window = text[position : min(stop, position + 60)]
    return bool(regex.match(r"[^.!?\"“”]{0,60}?(?:[.!?]|$)", window))


_INVERTED_END = regex.compile(
    r"[,;:!?()\"“”—–]|\s(?:in|on|at|during|after|before|to|who|when|while|(?P<of>of))\s"
    r"|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Rev|Jr|Sr|St|Del|Prof))\.(?!\p{L})"
)


def subject_after(text: str, start: int, stop: int) -> Mention | None:
    """The speaker of an inverted cue: ``said Medinsky,`` / ``according to CNN``."""
    end_match = _INVERTED_END.search(text, start, stop)
    if end_match is not None and end_match.group("of") is not None:
        # "Rosa Lind of NASA" ends at "of"; "the President of Ukraine Petro
        # Melnyk" does not, having no name before it
        named = read_subject(text, start, end_match.start())
        if named is None or named.form not in {"name", "short"}:
            end_match = _INVERTED_END.search(text, end_match.end("of"), stop)
    end = end_match.start() if end_match is not None else stop
    words = tokens(text, start, end)
    if not words or len(words) > 9:
        return None
    if words[0][2].lower() in _TIME_WORDS:
        return None
    if (
        not any(word[2][:1].isupper() for word in words)
        and words[0][2].lower() not in _INVERTED_OPENERS
    ):
        return None
    mention = read_subject(text, words[0][0], words[-1][1])
    if mention is not None and mention.form == "description":
        # "said another witness in the probe, former adviser Fiona Hale": the name in
        # apposition is the speaker, the description its role
        named = _apposed_name(text, end, stop)
        if named is not None:
            role = text[mention.start : mention.end]
            return Mention(
                named.start, named.end, named.name, named.kind, role, named.form, named.gender
            )
    return mention


_APPOSITION_REACH = 80


def _apposed_name(text: str, position: int, stop: int) -> Mention | None:
    """The person named between the comma after ``position`` and the clause end."""
    comma = text.find(",", position, min(stop, position + _APPOSITION_REACH))
    if comma < 0:
        return None
    end_match = _INVERTED_END.search(text, comma + 1, stop)
    end = end_match.start() if end_match is not None else stop
    named = read_subject(text, comma + 1, end)
    if named is None or named.kind != "person" or named.form != "name":
        return None
    return named


def _subject_before_mark(
    text: str,
    clause_start: int,
    end: int,
    words: list[tuple[int, int, str]],
    index: int,
    cue: Cue,
    tail: list[tuple[int, int, str]],
) -> Mention | None:
    """The speaker of the cue ``words[index]`` before a quotation: none yet for a
    participle (its subject is the sentence's, read once the paragraph's other
    attributions are known, see :func:`participle_speaker`), the name after an inverted
    cue (``according to Ana Roe, “…”``, ``said Ana Roe: “…”``), else the subject before
    the cue."""
    if _participle(cue):
        return None
    # a capital after "told", "accused", "criticised" is their object, not an inverted
    # speaker ("Critics accused Ana Roe of being a “fraud”")
    objected = cue.lemma in _ADDRESSEE or cue.lemma in _OBJECT_FIRST or cue.lemma in stance_lemmas()
    if cue.lemma == "according to" or (tail and tail[0][2][:1].isupper() and not objected):
        stop = text.find(",", cue.span.end, end)
        return subject_after(text, cue.span.end, end if stop < 0 else stop)
    return read_subject(text, _subject_start(text, clause_start, words, index), words[index][0])


def _subject_start(
    text: str, clause_start: int, words: list[tuple[int, int, str]], index: int
) -> int:
    """Where the subject of the cue ``words[index]`` starts: after a subordinator
    nearer the cue (``… meeting when Ana Roe told``), after ``that`` (``an explosion
    that Mayor Roe described as “…”``), after a relative pronoun with a subject of its
    own (``billboards in which people say “…”``, but ``Roe, who said “…”`` is Roe's), or
    at the pronoun right before the cue (``…, saying he recalled it “…”``)."""
    subject_start = clause_start
    for number, word in enumerate(words[:index]):
        if (
            word[2] in SUBORDINATORS
            or word[2] == "that"
            or (
                word[2] in _RELATIVES
                and number < index - 1
                and not _clause_closes(text, word[1], words[index][0])
            )
        ):
            subject_start = word[1]
    if index and words[index - 1][2].lower() in _SPEAKING_PRONOUNS:
        subject_start = words[index - 1][0]
    return subject_start


def _before(
    text: str, clause_start: int, segment: Segment
) -> tuple[Cue | None, Mention | None, bool]:
    """Attribution before the opening mark; the flag tells whether the quotation opens
    a statement (``said, "…``, ``: "…``, or nothing before it in the sentence)."""
    stripped = text[clause_start : segment.start].rstrip()
    end = clause_start + len(stripped)
    if not stripped.strip(" —–-(["):
        # nothing, a dash or an opening bracket before the mark: "(“We fixed it,” …)"
        return None, None, True
    # the cue is among the last dozen words: only those are read
    words = last_words(text, clause_start, end, _BEFORE_WORDS)
    last = stripped[-1]
    opens = last in ":,"
    if not words:
        return None, None, opens
    for index in range(len(words) - 1, max(-1, len(words) - _BEFORE_WORDS), -1):
        # a participle right before the mark introduces it: ", adding “…”", as does one
        # with an adjunct set off before the mark: "saying during the debate, “…”"
        participle = index == len(words) - 1 or (last == "," and opens_adjunct(words[index + 1][2]))
        cue = speech_cue(text, words, index, participle)
        if cue is None or (index and noun_before(words[index - 1][2].lower())):
            continue  # no cue, or a cue noun: "the report", "Editor’s note"
        cue_end = cue.span.end
        tail = words[index + 1 :] if cue_end == words[index][1] else words[index + 2 :]
        if tail and tail[0][2].lower() == "that" and len(tail) == 1:
            tail = []
            opens = True
        mention = _subject_before_mark(text, clause_start, end, words, index, cue, tail)
        if not tail:
            opens = True
        return cue, mention, opens
    if last == ":":
        mention = _colon_frame(text, clause_start, end - 1, words)
        if mention is not None:
            colon = build(Cue, span=span_of(end - 1, end), raw=":", lemma=":")
            return colon, mention, True
    if last == "," and text[segment.content_start : segment.content_start + 1].isupper():
        mention = _comma_frame(text, clause_start, words)
        if mention is not None:
            return None, mention, True
        content = text[segment.content_start : segment.content_end]
        if _opening_adjunct(text, clause_start, words) and not _title_like(content):
            return None, None, True  # "In May, “We are back,” the band said."
    return None, None, opens and last == ":"


ADJUNCT_WORDS = 6
"""Most words of an adjunct opening a sentence before a quoted statement."""


def _opening_adjunct(text: str, clause_start: int, words: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a comma and a quoted sentence are only an adjunct opening
    the sentence: a phrase opened by a preposition or an opening-phrase word (``In May,``,
    ``After the vote,``) or one introductory word (``Meanwhile,``); ``But you will
    wonder,`` is a clause."""
    if len(words) > ADJUNCT_WORDS or text[clause_start : words[0][0]].strip():
        return False
    first = words[0][2]
    if not first[:1].isupper():
        return False
    lowered = first.lower()
    return (
        opens_adjunct(lowered)
        or lowered in _OPENING_PHRASE
        or (len(words) == 1 and introductory(words))
    )


COMMA_FRAME_WORDS = 5
"""A clause ending in a comma frames the sentence quoted after it only when this short."""
_COMMA_FRAME_VERBS = word_set("quoting", "comma_frame_verbs")
_FRAME_ADVERBS = word_set("quoting", "frame_adverbs")


def _comma_frame(text: str, clause_start: int, words: list[tuple[int, int, str]]) -> Mention | None:
    """The person or pronoun opening a short clause of a subject and a past-tense verb
    that is no cue, before a comma and a quoted sentence: ``She began, “Thank you all.”``,
    ``Ana Roe paused, “Not yet.”`` (verbs ending in -ed, or ``comma_frame_verbs``)."""
    if len(words) > COMMA_FRAME_WORDS or text[clause_start : words[0][0]].strip(" “\"'‘"):
        return None
    split = _predicate_start(words)
    verb = words[-1][2]
    if split is None or not (verb.endswith("ed") or verb in _COMMA_FRAME_VERBS):
        return None
    if any(not _adverb(word[2]) for word in words[split:-1]):
        return None
    mention = _frame_subject(text, words, split)
    if mention is None or mention.form == "pronoun":
        return mention
    return mention if mention.kind == "person" and mention.form in {"name", "short"} else None


def _frame_subject(text: str, words: list[tuple[int, int, str]], split: int) -> Mention | None:
    """The subject before a frame's predicate at ``words[split]``; a pronoun only when it
    can speak (``she``, not ``it``)."""
    mention = read_subject(text, words[0][0], words[split - 1][1])
    if mention is not None and mention.form == "pronoun":
        return mention if mention.name.lower() in _SPEAKING_PRONOUNS else None
    return mention


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in _FRAME_ADVERBS


_PREPOSITIONS = word_set("quoting", "prepositions")
COLON_FRAME_WORDS = 8
"""A clause ending in a colon frames the quotation after it only when this short."""
NAMED_COLON_FRAME_WORDS = 6
"""A clause naming a person frames the quotation whatever its verb when this short."""
_LABEL_NAME_WORDS = 3
"""Words of a name that labels a round-up entry (``Jane Roe, The Daily Planet:``)."""
_SPEAKING_HEADS = name_words()[0] | name_words()[1] | name_words()[2] | AUTHORED
_PREDICATES = word_set("quoting", "colon_frame_predicates")


def _colon_frame(
    text: str, start: int, end: int, words: list[tuple[int, int, str]]
) -> Mention | None:
    """The speaker of a clause that ends in a colon and opens with its subject: ``She
    was more blunt: “…”``, ``Ana Roe captioned the photo: “…”``, ``The statement read:
    “…”``, or that is a name alone (``Ana Roe, mayor: “…”``, a round-up's ``Jane Roe,
    The Daily Planet: “…”``); ``The rules are simple: “…”``, ``One sign reads: “…”`` and
    title-case headlines have no speaker."""
    if ":" in text[start:end]:
        return None
    if text[start : words[0][0]].strip() or len(words) > COLON_FRAME_WORDS:
        return _long_colon_frame(text, start, end, words)
    whole = read_subject(text, start, end)
    named = whole is not None and whole.kind == "person" and whole.form == "name"
    if in_headline(text, start, end, words[0][0]):
        # all capitals: a round-up label names a person and at most an outlet;
        # anything else is a headline
        return whole if named and whole is not None and _label(text, whole, end) else None
    # a named person frames a short clause in any language ("Le maire Ana Roe a dit :")
    if (
        named
        and whole is not None
        and (len(words) <= NAMED_COLON_FRAME_WORDS or _closes(text, whole.end, end))
    ):
        return whole
    return _short_colon_frame(text, words)


def _short_colon_frame(text: str, words: list[tuple[int, int, str]]) -> Mention | None:
    """The subject opening a short clause before a colon: a person, a pronoun, or —
    before a verb — a surname, an organisation or a noun that can speak (a role, a
    source, a text); a capitalised label opens ``Project description: “…”``."""
    split = _predicate_start(words)
    if split is None:
        return None
    mention = _frame_subject(text, words, split)
    if mention is None or mention.form == "pronoun":
        return mention
    if mention.form == "name" and mention.kind == "person":
        return mention
    verb = words[split][2]
    if not (verb.endswith("ed") or verb in _PREDICATES):
        return None
    if mention.form == "short" or mention.kind == "organization":
        return mention
    head = bare(text[mention.start : mention.end].split()[-1])
    return mention if head in _SPEAKING_HEADS else None


def _long_colon_frame(
    text: str, start: int, end: int, words: list[tuple[int, int, str]]
) -> Mention | None:
    """The subject of a longer clause before a colon, which frames the quotation only
    with a named person or a pronoun opening it or its last comma-parted part, before
    a verb: ``With the vote near, President Ana Roe is rolling out a new and more
    personal message: “…”``."""
    comma = text.rfind(",", start, end)
    if comma >= 0:
        words = [word for word in words if word[0] > comma]
    elif text[start : words[0][0]].strip():
        return None
    split = _predicate_start(words) if words else None
    if split is None or words[split][2] not in _PREDICATES:
        return None
    opener = read_subject(text, words[0][0], words[split - 1][1])
    if opener is None:
        return None
    titled = opener.form == "short" and opener.role is not None
    if opener.kind == "person" and (opener.form == "name" or titled):
        return opener
    return opener if opener.name.lower() in _SPEAKING_PRONOUNS else None


def _label(text: str, whole: Mention, end: int) -> bool:
    """Whether a person's name of a few words (its given name known) alone, or before
    an apposition, makes up a clause: a round-up's label (``Jane Roe, The Daily
    Planet``), not a headline (``Dire Warning``)."""
    return (
        whole.gender is not None
        and len(whole.name.split()) <= _LABEL_NAME_WORDS
        and _closes(text, whole.end, end)
    )


def _closes(text: str, position: int, end: int) -> bool:
    """Whether nothing but an apposition set off by a comma follows ``position``."""
    rest = text[position:end].strip()
    return not rest or rest.startswith(",")


def _predicate_start(words: list[tuple[int, int, str]]) -> int | None:
    """The index of the first word that can open the predicate after a subject: lower
    case, not a particle, a determiner or a preposition, not after a determiner, and not
    a noun that can speak ending a compound (``The club captain hailed``)."""
    for index in range(1, len(words)):
        word = words[index][2]
        if (
            word.islower()
            and word not in PARTICLES
            and word not in DETERMINERS
            and word not in _PREPOSITIONS
            and words[index - 1][2].lower() not in DETERMINERS
            and _compound_end(words, index - 1) < index
        ):
            return index
    return None


_COMPOUND_WORDS = 2
"""Nouns that can speak that may follow a noun in one compound (``the club team
captain``)."""


def _compound_end(words: list[tuple[int, int, str]], index: int) -> int:
    """The index of the last word of the compound noun whose first noun is at ``index``:
    nouns that can speak run on after it (``club captain``, ``union leader``, ``city
    council``)."""
    end = index
    while (
        end + 1 < len(words)
        and end - index < _COMPOUND_WORDS
        and words[end + 1][2] in _SPEAKING_HEADS
    ):
        end += 1
    return end


@dataclass(frozen=True, slots=True)
class Groups:
    """Quotations that run on over paragraphs (a paragraph left open, the next opening
    with a mark): the group still open and the number the next group takes."""

    open: int | None = None
    next: int = 0


@dataclass(slots=True)
class Quotations:
    """What one paragraph's quotation marks hold, before speakers are resolved: the
    quotations (with the mentions next to their cues), the closed quotations that no cue
    attributes (reported speech may yet claim them), the diagnostics, and the groups
    left for the next paragraph."""

    found: list[Found]
    unattributed: list[Segment]
    diagnostics: list[Diagnostic]
    groups: Groups

    def spans(self) -> list[tuple[int, int]]:
        """The spans of the quotations found, for the stages that must not reread them."""
        return [(item.segment.start, item.segment.end) for item in self.found]


def direct_quotes(
    text: str, paragraphs: list[Paragraph], position: int, entities: Entities, groups: Groups
) -> Quotations:
    """The direct and partial quotations in the marks of ``paragraphs[position]``, with
    the cue and the speaker mention next to each (noted in ``entities``)."""
    paragraph = paragraphs[position]
    marks = paragraph.marks
    found: list[Found] = []
    unattributed: list[Segment] = []
    diagnostics: list[Diagnostic] = []
    open_group, next_group = groups.open, groups.next
    following = _next_opens(paragraphs, position)
    for number, segment in enumerate(marks):
        continued = open_group is not None and number == 0 and segment.start == paragraph.start
        item = _quotation(text, paragraph, number, entities, continued)
        if item is None:
            continue
        if isinstance(item, Segment):
            unattributed.append(item)
            continue
        if item.mention is not None:
            entities.note(item.mention)
        found.append(item)
        if continued:
            item.group = open_group
        if segment.closed:
            continue
        if following:
            if item.group is None:
                item.group, next_group = next_group, next_group + 1
            open_group = item.group
        else:
            diagnostics.append(_unclosed(segment))
    if not (marks and not marks[-1].closed and following):
        open_group = None
    return Quotations(found, unattributed, diagnostics, Groups(open_group, next_group))


def _unclosed(segment: Segment) -> Diagnostic:
    return Diagnostic(
        code="unclosed-quote",
        message="a quotation is still open at the end of its paragraph; it was closed there",
        span=span_of(segment.start, segment.start + 1),
    )


def _quotation(
    text: str, paragraph: Paragraph, number: int, entities: Entities, continued: bool
) -> Found | Segment | None:
    """What the paragraph's mark ``number`` holds: a quotation with its cue and speaker
    mention, the segment itself when it is closed speech-like text that no cue
    attributes, or ``None`` (a title, a term, a lone single-quoted word)."""
    marks = paragraph.marks
    segment = marks[number]
    limit = marks[number + 1].start if number + 1 < len(marks) else paragraph.end
    sentence_start, _ = sentence_of(paragraph.sentences, segment.start, paragraph.end)
    clause_start = max(sentence_start, marks[number - 1].end if number else paragraph.start)
    line = text.rfind("\n", clause_start, segment.start)
    if line >= 0:
        clause_start = line + 1
    cue, mention, opens = _before(text, clause_start, segment)
    after = _after(text, segment, limit, entities) if segment.closed else None
    if after is not None and (mention is None or not opens):
        cue, mention = after
    inner = _last_char(text, segment)
    tail = text[segment.end : segment.end + 2]
    ends = (
        not segment.closed
        or inner in _TERMINAL
        or after is not None
        or not tail.strip()
        or tail[:1] in ".?!)]"
    )
    content = text[segment.content_start : segment.content_end]
    if _titles_a_work(text, clause_start, segment, content) or (
        _title_like(content)
        and content.rstrip()[-1:] not in _EXCLAIMED
        and sentence_start < segment.start
        and text[clause_start : segment.start].strip() in _LIST_OPENERS
    ):
        # a title in a list or in brackets: "(“Harbour Lights,” “Low Tide”)"; a chant
        # ("“Go team! Go team!”") is speech
        return None
    if continued or (opens and ends):
        kind = "direct"
    elif cue is not None and cue.lemma != ":" and not _title_like(content):
        kind = "partial"
    elif segment.closed and not segment.single and not _title_like(content):
        return segment
    else:
        return None
    if (
        kind == "direct"
        and cue is None
        and not continued
        and len(content.split()) < _MIN_UNATTRIBUTED_WORDS
        and inner not in ".?!…,"
    ):
        return None  # a short unattributed phrase in marks is a term, not speech
    if segment.single and cue is None:
        return None
    return Found(segment, kind, cue, None, mention=mention)


def lead_in_speaker(text: str, paragraph: Paragraph, entities: Entities) -> Speaker | None:
    """The speaker a paragraph announces at its end for the next (``The Times reports:``)."""
    lead = _lead_in(text, paragraph)
    return entities.resolve(text, lead) if lead is not None else None


def resolve_speakers(
    text: str,
    paragraph: Paragraph,
    quoted: Quotations,
    reported: list[Quote],
    carried: Speaker | None,
    entities: Entities,
) -> list[Found]:
    """The paragraph's quotations with their speakers: each mention resolved, a
    participle's subject found, and unattributed quotations given the speaker of the
    reported speech around them, of a quotation beside them, of the person the paragraph
    opens with, or ``carried`` over from the paragraph before."""
    found = [replace(item) for item in quoted.found]
    for item in found:
        if item.mention is not None:
            item.speaker = entities.resolve(text, item.mention)
        elif item.cue is not None and _participle(item.cue):
            position = item.cue.span.start
            sentence_start, _ = sentence_of(paragraph.sentences, position, paragraph.end)
            item.speaker = participle_speaker(
                text, sentence_start, position, entities
            ) or _reported_in(reported, sentence_start, position)
    _enclosing_speakers(found, reported)
    if quoted.unattributed and reported:
        found = _reported_words(found, quoted.unattributed, reported)
    introduced = _introduced(text, paragraph, found, entities)
    _fill_speakers(text, found, paragraph, carried, introduced, reported)
    return found


def handed_on(found: list[Found], reported: list[Quote]) -> Speaker | None:
    """The speaker a paragraph hands to a next one that opens with an unattributed
    quotation: its last quotation's, else its last reported speech's."""
    if found and found[-1].speaker is not None:
        return found[-1].speaker
    if reported and reported[-1].speaker is not None:
        return reported[-1].speaker
    return None


def built_quotes(text: str, found: list[Found]) -> list[Quote]:
    """The quotations of every paragraph as :class:`Quote` items, the quotations of a
    group sharing the speaker one of them has."""
    _share_group_speakers(found)
    return [
        build(
            Quote,
            span=span_of(item.segment.start, item.segment.end),
            raw=text[item.segment.start : item.segment.end],
            kind=item.kind,
            content=span_of(item.segment.content_start, item.segment.content_end),
            text=text[item.segment.content_start : item.segment.content_end],
            cue=item.cue,
            speaker=item.speaker,
            group=item.group,
        )
        for item in found
    ]


def _titles_a_work(text: str, clause_start: int, segment: Segment, content: str) -> bool:
    """Whether a quotation is the title of a work named right before it: ``her memoir,
    “Plain Speaking.”``, ``the film “Harbour Lights”`` (see ``work_nouns``)."""
    if not _title_like(content):
        return False
    before = last_words(text, clause_start, segment.start, 1)
    return bool(before) and before[0][2].lower() in _WORK_NOUNS


def _title_like(content: str) -> bool:
    """Title Case words of a name or a work (``Fox and Friends``), not speech."""
    words = content.split()
    if not words or len(words) > 8:
        return False
    capitals = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return capitals >= len(words) - sum(1 for w in words if w in _TITLE_CASE_SMALL)


def _lead_in(text: str, paragraph: Paragraph) -> Mention | None:
    """The speaker announced at the end of a paragraph: ``The Times reports:``."""
    if text[paragraph.end - 1] != ":":
        return None
    sentence_start, _ = sentence_of(paragraph.sentences, paragraph.end - 1, paragraph.end)
    floor = paragraph.marks[-1].end if paragraph.marks else paragraph.start
    fake = Segment(paragraph.end, paragraph.end, paragraph.end, paragraph.end, True, False)
    cue, mention, _opens = _before(text, max(sentence_start, floor), fake)
    return mention if cue is not None else None


def _next_opens(paragraphs: list[Paragraph], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1]
    return bool(following.marks) and following.marks[0].start == following.start


def _participle(cue: Cue) -> bool:
    form = cue_forms().get(cue.raw.lower())
    return form is not None and form.participle


def participle_speaker(
    text: str, sentence_start: int, position: int, entities: Entities
) -> Speaker | None:
    """The speaker of speech introduced by a participle at ``position`` (``…, adding
    “…”``, ``…, saying that …``): the person named right before the participle
    (``footage of Jane Roe asking``, ``the clip has Roe saying``), else the phrase
    before it when no comma parts them, else the subject opening the sentence (``Mr.
    Tovey hardly clarified …, asserting``, ``The council met, saying``), else the first
    person named in the sentence."""
    before = last_words(text, sentence_start, position, 3)
    capitals = 0  # the capitalised words closing the words before the participle
    while capitals < len(before) and before[-1 - capitals][2][:1].isupper():
        capitals += 1
    named = before[len(before) - capitals :]
    lone = (
        len(named) == 1
        and len(before) > 1
        and before[-2][2] in _PARTICIPLE_LINKS
        and not text[named[0][1] : position].strip()
    )
    adjoining = bool(named) and not text[named[-1][1] : position].strip()
    if (len(named) >= 2 and adjoining) or lone:
        # "footage of Jane Roe asking"; after a comma the participle hangs on the
        # sentence's subject: "Kovac said in an interview on Example TV, adding …"
        mention = read_subject(text, named[0][0], named[-1][1])
        if mention is not None and mention.kind == "person":
            entities.note(mention)
            speaker = entities.resolve(text, mention)
            # a lone surname after "of" or "has" ("footage of Tovey saying") counts once
            # the article has named its person
            if mention.form == "name" or speaker.antecedent is not None:
                return speaker
    lead_in = text[sentence_start:position].rstrip()
    if lead_in[-1:] not in {",", "”", '"', "’", "'", "»"} and not _after_subordinator(lead_in):
        # without a comma the participle tells of the phrase before it: "a video
        # featured a series of voters — young and old — declaring “…”"; after
        # "while" or "when" it tells of the sentence's subject
        phrase = _phrase_before(text, sentence_start, position)
        if phrase is not None:
            entities.note(phrase)
            return entities.resolve(text, phrase)
    opening = opening_subject(text, sentence_start, position)
    if opening is not None:
        entities.note(opening)
        speaker = entities.resolve(text, opening)
        # a lone capitalised word ("During") counts only as a known person's short name
        if opening.form != "short" or speaker.antecedent is not None:
            return speaker
    named_first = entities.first_person(text, sentence_start, position)
    if named_first is not None:
        entities.note(named_first)
        return entities.resolve(text, named_first)
    return None


def _after_subordinator(lead_in: str) -> bool:
    """Whether ``lead_in`` ends with a subordinator (``… – while``)."""
    return lead_in.rpartition(" ")[2].lower() in SUBORDINATORS


def _reported_in(reported: list[Quote], start: int, position: int) -> Speaker | None:
    """The speaker of the first attribution whose cue lies in ``text[start:position]``."""
    for quote in reported:
        cue_start = quote.cue.span.start if quote.cue is not None else -1
        if start <= cue_start < position and quote.speaker is not None:
            return quote.speaker
    return None


def _phrase_before(text: str, start: int, position: int) -> Mention | None:
    """The noun phrase ending right before ``position`` (past an aside between dashes),
    from its determiner: ``a series of voters`` in ``featured a series of voters —
    young and old — declaring``."""
    stop = end_before_space(text, start, position)
    if text[stop - 1 : stop] in _ASIDE_DASHES and stop > start:
        opening = max(text.rfind(dash, start, stop - 1) for dash in _ASIDE_DASHES)
        if opening < 0:
            return None
        stop = end_before_space(text, start, opening)
    words = last_words(text, start, stop, 6)
    for word in words:
        if word[2].lower() in _PHRASE_DETERMINERS:
            mention = read_subject(text, word[0], stop)
            if mention is None:
                mention = Mention(
                    word[0], stop, text[word[0] : stop], "unnamed", None, "description"
                )
            return mention
    return None


_OPENING_MARKS = frozenset('“"«„')
_CLOSING_MARKS = '”"»“'


def _after_opening_quotation(text: str, start: int, end: int) -> int:
    """Where the words after a sentence-opening quotation start (``start`` itself when
    the sentence does not open with one)."""
    while start < end and text[start].isspace():
        start += 1
    if start >= end or text[start] not in _OPENING_MARKS:
        return start
    for index in range(start + 1, end):
        if text[index] in _CLOSING_MARKS:
            return index + 1
    return start


def opening_subject(text: str, start: int, end: int) -> Mention | None:
    """The subject opening a sentence, after an opening phrase set off by a comma
    (``During the speech, Tovey …``): its words up to the first lower-case one, or a
    determiner with the noun after it (``The council``, ``Two officials``). A sentence
    that opens with a quotation has its subject in the frame after it (``“…,” she
    joked, adding …`` → she)."""
    start = _after_opening_quotation(text, start, end)
    words = words_after(text, start, end, 6)
    if words and (
        words[0][2].lower() in _OPENING_PHRASE
        or (text.startswith(",", words[0][1]) and introductory(words[:1]))
    ):
        comma = text.find(",", words[0][1], end)
        if comma < 0:
            return None
        words = words_after(text, comma + 1, end, 6)
        start = comma + 1
    if words and words[0][2].lower() in SUBJECT_PRONOUNS:
        return read_subject(text, words[0][0], words[0][1])  # "Meanwhile, it attacked …"
    stop = -1
    opener = bool(words) and words[0][2].lower() in _PHRASE_DETERMINERS
    counted = opener and words[0][2].lower() not in _ARTICLES
    for index, (_begin, finish, word) in enumerate(words):
        if word[:1].isupper() or (opener and index == 0):
            stop = finish
        elif opener and index <= 3:
            # the head noun after the determiner: "The council", "two Democratic
            # speechwriters", "several environmental groups" (a count takes a plural)
            stop = finish
            if not counted or word.endswith("s"):
                stop = words[_compound_end(words, index)][1]
                break
        else:
            break
    if stop < 0:
        return None
    last = text[start:stop].rsplit(None, 1)[-1]
    if noun_before(last.lower()):  # a possessive, not "It’s": the noun phrase it governs
        stop = _possessed(text, stop, end)
    apposed = _APPOSED_NAME.match(text, stop, end) if opener else None
    if apposed is not None:
        # "the prime minister, Ana Roe, met …": the name set off after the description
        stop = apposed.end("name")
    if not opener and stop == words[0][1] and len(words) > 1:
        # a lone capital before lower-case words may modify a noun phrase that runs
        # to the verb: "Small groups of protesters continued …"
        verb = next((index for index in range(1, len(words)) if words[index][2].endswith("ed")), 0)
        if verb > 1:
            phrase = read_subject(text, start, words[verb - 1][1])
            if phrase is not None and phrase.form == "description":
                return phrase
    return read_subject(text, start, stop)


_APPOSED_NAME = regex.compile(
    r",[ \u00a0]{1,2}(?P<name>\p{Lu}[\p{L}’'.-]*(?:[ \u00a0]\p{Lu}[\p{L}’'.-]*){1,3}),"
)
"""A name of two to four capitalised words set off by commas after a description."""
_POSSESSED_WORDS = 3
"""How many lower-case words a possessive opening a sentence may govern before a name
(``Ana Roe's chief spokesman Ivo Dal``)."""


def _possessed(text: str, stop: int, end: int) -> int:
    """The end of the noun phrase a sentence-opening possessive governs, with the name
    after it: ``Mayor Ana Roe's spokesman Ivo Dal condemned …`` reads to ``Dal``, ``Ana
    Roe's lawyers argued …`` to ``lawyers``; the possessor alone speaks for nobody."""
    words = words_after(text, stop, end, _POSSESSED_WORDS + 4)
    if not words or words[0][2][:1].isupper():
        return stop
    name = next(
        (
            index
            for index, word in enumerate(words[: _POSSESSED_WORDS + 1])
            if word[2][:1].isupper()
        ),
        None,
    )
    if name is None:
        return words[0][1]  # the head noun alone: "Ana Roe's lawyers"
    stop = words[name][1]
    for _begin, finish, word in words[name + 1 :]:
        if not word[:1].isupper():
            break
        stop = finish
    return stop


def _reported_words(
    found: list[Found], unattributed: list[Segment], reported: list[Quote]
) -> list[Found]:
    """``found`` with the quotations that had no cue of their own but lie inside reported
    speech (``Tovey said he … slammed the hearings as a “disgrace.”``): the words the
    speaker used, partial quotes with the speech's cue and speaker."""
    added = []
    for segment in unattributed:
        quote = _enclosing(reported, segment.start)
        if quote is not None:
            added.append(Found(segment, "partial", quote.cue, quote.speaker))
    if not added:
        return found
    return sorted([*found, *added], key=lambda item: item.segment.start)


def _enclosing_speakers(found: list[Found], reported: list[Quote]) -> None:
    """Give an unattributed quotation that opens inside the content of reported speech
    and shares its cue (``X, of Dunmore, Vt., said the fair recalled ''the old
    summers …''``) that speech's speaker."""
    for item in found:
        if item.speaker is not None or item.cue is None:
            continue
        quote = _enclosing(reported, item.segment.start)
        if quote is not None and quote.cue is not None and item.cue.span == quote.cue.span:
            item.speaker = quote.speaker


def _enclosing(reported: list[Quote], position: int) -> Quote | None:
    """The attributed reported speech whose content holds ``position``, if any."""
    for quote in reported:
        if (
            quote.speaker is not None
            and quote.cue is not None
            and quote.content.start <= position < quote.content.end
        ):
            return quote
    return None


def _introduced(
    text: str, paragraph: Paragraph, found: list[Found], entities: Entities
) -> Speaker | None:
    """The person opening the paragraph when its first quotation has no attribution and
    opens a later sentence: ``Sen. Ana Lind identified fatigue as a reason. “People
    are tired.”``"""
    if not found or found[0].speaker is not None:
        return None
    start = found[0].segment.start
    if start == paragraph.start:
        return None
    sentence_start, _ = sentence_of(paragraph.sentences, start, paragraph.end)
    if sentence_start != start:
        return None
    opening = opening_subject(text, paragraph.start, start)
    if opening is None or opening.kind != "person" or opening.form not in {"name", "short"}:
        return None
    entities.note(opening)
    speaker = entities.resolve(text, opening)
    return speaker if opening.form == "name" or speaker.antecedent is not None else None


def _fill_speakers(
    text: str,
    found: list[Found],
    paragraph: Paragraph,
    previous: Speaker | None,
    introduced: Speaker | None = None,
    reported: list[Quote] | None = None,
) -> None:
    """Give unattributed quotations the speaker (and cue) of an attributed one in the same
    paragraph, or of the reported speech right before them (``Roe said the pier was
    safe. “We checked every beam.”``), else the person ``introduced`` by the paragraph's
    opening sentence, else, for a paragraph opening with a quotation, the speaker the
    previous one handed on."""
    known = [item for item in found if item.speaker is not None]
    carried = introduced or previous
    current: Found | None = None
    reported = reported or []
    ends = [quote.span.end for quote in reported]
    in_order = ends if len(ends) > 1 and ends == sorted(ends) else None
    for item in found:
        if item.speaker is not None:
            current = item
            continue
        said = _reported_before(reported, in_order, text, item.segment.start)
        if said is not None and (
            (current is None and not known)
            or (current is not None and current.segment.end < said.span.start)
        ):
            item.speaker = said.speaker
            item.cue = item.cue or (current.cue if current is not None else None)
            continue
        source = current if current is not None else (known[0] if known else None)
        if source is not None:
            item.speaker = source.speaker
            item.cue = item.cue or source.cue
            continue
        if item.segment.start == paragraph.start or item is found[0]:
            item.speaker = carried


def _reported_before(
    reported: list[Quote], ends: list[int] | None, text: str, position: int
) -> Quote | None:
    """The reported speech closing the sentence right before ``position``, when a
    person or organisation is named as its speaker (``Roe said the pier was safe.
    “We checked every beam.”``). ``ends`` holds the quotes' ends when they are in
    order, which lets a long paragraph find the last one before ``position`` at once."""
    last = len(reported) if ends is None else bisect.bisect_right(ends, position)
    for index in range(last - 1, -1, -1):
        quote = reported[index]
        if quote.span.end > position:
            continue
        speaker = quote.speaker
        if speaker is None or speaker.kind == "unnamed":
            return None
        if speaker.antecedent is None and (speaker.raw or "").lower() in _READERS:
            return None
        # the sentence ends with the content or with the frame after it ("…, Roe said.")
        closes = max(
            quote.span.end,
            speaker.span.end if speaker.span is not None else 0,
            quote.cue.span.end if quote.cue is not None else 0,
        )
        if closes > position or text[closes:position].strip(" .\"”’'"):
            return None
        return quote
    return None


def _share_group_speakers(found: list[Found]) -> None:
    speakers: dict[int, Speaker] = {}
    for item in found:
        if item.group is not None and item.speaker is not None:
            speakers.setdefault(item.group, item.speaker)
    for item in found:
        if item.group is not None and item.speaker is None:
            item.speaker = speakers.get(item.group)
