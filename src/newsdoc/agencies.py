"""News and photo agencies: canonical names, aliases and a matcher for credit text.

The names are data (``lexicon/agencies.json``); this module only looks them up::

    >>> canonical_agency("Associated Press")
    'AP'
    >>> canonical_agency("a.f.p.")
    'AFP'
    >>> canonical_agency("Press Trust of India")
    'PTI'
    >>> canonical_agency("The Daily Planet") is None
    True

Look-ups ignore case, accents, a leading ``The`` and punctuation, so ``A.P.``, ``AP`` and
``the Associated Press`` are one agency. ``ParseOptions.agencies`` (alias → canonical
name) extends the built-in lexicon and wins over it.

:func:`agency_pattern` compiles one alternation of every alias for scanning text. Short
all-capital acronyms (``AP``, ``TT``, ``ANI``) match only in capitals and one-word names
(``Reuters``, ``Pool``, ``dpa``) only as printed or in capitals, so the pattern does not
fire on ordinary words such as "map" or "pool"; names of several words match in any case.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Literal

import regex

from newsdoc import lexicon
from newsdoc.models import Party
from newsdoc.options import ParseOptions

__all__ = [
    "AgencyType",
    "agency_aliases",
    "agency_party",
    "agency_pattern",
    "agency_type",
    "canonical_agency",
]

AgencyType = Literal["news", "photo"]
"""A wire service that files copy (``news``) or a picture agency (``photo``)."""

_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_LEADING_THE = regex.compile(r"^the\s+", regex.IGNORECASE)
_SHORT_ACRONYM = regex.compile(r"^[\p{Lu}\p{N}]{1,5}$")


def _key(name: str) -> str:
    """The comparison key of a name: accents, case, a leading "the" and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    stripped = _LEADING_THE.sub("", stripped)
    return _NOT_ALNUM.sub("", stripped).casefold()


@cache
def _builtin() -> tuple[dict[str, str], dict[str, AgencyType], tuple[str, ...]]:
    """(key → canonical name, canonical name → type, every alias as printed)."""
    by_key: dict[str, str] = {}
    types: dict[str, AgencyType] = {}
    aliases: list[str] = []
    for entry in lexicon.load("agencies")["agencies"]:
        name = str(entry["name"])
        types[name] = "photo" if entry.get("type") == "photo" else "news"
        for alias in (name, *entry.get("aliases", ())):
            by_key.setdefault(_key(str(alias)), name)
            aliases.append(str(alias))
    return by_key, types, tuple(dict.fromkeys(aliases))


def canonical_agency(name: str, options: ParseOptions | None = None) -> str | None:
    """The canonical name of the agency ``name`` refers to, or ``None`` if it is not one.

    ``Associated Press`` / ``AP`` / ``A.P.`` → ``"AP"``; ``Press Trust of India`` →
    ``"PTI"``. Case- and punctuation-tolerant; ``options.agencies`` (alias → canonical)
    extends the lexicon and takes precedence over it.
    """
    key = _key(name)
    if not key:
        return None
    if options is not None and options.agencies:
        for alias, canonical in options.agencies.items():
            if _key(alias) == key or _key(canonical) == key:
                return canonical
    return _builtin()[0].get(key)


def agency_type(name: str, options: ParseOptions | None = None) -> AgencyType | None:
    """``"news"`` or ``"photo"`` for a known agency (user-added ones count as news)."""
    canonical = canonical_agency(name, options)
    if canonical is None:
        return None
    return _builtin()[1].get(canonical, "news")


def agency_party(name: str, options: ParseOptions | None = None) -> Party:
    """A :class:`Party` for a credited name: an ``agency`` with its canonical name when the
    lexicon knows it, otherwise an ``organization`` named as printed."""
    canonical = canonical_agency(name, options)
    if canonical is not None:
        return Party(name=canonical, kind="agency")
    return Party(name=name.strip(), kind="organization")


def agency_aliases(options: ParseOptions | None = None) -> tuple[str, ...]:
    """Every alias and canonical name as printed, the user's ones first."""
    extra: list[str] = []
    if options is not None:
        for alias, canonical in options.agencies.items():
            extra.extend((alias, canonical))
    return tuple(dict.fromkeys((*extra, *_builtin()[2])))


def _alias_source(alias: str) -> str:
    """A pattern for one alias: spaces match any run of spaces, dots are optional."""
    parts: list[str] = []
    for char in alias:
        if char.isspace():
            parts.append(r"\s{1,3}")
        elif char == ".":
            parts.append(r"\.?")
        elif char in "-‐‑–":
            parts.append(r"[-‐‑–\s]?")
        else:
            parts.append(regex.escape(char))
    body = "".join(parts)
    if _SHORT_ACRONYM.match(alias.replace(".", "")):
        return f"(?-i:{body})"
    if not any(char.isspace() for char in alias):
        # One-word names double as ordinary words or surnames ("pool", "Zuma"), so
        # they match only as printed or in capitals.
        upper = _alias_source(alias.upper()) if alias.upper() != alias else body
        return f"(?-i:{body}|{upper})"
    return body


@cache
def _compile(aliases: tuple[str, ...]) -> regex.Pattern[str]:
    ordered = sorted(aliases, key=lambda alias: (-len(alias), alias))
    alternation = "|".join(_alias_source(alias) for alias in ordered)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE
    )


def agency_pattern(options: ParseOptions | None = None) -> regex.Pattern[str]:
    """A compiled pattern matching any agency alias as a whole word (longest alias first).

    Acronyms of up to five capitals match only in capitals, one-word names as printed or
    in capitals, and names of several words in any case. The pattern is cached per set of aliases.
    """
    if options is None or not options.agencies:
        return _default_pattern()
    return _compile(agency_aliases(options))


@cache
def _default_pattern() -> regex.Pattern[str]:
    return _compile(agency_aliases())
