"""Credit lines: who supplied, photographed, reported, edited or owns the copy.

Each credited role becomes one :class:`~newsdoc.models.Attribution`; the parser claims
its span, so the credit never turns into a paragraph. A credit on its own line spans the
whole line (without surrounding blanks); one inside a caption or paragraph spans just
the credit. Parties are normalised: agencies by the lexicon (``Associated Press`` →
``AP``, ``Getty`` → ``Getty Images``), people and other organisations as printed.

Handled, by kind:

* ``wire``: ``(With ANI input)``, ``(With inputs from PTI)``, ``(With agency inputs)``,
  ``With inputs from Reuters`` on its own line, ``-PTI`` / ``— IANS`` / ``(IANS)`` ending a
  paragraph, a bare ``PTI`` after the last sentence or on its own line, ``(Agencies)``.
* ``photo``: ``(AP Photo/Jane Roe)``, ``(AP Photo/Studio X, Jane Roe, File)``,
  ``(Photo: Reuters/Jane Roe)``, ``Photo: Reuters``, ``Photograph: Jane Roe/AFP``,
  ``Photo by Jane Roe on Unsplash``, ``REUTERS/Jane Roe`` or ``Jane Roe/Getty Images``
  ending a caption, ``Mandatory Credit: Jane Roe-USA TODAY Sports - RTR1AB2C``.
* ``image``: ``(Image: ANI/AP)``, ``Main image credit: Getty``,
  ``Featured image via Jane Roe/Getty Images`` (also glued to the previous sentence),
  ``(Screenshot: YouTube)``, ``Illustration by Jane Roe``.
* ``video``: ``Video: Reuters``, ``(Video courtesy of Jane Roe)``.
* ``reporting`` / ``editing`` / ``writing``: ``(Reporting by Jane Roe; Editing by Tom Poe)``,
  ``Reporting by A in Paris; Additional reporting by B; Writing by C; Editing by D``
  (one item per role, every party of that role), ``By Jane Roe`` byline lines,
  ``Follow Jane Roe on Twitter @handle`` taglines, a writer's line with outlet and
  desk (``Jane Roe, Acme Daily diplomatic correspondent``), and contribution lines
  (``Acme News' Jo Park contributed to this report.``, also closing the last paragraph,
  see :mod:`newsdoc.parsers.contribution_lines`; an agency among them is ``wire``).
* ``copyright``: ``© Reuters``, ``© 2022 Reuters``, ``Copyright 2022 The Associated Press.
  All rights reserved. This material may not be published, …``.
* ``other``: syndication and licensing notices (``This story has not been edited by
  Example Times staff and is auto-generated from a syndicated feed.``, ``This article was
  originally published on Example Review.``), review notices (``Medically reviewed by …``,
  ``Written or reviewed by a physician. See Example's Review Board.``) and bare editor
  initials closing the article (``op``, ``ab/cd``), and outlet tags in square brackets on
  a line of their own (``[Acme Daily]``, see :mod:`newsdoc.parsers.credit_lines`).

Deliberately skipped:

* attribution in prose: ``Reuters reported``, ``according to AFP``, ``told the Associated
  Press``, ``a photo by the agency shows``;
* captions without a credit, and labels followed by caption prose (``Photo: Protesters
  march in Paris on Monday``);
* agency datelines ``WASHINGTON (Reuters) -``: the dateline parser (order 200) claims
  them together with their wire credit, and credits inside embedded posts are claimed by
  the social-post parser; this parser only reads free text;
* ``Follow us on Twitter`` and other page furniture;
* a bracketed link to a graphic, ``(Graphic: Fuel prices in 2026 - here)``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise

import regex

from newsdoc import lexicon
from newsdoc.agencies import agency_aliases, agency_pattern, agency_type, canonical_agency
from newsdoc.document import Document
from newsdoc.models import Attribution, AttributionKind, DateHeader, Party, Span, build
from newsdoc.options import ParseOptions
from newsdoc.parsers.caption_widgets import WIDGET_GATE, widget_credits
from newsdoc.parsers.contribution_lines import contribution_sentence
from newsdoc.parsers.credit_lines import (
    bracketed_tag,
    contributed_by,
    courtesy_credit,
    credit_to,
    desk_byline,
    image_label,
    licence_notice,
    role_byline,
    source_line,
)
from newsdoc.parsers.language_credits import (
    foreign_byline,
    is_source_label,
    name_list_split,
    picture_label,
    with_agencies,
)
from newsdoc.pipeline import ORDER_CREDITS, Item

__all__ = [
    "CreditParser",
    "closes_company_name",
    "is_company_suffix",
    "is_contributor",
    "lower_case_agency",
]

# Lower-case substrings a line must contain before the matching rule's patterns run.
_LABEL_GATE = (
    "photo", "pic", "image", "screen", "video", "footage", "illustrat", "graphic",
    "composite", "credit", "courtesy",
)  # fmt: skip
_ROLE_GATE = (
    "report", "edit", "writ", "compil", "graphic", "research", "check", "transla", "words",
    "story", "posted",
)  # fmt: skip
_NOTICE_GATE = ("feed", "auto")
_LISTED_GATE = (
    "source", "courtesy", "contributed by", " staff", " desk", " bureau", "credit to",
    " image", " photo", " picture", "created by", "produced by", "written by", "standards",
    " correspondent", " reporter", " news service", " news network",
)  # fmt: skip
# The words a notice or review line opens with (after "(", "*" and blanks), case-folded:
# a short line opening otherwise cannot match _NOTICE or _REVIEWED.
_NOTICE_OPENERS = (
    "disclaimer", "editor", "note", "this", "the", "a", "originally", "republished",
    "reprinted", "reproduced", "medically", "clinically", "written", "reviewed", "fact",
    "verified",
)  # fmt: skip
_NOTICE_INITIALS = frozenset(" \t(*" + "".join(word[0] for word in _NOTICE_OPENERS))
"""What a line opening as a notice starts with (see ``_opens_notice``)."""
_COPYRIGHT_OPENERS = ("©", "ⓒ", "c)", "copyright")
"""What the head (see ``_head``) of a copyright line opens with; the head has lost its
opening bracket, so ``(c)`` opens as ``c)``."""
_COPYRIGHT_MARKS = ("©", "ⓒ", "(c)", "copyright")
"""What a copyright notice opens with, lower-cased, wherever it stands in a line."""
_AFTER_SENTENCE = frozenset('.!?。！？」』”"’)')
"""What ends the sentence before a copyright notice closing its line."""
_TAIL_OWNER_WORDS = 8
"""The most words a copyright notice closing a line of prose may name."""
_HEAD_OPENERS = (*_COPYRIGHT_OPENERS, "by", "follow")
_LANGUAGE_LINE = 200
"""The longest line read for a credit label or byline in another language: a byline, a
credit line, or a short caption closed by its credit."""
_PICTURE_LABELS = lexicon.word_set("image_credits", "labels")
_SUPPLIED = frozenset(
    word.casefold() for word in lexicon.load("agencies")["supplied_marks"]["words"]
)
"""A credit body that says only that the picture was supplied (``Photo: Supplied``)."""
_WITH_INITIALS = frozenset(
    letter
    for word in lexicon.load("agencies")["credit_words"]["with_words"]
    for letter in (word[0], word[0].upper())
)
"""What a line opens with when it may be a "with" credit alone (``Mit Material von dpa``)."""
_IMAGE_WORDS = lexicon.word_set("image_credits", "image_words")
"""Label words that credit an image (an illustration, a graphic) rather than a photo."""
"""What the head of a copyright, byline or follow line opens with."""
_HEAD_INITIALS = frozenset(" \t\u00a0(*©ⓒcbf")
"""What a lower-cased line starts with when its head opens with one of ``_HEAD_OPENERS``."""
_SHORT_NOTICE_GATE = (
    "publish", "appeared", "reprint", "reproduc", "review", "checked", "verified", "adapted",
)  # fmt: skip

_WORDS = lexicon.load("agencies")["credit_words"]
_CONNECTORS = frozenset(_WORDS["connectors"])
_MONTHS_DAYS = frozenset(_WORDS["not_byline_words"])
_NOT_NAMES = frozenset(_WORDS["pronouns"])
_MODIFIERS = frozenset(_WORDS["label_modifiers"])
_INITIAL_WORDS = frozenset(_WORDS["not_initials"])
_NOT_BEFORE_CAPTION_AGENCY = frozenset(_WORDS["words_before_no_caption_agency"])
"""Words after which an agency in capitals is the object of prose (``talks with the
AP``), not a caption's credit."""

_PIECE_SPLIT = regex.compile(
    r"\s{0,3}(?:/|;|,|\||\s(?:via|for|from|on)\s|\s[-–—]\s)\s{0,3}", regex.IGNORECASE
)
_AND_SPLIT = regex.compile(r"\s{1,3}(?:and|&)\s{1,3}", regex.IGNORECASE)
"""``and`` between two credited names, except inside a name opened by ``The`` (``The
Globe and Anchor``, an outlet)."""
_NAME_SPLIT = regex.compile(r"\s{0,3}(?:,|\s(?:and|&)\s|&)\s{0,3}")
_INNER_LABEL = regex.compile(r"^(?i:acknowledge?ments?|sources?)\s{0,2}:\s{0,2}")
"""A second label inside a credit: ``ESA/NASA, Acknowledgement: Jo Park``."""
_LICENCE_TAIL = regex.compile(r"\s(?:cc|CC(?:[ -]BY(?:-[A-Z]{2}){0,3}(?:\s\d\.\d)?)?)$")
"""A Creative Commons licence after the credited name: ``Jo Park via Example cc``."""
_ID_CODE = regex.compile(r"^\(?(?=[A-Za-z]{0,12}\d)[A-Za-z0-9]{5,14}\)?$")
_POSSESSIVE = regex.compile(r"(?<=\w)['’]s\b")
_TRIM = " \t\u00a0.,;:()[]{}'\"“”‘’*-–—|"

_LABEL_WORDS = (
    r"photo\s{1,2}illustration|photo(?:graph)?s?|pictures?|pics?|images?|screenshots?"
    r"|screen\s?grabs?|videos?|footage|illustrations?|graphics?|composites?|credits?|courtesy"
)
_LABELLED = regex.compile(
    rf"(?P<label>(?i:{_LABEL_WORDS})(?:\s{{1,2}}(?i:credits?|courtesy|source))?)"
    r"(?P<sep>\s{0,2}(?::|/|©)|\s{1,2}(?i:by|via|courtesy(?:\s{1,2}of)?|from|credit|©))\s{0,2}"
    r"(?P<body>[^()\n\r]{1,160})(?P<close>\))?"
)
_LABEL_KIND: dict[str, AttributionKind] = {
    "photo": "photo",
    "photograph": "photo",
    "photographs": "photo",
    "photos": "photo",
    "picture": "photo",
    "pictures": "photo",
    "pic": "photo",
    "pics": "photo",
    "credit": "photo",
    "credits": "photo",
    "courtesy": "photo",
    "video": "video",
    "videos": "video",
    "footage": "video",
}

_WITH_INPUTS = regex.compile(
    r"(?P<open>\(\s{0,2})?[-–—]?\s{0,2}"
    r"(?P<body>(?i:with\s{1,3}[^()\n\r]{0,80}?\binputs?\b[^()\n\r]{0,80}"
    r"|(?:agency\s{1,3})?inputs?\s{0,2}(?:from|by|:)\s{0,2}[^()\n\r]{1,80}))(?P<close>\))?"
)
_INPUT_FILLER = regex.compile(
    r"(?i)\b(?:with|inputs?|from|by|agency|agencies|wires?|news\s+agencies|other|the|our)\b|:"
)

_ROLE = regex.compile(
    r"(?i:(?:and\s{1,3}|with\s{1,3})?(?P<role>(?:additional|further|contributing|extra)?\s{0,3}"
    r"(?:reporting|editing|writing|written|edited|reported|compiled|graphics?|photography"
    r"|research|fact[- ]?checking|translation|translated|words|story|posted)"
    r"(?:\s{1,3}and\s{1,3}\w{1,12})?)"
    r"\s{1,3}by)(?::\s{0,3}|\s{1,3})(?P<names>.{1,200})"
)
_ROLE_IN_PARENS = regex.compile(
    r"\(\s{0,2}(?i:(?:additional\s{1,3})?(?:reporting|editing|writing|compiled)\s{1,3}by)"
    r"[^()\n\r]{1,300}\)"
)
_ROLE_PARTS = regex.compile(
    r"\s{0,3}(?:;|\||\.\s{1,3}(?=(?i:(?:additional\s{1,3})?(?:reporting|editing|writing)\s)))"
    r"\s{0,3}"
)
_ROLE_KIND: dict[str, AttributionKind] = {
    "reporting": "reporting",
    "reported": "reporting",
    "research": "reporting",
    "editing": "editing",
    "edited": "editing",
    "factchecking": "editing",
    "fact-checking": "editing",
    "fact checking": "editing",
    "writing": "writing",
    "written": "writing",
    "compiled": "writing",
    "words": "writing",
    "story": "writing",
    "posted": "writing",
    "graphic": "image",
    "graphics": "image",
    "photography": "photo",
}
_ROLE_LABEL = regex.compile(
    r"(?i:(?P<role>(?:additional[ \u00a0])?(?:reporting|editing|writing|written|edited|reported"
    r"|compiled|photography|research|translated|translation))[ \u00a0]by)[ \u00a0]{0,2}:?"
)
_ROLE_LABEL_LONGEST = 40
"""Longest line read as a role label waiting for its names on the next line."""
_PLACE_TAIL = regex.compile(r"\s{1,3}(?:in|from|at)\s{1,3}\p{Lu}.{0,60}$")

_BYLINE = regex.compile(r"(?:By|BY|by)(?::\s{0,2}|\s{1,3})(?P<rest>.{2,150})")
_BYLINE_SPLIT = regex.compile(r"\s{0,3}(?:,|\||\s[-–—/]\s)\s{0,3}")
_FOLLOW = regex.compile(
    r"Follow\s{1,3}(?P<name>[^\n\r@]{1,60}?)\s{1,3}on\s{1,3}"
    r"(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|LinkedIn|TikTok)\b"
)
_TAGLINE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30}){1,3})\s{1,3}(?:is|was)"
    r"\s{1,3}(?:a|an|the)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,4}?"
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer"
    r"|photographer|author)\b"
)

_COPYRIGHT = regex.compile(
    r"(?:[©ⓒ]|\([cC]\)|(?i:copyright)\b)(?:\s{0,3}(?:[©ⓒ]|\([cC]\)|Copyright\b))?"
    r"(?:\s{1,3}(?i:by)\b\s{0,2}:?|\s{0,2}:)?"  # "Copyright by: Jo Park", "Copyright: Acme"
    r"[\s,]{0,3}(?:\d{4}(?:\s{0,2}[-–]\s{0,2}\d{2,4})?[\s,]{0,3})?"
)
_OWNER_END = regex.compile(
    r"\s{0,3}(?:(?<!\b\p{Lu})\.\s|\.$|,|\||;|\s(?i:all\s+rights)|\s\d{4}\b|$)"
)
"""Where a copyright owner's name ends; an initial's full stop (``Jo P. Park``) does not."""
_RIGHTS = regex.compile(r"(?i)all\s{1,3}rights\s{1,3}reserved")

_SYNDICATION = regex.compile(
    r"(?i)syndicated\s{1,3}feed|agency\s{1,3}feed|wire\s{1,3}feed|auto-?generated|auto-?published"
)
_EDITED_BY_STAFF = regex.compile(r"(?i:edited\s{1,3}by)\s{1,3}(?P<outlet>.{1,60}?)\s{1,3}staff")
_NOTICE = regex.compile(
    r"(?:(?i:disclaimer|editor['’]?s\s{1,3}note|note)\s{0,2}:\s{0,3})?"
    r"(?i:(?:this|the)\s{1,3}(?:story|article|report|piece|post|interview|column|version)"
    r"|a\s{1,3}version\s{1,3}of\s{1,3}this\s{1,3}(?:story|article)|originally|republished"
    r"|reprinted|reproduced)"
    r"[^\n\r]{0,80}?(?i:originally\s{1,3}(?:published|appeared|ran)|first\s{1,3}"
    r"(?:published|appeared|ran)|(?:re)?published|reprinted|reproduced|syndicated|adapted)"
    r"(?:\s{1,3}(?i:with\s{1,3}(?:the\s{1,3})?permission))?"
    r"\s{1,3}(?i:on|in|by|at|from|of|with)\s{1,3}(?P<source>[^\n\r]{1,80})"
)
_NOTICE_WRITER = regex.compile(
    r"(?i:written|authored)\s{1,3}by\s{1,3}"
    r"(?P<names>\p{Lu}[^\n\r,;]{1,60}?)(?=\s{1,3}(?i:and\s{1,3}(?:was\s{1,3})?"
    r"(?:originally|first|re)|for|originally|first)\b|[,;.]|$)"
)
"""The writer a republication notice names: ``This article was written by Jo Park and
originally published at Example Review``, ``… written by Jo Park for Example Weekly``."""
_SOURCES_SPLIT = regex.compile(r"\s{1,3}/\s{1,3}")
"""Sources a notice names together: ``Example Review / Gold Desk``."""
_APPEARED_FIRST = regex.compile(
    r"(?i:the\s{1,3}post)\s[^\n\r]{1,200}?\s(?i:appeared\s{1,3}first\s{1,3}on)\s{1,3}"
    r"(?P<source>[^\n\r]{1,80}?)\s{0,3}\.?"
)
"""A blog feed's footer: ``The post Pier reopens appeared first on Example Daily.``"""
_REPRINTED = regex.compile(
    r"(?i:republished|reprinted|reproduced)(?:\s{1,3}(?i:here|in\s{1,3}full))?"
    r"\s{1,3}(?i:with\s{1,3}(?:the\s{1,3})?(?:kind\s{1,3})?permission)"
    r"\s{1,3}(?i:of|from)\s{1,3}(?P<source>[^\n\r]{1,80})"
)
"""``Republished with permission from Jo Park and Acme Law.``: a reprint notice whose
verb opens it."""
_REVIEWED = regex.compile(
    r"(?i:(?:medically\s{1,3}|clinically\s{1,3}|written\s{1,3}(?:and|or)\s{1,3})?"
    r"(?:reviewed|fact[- ]?checked|verified)\s{1,3}by)\s{1,3}(?P<by>[^\n\r]{1,200})"
)
_SEE = regex.compile(
    r"\b(?:See|see)\s{1,3}(?P<name>\p{Lu}[^\n\r.]{0,60}(?:\.\w{2,4}[^\n\r.]{0,60})?)"
)
_LINK_HERE = regex.compile(r"\s[-–—]\s{0,2}(?i:here|link)\s{0,2}$")
"""A label's body ending as a link (``… - here``): a pointer to a graphic or video, no
credit."""
_INITIALS = regex.compile(r"[a-z]{2,3}(?:[/,][a-z]{2,3}){0,3}")
_KEEP_DOT = regex.compile(r"(?:\b\p{L}|Jr|Sr|Inc|Co|Ltd)\.$")
_DOMAIN = regex.compile(r"\.(?:com|org|net|in|co|uk|gov)\b")
_NAME_BEFORE_DATE = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \u00a0]{1,3}))"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){1,3})"
    r"(?:[ \u00a0]{1,3}[|/–—-])?[ \u00a0]{1,3}$"
)
_CAPTION_LINE = 100
"""Longest line read as a caption that an agency in capitals may close without a stop."""
_SITE = regex.compile(r"(?:www\.)?[\p{L}\p{N}-]{2,63}(?:\.[\p{L}\p{N}-]{2,63}){0,2}\.[a-zA-Z]{2,6}")
_ADDRESS = regex.compile(
    r"(?:https?://)?(?:www\.)?[\p{L}\p{N}-]{2,63}(?:\.[\p{L}\p{N}-]{2,63}){0,2}\.[a-zA-Z]{2,6}"
    r"(?:/[\p{L}\p{N}_.~%-]{1,80}){0,4}/?"
)
"""A web address given as a picture's credit: ``example.com``, ``www.example.org/
jane.roe``, ``https://example.net/photos/harbour``; no query, which a link to a page or
a post carries."""
_ADDRESS_LABELS = frozenset(("photo", "photograph", "picture", "pic", "image", "credit"))
"""The first label words (singular) after which a web address credits a picture."""
_BLANKS = regex.compile(r"\s+")
_SENTENCE_BREAK = regex.compile(r"\.\s{1,3}(?=\p{Lu})")
_SENTENCE_GAP = regex.compile(r"[.!?]\s")
_LEADING_BY_THE = regex.compile(r"^(?:by|the)\s+", regex.IGNORECASE)
_SOURCE_END = regex.compile(r"[.,;(]\s|\s(?:under|and|with)\s|\.$")
_BY_END = regex.compile(r"[.,;(]\s|\.$|\s(?:on|at)\s")
_VIA = regex.compile(r"\s(?:via|for)\s")
_SENTENCE_END = frozenset('.!?"”’)]…')
_TAIL_BREAK = frozenset(" \t(-–—/")
_LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Where ``str.splitlines`` breaks lines."""


@dataclass(frozen=True)
class _Credit:
    start: int
    end: int
    kind: AttributionKind
    parties: tuple[Party, ...]


@cache
def _supplied_tail() -> regex.Pattern[str]:
    """A slash credit's last part saying those named supplied the picture (see
    ``supplied_marks`` in ``lexicon/agencies.json``)."""
    words: list[str] = lexicon.load("agencies")["supplied_marks"]["words"]
    marks = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(rf"/\s{{0,2}}(?:{marks})\s*\)?$", regex.IGNORECASE)


@cache
def _organization_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("agencies")
    words = frozenset(word.casefold() for word in data["organization_words"]["words"])
    platforms = frozenset(word.casefold() for word in data["organization_words"]["platforms"])
    # a "supplied" mark names no one either: "Jane Roe/Submitted photo"
    marks = data["credit_fillers"]["words"] + data["supplied_marks"]["words"]
    fillers = frozenset(word.casefold() for word in marks)
    return words, platforms, fillers


def _is_agency(text: str, options: ParseOptions) -> bool:
    """Whether ``text`` is exactly one agency name in a form it is printed in."""
    return agency_pattern(options).fullmatch(text) is not None


def _name_like(piece: str, max_tokens: int = 6) -> bool:
    """Whether ``piece`` reads as a name: a few capitalised words (connectors allowed)."""
    tokens = piece.split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    capitals = 0
    for index, token in enumerate(tokens):
        word = token.strip("\"'“”‘’()")
        if not word:
            return False
        if ":" in word or (word.endswith(".") and len(word) > 4 and "." not in word[:-1]):
            return False  # a sentence ends inside the piece
        first = word[0]
        if first.isupper() or first.isdigit():
            capitals += 1
        elif first == "@" or word.casefold() in _CONNECTORS:
            continue
        elif not (capitals and index == len(tokens) - 1 and closes_company_name(word)):
            return False
    return capitals > 0


_SHARER = regex.compile(r"(?P<user>[\p{Ll}\d][\p{L}\p{N}_.-]{1,39})\s{1,3}via\s{1,3}\p{Lu}")
"""A photo sharer's user name before the site it was shared on: ``jdoe via Flickr cc``,
``ana_roe via Example``. User names are often lower case, which no other name is."""


_LABELLED_NAME_WORDS = 8
"""The longest name a credit label's body may give: a label vouches for what follows,
so a body may name a whole office (``Photo credit: Commander-in-Chief of the Armed
Forces of Ruritania``)."""


def _credited_name(piece: str, body: str, options: ParseOptions) -> bool:
    """Whether a piece of a credit label's body names a party: a name
    (:func:`_name_like`), an agency however it is cased (``iStock``), or the user name
    opening a ``user via Site`` or ``user/Agency`` body."""
    if _name_like(piece, _LABELLED_NAME_WORDS) or _is_agency(piece, options):
        return True
    if lower_case_agency(piece, options):
        return True
    sharer = _SHARER.match(body)
    if sharer is not None and sharer.group("user") == piece:
        return True
    # "jdoe/Acme Stock": the user name opening the body, the library after its slash
    user, slash, rest = body.partition("/")
    return (
        bool(slash)
        and user.strip() == piece
        and is_contributor(piece, rest.split("/", 1)[0].strip(_TRIM), options)
    )


_USER_NAME = regex.compile(r"[\p{Ll}\d][\p{L}\p{N}_.-]{1,39}")
"""A user name as stock libraries print their contributors': lower case or digits first."""


def is_contributor(piece: str, following: str, options: ParseOptions) -> bool:
    """Whether ``piece`` is a stock library's contributor: a user name, which is often
    lower case as no other name is, right before the library's name (``jdoe/Acme
    Stock``, ``ana_roe / Getty Images``)."""
    return _USER_NAME.fullmatch(piece) is not None and (
        _is_agency(following, options) or lower_case_agency(following, options)
    )


def lower_case_agency(piece: str, options: ParseOptions) -> bool:
    """Whether ``piece`` is an agency's name printed all in lower case, as some captions
    print it (``Image: getty``, ``Photo: reuters``). Only a credit's label vouches for
    it: in prose such a word is a word."""
    return piece.islower() and canonical_agency(piece, options) is not None


def _party(name: str, options: ParseOptions, organization: bool = False) -> Party | None:
    """A party for a credited name, or ``None`` when nothing name-like is left."""
    cleaned = _POSSESSIVE.sub("", name).strip(_TRIM.replace(".", ""))
    cleaned = cleaned.rstrip(",;:")
    if cleaned.endswith(".") and not _KEEP_DOT.search(cleaned):
        cleaned = cleaned[:-1]
    if not cleaned:
        return None
    canonical = canonical_agency(cleaned, options)
    if canonical is None:
        agency = _agency_before_filler(cleaned, options)
        if agency is not None:
            return Party(name=agency, kind="agency")
    # a lower-case name that is an alias is an agency named in a label: "Image: getty"
    if canonical is not None and (
        _is_agency(cleaned, options) or len(cleaned) > 5 or cleaned.islower()
    ):
        return Party(name=canonical, kind="agency")
    words, platforms, _ = _organization_words()
    tokens = cleaned.split()
    organisation = (
        organization
        or tokens[0] == "The"  # no person's name opens with an article: "The Globe and Anchor"
        or (len(tokens) > 1 and closes_company_name(tokens[-1]))
        or cleaned.casefold() in platforms
        or any(token.strip(".,").casefold() in words for token in tokens)
        or any(char.isdigit() for char in cleaned)
        or (
            any(len(token) >= 3 and token.isupper() for token in tokens)
            and not _caps_surname(tokens)
        )
        or _DOMAIN.search(cleaned) is not None
    )
    return Party(name=cleaned, kind="organization" if organisation else "person")


def _caps_surname(tokens: list[str]) -> bool:
    """Whether a name prints its surname in capitals after a given name, as agency photo
    credits do (``Jane ROE``, ``Ana María LÓPEZ``), rather than being an acronym."""
    return (
        1 < len(tokens) <= _CAPS_NAME_WORDS
        and tokens[0].istitle()
        and tokens[-1].isupper()
        and all(token.istitle() or token.isupper() for token in tokens[1:-1])
    )


_CAPS_NAME_WORDS = 4


def _agency_before_filler(name: str, options: ParseOptions) -> str | None:
    """The agency of an agency name followed by words that name no one: ``PTI File
    Photo``, ``Reuters File``, ``AFP Handout`` (canonical), else ``None``."""
    _, _, fillers = _organization_words()
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[cut:]).casefold() not in fillers:
            continue
        head = " ".join(words[:cut])
        if _is_agency(head, options):
            return canonical_agency(head, options)
    return None


def _split_pieces(body: str) -> list[str]:
    """The credited names in a credit body, fillers (``File``, ``Handout``) and ids dropped.

    A copyright mark opening a piece is the owner's, not part of the name: ``Photo: ©
    Jane Roe``, ``(Image: © 2021 Acme Lab)``, ``Foto: (c) Jane Roe/Acme``."""
    _, _, fillers = _organization_words()
    pieces: list[str] = []
    chunks = (chunk.strip() for chunk in _PIECE_SPLIT.split(body))
    for piece in (
        part
        for chunk in chunks
        for part in ([chunk] if chunk.startswith("The ") else _AND_SPLIT.split(chunk))
    ):
        piece = _LICENCE_TAIL.sub("", _INNER_LABEL.sub("", piece.strip(_TRIM))).strip(_TRIM)
        mark = _COPYRIGHT.match(piece)
        if mark is not None and mark.end():
            piece = piece[mark.end() :].strip(_TRIM)
        if not piece or piece.casefold() in fillers or _ID_CODE.match(piece):
            continue
        if pieces and is_company_suffix(piece):
            pieces[-1] += ", " + piece  # "Acme, Inc." is one company
            continue
        pieces.append(piece)
    return pieces


_COMPANY_SUFFIXES = frozenset(lexicon.load("image_credits")["company_suffixes"])


def is_company_suffix(word: str) -> bool:
    """Whether ``word`` is a company form (``Inc.``, ``plc``, ``GmbH``) that may close a
    company's name after a comma: ``Acme, Inc.``."""
    return word.casefold().rstrip(".") in _COMPANY_SUFFIXES


def closes_company_name(word: str) -> bool:
    """Whether ``word``, last in a name without a comma before it, is a company form:
    ``Acme plc``, ``Acme Media GmbH``, ``Acme AG``. A form of two letters counts only in
    capitals, since in lower case it is a word (``as``, ``co``) and in title case it may
    be a short surname (``Ana Sa``)."""
    bare = word.rstrip(".")
    return is_company_suffix(word) and (len(bare) > 2 or bare.isupper())


def _split_outlet(piece: str) -> list[str]:
    """``Jane Roe-USA TODAY Sports`` → ``Jane Roe``, ``USA TODAY Sports``."""
    hyphen = piece.rfind("-")
    if hyphen > 0:
        left, right = piece[:hyphen].strip(), piece[hyphen + 1 :].strip()
        if " " in left and right[:1].isupper():
            return [left, right]
    return [piece]


def _last_alias_words(options: ParseOptions) -> frozenset[str]:
    """The last word of every agency alias, lower-cased: a line can only end in an agency
    credit if it ends in one of these."""
    if not options.agencies:
        return _default_last_alias_words()
    return frozenset(alias.split()[-1].casefold() for alias in agency_aliases(options)) | {
        "agencies",
        "agency",
    }


@cache
def _default_last_alias_words() -> frozenset[str]:
    return frozenset(alias.split()[-1].casefold() for alias in agency_aliases()) | {
        "agencies",
        "agency",
    }


def _hits(lower: str, words: Iterable[str], starts: list[int]) -> dict[int, list[int]]:
    """Where ``words`` occur in the lower-cased text, grouped by the segment they start in."""
    found: dict[int, list[int]] = {}
    for word in words:
        position = lower.find(word)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            if index >= 0:
                found.setdefault(index, []).append(position)
            position = lower.find(word, position + 1)
    return found


def _words_before(text: str, start: int, position: int, limit: int = 3) -> tuple[int, list[str]]:
    """Up to ``limit`` capitalised words right before ``position`` (the owner of ``AP Photo``
    or the modifiers of ``Main image``), and where the first of them starts."""
    words: list[str] = []
    cursor = position
    while len(words) < limit:
        index = cursor
        while index > start and cursor - index < 2 and text[index - 1] in " \t\u00a0":
            index -= 1
        if index == cursor and words:
            break
        if index == cursor and cursor == position:
            break
        word_end = index
        while (
            index > start
            and word_end - index <= 25
            and (text[index - 1].isalnum() or text[index - 1] in "&'’-")
        ):
            index -= 1
        word = text[index:word_end]
        if not word or not (word[0].isupper() or word[0].isdigit()):
            break
        words.insert(0, word)
        cursor = index
    return cursor, words


def _opening_before(text: str, start: int, position: int) -> int | None:
    """The offset of a ``(`` right before ``position`` (up to two blanks between)."""
    index = position
    while index > start and position - index < 2 and text[index - 1] in " \t":
        index -= 1
    if index > start and text[index - 1] == "(":
        return index - 1
    return None


class _Scan:
    """The state of one parse: the document, its options and the credits found so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.options = doc.options
        self.found: list[_Credit] = []
        self._known: dict[tuple[str, bool], Party | None] = {}
        self._bodies: dict[str, tuple[list[str], list[str]]] = {}
        self._lists: dict[tuple[tuple[str, ...], bool], tuple[Party, ...]] = {}
        self._inputs: dict[str, tuple[Party, ...]] = {}

    def parties(self, names: Iterable[str], organization: bool = False) -> tuple[Party, ...]:
        """The parties of ``names`` (:func:`_party`), duplicates dropped, each name read
        once per document: hostile text repeats a credit thousands of times, and a party
        costs an agency lookup and a model."""
        names = tuple(names)
        # one tuple per list of names, shared by every credit giving it: on a page of
        # repeated credits the tuples would take as much memory as the credits' text
        listed = self._lists.get((names, organization))
        if listed is not None:
            return listed
        found: list[Party] = []
        for name in names:
            key = (name, organization)
            if key in self._known:
                party = self._known[key]
            else:
                party = self._known[key] = _party(name, self.options, organization)
            if party is not None and party not in found:
                found.append(party)
        listed = self._lists[names, organization] = tuple(found)
        return listed

    def named(self, body: str) -> tuple[list[str], list[str]]:
        """A credit body's pieces (:func:`_split_pieces`) and those of them that name a
        party (:func:`_credited_name`), read once per document as parties are. The
        caller must not change the lists."""
        known = self._bodies.get(body)
        if known is None:
            pieces = _split_pieces(body)
            named = [piece for piece in pieces if _credited_name(piece, body, self.options)]
            known = self._bodies[body] = (pieces, named)
        return known

    def add(self, start: int, end: int, kind: AttributionKind, parties: tuple[Party, ...]) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            self.found.append(_Credit(start, end, kind, parties))

    # -- rules ------------------------------------------------------------------------

    def with_inputs(self, start: int, end: int) -> None:
        for match in _WITH_INPUTS.finditer(
            self.text, start, end, timeout=self.options.regex_timeout
        ):
            is_open, is_closed = match.group("open") is not None, match.group("close") is not None
            if is_open != is_closed:
                continue
            if not is_open and self.text[start : match.start()].strip():
                continue  # an unbracketed notice must open its line
            if not is_open and self.text[match.end() : end].strip():
                continue
            body = match.group("body")
            parties = self._inputs.get(body)
            if parties is None:  # read once per document, as the label bodies are
                pieces = _split_pieces(_INPUT_FILLER.sub(" ", body))
                parties = self._inputs[body] = self.parties(p for p in pieces if _name_like(p))
            self.add(match.start(), match.end(), "wire", parties)

    def roles(self, start: int, end: int) -> None:
        text = self.text
        stripped = text[start:end].strip()
        lead = stripped.lstrip("(").lstrip()
        if _ROLE.match(lead) and len(stripped) <= 400:
            region = (start, end)
        else:
            found = _ROLE_IN_PARENS.search(text, start, end, timeout=self.options.regex_timeout)
            if found is None:
                return
            region = found.span()
        inner = text[region[0] : region[1]].strip().strip("()").strip()
        # each labelled part is a credit of its own, "additional reporting by" as well
        credited: list[tuple[AttributionKind, list[str]]] = []
        for number, part in enumerate(_ROLE_PARTS.split(inner)):
            match = _ROLE.fullmatch(part.strip().rstrip("."))
            if match is None:
                if number == 0:
                    return
                continue
            role = _BLANKS.sub(" ", match.group("role").casefold()).split()
            role_word = next(
                (word for word in role if word not in {"additional", "further", "contributing"}),
                "",
            )
            kind = _ROLE_KIND.get(role_word, "other")
            names: list[str] = []
            for name in _NAME_SPLIT.split(match.group("names")):
                name = _PLACE_TAIL.sub("", name.strip()).strip(_TRIM.replace(".", ""))
                if _name_like(name, 5) and (
                    any(char.islower() for char in name) or " " in name or name.isupper()
                ):
                    names.append(name)
            if not names:
                if number == 0:
                    return
                continue
            credited.append((kind, names))
        for kind, names in credited:
            self.add(region[0], region[1], kind, self.parties(names))

    def labelled(self, start: int, end: int, positions: Iterable[int]) -> None:
        """Labelled credits; ``positions`` are where label words start in the line."""
        text = self.text
        options = self.options
        done = start
        for position in positions:
            if position < done or (position > start and text[position - 1].isalpha()):
                continue
            match = _LABELLED.match(text, position, end, timeout=options.regex_timeout)
            if match is None:
                continue
            owner_start, words = _words_before(text, start, position)
            opening = _opening_before(text, start, owner_start if words else position)
            is_open = opening is not None
            if is_open != (match.group("close") is not None):
                continue
            label = _BLANKS.sub(" ", match.group("label")).casefold()
            sep = match.group("sep").strip().casefold()
            modifiers = [word for word in words if word.casefold() in _MODIFIERS]
            # "Crédit photo : AFP": a label word before the label is part of it, no owner
            owner_words = [
                word
                for word in words
                if word.casefold() not in _MODIFIERS and word.casefold() not in _PICTURE_LABELS
            ]
            credit_start = owner_start if words else position
            if opening is not None:
                credit_start = opening
            elif owner_words and not (not text[start:owner_start].strip() or sep == "/"):
                owner_words = []
                modifiers = modifiers if words and words[-1] in modifiers else []
                credit_start = position
                if modifiers:
                    credit_start = _words_before(text, start, position, len(modifiers))[0]
            if not is_open:
                before = text[start:credit_start].rstrip()
                first_word = modifiers[0] if modifiers else match.group("label")
                if before and (
                    before[-1] not in _SENTENCE_END | {"|", ":", "-", "–", "—"}
                    or not first_word[0].isupper()
                ):
                    continue
            owner_name = " ".join(owner_words)
            body = match.group("body").strip()
            if _LINK_HERE.search(body):
                continue  # "(Graphic: Fuel prices in 2026 - here)": a link to a graphic
            first = label.split()[0]
            address = first.rstrip("s") in _ADDRESS_LABELS and _ADDRESS.fullmatch(body)
            supplied = body.casefold().strip(" .") in _SUPPLIED
            if not is_open and not address and not supplied:
                fitted = self._fit_body(body)
                if fitted is None:
                    continue
                body = fitted
            if address:
                pieces = named = [body]
            elif label.startswith("credit") and "mandatory" in (m.casefold() for m in modifiers):
                pieces = [part for piece in _split_pieces(body) for part in _split_outlet(piece)]
                named = [piece for piece in pieces if _credited_name(piece, body, options)]
            else:
                pieces, named = self.named(body)
            if not is_open and len(named) != len(pieces):
                continue
            if is_open and not named and (sep != ":" or len(body.split()) > 10):
                continue
            kind = _LABEL_KIND.get(first, "image")
            if first == "photo" and "illustration" in label:
                kind = "image"
            if modifiers and modifiers[-1].casefold() in {"main", "featured", "feature", "header"}:
                kind = "image"
            parties = self.parties([*([owner_name] if owner_name else []), *named])
            if not parties and not is_open and not supplied:
                continue  # "Photo: Supplied" credits a picture its subject gave, naming no one
            if is_open:
                credit_end = match.end()
            else:
                credit_end = match.start("body") + match.group("body").find(body) + len(body)
            self.add(credit_start, credit_end, kind, parties)
            done = credit_end

    def _fit_body(self, body: str) -> str | None:
        """The credited part of an unbracketed label's body, or ``None`` if it is prose."""
        pieces, named = self.named(body)
        if pieces and len(named) == len(pieces):
            return body
        cut = _SENTENCE_BREAK.search(body)
        if cut is not None:
            head = body[: cut.start()]
            pieces = _split_pieces(head)
            if pieces and all(_name_like(piece) for piece in pieces):
                return head
        return None

    def other_languages(self, start: int, end: int) -> None:
        """Picture labels and bylines in the languages of news pages (see
        :mod:`newsdoc.parsers.language_credits`): ``Foto: Jana Roe/dpa``, ``Von Jana Roe
        und Ben Lee``; the names are judged as for the English labels."""
        line = self.text[start:end]
        stripped = line.strip()
        offset = start + len(line) - len(line.lstrip())
        if stripped[-1:] == ")" or stripped[:1] in _WITH_INITIALS:
            wired = with_agencies(stripped)
            if wired is not None:
                self._with_agencies(offset, stripped, wired)
                return
        if len(stripped) > _LANGUAGE_LINE:
            return
        names = foreign_byline(stripped)
        if names is not None:
            self._foreign_byline(offset, stripped, names)
        elif any(mark in stripped for mark in ":：="):
            self._picture_label(offset, stripped)

    def _with_agencies(self, offset: int, line: str, wired: tuple[int, str]) -> None:
        pieces = [piece.strip() for piece in name_list_split().split(wired[1])]
        if pieces and all(_is_agency(piece, self.options) for piece in pieces):
            self.add(offset + wired[0], offset + len(line), "wire", self.parties(pieces))

    def _foreign_byline(self, offset: int, line: str, names: str) -> None:
        pieces = [piece.strip() for piece in name_list_split().split(names)]
        people = [piece for piece in pieces if not _is_agency(piece, self.options)]
        if not pieces or not all(
            _name_like(piece, 5)
            and len(piece.split()) >= 2
            and not any(word.casefold() in _MONTHS_DAYS for word in piece.split())
            for piece in people
        ):
            return
        parties = tuple(
            Party(name=party.name, kind="person") if party.name in people else party
            for party in self.parties(pieces)
        )
        self.add(offset, offset + len(line), "writing", parties)

    def _picture_label(self, offset: int, line: str) -> None:
        found = picture_label(line)
        if found is None:
            return
        pieces, named = self.named(found.body)
        if not pieces or len(named) != len(pieces):
            return
        parties = self.parties(pieces)
        kind: AttributionKind = "photo"
        if is_source_label(found.label):
            news = bool(parties) and all(
                party.kind == "agency" and agency_type(party.name, self.options) == "news"
                for party in parties
            )
            kind = "wire" if news else "other"
        elif any(word in found.label.casefold() for word in _IMAGE_WORDS):
            kind = "image"
        self.add(offset + found.start, offset + len(line), kind, parties)

    def copyright(self, start: int, end: int) -> None:
        text = self.text
        offset = start + len(text[start:end]) - len(text[start:end].lstrip())
        match = _COPYRIGHT.match(text, offset, end)
        if match is None:
            return
        rest = text[match.end() : end]
        stop = _OWNER_END.search(rest)
        owner = rest[: stop.start()] if stop is not None else rest
        owner = _LEADING_BY_THE.sub("", owner.strip())
        parties: tuple[Party, ...] = ()
        site = owner.split()[0].rstrip(".,") if owner.split() else ""
        owners = [piece.strip() for piece in owner.split("/")]
        if _LABELLED.search(owner) is not None:
            return  # "© AP Photo / Jo Park": a photo credit, read by its label
        if owner and all(_name_like(piece, 8) for piece in owners):
            # "© AFP/Jane Roe": an agency and its photographer, as in a photo credit
            parties = self.parties(owners)
        elif _SITE.fullmatch(site):
            # "Copyright ⓒ example.co.kr" and a notice in the site's own language after it
            parties = self.parties([site], True)
        elif not _RIGHTS.search(rest):
            return  # "Copyright law is …": prose, not a notice
        self.add(offset, end, "copyright", parties)

    def closing_copyright(self, start: int, end: int, position: int) -> None:
        """A copyright notice closing a line after a sentence of it, a caption's or an
        agency story's: ``The pier at dawn. © Jane Roe``, ``… on Monday.(c)AFP/Jo
        Park``, ``… to the sea. Copyright: Acme Pictures``. The owner runs to the line's
        end; after ``(c)``, which also numbers list items, it must open with an agency."""
        text = self.text
        before = text[start:position].rstrip()
        if not before or before[-1] not in _AFTER_SENTENCE:
            return
        match = _COPYRIGHT.match(text, position, end)
        if match is None:
            return
        mark = text[position : match.end()].casefold()
        if mark.startswith("copyright") and ":" not in mark and "by" not in mark:
            return  # "… in May. Copyright law changed": prose
        owner = _LEADING_BY_THE.sub("", text[match.end() : end].strip().rstrip("."))
        owners = [piece.strip() for piece in owner.split("/")]
        if (
            not owner
            or len(owner.split()) > _TAIL_OWNER_WORDS
            or not all(_name_like(piece) for piece in owners)
        ):
            return
        if mark.startswith("(c)") and not _is_agency(owners[0], self.options):
            return
        self.add(position, end, "copyright", self.parties(owners))

    def notices(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end]
        syndication = _SYNDICATION.search(segment)
        if syndication is not None:
            credit = self._notice_span(start, end, start + syndication.start())
            if credit is not None:
                outlet = _EDITED_BY_STAFF.search(text, credit[0], credit[1])
                pieces = [outlet.group("outlet")] if outlet is not None else []
                pieces = [piece for piece in pieces if _name_like(piece)]
                self.add(credit[0], credit[1], "other", self.parties(pieces, True))
                return
        lead = len(segment) - len(segment.lstrip(" \t(*"))
        notice = _NOTICE.match(text, start + lead, end, timeout=self.options.regex_timeout)
        if notice is None:
            notice = _REPRINTED.match(text, start + lead, end, timeout=self.options.regex_timeout)
        if notice is None:
            notice = _APPEARED_FIRST.fullmatch(
                text, start + lead, end, timeout=self.options.regex_timeout
            )
        if notice is not None and len(segment.strip()) <= 300:
            source = _SOURCE_END.split(notice.group("source"))[0]
            source = _LEADING_BY_THE.sub("", source.strip())
            pieces = [piece for piece in _SOURCES_SPLIT.split(source) if _name_like(piece)]
            self.add(start, end, "other", self.parties(pieces, True))
            writer = _NOTICE_WRITER.search(text, start, notice.start("source"))
            if writer is not None:
                names = _NAME_SPLIT.split(writer.group("names"))
                if names and all(_name_like(name, 5) and " " in name for name in names):
                    self.add(start, end, "writing", self.parties(names))
            return
        reviewed = _REVIEWED.match(text, start + lead, end)
        if reviewed is not None and len(segment.strip()) <= 300:
            by = _BY_END.split(reviewed.group("by"))[0].strip()
            names = [name for name in _NAME_SPLIT.split(by) if _name_like(name, 5)]
            board = False
            if not names:
                # "Reviewed by a physician. See Example's Review Board.": the board is named.
                see = _SEE.search(reviewed.group("by"))
                if see is not None and _name_like(_POSSESSIVE.sub("", see.group("name")), 8):
                    names, board = [see.group("name")], True
            self.add(start, end, "other", self.parties(names, board))

    def _notice_span(self, start: int, end: int, at: int) -> tuple[int, int] | None:
        """The bracketed notice around ``at``, or the whole line when the notice opens it."""
        text = self.text
        opening = text.rfind("(", start, at)
        closing = text.find(")", at, end)
        if opening >= 0 and closing >= 0 and ")" not in text[opening + 1 : at]:
            return opening, closing + 1
        head = text[start:at]
        if _SENTENCE_GAP.search(head) is None and len(text[start:end].strip()) <= 400:
            return start, end
        return None

    def byline(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end].strip()
        match = _BYLINE.fullmatch(segment)
        if match is None:
            return
        pieces = _BYLINE_SPLIT.split(match.group("rest").strip())
        names: list[str] = []
        for name in _NAME_SPLIT.split(pieces[0]):
            tokens = name.split()
            if not ((_name_like(name, 5) and len(tokens) >= 2) or _is_agency(name, self.options)):
                return
            if any(token.strip(".,").casefold() in _MONTHS_DAYS for token in tokens):
                return
            names.append(name)
        for piece in pieces[1:]:
            lower = sum(1 for token in piece.split() if token[:1].islower())
            if len(piece.split()) > 8 or lower > 2:
                return
            if _is_agency(piece.strip(), self.options):
                names.append(piece)
        while end > start and text[end - 1] in " \t|-–—,;:/":
            end -= 1  # a claimed date after "By Jane Roe |" leaves the separator behind
        parties = self.parties(names)
        people = tuple(
            Party(name=party.name, kind="person")
            if party.kind == "organization" and party.name in pieces[0]
            else party
            for party in parties
        )
        self.add(start, end, "writing", people)

    def follow(self, start: int, end: int) -> None:
        text = self.text
        offset = start + len(text[start:end]) - len(text[start:end].lstrip())
        match = _FOLLOW.match(text, offset, end)
        if match is None:
            return
        name = match.group("name").strip()
        if name.casefold() in _NOT_NAMES or not name[0].isupper() or not _name_like(name, 5):
            return  # "Follow the Harbour Trust on …" is a promo, not the writer's tagline
        self.add(offset, end, "writing", self.parties([name]))

    def tagline(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end]
        if " is " not in segment and " was " not in segment:
            return
        offset = start + len(segment) - len(segment.lstrip())
        match = _TAGLINE.match(text, offset, end)
        if match is not None and len(text[start:end].strip()) <= 400:
            self.add(offset, end, "writing", self.parties([match.group("name")]))

    def trailing(self, start: int, end: int) -> None:
        """A bare agency or a slash credit closing a line: ``-PTI``, ``(IANS)``,
        ``REUTERS/Jane Roe``, ``Jane Roe/Getty Images``."""
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        tail_start = max(start, end - 90)
        last = text[end - 1] if end > start else ""
        if not (last.isalnum() or last == ")"):
            return
        word_end = end  # "( REUTERS/Jo Park )": the last word is inside the spaced bracket
        while word_end > start and text[word_end - 1] in ") \t":
            word_end -= 1
        space = max(text.rfind(" ", tail_start, word_end), text.rfind("/", tail_start, word_end))
        last_word = text[max(space + 1, start) : word_end].strip("()")
        for mark in "-–—(":
            last_word = last_word.rsplit(mark, 1)[-1]
        if (
            not any(char.isupper() for char in last_word)
            and _supplied_tail().search(text, tail_start, end) is None
            and not (last == ")" and _is_agency(last_word, self.options))
        ):
            # credits end in a capitalised name, a "supplied" mark, or an agency printed in
            # lower case in brackets ("(dpa)"); prose does not
            return
        tail = text[tail_start:end]
        if (
            "/" not in tail
            and " via " not in tail
            and last_word.casefold() not in _last_alias_words(self.options)
            and not (last == ")" and last_word.casefold() in _organization_words()[2])
        ):
            return  # "(AFP Photo)": an agency and a filler in brackets may still credit
        best: tuple[int, AttributionKind, tuple[Party, ...]] | None = None
        for position in range(end - 1, tail_start - 1, -1):
            if position > start and text[position - 1] not in _TAIL_BREAK:
                continue
            char = text[position]
            if not (char.isalpha() or char == "("):
                continue
            found = self._tail_credit(start, position, end)
            if found is not None:
                best = found
        if best is not None:
            self.add(best[0], end, best[1], best[2])

    def _tail_credit(
        self, start: int, position: int, end: int
    ) -> tuple[int, AttributionKind, tuple[Party, ...]] | None:
        text = self.text
        candidate = text[position:end]
        bracketed = candidate.startswith("(")
        if bracketed != candidate.endswith(")") or candidate.count("(") > 1:
            return None
        body = candidate.strip("() \t")
        if not body:
            return None
        head = text[start:position].rstrip(" \t")
        credit_start = position
        dashed = head[-1:] in {"-", "–", "—"}
        if dashed:
            head = head.rstrip("-–—").rstrip(" \t")
            credit_start = start + len(head)
        caption = (
            not bracketed
            and body.isupper()
            and bool(before := head.split()[-1:])
            and before[0].casefold() not in _NOT_BEFORE_CAPTION_AGENCY
            and not head.endswith(",")  # "Allentown, PA": a state after its town
            and any(char.islower() for char in head)  # a line in capitals is a promo
            and end - start <= _CAPTION_LINE
            and _SENTENCE_GAP.search(text, start, end) is None
        )
        if (
            head
            and not dashed
            and not (bracketed and "/" in body)
            and not caption
            and head[-1] not in _SENTENCE_END
        ):
            # a caption's last words may run into a bracketed slash credit (``… at dusk
            # (AFP/Getty)``) or an agency in capitals (``Map of the flooded valley AFP``);
            # any other tail after an unfinished sentence is prose
            return None
        if body.casefold() in {"agencies", "agency"}:
            if bracketed or dashed or not head:
                return credit_start, "wire", ()
            return None
        slashed = "/" in body or _VIA.search(body) is not None
        pieces = (
            _split_pieces(body) if slashed else [piece.strip() for piece in _NAME_SPLIT.split(body)]
        )
        if not pieces:
            return None
        agencies = [
            piece
            for piece in pieces
            if _is_agency(piece, self.options)
            or (bracketed and _agency_before_filler(piece, self.options) is not None)
        ]
        if slashed and _supplied_tail().search(candidate) is not None:
            # "Jane Roe/Submitted photo": those named supplied it, agency or not
            if all(_name_like(piece, 6) or piece in agencies for piece in pieces):
                return credit_start, "photo", self.parties(pieces)
            return None
        if not agencies:
            return None
        if not slashed and len(agencies) != len(pieces):
            return None
        if slashed and not all(_name_like(piece, 4) or piece in agencies for piece in pieces):
            return None
        kind: AttributionKind = "photo"
        if not slashed and all(agency_type(a, self.options) == "news" for a in agencies):
            kind = "wire"
        return credit_start, kind, self.parties(pieces)

    def whole_line(self, start: int, end: int) -> None:
        """A credit form that fills its line (see :mod:`newsdoc.parsers.credit_lines`)."""
        line = self.text[start:end].strip()
        form = bracketed_tag(line) if line.endswith("]") else role_byline(line)
        if form is not None:
            kind, names, organisation = form
            self.add(start, end, kind, self.parties(names, organisation))

    def contribution(self, start: int, end: int) -> None:
        """``Jo Park and Acme Press contributed to this report.`` closing a paragraph (see
        :mod:`newsdoc.parsers.contribution_lines`): the people reported, an agency wired."""
        found = contribution_sentence(self.text, start, end)
        if found is None:
            return
        opening, names = found
        agencies = [name for name in names if canonical_agency(name, self.options) is not None]
        people = [name for name in names if name not in agencies]
        if people:
            self.add(opening, end, "reporting", self.parties(people))
        if agencies:
            self.add(opening, end, "wire", self.parties(agencies))

    def listed(self, start: int, end: int) -> None:
        """Source, courtesy, contributed-by and desk lines (see
        :mod:`newsdoc.parsers.credit_lines`); a source list of agencies only is wired."""
        line = self.text[start:end]
        stripped = line.strip()
        offset = start + len(line) - len(line.lstrip())
        form = (
            source_line(stripped)
            or contributed_by(stripped)
            or desk_byline(stripped)
            or credit_to(stripped)
            or image_label(stripped)
            or licence_notice(stripped)
        )
        if form is not None:
            kind, names, organisation = form
            parties = self.parties(names, organisation)
            if kind == "other" and parties and all(party.kind == "agency" for party in parties):
                kind = "wire"
            self.add(offset, offset + len(stripped), kind, parties)
            return
        found = courtesy_credit(stripped)
        if found is not None:
            at, kind, names = found
            self.add(offset + at, offset + len(stripped), kind, self.parties(names))

    def _tail_taken(self, before: int, end: int) -> bool:
        """Whether a credit found on this line (those after ``before``) already closes it:
        the trailing rule would read the same tail again (a source line's slash list, a
        widget's doubled credit), at the cost of one try per word."""
        text = self.text
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return any(credit.end >= end for credit in self.found[before:])

    def widgets(self, start: int, end: int, before: int) -> None:
        """Credits a photo widget left in a caption line (see
        :mod:`newsdoc.parsers.caption_widgets`); those after ``before`` in ``found`` are
        the line's own so far."""
        # a label rule may have read the same credit ("Photo: Jane Roe and Ann Lee")
        taken = {(credit.start, credit.end) for credit in self.found[before:]}
        for credit_start, credit_end, kind, names in widget_credits(self.text[start:end]):
            if (start + credit_start, start + credit_end) in taken:
                continue
            parties = self.parties(names)
            if parties:
                self.add(start + credit_start, start + credit_end, kind, parties)

    def initials(self, start: int, end: int) -> None:
        segment = self.text[start:end].strip()
        if _INITIALS.fullmatch(segment) and segment not in _INITIAL_WORDS:
            self.add(start, end, "other", ())

    # -- driver ---------------------------------------------------------------------

    def run(self) -> list[_Credit]:
        text = self.text
        segments = _segments(text, self.doc.free_regions())
        lower = text.lower()
        if len(lower) != len(text):  # a few characters lengthen when lower-cased
            lower = "".join(char.lower()[:1] for char in text)
        starts = [start for start, _ in segments]
        labels = _hits(lower, _LABEL_GATE, starts)
        roles = _hits(lower, (" by",), starts)
        notices = _hits(lower, _NOTICE_GATE, starts)
        inputs = _hits(lower, ("input",), starts)
        marks = _hits(lower, _COPYRIGHT_MARKS, starts)
        contributions = _hits(lower, ("contributed",), starts)
        listings = _hits(lower, _LISTED_GATE, starts)
        widgets = _hits(lower, WIDGET_GATE, starts)
        count = len(segments)
        # Most lines are prose that no rule reads. The rules' gates below are cheap and come
        # before the rules they guard, and a line that cannot pass any of them is skipped
        # at once: its words gate no rule, it is not near the text's edges (taglines,
        # initials), does not open as a notice, byline or copyright line, nor end as a
        # credit does.
        gated = (
            inputs.keys()
            | roles.keys()
            | labels.keys()
            | contributions.keys()
            | listings.keys()
            | widgets.keys()
            | marks.keys()
        )
        edges = range(4, count - 4)
        for index, (start, end) in enumerate(segments):
            last = text[end - 1]
            head = _head(lower, start, end) if lower[start] in _HEAD_INITIALS else ""
            notice = index in notices or (
                end - start <= 300
                and text[start].casefold()[:1] in _NOTICE_INITIALS
                and _opens_notice(text, start, end)
                and _holds_any(lower, start, end, _SHORT_NOTICE_GATE)
            )
            trails = last.isalnum() or last == ")" or last.isspace()
            if not (
                notice
                or trails
                or last == "]"
                or index in gated
                or index not in edges
                or head.startswith(_HEAD_OPENERS)
            ):
                continue
            before = len(self.found)
            if index in inputs:
                self.with_inputs(start, end)
            if index in roles and _holds_any(lower, start, end, _ROLE_GATE):
                self.roles(start, end)
            if head.startswith(_COPYRIGHT_OPENERS):
                self.copyright(start, end)
            elif index in marks:
                self.closing_copyright(start, end, max(marks[index]))
            if notice:
                self.notices(start, end)
            if head.startswith("by"):
                self.byline(start, end)
            if head.startswith("follow"):
                self.follow(start, end)
            if index in labels:
                self.labelled(start, end, sorted(p for p in labels[index] if p < end))
            if index in contributions:
                self.contribution(start, end)
            if index in listings and len(self.found) == before:
                self.listed(start, end)
            if index in widgets:
                self.widgets(start, end, before)
            if len(self.found) == before and (index < 4 or index >= count - 4):
                self.tagline(start, end)
            if len(self.found) == before:
                self.other_languages(start, end)
            if trails and not self._tail_taken(before, end):
                self.trailing(start, end)
            if index == count - 1 and len(self.found) == before and end - start < 20:
                self.initials(start, end)
            if len(self.found) == before and (
                last == "]" or (trails and ("," in text[start:end] or "|" in text[start:end]))
            ):
                self.whole_line(start, end)
        self.name_before_date()
        self.role_then_names(segments)
        return _settle(self.found)

    def role_then_names(self, segments: Sequence[tuple[int, int]]) -> None:
        """A role label on a line of its own with the names on the next one, the layout
        of a credits box flattened to text: ``Edited by`` / ``Jo Park and Ann Lee``."""
        text = self.text
        for (start, end), (next_start, next_end) in pairwise(segments):
            if end - start > _ROLE_LABEL_LONGEST or "by" not in text[start:end].casefold():
                continue
            label = _ROLE_LABEL.fullmatch(text[start:end].strip())
            if label is None:
                continue
            names = [name.strip() for name in _NAME_SPLIT.split(text[next_start:next_end].strip())]
            if not names or not all(_name_like(name, 5) and name[0].isupper() for name in names):
                continue
            role = _BLANKS.sub(" ", label.group("role").casefold()).split()[-1]
            kind = _ROLE_KIND.get(role, "other")
            self.add(
                start + text[start:end].index(label.group(0)),
                next_end,
                kind,
                self.parties(names),
            )

    def name_before_date(self) -> None:
        """A byline flattened into the header: the writer's name run into the date header
        on its line, after the standfirst (``… the pier will reopen. Jo Park Updated Nov 3,
        2031 | 10:12 AM``). The name must follow a sentence's end, or open a line after the
        first (whose title-case words are the headline), and be two to four capitalised
        words."""
        text = self.text
        for header in self.doc.items_of(DateHeader):
            if header.span is None:
                continue
            line = self.doc.line_at(header.span.start)
            before = text[line.start : header.span.start]
            found = _NAME_BEFORE_DATE.search(before)
            agency = before.strip(" \u00a0|/–—-")
            if found is None and agency and _is_agency(agency, self.options):
                # "PTI | Updated: Jan 5, 2031": the agency that wired the story
                self.add(
                    line.start,
                    line.start + before.index(agency) + len(agency),
                    "wire",
                    self.parties([agency]),
                )
                continue
            if found is None or (found.start("name") == 0 and not text[: line.start].strip()):
                continue  # the first line's title-case words before a date are its headline
            name = found.group("name")
            if any(word.casefold() in _MONTHS_DAYS for word in name.split()):
                continue
            start = line.start + found.start("name")
            self.add(start, start + len(name), "writing", self.parties([name]))


def _segments(text: str, regions: Iterable[Span]) -> list[tuple[int, int]]:
    """The lines of the free text holding more than blanks, without their line breaks."""
    segments: list[tuple[int, int]] = []
    for region in regions:
        lines = text[region.start : region.end].splitlines(keepends=True)
        # the running sums hold one more offset than there are lines: the region's end
        starts = accumulate(map(len, lines), initial=region.start)
        segments += [
            (start, start + len(line.rstrip(_LINE_BREAKS)))
            for start, line in zip(starts, lines, strict=False)
            if not line.isspace()  # line breaks are blanks too
        ]
    return segments


def _holds_any(lower: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether the line at ``start``..``end`` of the lower-cased text holds any of ``words``."""
    line = lower[start:end]
    return any(word in line for word in words)


def _head(lower: str, start: int, end: int) -> str:
    """The first characters of a line after its opening blanks, brackets and stars."""
    while start < end and lower[start] in " \t\u00a0(*":
        start += 1
    return lower[start : min(end, start + 9)]


def _opens_notice(text: str, start: int, end: int) -> bool:
    """Whether the line may open as a notice or review line (see ``_NOTICE_OPENERS``).

    ``casefold`` folds what the patterns' case-insensitive matching folds (``ſ``, ``K``).
    """
    while start < end and text[start] in " \t(*":
        start += 1
    return text[start : min(end, start + 12)].casefold().startswith(_NOTICE_OPENERS)


def _settle(found: list[_Credit]) -> list[_Credit]:
    """Keep the longest of overlapping credits; several roles may share one span.

    Credits are taken longest first. The spans kept so far are disjoint, so they are marked
    in one byte map over the stretch of text the credits cover: whether a credit overlaps a
    kept span is one ``find`` over its own length, and marking costs each offset once. The
    work grows with the credits' total length, not with their count squared.
    """
    if not found:
        return []
    base = min(credit.start for credit in found)
    covered = bytearray(max(credit.end for credit in found) - base)
    # a span's credits told apart by role and parties: two rules finding the same
    # credit give one, "Reporting by A; additional reporting by B" gives two (a short
    # list per span: a set would take more memory than the credits on a line of them)
    roles: dict[tuple[int, int], list[tuple[AttributionKind, tuple[Party, ...]]]] = {}
    kept: list[_Credit] = []
    for credit in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        span = (credit.start, credit.end)
        role = (credit.kind, credit.parties)
        shared = roles.get(span)
        if shared is not None:
            if role not in shared:
                shared.append(role)
                kept.append(credit)
            continue
        start, end = credit.start - base, credit.end - base
        if covered.find(1, start, end) >= 0:
            continue
        covered[start:end] = b"\x01" * (end - start)
        roles[span] = [role]
        kept.append(credit)
    return sorted(kept, key=lambda c: (c.start, c.end))


class CreditParser:
    """Finds credit lines in free text and claims them (see the module docstring)."""

    name = "credits"
    order = ORDER_CREDITS
    claims = True

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield one :class:`Attribution` per credited role, in text order."""
        text = doc.text
        for credit in _Scan(doc).run():
            # cut from the text with a known kind and parties: built without validating
            # again (the pipeline checks the span against the text)
            yield build(
                Attribution,
                span=doc.span(credit.start, credit.end),
                raw=text[credit.start : credit.end],
                kind=credit.kind,
                parties=credit.parties,
                printed=None,
            )
