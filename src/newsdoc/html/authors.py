"""A page's authors: one name per person, and where the names were read.

Sources, the first that names a person wins, else the first that names an
organisation or agency (the recorded ``source`` in brackets):

1. JSON-LD ``author`` of the article object (a ``Person`` or ``Organization``, a name
   string, or an array of them; ``@graph`` and nesting followed, and a bare ``@id``
   looked up in the graph) [``json-ld``];
2. ``<meta name="author">``, ``article:author`` (when not a URL), ``parsely-author``,
   ``sailthru.author``, ``dc.creator`` [``meta:<name>``];
3. ``rel="author"`` links [``rel-author``];
4. microdata ``itemprop="author"`` (its ``itemprop="name"`` when it has one) [``microdata``];
5. byline elements: class or id naming a byline or an author [``byline``].

Each value is split into one name per person: on ``,``, ``;``, ``|``, ``/``, ``&``,
``and``, ``und``, ``et``, ``y``, ``e``, ``i``, ``и``, ``、``. Labels are dropped (``By``,
``Von``, ``Par``, ``Por``, ``Door``, ``Av``, ``Text:``, ``Autor:``, ``Текст:``), and so are
initials or roles in brackets (``Ann Roe (aro)``), role words (``Ann Roe, reporter``), and
e-mail addresses. A news agency (``dpa``, ``AFP``, ``Reuters`` …, by the agency lexicon)
is no author: it becomes a ``wire`` credit. A publisher or site (``Example Times GmbH``,
``example.de``, ``Redaktion``, the page's ``og:site_name``) is an author only when no
person is named, and is then an ``organization``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from newsdoc import lexicon
from newsdoc.agencies import canonical_agency
from newsdoc.html.decode import element_text, spaced_text
from newsdoc.html.references import json_ld_references, resolve_reference
from newsdoc.html.titles import (
    DOMAIN,
    is_domain,
    named_sites,
    site_key,
    site_keys,
    title_parts,
    unescaped,
)
from newsdoc.models import Party
from newsdoc.options import ParseOptions
from newsdoc.parsers.language_credits import name_list_split

__all__ = ["PageAuthors", "page_authors"]

_MAX_NAME_WORDS = 5
"""Most words of one author's name; more is a sentence."""
_MAX_BYLINE = 160
"""Longest byline element read."""
_MAX_BYLINE_ELEMENTS = 20
"""Byline elements read before giving up."""

_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")


_CREDIT_WORDS = lexicon.load("agencies")["credit_words"]
_LABEL = regex.compile(
    r"^\s*(?:(?i:(?:(?:analysis|opinion|commentary|review|text|story|written|reporting)"
    r"\s+)?by|"
    + "|".join(regex.escape(word) for word in _CREDIT_WORDS["byline_labels"])
    + r")\b\s*:?\s*|(?:"
    + "|".join(regex.escape(word) for word in _CREDIT_WORDS["byline_prefixes"])
    + r")\s+(?=\p{Lu})|^\s*(?:"
    + "|".join(regex.escape(word.lower()) for word in _CREDIT_WORDS["byline_prefixes"])
    + r")\s+(?=\p{Lu}\S*\s+\S))+"
)
"""A byline's label; ``Von``, ``Par`` … capitalised and before a capital, so the
particle of ``von der Leyen`` stays; in lower case only opening the byline before a
name of two words or more (``von Jana Roe``; ``de Souza`` stays)."""
_GLUED_DAY = regex.compile(
    r"(?<=\p{Ll})(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
"""A weekday glued to the name before it by a flattened byline (``Jo ParkMonday``)."""


@cache
def _byline_end() -> regex.Pattern[str]:
    """Where a byline element's names end: its date (with the weekday or month words
    opening it: ``Jo Park Monday, March 3, 2024``), time, separator or follow prompt."""
    calendar = "|".join(regex.escape(word) for word in sorted(_calendar_words(), key=len)[::-1])
    return regex.compile(
        rf"(?:\s+(?i:{calendar})\.?,?){{0,2}}\s*\d.*$"
        r"|\s*(?:\||\s[-–—]\s|\s(?i:on|updated|posted|published|follow|am|um|le)\s"
        r"|\s(?i:follow)$).*$"
    )


_HANDLE_TAIL = regex.compile(r"@\w+$")
_OUTLET_STOP = regex.compile(r"(?<=\s\p{Lu}\p{Ll}{2,})\.\s+(?=\p{Lu})")
"""A full stop between a full name and the outlet after it (``Jo Park. Example Wire``);
an initial's (``Jo A. Park``) or a title's (``Mrs. Park``) is none."""
_SITE_TAIL = regex.compile(rf"(?<=\p{{L}})\s+{DOMAIN}$")
"""The site's domain printed after the name by a byline widget (``Jo Park example.com``)."""
_NOT_IN_NAME = regex.compile(r"[\d()=<>{}@#©]")
_CREDENTIAL = regex.compile(r"\p{Lu}{2,4}")
"""A degree or credential after a name (``MS``, ``RD``, ``PhD`` in capitals)."""
_BRACKETED = regex.compile(r"\s*[(\[][^()\[\]]{0,40}[)\]]")
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_BYLINE_CLASS = regex.compile(r"(?i)byline|(?<![a-z])author(?:s|-?name)?(?![a-z])|autor|auteur")
"""A byline's class or id; ``_`` and ``-`` part its words (``by_author``, ``info__authors``)."""
_PICTURE_LABEL = regex.compile(r"(?i)(?:photo|foto|picture|image|bild)s?\b")
"""A picture credit in an author field (``Photo by: Acme Wire``), no writer's byline."""
_BARE_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’.-]+)){1,3}")
"""A name alone in a byline element (``Jo Park``, ``Ana B. Roe``, ``Jo St. Cyr``)."""
_NOT_BYLINE_CLASS = regex.compile(r"(?i)bio|avatar|image|img|photo|comment|related|follow")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("agencies")
    roles = frozenset(word.casefold() for word in data["credit_words"]["byline_roles"])
    organisation = frozenset(word.casefold() for word in data["organization_words"]["words"])
    publisher = frozenset(word.casefold() for word in data["credit_words"]["publisher_words"])
    return roles, organisation, publisher


@cache
def _placeholders() -> frozenset[str]:
    words: list[str] = lexicon.load("agencies")["credit_words"]["byline_placeholders"]
    return frozenset(word.casefold() for word in words)


@dataclass
class PageAuthors:
    """The authors a page names, where they were read, and the agencies among them."""

    names: list[str] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    source: str | None = None
    agencies: list[tuple[str, Party]] = field(default_factory=list)
    """Agencies named as authors, as printed and as a party, for wire credits."""


def _json_names(
    value: Any, references: dict[str, dict[str, Any]] | None = None
) -> list[tuple[str, bool]]:
    """(name, is an organisation) for a JSON-LD ``author`` value; a bare ``@id`` is
    looked up in ``references`` (:func:`~newsdoc.html.references.json_ld_references`)."""
    if isinstance(value, list):
        return [entry for item in value for entry in _json_names(item, references)]
    if references:
        value = resolve_reference(value, references)
    if isinstance(value, dict):
        kinds = value.get("@type") or ""
        kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds)
        organisation = "organization" in kinds.casefold()
        return [(name, organisation) for name, _ in _json_names(value.get("name"))]
    if isinstance(value, str) and value.strip() and "://" not in value:
        return [(value, False)]
    return []


def _candidates(
    root: Any, nodes: Sequence[dict[str, Any]], metas: dict[str, str]
) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Each source's raw author values, in the order of the module docstring."""
    found: list[tuple[str, list[tuple[str, bool]]]] = []
    references = json_ld_references(nodes)
    for node in nodes:
        if "author" in node:
            found.append(("json-ld", _json_names(node.get("author"), references)))
            break
    for name in _AUTHOR_METAS:
        value = metas.get(name, "")
        if value and "://" not in value:
            found.append((f"meta:{name}", [(value, False)]))
    links = [element_text(link) for link in root.xpath('//a[@rel="author"]')]
    found.append(("rel-author", [(text, False) for text in links if text]))
    microdata: list[tuple[str, bool]] = []
    for element in root.xpath('//*[@itemprop="author"]'):
        named = element.xpath('.//*[@itemprop="name"]')
        value = str((named[0].get("content") or element_text(named[0])) if named else "")
        value = value or str(element.get("content") or "") or element_text(element)
        if value:
            microdata.append((value, "organization" in (element.get("itemtype") or "").lower()))
    found.append(("microdata", microdata))
    found.append(("byline", _byline_values(root)[:1]))
    return found


def _byline_elements(root: Any) -> list[Any]:
    """Elements whose class or id names a byline or an author, in document order. One
    holding others gives way to them (``<div class="author-box"><p class="byline">By Jo
    Park</p> Archive · RSS</div>``), unless they are a list of like elements, one per
    author (``<span class="authors"><a class="author">Jo Park</a>, <a
    class="author">Ana Roe</a></span>``), for which it stands."""
    elements: list[Any] = []
    for element in root.iter():
        hint = _hint(element)
        if not hint or not _BYLINE_CLASS.search(hint) or _NOT_BYLINE_CLASS.search(hint):
            continue
        elements.append(element)
        if len(elements) >= _MAX_BYLINE_ELEMENTS:
            break
    chosen = set(elements)
    for element in elements:
        inner = [other for other in elements if other is not element and _inside(other, element)]
        if not inner:
            continue
        top = [other for other in inner if not any(_inside(other, outer) for outer in inner)]
        if len(top) > 1 and len({(other.tag, other.get("class")) for other in top}) == 1:
            chosen.difference_update(inner)  # a list of like elements, one per author
        else:
            chosen.discard(element)
    return [element for element in elements if element in chosen]


def _hint(element: Any) -> str:
    """An element's class and id, the words that may say it is a byline."""
    return " ".join(str(v) for v in (element.get("class"), element.get("id")) if v)


def _inside(element: Any, outer: Any) -> bool:
    return any(ancestor is outer for ancestor in element.iterancestors())


def _byline_values(root: Any) -> list[tuple[str, bool]]:
    """The names text of each byline element that may name its author: labelled (``By
    Jo Park``), in an author-classed element, or a bare name (``<li class="byline">Jo
    Park</li>``); a label alone (``<span class="byline-tag">By</span>``) and a picture's
    credit (``Photo by: Acme Wire``) are none."""
    values: list[tuple[str, bool]] = []
    for element in _byline_elements(root):
        text = spaced_text(element)
        if not text or len(text) > _MAX_BYLINE or _PICTURE_LABEL.match(text):
            continue
        label = _LABEL.match(text)
        labelled = label is not None and label.end() > 0
        names = _byline_end().sub("", _LABEL.sub("", text))
        if names and (
            labelled or "author" in _hint(element).casefold() or _BARE_NAME.fullmatch(names)
        ):
            values.append((names, False))
    return values


def _pieces(value: str) -> list[str]:
    """One name per person in an author value (see the module docstring)."""
    value = _EMAIL.sub(" ", _BRACKETED.sub("", unescaped(value)))
    value = _LABEL.sub("", value)
    names: list[str] = []
    for piece in (
        part for chunk in name_list_split().split(value) for part in _OUTLET_STOP.split(chunk)
    ):
        piece = _SITE_TAIL.sub("", _HANDLE_TAIL.sub("", _LABEL.sub("", piece)))
        piece = piece.strip(" .:-–—")
        if piece:
            names.append(" ".join(piece.split()))
    return names


@cache
def _calendar_words() -> frozenset[str]:
    words: list[str] = lexicon.load("agencies")["credit_words"]["not_byline_words"]
    return frozenset(words)


def _dated(piece: str) -> bool:
    """Whether a piece is (part of) a date: a month or weekday name in it."""
    return any(word.casefold().strip(".,") in _calendar_words() for word in piece.split())


def _is_name(piece: str, roles: frozenset[str], options: ParseOptions) -> bool:
    """Whether a piece can be an author: a few words, no digits or code, not a role
    phrase (``AP Auto Writer``, ``Contributing Writer``) nor a credential (``MS``)."""
    words = piece.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or _NOT_IN_NAME.search(piece):
        return False
    if not any(char.isalpha() for char in piece):
        return False
    last = words[-1].casefold()
    if last in roles or last.split("-")[0] in roles or last.rstrip("s") in roles:
        return False
    return not (
        len(words) == 1
        and _CREDENTIAL.fullmatch(piece)
        and canonical_agency(piece, options) is None
    )


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(_CREDIT_WORDS["post_nominals"])


def _without_post_nominals(piece: str) -> str:
    """``piece`` without the degrees and credentials after the name (``Jane Roe MD``,
    ``Jan Roe PhD RN``); a name is left at least two words long."""
    words = piece.split()
    kept = len(words)
    while kept > 2 and words[kept - 1].casefold().rstrip(",") in _post_nominals():
        kept -= 1
    return " ".join(words[:kept]) if kept < len(words) else piece


@cache
def _particles() -> frozenset[str]:
    return frozenset(_CREDIT_WORDS["connectors"])


def _person_like(piece: str) -> bool:
    """Whether a piece reads as a person's name: each word has a capital (``Ann
    deRoe``), is a particle (``Jan van Roe``) or is in a script without case. A
    lower-case word opening it is a user name (``admin``); one inside it is a
    description (``The port and city authorities``, the author of a claim a page checks)."""
    return not piece[0].islower() and all(
        word in _particles() or not word.islower()  # an uncased word is not lower case
        for word in piece.split()
    )


def _names_site(piece: str, sites: set[str], hosts: set[str]) -> bool:
    """Whether a piece is the site's name, the start of it (``Example Insider`` on a site
    named ``Example Insider Deutschland``) or the site's name and a desk (``Example
    Business``); a one-word piece may also be the name the host gives (``Examplenews`` on
    ``examplenews.com``; a writer's own site may carry a full name)."""
    key = site_key(piece)
    words = piece.split()
    if key in sites or (len(words) == 1 and piece[:1].isupper() and key in hosts):
        return True
    if len(words) > 1 and any(site.startswith(key) for site in sites):
        return True
    return any(site_key(" ".join(words[:count])) in sites for count in range(1, len(words)))


def _outlet_after_name(pieces: list[str], number: int) -> bool:
    """Whether the piece at ``number`` is one title-case word after a full name in the
    same author value: the outlet the writer works for (``Jo Park, Examplism``)."""
    piece = pieces[number]
    return (
        number > 0
        and " " not in piece
        and piece[:1].isupper()
        and not piece.isupper()
        and len(pieces[number - 1].split()) > 1
    )


def page_authors(
    root: Any,
    nodes: Sequence[dict[str, Any]],
    metas: dict[str, str],
    options: ParseOptions,
    url: str | None = None,
) -> PageAuthors:
    """The page's authors (see the module docstring); ``nodes`` are its JSON-LD objects,
    best first, ``metas`` its meta tags by lower-case name and ``url`` its address."""
    roles, organisation_words, publisher_words = _words()
    sites = named_sites(metas, nodes)
    hosts = site_keys(metas, nodes, url) - sites
    title = metas.get("og:title") or element_text(next(iter(root.iter("title")), None))
    parts = title_parts(title) if title else []
    if len(parts) > 1:  # "… | Example Insider": the site names itself in its titles
        sites.add(site_key(parts[-1]))
    fallback = PageAuthors()
    for source, values in _candidates(root, nodes, metas):
        people: list[str] = []
        organisations: list[str] = []
        agencies: list[tuple[str, Party]] = []
        for value, declared_organisation in values:
            pieces = _pieces(value)
            for number, piece in enumerate(pieces):
                piece = _without_post_nominals(_GLUED_DAY.sub("", piece))
                if not _is_name(piece, roles, options) or _dated(piece):
                    continue
                if all(word.casefold() in _placeholders() for word in piece.split()):
                    continue  # "Posts", "Bio": an author box's links, "Guest": no one
                agency = canonical_agency(piece, options)
                if agency is not None:
                    agencies.append((piece, Party(name=agency, kind="agency")))
                    continue
                words = {word.casefold().strip(".,") for word in piece.split()}
                first = piece.split()[0]
                if (
                    declared_organisation
                    # "ACN Business": a desk of an agency or outlet printed in capitals
                    or (first.isupper() and canonical_agency(first, options) is not None)
                    or is_domain(piece)
                    or _names_site(piece, sites, hosts)
                    or _outlet_after_name(pieces, number)
                    or words & publisher_words
                    or words & organisation_words
                ):
                    organisations.append(piece)
                elif _person_like(piece):
                    people.append(piece)
        if people:
            names = list(dict.fromkeys(people))
            return PageAuthors(
                names=names,
                parties=[Party(name=name, kind="person") for name in names],
                source=source,
                agencies=agencies or fallback.agencies,
            )
        if (organisations or agencies) and not (fallback.names or fallback.agencies):
            # "Example Times" or "AFP" as JSON-LD author: the first such source stands
            # only if no later one names a person ("By Jane Roe" in the byline)
            names = list(dict.fromkeys(organisations))
            fallback = PageAuthors(
                names=names,
                parties=[Party(name=name, kind="organization") for name in names],
                source=source if names else None,
                agencies=agencies,
            )
    return fallback
