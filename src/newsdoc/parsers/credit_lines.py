"""Credit forms that fill a whole line of their own, read by :mod:`newsdoc.parsers.credits`.

* **Bracketed outlet tags**: a review roundup or a digest names the outlet each excerpt
  comes from on a line of its own, in square brackets: ``[Acme Daily]``, ``[ACN]``
  (kind ``other``, the outlet as an organisation). Stage directions, labels and link
  labels in brackets (``[Applause]``, ``[inaudible]``, ``[Video]``, ``[Read all
  comments]``, ``[More…]``) are no outlet; the words are
  ``credit_words.not_outlet_tags`` in ``lexicon/agencies.json``.
* **Bylines with a role**: a writer named on a line of their own with their outlet and
  desk, after a comma or a bar: ``Jane Roe, Acme Daily diplomatic correspondent``, ``Jo
  Park, health editor``, ``Jo Park | Staff Writer``
  (kind ``writing``, the person). The line must end in a role noun
  (``credit_words.byline_roles``) and the name must be a few capitalised words, so
  ``Jane Roe, a local resident`` or ``Tickets, the box office says`` are no byline.

* **Source lines**: the outlets or agencies a story draws on, listed on a line of their
  own: ``Source: Acme Press, Northport Wire``, ``Sources: Acme Press; Harbour TV``,
  ``(Source: Example Social)``, ``Sources: Acme Press/Harbour TV`` (kind ``other``, the
  names as organisations; the credits parser makes it ``wire`` when every name is a
  news agency). A source that is prose
  (``Source: a person close to the talks``) names nobody and is no credit.
* **Courtesy credits**: ``Courtesy of Northport Observatory``, ``Photo courtesy of Jane
  Roe``, ``Courtesy of Jane Roe's Instagram page`` (the account's owner), ``Video
  courtesy: Harbour TV``, alone on a line or closing a caption line (``The comet over
  the bay Courtesy of Jane Roe``; kind ``photo``, or ``video`` and ``image`` by their
  label word; only the credit is claimed).
* **Contributed-by lines**: ``Contributed by Jane Roe of example.org.``, ``This article
  has been contributed by Acme Reports.`` (kind ``writing``: who supplied the piece; a
  site or outlet after ``of`` is dropped from the name).

* **Credit-to lines**: ``Credit to Example Wire`` alone on a line (kind ``other``: the
  source the piece thanks).
* **Image labels**: ``Cover image: an artist's impression of the bridge``, ``Main image:
  the harbour at dawn (Jo Park)``, ``Featured image by Acme Photos`` alone on a line
  (kind ``image``; the party is the name after ``by``, ``via`` or in closing brackets,
  else none).
* **Licence and standards notices**: ``Content created by the Example Foundation is
  available without charge to any eligible news publisher …`` (kind ``other``, the
  creator), ``Our Standards: The Example Trust Principles.`` (kind ``other``).
* **Staff and desk bylines**: ``Acme Wire Staff``, ``National Desk``, ``Harbour Gazette
  News Desk``, ``Harbour Correspondent``, ``Acme News Service`` alone on a line (kind
  ``writing``: the outlet's staff, the party the outlet, or the desk by its name). Only
  a few capitalised words may come before the role word, so ``The staff`` or ``He
  cleared his desk`` is prose.

Each whole-line function takes the line's text and returns ``(kind, names,
organisation)`` or ``None``; :func:`courtesy_credit` also gives where its credit starts.
"""

from __future__ import annotations

from functools import cache

import regex

from newsdoc import lexicon
from newsdoc.models import AttributionKind

__all__ = [
    "bracketed_tag",
    "contributed_by",
    "courtesy_credit",
    "credit_to",
    "desk_byline",
    "image_label",
    "licence_notice",
    "role_byline",
    "source_line",
]

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

_MAX_LISTED = 6
"""Most names a source line lists."""
_NAME_CONNECTORS = r"(?:of|the|de|da|del|der|van|von|and|für|la|le|du|al)"
_LISTED_NAME = regex.compile(
    rf"[\p{{Lu}}\d][\p{{L}}\p{{N}}'’.&/-]*(?:\s(?:{_NAME_CONNECTORS}\s)?[\p{{Lu}}\d][\p{{L}}\p{{N}}'’.&/-]*){{0,5}}"
)
_LIST_SPLIT = regex.compile(r"\s{0,3}(?:,|;|/|\s(?:and|&)\s)\s{0,3}")
_SOURCE = regex.compile(r"\(?(?i:sources?)\s{0,2}:\s{0,3}(?P<names>[^()\n\r]{1,160}?)\s{0,2}\)?\.?")
_COURTESY = regex.compile(
    r"(?:(?P<label>(?i:photos?|photographs?|images?|pictures?|videos?|footage))\s{1,2})?"
    r"(?i:courtesy)(?:\s{1,2}(?i:of))?\s{0,2}:?\s{1,3}(?P<names>[^()\n\r:]{2,120}?)\.?$"
)
_THE_NAME = regex.compile(r"^[Tt]he\s{1,2}(?=\p{Lu})")
_COURTESY_KIND: dict[str, AttributionKind] = {
    "video": "video",
    "footage": "video",
    "image": "image",
}
_CONTRIBUTED_BY = regex.compile(
    r"(?i:(?:this\s{1,3}(?:article|story|post|piece)\s{1,3}(?:was|has\s{1,3}been)\s{1,3})?"
    r"contributed\s{1,3}by)\s{1,3}(?P<names>[^\n\r]{2,120}?)(?:\.\s.{0,200})?\.?"
)
_OF_SITE = regex.compile(
    r"\s{1,3}(?:of|at|from)\s{1,3}(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}$"
)

_CREDIT_TO = regex.compile(r"(?i:credits?[ \u00a0]to)[ \u00a0]{1,3}(?P<names>[^\n\r]{2,100}?)\.?")
_IMAGE_LABEL = regex.compile(
    r"(?i:cover|main|top|featured|feature|header|lead|hero)[ \u00a0](?i:image|photo|picture)"
    r"(?:[ \u00a0]{0,2}:[ \u00a0]{0,2}(?P<caption>[^\n\r]{0,200}?)|[ \u00a0](?i:by|via)"
    r"[ \u00a0](?P<by>[^\n\r]{2,80}?))\.?"
)
_CAPTION_BY = regex.compile(
    r"(?:[ \u00a0](?i:by|via|courtesy[ \u00a0]of)[ \u00a0](?P<name>[^()\n\r]{2,80}?)"
    r"|[ \u00a0]\((?P<bracketed>[^()\n\r]{2,60})\))\.?$"
)
_LICENCE = regex.compile(
    r"(?i:content|material|this[ \u00a0](?:story|article))[ \u00a0](?i:created|produced|written)"
    r"[ \u00a0](?i:by)[ \u00a0](?P<names>[^\n\r]{2,80}?)[ \u00a0](?i:is|are)[ \u00a0]"
    r"(?i:available|free|licensed|offered)\b[^\n\r]{0,300}"
)
_STANDARDS = regex.compile(r"(?i:our[ \u00a0]standards)[ \u00a0]{0,2}:[ \u00a0]{0,2}[^\n\r]{2,120}")
_DESK = regex.compile(
    r"(?P<name>(?:\p{Lu}[\p{L}&.'’-]*[ \u00a0]){0,3}\p{Lu}[\p{L}&.'’-]*)[ \u00a0]"
    r"(?P<role>Staff(?:[ \u00a0]Reporters?|[ \u00a0]Writers?)?|(?:News[ \u00a0])?Desk|Bureau"
    r"|Correspondents?|Reporters?|News[ \u00a0](?:Service|Network))"
)

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
    """``Jane Roe, Acme Daily diplomatic correspondent`` or ``Jane Roe | Staff Writer``
    alone on a line: the writer."""
    if len(line) > _MAX_BYLINE:
        return None
    separator = "," if line.count(",") == 1 and "|" not in line else "|"
    if line.count(separator) != 1:
        return None
    name, role = (part.strip() for part in line.split(separator))
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


def _listed_names(text: str) -> list[str] | None:
    """The names of a list (``Acme Press, Harbour TV and Jane Roe``), or ``None`` when a
    piece is not a name."""
    names = [piece.strip(" .") for piece in _LIST_SPLIT.split(text.strip())]
    if not 1 <= len(names) <= _MAX_LISTED:
        return None
    if not all(name and _LISTED_NAME.fullmatch(name) for name in names):
        return None
    return names


def source_line(line: str) -> CreditForm | None:
    """``Source: Acme Press, Northport Wire`` alone on a line: the sources drawn on."""
    match = _SOURCE.fullmatch(line)
    if match is None or line.startswith("(") != line.rstrip(".").endswith(")"):
        return None
    names = _listed_names(match.group("names"))
    return ("other", names, True) if names else None


@cache
def _account_tail() -> regex.Pattern[str]:
    words: list[str] = lexicon.load("image_credits")["account_platforms"]["words"]
    platforms = "|".join(regex.escape(word) for word in words)
    return regex.compile(
        rf"(?:['’]s\s{{1,2}}(?:official\s{{1,2}})?(?:{platforms})"
        rf"(?:\s{{1,2}}(?:page|account|feed|profile|channel|story))?"
        rf"|\s{{1,2}}(?:via|on)\s{{1,2}}(?:{platforms}))$",
        regex.IGNORECASE,
    )


def courtesy_credit(line: str) -> tuple[int, AttributionKind, list[str]] | None:
    """``Photo courtesy of Jane Roe`` closing a line: where it starts, its kind and the
    names it credits. The credit must open the line or follow a caption word in another
    case (``… over the bay Courtesy of …``), so ``a courtesy of the house`` is prose."""
    for match in _COURTESY.finditer(line, overlapped=True):
        start = match.start()
        if start and (line[start - 1] != " " or not line[start].isupper()):
            continue
        # "Courtesy of Acme's Instagram page": the account's owner; "of the Harbour
        # Trust": the institution
        named = _account_tail().sub("", _OF_SITE.sub("", match.group("names")))
        names = _listed_names(_THE_NAME.sub("", named))
        if not names:
            return None
        label = (match.group("label") or "photo").casefold().rstrip("s")
        return start, _COURTESY_KIND.get(label, "photo"), names
    return None


def contributed_by(line: str) -> CreditForm | None:
    """``Contributed by Jane Roe of example.org.`` alone on a line: who supplied it."""
    match = _CONTRIBUTED_BY.fullmatch(line)
    if match is None:
        return None
    names = _listed_names(_OF_SITE.sub("", match.group("names").strip()))
    if not names:
        return None
    # "Jo Park of Acme Reports": the person supplied it; the outlet after "of" is theirs
    return "writing", [name.split(" of ", 1)[0] for name in names], False


def desk_byline(line: str) -> CreditForm | None:
    """``Acme Wire Staff`` or ``National Desk`` alone on a line: the staff who wrote it."""
    match = _DESK.fullmatch(line)
    if match is None or match.group("name").casefold() in {"the", "our", "news"}:
        return None
    if match.group("role").startswith("Staff"):
        return "writing", [match.group("name")], True
    return "writing", [line], True


def credit_to(line: str) -> CreditForm | None:
    """``Credit to Example Wire`` alone on a line: the source the piece thanks."""
    match = _CREDIT_TO.fullmatch(line)
    names = _listed_names(match.group("names")) if match is not None else None
    return ("other", names, True) if names else None


def image_label(line: str) -> CreditForm | None:
    """``Cover image: an artist's impression …`` alone on a line: an image credit, with
    the party it names after ``by``/``via`` or in closing brackets, if any."""
    match = _IMAGE_LABEL.fullmatch(line)
    if match is None:
        return None
    if match.group("by") is not None:
        names = _listed_names(match.group("by"))
        return ("image", names, False) if names else None
    credited = _CAPTION_BY.search(match.group("caption") or "")
    if credited is None:
        return "image", [], False
    names = _listed_names(credited.group("name") or credited.group("bracketed"))
    return "image", names or [], False


def licence_notice(line: str) -> CreditForm | None:
    """A licence or standards notice alone on a line: ``Content created by the Example
    Foundation is available without charge …``, ``Our Standards: …``."""
    match = _LICENCE.fullmatch(line)
    if match is not None:
        name = match.group("names")
        name = name[4:] if name.casefold().startswith("the ") else name
        names = _listed_names(name)
        return "other", names or [], True
    if _STANDARDS.fullmatch(line):
        return "other", [], True
    return None
