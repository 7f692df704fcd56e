"""Picture credits written at the end of a caption's text, in the page's language.

Captions often end with the picture's credit. The text credit parser
(:mod:`newsdoc.parsers.credits`) reads the English forms; page captions also carry:

* a **labelled tail** in any of the languages of ``lexicon/image_credits.json``, after
  the caption sentence, glued to it or bracketed: ``The bridge at dusk. Foto: Jane
  Roe/dpa``, ``Le port au matin. Crédit : AFP``, ``A quiet harbourCredit: Acme Daily``,
  ``港の朝。写真：共同``, ``(Source: Acme Space Agency)``, ``[File: Acme Wire]``;
* an **agency tail** after a separator: ``The mayor at the hall. 27-06-2012 | Efe``,
  ``The senator speaks. Jane Roe / AP file`` (the agency from the agency lexicon);
* an **agency-led tail**: an agency, a slash and the photographer's name closing the
  caption: ``The minister in the capital. EFE/ Jan Roe``, ``The pier at noon IMAGO / Jan
  Roe``, ``The court in session. APA/AFP/Jan Roe``;
* a **copyright tail**: ``The lake at dawn. © Acme Media | Jan Roe``;
* a **spaced label** (``spaced_labels``), capitalised, with only a space after it:
  ``The pier in 1978. Credit Jan Roe/The Acme Times``, ``Image copyright Acme Wire``;
* an **abbreviated label** (``abbreviated_labels``) with a dot: ``Rynek o świcie. fot. Jan
  Roe``;
* a **bracketed source** closing the caption: square brackets around a short name
  (``The lander on the plain [Acme Space via Acme Agency]``), round ones around a short
  slash-joined source (``The storm outlook for Friday. (NOAA/Acme Centre)``) or agencies
  only (``(Acme Wire/AFP)``), never a place or a note in round brackets (``(Jerusalem)``);
* a **bare mark** (``bare_credit_marks``): French ``DR`` (droits réservés) closing the
  caption.

Control labels printed after a caption (``ui_tails``: ``Show more``, ``Visa mer``) are
dropped before the caption is read.

The credited part must be short (:data:`MAX_CREDIT_WORDS`) and hold no sentence break,
so ``Image: The mayor has agreed to stay for another term`` — a caption written after a
label — is not a credit.
"""

from __future__ import annotations

from functools import cache

import regex

from newsdoc.agencies import agency_pattern
from newsdoc.html.titles import is_domain
from newsdoc.lexicon import alternation, load, word_set, word_tuple
from newsdoc.options import ParseOptions
from newsdoc.quoting.names import is_town, states

__all__ = [
    "MAX_CREDIT_WORDS",
    "caption_tail_credit",
    "credit_body",
    "is_image_wording",
    "strip_ui_tail",
]

MAX_CREDIT_WORDS = 8
"""A credit names a few people or outlets; a longer tail is a caption sentence."""

MAX_BRACKET_WORDS = 5
"""A bracketed source closing a caption names one or two outlets in a few words."""

_MAX_CREDIT_CHARS = 90
_SEPARATOR = r"\s{0,2}[:：=]"
"""What follows a label: a colon (also the full-width one) or ``=`` (``사진=Acme``)."""


def _alternation(key: str) -> str:
    return alternation("image_credits", key)


@cache
def _labelled_tail() -> regex.Pattern[str]:
    alternation = _alternation("labels")
    abbreviated = _alternation("abbreviated_labels")
    return regex.compile(
        rf"(?:^|(?<=[\s.,;:!?|)\]»”\"'。、]|\p{{Ll}})|(?<=^|\s)[(\[])"
        rf"(?P<credit>[(\[]?(?:(?P<label>(?:{alternation})(?:\s{{1,2}}(?:by|von|par|por|de))?)"
        rf"{_SEPARATOR}|(?<![\p{{L}}])(?:{abbreviated})\.)"
        rf"\s{{0,3}}(?P<body>[^:：=\n]{{1,{_MAX_CREDIT_CHARS}}}?)[)\]]?)\s*[.。]?\s*$",
        regex.IGNORECASE | regex.VERSION1,
    )


@cache
def _spaced_tail() -> regex.Pattern[str]:
    """``Credit Jane Roe/Acme Times``: a capitalised label, a space, a name."""
    labels = sorted(word_tuple("image_credits", "spaced_labels"), key=len, reverse=True)
    forms = {form for label in labels for form in (label[:1].upper() + label[1:], label.upper())}
    alternation = "|".join(
        regex.escape(form).replace(r"\ ", r"\s{1,2}") for form in sorted(forms, key=len)[::-1]
    )
    return regex.compile(
        rf"(?:^|(?<=[.!?»”\"')\]]\s{{0,2}})|(?<=\s))(?P<credit>(?:(?:{alternation})\s{{1,2}})+"
        rf"(?:(?:by|von|par|por|de|di)\s{{1,2}})?(?P<body>[\p{{Lu}}\p{{N}}@][^:：\n]{{0,{_MAX_CREDIT_CHARS}}}?))"
        rf"\s*\.?\s*$"
    )


_COPYRIGHT_TAIL = regex.compile(
    rf"(?:^|(?<=[\s.,;:!?|)\]»”\"'。]))(?P<credit>(?:©|Ⓒ|\([cC]\))\s{{0,2}}"
    rf"(?P<body>[^©\n]{{1,{_MAX_CREDIT_CHARS}}}?))\s*\.?\s*$"
)
_SQUARE_TAIL = regex.compile(r"(?:^|(?<=\s))(?P<credit>\[(?P<body>[^\[\]\n]{1,60})\])\s*\.?\s*$")
_ROUND_TAIL = regex.compile(r"(?:^|(?<=\s))(?P<credit>\((?P<body>[^()\n]{1,80})\))\s*\.?\s*$")
_SEPARATOR_TAIL = regex.compile(
    r"(?:^|\s)(?:[|/•·–—]|-)\s{0,3}(?P<credit>(?P<body>[^|/•·–—\n]{1,60}?))\s*$"
)
_FILE_SUFFIX = regex.compile(r"\s+(?:file|archive)(?:\s+photo)?$", regex.IGNORECASE)
# "… speaks. Jane Roe / AP": a photographer's name right after the caption sentence
_NAME_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?]))\s*(?P<name>(?:\p{Lu}[\p{L}'’-]*\.?\s{1,2}){0,3}\p{Lu}[\p{L}'’-]+)\s*$"
)
_SENTENCE_BREAK = regex.compile(r"(?<!(?:^|[\s.])\p{Lu})[.!?。]\s+\p{Lu}|[!?;]")
"""A sentence ending before a capital, not an initial (``Jan W. Roe``)."""
_SLASH = regex.compile(r"\s{0,2}/\s{0,2}")
_PIECE_SPLIT = regex.compile(r"\s{0,3}(?:[/|,&]|\s(?:via|for|and)\s)\s{0,3}")
_NAME_WORD = regex.compile(r"[\p{Lu}\p{N}@][\p{L}\p{N}.'’&-]*|\p{Ll}+[\p{Lu}][\p{L}]*")


def _short(body: str) -> bool:
    words = body.split()
    return 0 < len(words) <= MAX_CREDIT_WORDS and _SENTENCE_BREAK.search(body) is None


@cache
def _connector_words() -> frozenset[str]:
    return word_set("image_credits", "connectors")


def _name_like(piece: str, max_words: int = MAX_BRACKET_WORDS) -> bool:
    """A short run of capitalised words (``Acme Space Agency``, ``Jan van Roe``)."""
    words = piece.split()
    connectors = _connector_words()
    return (
        0 < len(words) <= max_words
        and _NAME_WORD.fullmatch(words[0]) is not None
        and all(_NAME_WORD.fullmatch(word) or word in connectors for word in words)
    )


def _is_agency(piece: str, options: ParseOptions) -> bool:
    pattern = agency_pattern(options)
    piece = _FILE_SUFFIX.sub("", piece.strip(" .()[]"))
    return any(
        pattern.fullmatch(form, timeout=options.regex_timeout) for form in (piece, piece.upper())
    )


def _names_only(body: str) -> bool:
    pieces = [piece for piece in _PIECE_SPLIT.split(body.strip()) if piece]
    return bool(pieces) and all(_name_like(piece) for piece in pieces)


@cache
def _ui_tail() -> regex.Pattern[str]:
    words = sorted(word_tuple("image_credits", "ui_tails"), key=len, reverse=True)
    alternation = "|".join(regex.escape(word).replace(r"\ ", r"\s{1,2}") for word in words)
    return regex.compile(rf"(?:\s|^)(?:{alternation})\s*[.…]*\s*$", regex.IGNORECASE)


def strip_ui_tail(caption: str) -> str:
    """``caption`` without a control label printed after it (``… Foto: Acme Show more``).

    >>> strip_ui_tail("The pier at dawn. Foto: Jane Roe/AP Visa mer")
    'The pier at dawn. Foto: Jane Roe/AP'
    """
    return _ui_tail().sub("", caption).rstrip()


def _agency_led_tail(text: str, options: ParseOptions) -> str | None:
    """``… EFE/ Jan Roe``, ``… IMAGO / Jan Roe``: an agency, a slash and a short name
    (or more agencies) closing the caption."""
    pattern = agency_pattern(options)
    timeout = options.regex_timeout
    for match in pattern.finditer(text, timeout=timeout):
        start = match.start()
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(":
            continue
        rest = text[match.end() :]
        slash = _SLASH.match(rest)
        if slash is None:
            continue
        tail = rest[slash.end() :].strip().rstrip(".")
        pieces = [piece for piece in _SLASH.split(tail) if piece]
        if pieces and all(_name_like(piece) or _is_agency(piece, options) for piece in pieces):
            return text[start:].strip().rstrip(".")
    return None


def _bracketed_tail(text: str, options: ParseOptions) -> str | None:
    """A credit in brackets closing a caption: names parted by slashes (``(Jane
    Roe/Acme)``), agencies (``(AFP)``), or a site's domain (``(example.com)``)."""
    square = _SQUARE_TAIL.search(text, timeout=options.regex_timeout)
    if square is not None and square.start() > 0 and _names_only(square["body"]):
        return square["credit"]
    round_ = _ROUND_TAIL.search(text, timeout=options.regex_timeout)
    if round_ is not None and round_.start() > 0:
        body = round_["body"].strip()
        pieces = [piece for piece in _SLASH.split(body) if piece]
        if "/" in body and all(_name_like(piece) or _is_agency(piece, options) for piece in pieces):
            return round_["credit"]
        if all(_is_agency(piece, options) for piece in _PIECE_SPLIT.split(body) if piece):
            return round_["credit"]
        if is_domain(body):
            return round_["credit"]  # "(example.com)": the site the picture came from
        if _after_sentence(text, round_.start()) and _personal_name(body):
            return round_["credit"]  # "… at dawn. (Jane Roe)": the photographer
    return None


_PERSONAL_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Ll}'’-]+){1,3}")
"""Two to four capitalised words, a middle initial allowed: ``Jane Roe``, ``Jan P. Roe``."""


def _after_sentence(text: str, position: int) -> bool:
    """Whether ``position`` follows the end of a sentence of the caption."""
    return text[:position].rstrip()[-1:] in (".", "!", "?")


def _personal_name(body: str) -> bool:
    """Whether a bracketed caption tail is a person's name alone (``(Jane Roe)``), not
    a label (``(File Photo)``, ``(Image Gallery)``) nor a place (``(New York)``)."""
    return (
        _PERSONAL_NAME.fullmatch(body) is not None
        and not is_town(body)
        and body not in states()
        and _FILE_SUFFIX.search(body) is None
        and not any(word.casefold() in _label_words() for word in body.split())
    )


@cache
def _label_words() -> frozenset[str]:
    return word_set("image_credits", "labels") | word_set("image_credits", "image_words")


@cache
def _bare_marks() -> regex.Pattern[str]:
    marks = "|".join(
        regex.escape(mark) for mark in word_tuple("image_credits", "bare_credit_marks")
    )
    return regex.compile(rf"(?<=[\s.,;])(?P<credit>{marks})\s*$")


def caption_tail_credit(caption: str, options: ParseOptions) -> str | None:
    """The credit written at the end of ``caption``, as printed, or ``None``.

    >>> caption_tail_credit("The bridge at dusk. Foto: Jane Roe/dpa", ParseOptions())
    'Foto: Jane Roe/dpa'
    >>> caption_tail_credit("The mayor at the hall | Efe", ParseOptions())
    'Efe'
    >>> caption_tail_credit("The lake at dawn. © Acme Media | Jan Roe", ParseOptions())
    '© Acme Media | Jan Roe'
    >>> caption_tail_credit("Image: The mayor has agreed to stay on. He said so.", ParseOptions())
    """
    text = strip_ui_tail(caption.strip())
    timeout = options.regex_timeout
    labelled = _labelled_tail().search(text, timeout=timeout)
    if labelled is not None:
        body = labelled["body"].strip(" .")
        if _short(body) and body[:1] not in "(\"'“":
            return labelled["credit"].strip()
    copyright_ = _COPYRIGHT_TAIL.search(text, timeout=timeout)
    if copyright_ is not None and _short(copyright_["body"].strip(" .")):
        return copyright_["credit"].strip()
    spaced = _spaced_tail().search(text, timeout=timeout)
    if spaced is not None:
        body = spaced["body"].strip(" .")
        pieces = [piece for piece in _PIECE_SPLIT.split(_FILE_SUFFIX.sub("", body)) if piece]
        if _short(body) and pieces and all(_name_like(piece, MAX_CREDIT_WORDS) for piece in pieces):
            return spaced["credit"].strip().rstrip(".")
    tail = _SEPARATOR_TAIL.search(text, timeout=timeout)
    if tail is not None and tail.start("credit") > 0:
        body = _FILE_SUFFIX.sub("", tail["body"].strip())
        if _is_agency(body, options) or (
            " via " in f" {body} "
            and _names_only(body)
            and _is_agency(body.rsplit(" via ", 1)[-1], options)
        ):
            name = _NAME_BEFORE.search(text, 0, tail.start(), timeout=timeout)
            start = name.start("name") if name is not None else tail.start("credit")
            return text[start:].strip()
    led = _agency_led_tail(text, options)
    if led is not None:
        return led
    bracketed = _bracketed_tail(text, options)
    if bracketed is not None:
        return bracketed
    bare = _bare_marks().search(text, timeout=timeout)
    if bare is not None:
        return bare["credit"]
    return _bare_agency_tail(text, options)


_WORD_BEFORE = regex.compile(r"(?P<word>\S+)\s+$")


def _bare_agency_tail(text: str, options: ParseOptions) -> str | None:
    """An agency's name alone closing the caption, after a sentence's end or a capitalised
    word (``… in Greensboro, N.C. AP``), not after a lower-case word (``… spoke to AFP``).

    A photographer's name and a comma before it, opening the caption or right after its
    sentence, are part of the credit: ``… at dusk. Jane Roe, AFP``, ``Jan Roe, ACME
    PRESS``; not ``The mayor of Acme, AFP``."""
    matches = list(agency_pattern(options).finditer(text, timeout=options.regex_timeout))
    last = matches[-1] if matches else None
    if last is None or last.start() == 0 or text[last.end() :].strip(" ."):
        return None
    before = _WORD_BEFORE.search(text, 0, last.start(), timeout=options.regex_timeout)
    if before is None:
        return None
    word = before["word"]
    if word[-1] == ",":
        comma = before.start() + len(word) - 1
        name = _NAME_BEFORE.search(text, 0, comma, timeout=options.regex_timeout)
        if name is not None:
            return text[name.start("name") :].strip(" .")
    if word[-1] in ".!?,;)»”\"'" or word[:1].isupper() or word[:1].isdigit():
        return last.group(0)
    return None


@cache
def _image_words() -> regex.Pattern[str]:
    words = "|".join(regex.escape(word) for word in load("image_credits")["image_words"])
    return regex.compile(rf"\b(?:{words})\b", regex.IGNORECASE)


def is_image_wording(credit: str) -> bool:
    """Whether a credit says it is for an image (illustration, graphic, screenshot …)
    rather than a photograph."""
    return _image_words().search(credit) is not None


@cache
def _leading_label() -> regex.Pattern[str]:
    alternation = _alternation("labels")
    abbreviated = _alternation("abbreviated_labels")
    return regex.compile(
        rf"^[(\[]?\s{{0,2}}(?:©\s{{0,2}})?"
        rf"(?:(?:{alternation})(?:\s{{1,2}}(?:by|von|par|por|de|of|via))?{_SEPARATOR}?\s{{0,2}}(?:[:：=]|\.{{2,3}}|…)"
        rf"\s{{0,3}}|(?:{abbreviated})\.\s{{0,3}}"
        rf"|(?:(?:{alternation}|courtesy|photographed)\s{{1,2}})?(?:by|of|via|von|par|por)\s{{1,2}}"
        rf"|courtesy\s{{1,2}})?(?:©\s{{0,2}})?",
        regex.IGNORECASE,
    )


@cache
def _leading_spaced_label() -> regex.Pattern[str]:
    labels = sorted(word_tuple("image_credits", "spaced_labels"), key=len, reverse=True)
    forms = {form for label in labels for form in (label[:1].upper() + label[1:], label.upper())}
    alternation = "|".join(regex.escape(form).replace(r"\ ", r"\s{1,2}") for form in forms)
    return regex.compile(
        rf"^(?:(?:{alternation})\s{{1,2}})+(?:(?:by|von|par|por|de|di)\s{{1,2}})?(?=[\p{{Lu}}\p{{N}}@])"
    )


_LEADING_NOTICE = regex.compile(
    r"^(?:(?:©|Ⓒ|\([cC]\)|copyright)\s{0,2})*(?:\d{4}(?:\s{0,2}[-–]\s{0,2}\d{2,4})?(?:\s{1,2}|$))?",
    regex.IGNORECASE,
)
_TRAILING_YEAR = regex.compile(r"\s*,?\s+\d{4}$")
_MAX_LABELS = 3
"""Labels stacked before a credit's body: ``Bild: Screenshot: acme.example``."""


def credit_body(credit: str) -> str:
    """A credit without its labels, brackets, copyright sign and file suffix: what names
    the parties.

    >>> credit_body("[Foto: Jane Roe/dpa]")
    'Jane Roe/dpa'
    >>> credit_body("Credit Credit Jane Roe/Acme Times")
    'Jane Roe/Acme Times'
    >>> credit_body("© 2014 Acme Studios")
    'Acme Studios'
    """
    body = credit.strip()
    for _ in range(_MAX_LABELS):
        before = body
        body = _leading_label().sub("", body, count=1).strip()
        body = _leading_spaced_label().sub("", body, count=1)
        body = _LEADING_NOTICE.sub("", body, count=1).strip()
        if body == before:
            break
    body = _TRAILING_YEAR.sub("", body.strip(" .;,()[]"))
    return _FILE_SUFFIX.sub("", body)
