"""Credit forms that fill a whole line of their own, read by :mod:`newsdoc.parsers.credits`.

* **Bracketed outlet tags**: a review roundup or a digest names the outlet each excerpt
  comes from on a line of its own, in square brackets: ``[Acme Daily]``, ``[ACN]``
  (kind ``other``, the outlet as an organisation). Stage directions, labels and link
  labels in brackets (``[Applause]``, ``[inaudible]``, ``[Video]``, ``[Read all
  comments]``, ``[More…]``) are no outlet; the words are
  ``credit_words.not_outlet_tags`` in ``lexicon/agencies.json``.
* **Bylines with a role**: a writer named on a line of their own with their outlet and
  desk: ``Jane Roe, Acme Daily diplomatic correspondent``, ``Jo Park, health editor``
  (kind ``writing``, the person). The line must end in a role noun
  (``credit_words.byline_roles``) and the name must be a few capitalised words, so
  ``Jane Roe, a local resident`` or ``Tickets, the box office says`` are no byline.

Each function takes the line's text and returns ``(kind, names, organisation)`` or
``None``.
"""

from __future__ import annotations

from functools import cache

import regex

from newsdoc import lexicon
from newsdoc.models import AttributionKind

__all__ = ["bracketed_tag", "role_byline"]

_MAX_TAG_WORDS = 4
"""Most words of an outlet's name in a bracketed tag."""
_MAX_ROLE_WORDS = 6
"""Most words between a byline's comma and its role noun, the role included."""
_MAX_NAME_WORDS = 4
"""Most words of the person's name in a byline with a role."""
_MAX_BYLINE = 90
"""Longest line read as a byline with a role."""

_BRACKETED = regex.compile(r"\[(?P<name>[^\[\]\n\r]{1,60})\]")
_TAG_NAME = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N} &'’.-]*")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]*")

CreditForm = tuple[AttributionKind, list[str], bool]
"""A credit read from a line: its kind, the names credited, and whether they are
organisations."""


@cache
def _not_outlet_tags() -> frozenset[str]:
    words: list[str] = lexicon.load("agencies")["credit_words"]["not_outlet_tags"]
    return frozenset(word.casefold() for word in words)


@cache
def _byline_roles() -> frozenset[str]:
    words: list[str] = lexicon.load("agencies")["credit_words"]["byline_roles"]
    return frozenset(word.casefold() for word in words)


def bracketed_tag(line: str) -> CreditForm | None:
    """``[Acme Daily]`` alone on a line: the outlet the excerpt before it comes from."""
    match = _BRACKETED.fullmatch(line)
    if match is None:
        return None
    name = match.group("name").strip()
    words = name.split()
    if not 1 <= len(words) <= _MAX_TAG_WORDS or not _TAG_NAME.fullmatch(name):
        return None
    if name.casefold() in _not_outlet_tags() or words[0].casefold() in _not_outlet_tags():
        return None  # "[Applause]", "[Read all comments]": a stage direction, a link
    if not all(word[0].isupper() or word[0].isdigit() for word in words if word[0].isalpha()):
        return None  # "[sic, as printed]", "[the mayor]": an editor's insertion
    if not any(char.isalpha() for char in name):
        return None
    return "other", [name], True


def role_byline(line: str) -> CreditForm | None:
    """``Jane Roe, Acme Daily diplomatic correspondent`` alone on a line: the writer."""
    if len(line) > _MAX_BYLINE or line.count(",") != 1:
        return None
    name, role = (part.strip() for part in line.split(","))
    names = name.split()
    if not 2 <= len(names) <= _MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(word) for word in names):
        return None
    role_words = role.split()
    if not 1 <= len(role_words) <= _MAX_ROLE_WORDS:
        return None
    if role_words[-1].casefold() not in _byline_roles():
        return None
    if role_words[0].casefold() in {"a", "an", "the", "our", "his", "her", "their"}:
        return None  # "Jane Roe, a former reporter": an apposition in the prose
    return "writing", [name], False
