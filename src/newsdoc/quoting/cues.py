"""Attribution cues read from ``lexicon/cues.json``, extended by ``ParseOptions.cues``.

Four classes of cue: ``speech`` (``said``, ``told``, ``tweeted``), ``belief``
(``believes``, ``wants``, ``plans``), ``evidence`` (``found``, ``shows``) and ``stance``
(``criticized``, ``endorsed``, ``cited``: the object is the matter reported), plus
multi-word phrases (``according to``, ``called for``, ``pointed out``). Direct quotes
take speech cues only; indirect attribution takes all four.

The functions here read the cues in use: the shipped lexicon, or, while
:func:`using_cues` is in effect (the quote parser enters it for each document), the
lexicon with a document's extra cues. The active lexicon is held in a context variable,
so threads parsing with different options do not see each other's cues.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from newsdoc.lexicon import load

__all__ = [
    "CueForm",
    "CueLexicon",
    "active",
    "added_speech_lemmas",
    "cue_forms",
    "lemma_of",
    "locate_cues",
    "stance_lemmas",
    "using_cues",
]


@dataclass(frozen=True, slots=True)
class CueForm:
    """One printed cue form: its lemma, its class and whether it is a present participle."""

    lemma: str
    kind: str
    participle: bool


_LEADS = ("", "(", "“", '"', "—", "‘")
_TRAILS = ("", ",", ".", ":", ";", ")", "”", '"', ",”", ".”", ',"', '."')
_LEMMA_CACHE_SIZE = 2048


@dataclass(slots=True)
class CueLexicon:
    """The cue words and phrases in use, with the lookup tables built from them."""

    forms: dict[str, CueForm]
    """Every single-word cue form, lower-cased, mapped to its lemma and class."""
    phrases: dict[str, str]
    """Multi-word cues, lower-cased, mapped to their lemma."""
    stance: frozenset[str]
    """The lemmas of the ``stance`` class: their object is the content."""
    added: frozenset[str] = frozenset()
    """Speech lemmas that only the extra cues bring: they take their content as ``say``
    does (``X quipped the plan was dead``)."""
    surface: dict[str, str] = field(default_factory=dict)
    """Each cue form as it may appear between spaces (with punctuation glued on either
    side), mapped to the bare form; a set intersection with the text's words then finds
    the cues present without a per-word Python loop."""
    surface_set: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    """The forms that may open a multi-word cue (``according``, ``called``), as printed
    lower-case or capitalised: only after these is the next word read."""
    lemmas: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    """``lemma_of`` answers already given, bounded."""

    @classmethod
    def build(
        cls,
        forms: dict[str, CueForm],
        phrases: dict[str, str],
        stance: frozenset[str],
        added: frozenset[str] = frozenset(),
        extra_heads: frozenset[str] = frozenset(),
    ) -> CueLexicon:
        """A lexicon with its lookup tables; ``extra_heads`` are phrase openers that are
        no cue on their own but must be found in the text (``according``)."""
        bare_forms = [*forms, *extra_heads, *(head.capitalize() for head in extra_heads)]
        surface = {
            f"{lead}{form}{trail}": form
            for form in bare_forms
            for lead in _LEADS
            for trail in _TRAILS
        }
        heads = {phrase.split()[0] for phrase in phrases}
        return cls(
            forms,
            phrases,
            stance,
            added,
            surface,
            frozenset(surface),
            frozenset(heads | {head.capitalize() for head in heads}),
        )


@cache
def _shipped() -> CueLexicon:
    data = load("cues")
    forms: dict[str, CueForm] = {}
    for kind in ("stance", "evidence", "belief", "speech"):
        for lemma, inflections in data[kind].items():
            for form in (lemma, *inflections):
                forms[form.lower()] = CueForm(lemma, kind, form.endswith("ing"))
    phrases = {key.lower(): value for key, value in data["phrases"].items()}
    return CueLexicon.build(
        forms, phrases, frozenset(data.get("stance", {})), extra_heads=frozenset(["according"])
    )


@cache
def manner_forms() -> dict[str, str]:
    """Verbs of the manner of speaking, printed form → lemma (``implored`` → ``implore``,
    ``began`` → ``begin``): they attribute a quotation they follow (``“Vote early,” Ana
    Roe implored.``, ``“Is it over?” wondered Ben Lee.``) and nothing else, so they are
    kept apart from the speech cues that also introduce indirect speech."""
    forms: dict[str, str] = {}
    for lemma, inflections in load("cues")["manner"].items():
        for form in (lemma, *inflections):
            forms[form.lower()] = lemma
    return forms


@lru_cache(maxsize=16)
def _extended(extra: tuple[tuple[str, str], ...]) -> CueLexicon:
    """The shipped lexicon with the extra cues ``(printed form, lemma)`` added."""
    shipped = _shipped()
    forms = dict(shipped.forms)
    phrases = dict(shipped.phrases)
    known = {form.lemma: form.kind for form in shipped.forms.values()}
    added: set[str] = set()
    heads: set[str] = set()
    for printed, lemma in extra:
        if " " in printed:
            phrases[printed] = lemma
            heads.add(printed.split()[0])
            continue
        kind = known.get(lemma, "speech")
        if lemma not in known:
            added.add(lemma)
        forms[printed] = CueForm(lemma, kind, printed.endswith("ing"))
    return CueLexicon.build(
        forms,
        phrases,
        shipped.stance,
        frozenset(added),
        frozenset(["according", *heads]),
    )


_ACTIVE: ContextVar[CueLexicon | None] = ContextVar("newsdoc_cues", default=None)


def active() -> CueLexicon:
    """The lexicon in use (see :func:`using_cues`)."""
    return _ACTIVE.get() or _shipped()


@contextmanager
def using_cues(extra: Mapping[str, str]) -> Iterator[CueLexicon]:
    """Use the shipped cues plus ``extra`` (printed form -> lemma, as in
    ``ParseOptions.cues``) until the block ends."""
    lexicon = _extended(tuple(sorted(extra.items()))) if extra else _shipped()
    token = _ACTIVE.set(lexicon)
    try:
        yield lexicon
    finally:
        _ACTIVE.reset(token)


def cue_forms() -> dict[str, CueForm]:
    """Every single-word cue form, lower-cased, mapped to its lemma and class."""
    return active().forms


def stance_lemmas() -> frozenset[str]:
    """The lemmas of the ``stance`` class: their object is the content."""
    return active().stance


def added_speech_lemmas() -> frozenset[str]:
    """Speech lemmas brought by the extra cues alone (see :attr:`CueLexicon.added`)."""
    return active().added


def lemma_of(word: str) -> tuple[str, str] | None:
    """``(lemma, class)`` of a cue word or phrase, or ``None`` if it is not a cue."""
    lexicon = active()
    known = lexicon.lemmas
    if word in known:
        return known[word]
    if len(known) >= _LEMMA_CACHE_SIZE:
        known.clear()  # bounded: hostile input cannot grow it without limit
    lowered = " ".join(word.lower().split())
    phrase = lexicon.phrases.get(lowered)
    found: tuple[str, str] | None
    if phrase is not None:
        found = (phrase, "speech")
    else:
        form = lexicon.forms.get(lowered)
        found = None if form is None else (form.lemma, form.kind)
    known[word] = found
    return found


_NEXT_WORD = regex.compile(r"[ \u00a0]+([a-z]+)")


CUE_SCAN_CHUNK = 1 << 16
"""Characters of text split into words at a time when looking for cue words: splitting a
long text at once held every word of it as a string (about ten times the text)."""

_BREAKS = (" ", "\n", "\t", "\r")


def _present(vocabulary: frozenset[str], text: str) -> frozenset[str] | set[str]:
    """The whitespace-separated words of ``text`` that are in ``vocabulary``, read a chunk
    at a time; chunks end at an ASCII break so that no word is cut in two."""
    size = len(text)
    if size <= CUE_SCAN_CHUNK:
        return vocabulary.intersection(text.split())
    found: set[str] = set()
    start = 0
    while start < size:
        end = start + CUE_SCAN_CHUNK
        if end < size:
            cut = max(text.rfind(mark, start, end) for mark in _BREAKS)
            if cut <= start:
                # no break in the chunk: read on to the next one (or the end)
                ahead = [at for mark in _BREAKS if (at := text.find(mark, end)) >= 0]
                cut = min(ahead) if ahead else size
            end = cut
        found |= vocabulary.intersection(text[start:end].split())
        start = end + 1 if end < size else size
    return found


def locate_cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue word or phrase in ``text`` as ``(start, end, printed form)``, in text order.

    Single words are found by intersecting the whitespace-separated words with the
    known surface forms, then located with ``str.find``; phrases (``according to``,
    ``called for``) extend the word they start with.
    """
    lexicon = active()
    surface = lexicon.surface
    present = {surface[word] for word in _present(lexicon.surface_set, text)}
    found: list[tuple[int, int, str]] = []
    size = len(text)
    known = lexicon.phrases
    heads = lexicon.heads
    forms = lexicon.forms
    find = text.find
    for form in present:
        length = len(form)
        opens_phrase = form in heads
        lowered = form.lower()
        position = find(form)
        while position >= 0:
            stop = position + length
            before = text[position - 1] if position else " "
            after = text[stop] if stop < size else " "
            if not (before.isalnum() or before in "-'’") and not (
                after.isalnum() or after in "-'’"
            ):
                if opens_phrase:
                    following = _NEXT_WORD.match(text, stop, min(size, stop + 20))
                    if following is not None and f"{lowered} {following.group(1)}" in known:
                        stop = following.end()
                # a phrase opener that is no cue on its own counts only inside its phrase
                if lowered in forms or stop != position + length:
                    found.append((position, stop, text[position:stop]))
            position = find(form, position + 1)
    found.sort()
    return found
