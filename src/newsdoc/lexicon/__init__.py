"""Data, not logic: the word lists newsdoc's parsers read.

Each lexicon is a JSON file beside this module, loaded once on first use. :func:`load`
gives a file's parsed JSON; :func:`word_set` and :func:`word_tuple` give one word list of
it, checked to be a list of strings. A word list is either a plain JSON list or an entry
``{"about": "what the words are for", "words": [...]}``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import regex

__all__ = ["LexiconError", "alternation", "load", "word_set", "word_tuple"]


@cache
def load(name: str) -> Any:
    """The parsed JSON lexicon ``<name>.json`` shipped with newsdoc."""
    resource = files(__package__).joinpath(f"{name}.json")
    with resource.open(encoding="utf-8") as handle:
        return json.load(handle)


class LexiconError(ValueError):
    """A lexicon entry is missing or is not a list of strings."""


@cache
def word_tuple(name: str, key: str) -> tuple[str, ...]:
    """The word list ``key`` of lexicon ``name``, in its printed order (for
    ``str.endswith`` and other ordered uses).

    Raises :class:`LexiconError` when the entry is missing or holds anything but strings.
    """
    data = load(name)
    entry = data.get(key) if isinstance(data, dict) else None
    if isinstance(entry, dict):
        entry = entry.get("words")
    if not isinstance(entry, list) or not all(isinstance(word, str) for word in entry):
        raise LexiconError(f"lexicon {name!r} has no word list {key!r}")
    return tuple(entry)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of lexicon ``name`` as a set (see :func:`word_tuple`)."""
    return frozenset(word_tuple(name, key))


@cache
def alternation(name: str, key: str) -> str:
    """The phrases of word list ``key`` as one regular-expression alternation, longest
    first so that the longest phrase wins, each escaped and each space in a phrase
    matching one or two blanks (``crédit photo`` matches ``Crédit  photo``)."""
    phrases = sorted(word_tuple(name, key), key=len, reverse=True)
    return "|".join(regex.escape(phrase).replace(r"\ ", r"\s{1,2}") for phrase in phrases)
