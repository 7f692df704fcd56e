"""Attribution cues read from ``lexicon/cues.json``.

Four classes of cue: ``speech`` (``said``, ``told``, ``tweeted``), ``belief``
(``believes``, ``wants``, ``plans``), ``evidence`` (``found``, ``shows``) and ``stance``
(``criticized``, ``endorsed``, ``cited``: the object is the matter reported), plus
multi-word phrases (``according to``, ``called for``, ``pointed out``). Direct quotes
take speech cues only; indirect attribution takes all four.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from newsdoc.lexicon import load

__all__ = [
    "CueForm",
    "cue_forms",
    "cue_pattern",
    "locate_cues",
    "phrase_heads",
    "phrase_pattern",
    "phrases",
    "stance_lemmas",
]


@dataclass(frozen=True, slots=True)
class CueForm:
    """One printed cue form: its lemma, its class and whether it is a present participle."""

    lemma: str
    kind: str
    participle: bool


@cache
def cue_forms() -> dict[str, CueForm]:
    """Every single-word cue form, lower-cased, mapped to its lemma and class."""
    data = load("cues")
    forms: dict[str, CueForm] = {}
    for kind in ("stance", "evidence", "belief", "speech"):
        for lemma, inflections in data[kind].items():
            for form in (lemma, *inflections):
                forms[form.lower()] = CueForm(lemma, kind, form.endswith("ing"))
    return forms


@cache
def stance_lemmas() -> frozenset[str]:
    """The lemmas of the ``stance`` class: their object is the content."""
    return frozenset(load("cues").get("stance", {}))


@cache
def phrases() -> dict[str, str]:
    """Multi-word cues mapped to their lemma."""
    return {key.lower(): value for key, value in load("cues")["phrases"].items()}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def cue_pattern() -> regex.Pattern[str]:
    """Any cue word or phrase, as a whole word, case-insensitive."""
    words = [*phrases(), *cue_forms()]
    return regex.compile(rf"(?<![\w\-’'])(?:{_alternation(words)})(?![\w\-’'])", regex.I)


@cache
def phrase_pattern() -> regex.Pattern[str]:
    """The multi-word cues only."""
    return regex.compile(rf"(?<![\w\-])(?:{_alternation(list(phrases()))})(?![\w\-])", regex.I)


@lru_cache(maxsize=2048)
def lemma_of(word: str) -> tuple[str, str] | None:
    """``(lemma, class)`` of a cue word or phrase, or ``None`` if it is not a cue."""
    lowered = " ".join(word.lower().split())
    phrase = phrases().get(lowered)
    if phrase is not None:
        return phrase, "speech"
    form = cue_forms().get(lowered)
    if form is None:
        return None
    return form.lemma, form.kind


_EDGE = '.,;:!?"”“’‘)(—–'
_NEXT_WORD = regex.compile(r"[ \u00a0]+([a-z]+)")


@cache
def _surface_forms() -> dict[str, str]:
    """Each cue form as it may appear between spaces (with punctuation glued on either
    side), mapped to the bare form; a set intersection with the text's words then finds
    the cues present without a per-word Python loop."""
    surface: dict[str, str] = {}
    bare_forms = [*cue_forms(), "according", "According"]
    for form in bare_forms:
        for lead in ("", "(", "“", '"', "—", "‘"):
            for trail in ("", ",", ".", ":", ";", ")", "”", '"', ",”", ".”", ',"', '."'):
                surface[f"{lead}{form}{trail}"] = form
    return surface


@cache
def _surface_set() -> frozenset[str]:
    return frozenset(_surface_forms())


@cache
def phrase_heads() -> frozenset[str]:
    """The forms that may open a multi-word cue (``according``, ``called``), as printed
    lower-case or capitalised: only after these is the next word read."""
    heads = {phrase.split()[0] for phrase in phrases()}
    return frozenset(heads | {head.capitalize() for head in heads})


def locate_cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue word or phrase in ``text`` as ``(start, end, printed form)``, in text order.

    Single words are found by intersecting the whitespace-separated words with the
    known surface forms, then located with ``str.find``; phrases (``according to``,
    ``called for``) extend the word they start with.
    """
    surface = _surface_forms()
    present = {surface[word] for word in _surface_set().intersection(text.split())}
    found: list[tuple[int, int, str]] = []
    size = len(text)
    known = phrases()
    heads = phrase_heads()
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
                if lowered != "according" or stop != position + length:
                    found.append((position, stop, text[position:stop]))
            position = find(form, position + 1)
    found.sort()
    return found
