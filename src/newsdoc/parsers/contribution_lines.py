"""Contribution lines: the sentence closing a story that names who else reported it.

Forms read (invented examples):

* ``Acme News' Jo Park contributed to this report.`` (the outlet's possessive is dropped:
  the person reported);
* ``Acme Press writers Ann Lee, Bo Diaz and Cy Hale contributed to this report.`` (the
  role phrase before the names is dropped);
* ``Jo Park contributed reporting from Hong Kong.``, ``Jo Park also contributed.``,
  ``… contributed additional reporting.``, ``… contributed to this story|article``,
  ``… contributed to the report`` (or ``his``, ``her``, ``their``, ``our`` report);
* ``Acme News' Jo Park and The Associated Press contributed to this report.`` (a person
  and an agency: :mod:`newsdoc.parsers.credits` makes a ``reporting`` credit for the
  people and a ``wire`` credit for the agency).

The sentence must end its line or paragraph, on a line of its own or glued to the last
sentence of a paragraph; it is found by :func:`contribution_sentence`. Skipped: prose
about contributions (``She contributed to this report's success``, ``Jo Park
contributed $500 to the fund``), where the verb's object is not the report.
"""

from __future__ import annotations

import regex

__all__ = ["contribution_sentence"]

_MAX_CREDITED = 160
"""Longest run of names before ``contributed``."""

_OBJECT = (
    r"[ \u00a0]+(?:(?:additional[ \u00a0]+)?reporting"
    r"(?:[ \u00a0]+(?:from|in)[ \u00a0]+[^.!?\n\r]{1,60})?"
    r"|to[ \u00a0]+(?:this|the|his|her|their|our)[ \u00a0]+(?:report|story|article|piece))"
)
_CONTRIBUTED = regex.compile(
    rf"(?P<who>[^.!?\n\r]{{2,160}}?)[ \u00a0]+"
    rf"(?:also[ \u00a0]+contributed(?:{_OBJECT})?|contributed{_OBJECT})"
    r"[ \u00a0]*\.?[ \u00a0]*$"
)
_SENTENCE_START = regex.compile(r"(?<=[.!?][\"”’)]?[ \u00a0]{1,3})(?=\p{Lu})")
_NAME_SPLIT = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:and|&)[ \u00a0])[ \u00a0]*")
_OUTLET_POSSESSIVE = regex.compile(r"^.{1,40}?(?:['’]s?)[ \u00a0]+(?=\p{Lu})")
_PARTICLES = frozenset(["de", "da", "van", "von", "der", "del", "la", "le", "bin", "al"])


def contribution_sentence(text: str, start: int, end: int) -> tuple[int, list[str]] | None:
    """The start of a contribution sentence closing ``text[start:end]`` and the names it
    credits (outlets' possessives and role phrases dropped), or ``None``."""
    if "contributed" not in text[start:end]:
        return None
    openings = [start, *(match.start() for match in _SENTENCE_START.finditer(text, start, end))]
    for opening in reversed(openings):
        match = _CONTRIBUTED.match(text, opening, end)
        if match is None:
            continue
        names = [_name_of(piece) for piece in _NAME_SPLIT.split(match["who"].strip())]
        if names and all(names) and len(match["who"]) <= _MAX_CREDITED:
            return opening, [name for name in names if name]
        return None
    return None


def _name_of(piece: str) -> str:
    """The name in one credited piece: ``Acme News' Jo Park`` → ``Jo Park``, ``Acme Press
    writers Ann Lee`` → ``Ann Lee``; empty when the piece holds no capitalised name."""
    piece = piece.strip()
    possessive = _OUTLET_POSSESSIVE.match(piece)
    if possessive is not None:
        piece = piece[possessive.end() :]
    words = piece.split()
    lower = [
        index
        for index, word in enumerate(words)
        if not word[:1].isupper() and word.casefold() not in _PARTICLES
    ]
    if lower:
        if lower[0] == 0 and words[0].casefold() == "the":
            return piece if len(lower) == 1 else ""  # "The Associated Press"
        words = words[lower[-1] + 1 :]
    if not words or not all(word[:1].isupper() or word in _PARTICLES for word in words):
        return ""
    return " ".join(words)
