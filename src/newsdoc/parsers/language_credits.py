"""Credit labels and bylines in the languages of news pages, read from lines of text by
:mod:`newsdoc.parsers.credits` (which reads the English forms itself).

* **Picture labels** from ``labels`` in ``lexicon/image_credits.json``, with a colon (also
  the full-width one) or ``=``, opening a line or closing a caption sentence on it, in
  brackets or not: ``Foto: Jana Roe/dpa``, ``(Foto: dpa)``, ``Bild: Jana Roe``,
  ``Фото: Иван Петров``, ``写真：共同``, ``The pier at dawn. Zdjęcie: PAP/Jan Kos``. A label
  from ``source_labels`` (``Quelle: dpa``, ``Fuente: EFE``) credits a source rather than
  a photographer.
* **Agencies after "with"** (``credit_words.with_words``): ``(mit dpa)``, ``(avec AFP et
  Reuters)``, ``(con EFE)`` closing a line, or ``Mit Material von dpa`` alone on one; the
  names must all be agencies, which wire the story.
* **Bylines** opened by a capitalised word of ``credit_words.byline_prefixes`` before a
  capitalised name (``Von Jana Roe``, ``Par Anne Roe et Ben Lee``, ``Por Ana Roe``), or
  by a word of ``credit_words.byline_labels`` and a colon (``Text: Jana Roe``, ``Автор:
  Иван Петров``), alone on a line.

Each function takes the line's text and returns what the credit parser needs to check
and credit the names; the names themselves are judged there, as for every other label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsdoc import lexicon

__all__ = [
    "LabelledCredit",
    "foreign_byline",
    "is_source_label",
    "name_list_split",
    "picture_label",
    "with_agencies",
]

_MAX_BODY_CHARS = 90
"""The longest credited part after a label: a few names, never a caption sentence."""
_MAX_BYLINE_CHARS = 80
"""The longest line read as a byline opened by a word of another language."""


@dataclass(frozen=True, slots=True)
class LabelledCredit:
    """A label and the part it credits, with where the credit starts in its line."""

    start: int
    label: str
    body: str


@cache
def _picture_label() -> regex.Pattern[str]:
    labels = lexicon.alternation("image_credits", "labels")
    return regex.compile(
        rf"(?:^|(?<=[.!?。]\s{{0,2}})|(?<=[.!?]\s{{0,2}}\()|^\(|^\[)"
        rf"(?P<label>{labels})\s{{0,2}}[:：=]\s{{0,3}}"
        rf"(?P<body>[^:：=()\[\]\n]{{1,{_MAX_BODY_CHARS}}}?)\s{{0,2}}[)\]]?\s{{0,2}}\.?$",
        regex.IGNORECASE,
    )


def picture_label(line: str) -> LabelledCredit | None:
    """The picture credit a label of any language opens on ``line``, or ``None``.

    >>> picture_label("Foto: Jana Roe/dpa")
    LabelledCredit(start=0, label='Foto', body='Jana Roe/dpa')
    >>> picture_label("The pier at dawn. Zdjęcie: PAP/Jan Kos").start
    18
    >>> picture_label("He said: the pier will open") is None
    True
    """
    match = _picture_label().search(line)
    if match is None:
        return None
    start = match.start("label")
    if start > 0 and line[start - 1] in "([":
        start -= 1
        if line.rstrip(" .")[-1:] not in ")]":
            return None  # an opening bracket the credit does not close
    return LabelledCredit(start, match["label"], match["body"].strip())


def is_source_label(label: str) -> bool:
    """Whether a picture label names where a text or picture comes from (``Quelle``)."""
    return _BLANKS.sub(" ", label.casefold()) in _source_labels()


_BLANKS = regex.compile(r"\s+")


@cache
def _source_labels() -> frozenset[str]:
    return lexicon.word_set("image_credits", "source_labels")


@cache
def _byline() -> regex.Pattern[str]:
    words = lexicon.load("agencies")["credit_words"]
    prefixes = "|".join(regex.escape(word) for word in words["byline_prefixes"])
    labels = "|".join(regex.escape(word) for word in words["byline_labels"])
    return regex.compile(
        rf"(?:(?:{prefixes})\s{{1,2}}(?=\p{{Lu}})|(?i:{labels})\s{{0,2}}:\s{{0,2}})"
        rf"(?P<names>\p{{Lu}}[^:\n]{{1,{_MAX_BYLINE_CHARS}}}?)\s{{0,2}}\.?"
    )


def foreign_byline(line: str) -> str | None:
    """The names a byline in another language gives on ``line`` alone, or ``None``.

    >>> foreign_byline("Von Jana Roe und Ben Lee")
    'Jana Roe und Ben Lee'
    >>> foreign_byline("Texto: Ana Roe")
    'Ana Roe'
    >>> foreign_byline("von der Leyen spoke") is None
    True
    """
    if len(line) > _MAX_BYLINE_CHARS:
        return None
    match = _byline().fullmatch(line)
    return match["names"].strip() if match is not None else None


@cache
def name_list_split() -> regex.Pattern[str]:
    """Where a list of names breaks: punctuation, or ``and`` in the languages of
    ``credit_words.list_conjunctions``, after a comma or not (``Jana Roe und Ben Lee``,
    ``Ana Roe y Ben Lee``, ``Jana Roe, Ben Lee``)."""
    words: list[str] = lexicon.load("agencies")["credit_words"]["list_conjunctions"]
    conjunction = "|".join(regex.escape(word) for word in words)
    return regex.compile(
        rf"\s*(?:,\s*(?:{conjunction})\s|[,;|/&、]|\s(?:{conjunction})\s)\s*",
        regex.IGNORECASE,
    )


@cache
def _with_agencies() -> regex.Pattern[str]:
    words = lexicon.load("agencies")["credit_words"]["with_words"]
    with_word = "|".join(regex.escape(word) for word in words)
    lead = rf"(?i:(?:{with_word})\s{{1,2}}(?:material\s{{1,2}}(?:von|der|from|of)\s{{1,2}})?)"
    return regex.compile(
        rf"(?:^|(?<=\s))\({lead}(?P<inner>[^()\n]{{1,{_MAX_WITH_CHARS}}})\)\s{{0,2}}\.?$"
        rf"|^{lead}(?P<whole>[^()\n]{{1,{_MAX_WITH_CHARS}}}?)\s{{0,2}}\.?$"
    )


_MAX_WITH_CHARS = 60
"""The longest list of agencies after "with"."""


def with_agencies(line: str) -> tuple[int, str] | None:
    """Where a "with" credit starts on ``line`` and the names after it, or ``None``.

    >>> with_agencies("Die Fähre fährt wieder. (mit dpa)")
    (24, 'dpa')
    >>> with_agencies("Mit Material von dpa und AFP")
    (0, 'dpa und AFP')
    """
    match = _with_agencies().search(line)
    if match is None:
        return None
    names = match["inner"] if match["inner"] is not None else match["whole"]
    return match.start(), names.strip()
