"""Names: what a capitalised run of words says about the person or body it names.

Handles:

* titles and roles before a name (``Foreign Minister Anna Kovac`` → role ``Foreign
  Minister``, name ``Anna Kovac``), gendered honorifics (``Ms Roe``) and demonyms used as
  titles (``Ruritanian diplomat``);
* the gender a given name or honorific implies (data: ``given_names``, ``honorifics``);
* initials as a given name (``J.C. Roe``), generational suffixes (``Tom Roe Jr.``);
* runs read across a full stop or after a sentence-opening conjunction (``Monday. Yet
  Roe``, ``But Roe``): the name starts after them;
* party and state labels after a legislator's name (``R-Utah``, ``D``) and wire-copy state
  abbreviations (``Md.``);
* countries, seats of power and companies that speak as organisations (``Ruritania
  said``), and towns that open datelines and never speak.

* surnames with up to two lower-case particles (``Anna van der Berg``, ``Carlos de la
  Cruz``; data: ``name_particles``), whose particle surname resolves later mentions
  (``Van der Berg said``) as well as the last word does.

Skipped: names in scripts without case (a run needs capitals).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from newsdoc._line_breaks import line_bounds
from newsdoc.lexicon import load, word_set, word_tuple

__all__ = [
    "NAME_RUN",
    "NAME_SUFFIXES",
    "PARTICLES",
    "NameRun",
    "all_titles",
    "apposed_label",
    "bare",
    "companies",
    "gender_of",
    "in_headline",
    "is_demonym",
    "is_title",
    "is_town",
    "name_words",
    "particle_surname",
    "run_of",
    "split_title",
    "states",
    "surnames",
]

_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}")
"""A first name printed as initials: ``J.``, ``J.C.``."""


PARTICLES = word_set("quoting", "name_particles")
MAX_PARTICLES = 2
"""Particles standing together inside a name (``de la``, ``van der``)."""

_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
NAME_RUN = regex.compile(
    r"(?<![\p{L}\p{N}’'\-])(?:\p{Lu}\.(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)"
    rf"(?:[ \u00a0](?:(?:{_PARTICLE})[ \u00a0]){{0,{MAX_PARTICLES}}}"
    r"(?:\p{Lu}\.(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)){0,5}"
)


_PARTY_LABEL = regex.compile(r"[RD]\.?|[RDI]-\p{Lu}[\p{L}.]*")
"""A party and state after a legislator's name: ``R-Utah``, ``D-N.J.``, ``R``."""


_DEMONYM_SUFFIXES = word_tuple("quoting", "demonym_suffixes")


@cache
def name_words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], dict[str, str | None], dict[str, str]
]:
    data = load("honorifics")
    names = load("given_names")
    given: dict[str, str] = {}
    for gender in ("male", "female"):
        for name in names[gender]:
            given[name.lower()] = gender
    return (
        frozenset(data["roles"]),
        frozenset(data["organizations"]),
        frozenset(data["unnamed"]),
        {key.lower().rstrip("."): value for key, value in data["honorifics"].items()},
        given,
    )


@cache
def states() -> frozenset[str]:
    """Countries and seats of power that speak as states (``Russia said``)."""
    data = load("places")
    return frozenset([*data["countries"], *data["capitals"], *data["institutions"]])


@cache
def _towns() -> frozenset[str]:
    places = load("places")
    return frozenset([*places["cities"], *places["capitals"]])


def is_town(name: str) -> bool:
    """Whether ``name`` is a town that opens datelines (``Mumbai``, ``New Delhi``): a
    place where a story was filed, never a speaker."""
    return name in _towns()


@cache
def companies() -> frozenset[str]:
    """Platforms and companies that speak as organisations (``Twitter said``)."""
    return frozenset(load("honorifics")["companies"])


def bare(word: str) -> str:
    return word.lower().rstrip(".").removesuffix("’s").removesuffix("'s")


@cache
def _titles() -> frozenset[str]:
    roles, _orgs, _unnamed, honorifics, _given = name_words()
    return roles | frozenset(honorifics)


_TITLE_CACHE: dict[str, bool] = {}


_TITLE_CACHE_SIZE = 4096


def is_title(word: str) -> bool:
    known = _TITLE_CACHE.get(word)
    if known is None:
        if len(_TITLE_CACHE) >= _TITLE_CACHE_SIZE:
            _TITLE_CACHE.clear()  # bounded: hostile input cannot grow it without limit
        known = _TITLE_CACHE[word] = bare(word) in _titles()
    return known


def is_demonym(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_DEMONYM_SUFFIXES) and len(word) > 4


def gender_of(first: str, title: str | None = None) -> str | None:
    """The gender a given name or honorific implies, if any."""
    _roles, _orgs, _unnamed, honorifics, given = name_words()
    if title is not None:
        found = honorifics.get(title.lower().rstrip("."))
        if found:
            return found
    return given.get(first.lower())


def apposed_label(word: str) -> bool:
    """Whether a word is a party and state (``R-Ky.``, ``D``) or a US state as wire
    copy abbreviates it (``Md.``, ``Vt.``), printed after a name or a town."""
    return _PARTY_LABEL.fullmatch(word) is not None or word in _state_abbreviations()


@cache
def _state_abbreviations() -> frozenset[str]:
    return frozenset(load("places")["state_abbreviations"])


_NAME_MODIFIERS = word_set("quoting", "name_modifiers")
_MODIFIED_NAME_WORDS = 3
"""A describing word and a full name: longer runs are left to the title words."""


def split_title(words: list[str]) -> tuple[int, str | None]:
    """How many leading words of a capitalised run are titles or roles
    (``Ukrainian Foreign Minister`` in ``Ukrainian Foreign Minister Anna Kovac``), and
    the gendered honorific among them, if any."""
    honorifics = name_words()[3]
    role_end = 0
    title: str | None = None
    for position, word in enumerate(words[:-1]):
        bare = word.lower().rstrip(".")
        if bare in honorifics:
            role_end = position + 1
            title = word
        elif is_title(word):
            role_end = position + 1
    if role_end == 0 and len(words) > 2 and (is_demonym(words[0]) or _modifies_name(words)):
        role_end = 1
    return role_end, title


def _modifies_name(words: list[str]) -> bool:
    """Whether the first of three capitalised words describes the person the other two
    name (see ``name_modifiers``): ``Rival Ana Roe``, ``Democrat Ana Roe``, with a given
    name second."""
    return (
        len(words) == _MODIFIED_NAME_WORDS
        and words[0].lower() in _NAME_MODIFIERS
        and words[1].lower() in name_words()[4]
    )


def all_titles(words: list[str]) -> bool:
    return any(is_title(word) for word in words) and all(
        is_title(word) or is_demonym(word) for word in words
    )


class NameRun(NamedTuple):
    """What a capitalised run says on its own, wherever it is printed: a run recurs
    (``Ned Tovey``, ``White House``), so it is read once and kept."""

    single: bool
    name: str
    """The name without titles (empty when the run holds only titles)."""
    bare: str
    """For one word, or one word after titles: the lookup form of that word."""
    offset: int = 0
    """Where the name starts inside the run."""
    new: bool = False
    """Whether the run introduces a person not met before."""
    full: bool = False
    gender: str | None = None
    roles: frozenset[str] = frozenset()
    lead: int = 0
    """Characters of sentence-opening function words before the run proper
    (``Yet`` in ``Yet Hollis``)."""


NAME_SUFFIXES = word_set("quoting", "name_suffixes")


_RUNS: dict[str, NameRun] = {}


_RUN_OPENERS = word_set("quoting", "run_openers")


_RUNS_SIZE = 8192


_HEADLINE_CHARS = 200


_HEADLINE_WORD = regex.compile(r"\p{L}{2,}")


def in_headline(text: str, start: int, end: int, position: int) -> bool:
    """Whether the line of ``text[start:end]`` holding ``position`` (lines end at ``\n``
    or ``\r``) is a short line in title case, as headlines are: nearly every word
    capitalised (a list of names in a sentence has its lower-case ``and`` and verb)."""
    line_start, line_end = line_bounds(text, position)
    line_start, line_end = max(line_start, start), min(line_end, end)
    if line_end - line_start > _HEADLINE_CHARS:
        return False
    words = _HEADLINE_WORD.findall(text, line_start, line_end)
    capitals = sum(1 for word in words if word[0].isupper())
    return len(words) >= 4 and capitals >= 0.9 * len(words)


def surnames(words: list[str]) -> list[str]:
    """The lookup forms a name's surname is known by: its last word, and with particles
    the whole particle surname (``Anna van der Berg`` → ``berg``, ``van der berg``;
    ``Marie Le Roux`` → ``roux``, ``le roux``)."""
    found = [bare(words[-1])]
    for index in range(1, len(words) - 1):
        if words[index].lower() in PARTICLES:
            found.append(bare(" ".join(words[index:])))
            break
    return found


def particle_surname(words: list[str]) -> bool:
    """Whether a run is a surname that opens with its particle (``Van der Berg``)."""
    return len(words) > 1 and words[0].lower() in PARTICLES and words[0][:1].isupper()


def _read_run(group: str) -> NameRun:
    if len(_RUNS) >= _RUNS_SIZE:
        _RUNS.clear()  # bounded: hostile input cannot grow it without limit
    if " " not in group and "\u00a0" not in group:
        name = group.removesuffix("’s").removesuffix("'s").rstrip(".")
        run = _RUNS[group] = NameRun(True, name, bare(group))
        return run
    _roles, orgs, _unnamed, _honorifics, given = name_words()
    words = group.split()
    ends = [
        index
        for index, word in enumerate(words[:-1])
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and not is_title(word)
    ]
    if ends:
        # "Monday. Yet Nord": a run read across a full stop starts afresh after it
        lead = sum(len(word) + 1 for word in words[: ends[-1] + 1])
        inner = _RUNS.get(group[lead:]) or _read_run(group[lead:])
        run = _RUNS[group] = inner._replace(lead=lead + inner.lead)
        return run
    if len(words) > 1 and words[0] in _RUN_OPENERS:
        # a sentence-opening conjunction or adverb is no part of the name after it
        lead = len(words[0]) + 1
        inner = _RUNS.get(group[lead:]) or _read_run(group[lead:])
        run = _RUNS[group] = inner._replace(lead=lead + inner.lead)
        return run
    skip, title = split_title(words)
    rest = words[skip:]
    if not rest:
        run = _RUNS[group] = NameRun(False, "", "")
        return run
    if particle_surname(rest):
        offset = sum(len(word) + 1 for word in words[:skip])
        name = group[offset:].removesuffix("’s").removesuffix("'s")
        run = _RUNS[group] = NameRun(False, name, bare(name), offset)
        return run
    offset = sum(len(word) + 1 for word in words[:skip])
    name = group[offset:].removesuffix("’s").removesuffix("'s")
    name = name.rstrip(".") if not name.endswith(" Jr.") else name
    first = rest[0]
    new = len(rest) >= 2 or bool(title)
    if new:
        initials = _INITIALS.fullmatch(first) is not None and not is_title(rest[-1])
        new = bool(first.lower() in given or title or skip or initials) and not (
            {bare(word) for word in rest} & orgs
        )
    run = _RUNS[group] = NameRun(
        False,
        name,
        bare(rest[0]) if len(rest) == 1 else "",
        offset,
        new,
        len(rest) > 1 or bool(title),
        gender_of(first, title) if new else None,
        frozenset(bare(word) for word in words[:skip]),
    )
    return run


def run_of(group: str) -> NameRun:
    """The reading of the capitalised run ``group``, kept once read."""
    return _RUNS.get(group) or _read_run(group)
