"""Picture credits written at the end of a caption's text, in the page's language.

Captions often end with the picture's credit. The text credit parser
(:mod:`newsdoc.parsers.credits`) reads the English forms; page captions also carry:

* a **labelled tail** in any of the languages of ``lexicon/image_credits.json``, after
  the caption sentence, glued to it or bracketed: ``The bridge at dusk. Foto: Jane
  Roe/dpa``, ``Le port au matin. Crédit : AFP``, ``A quiet harbourCredit: Acme Daily``,
  ``港の朝。写真：共同``, ``(Source: Acme Space Agency)``, ``[File: Acme Wire]``;
* an **agency tail** after a separator: ``The mayor at the hall. 27-06-2012 | Efe``,
  ``The senator speaks. Jane Roe / AP file`` (the agency from the agency lexicon).

The credited part must be short (:data:`MAX_CREDIT_WORDS`) and hold no sentence break,
so ``Image: The mayor has agreed to stay for another term`` — a caption written after a
label — is not a credit.
"""

from __future__ import annotations

from functools import cache

import regex

from newsdoc.agencies import agency_pattern
from newsdoc.lexicon import load
from newsdoc.options import ParseOptions

__all__ = ["MAX_CREDIT_WORDS", "caption_tail_credit", "credit_body", "is_image_wording"]

MAX_CREDIT_WORDS = 8
"""A credit names a few people or outlets; a longer tail is a caption sentence."""

_MAX_CREDIT_CHARS = 90


@cache
def _labelled_tail() -> regex.Pattern[str]:
    labels = sorted(load("image_credits")["labels"], key=len, reverse=True)
    alternation = "|".join(regex.escape(label).replace(r"\ ", r"\s{1,2}") for label in labels)
    return regex.compile(
        rf"(?:^|(?<=[\s.,;:!?|)\]»”\"'。、]|\p{{Ll}})|(?<=^|\s)[(\[])"
        rf"(?P<credit>[(\[]?(?P<label>(?:{alternation})(?:\s{{1,2}}(?:by|von|par|por|de))?)"
        rf"\s{{0,2}}[:：]\s{{0,3}}(?P<body>[^:：\n]{{1,{_MAX_CREDIT_CHARS}}}?)[)\]]?)\s*[.。]?\s*$",
        regex.IGNORECASE | regex.VERSION1,
    )


_SEPARATOR_TAIL = regex.compile(
    r"(?:^|\s)(?:[|/•·–—]|-)\s{0,3}(?P<credit>(?P<body>[^|/•·–—\n]{1,60}?))\s*$"
)
_FILE_SUFFIX = regex.compile(r"\s+(?:file|archive)(?:\s+photo)?$", regex.IGNORECASE)
# "… speaks. Jane Roe / AP": a photographer's name right after the caption sentence
_NAME_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?]))\s*(?P<name>(?:\p{Lu}[\p{L}'’-]*\.?\s{1,2}){0,3}\p{Lu}[\p{L}'’-]+)\s*$"
)
_SENTENCE_BREAK = regex.compile(r"[.!?。]\s+\p{Lu}|[!?;]")


def _short(body: str) -> bool:
    words = body.split()
    return 0 < len(words) <= MAX_CREDIT_WORDS and _SENTENCE_BREAK.search(body) is None


def caption_tail_credit(caption: str, options: ParseOptions) -> str | None:
    """The credit written at the end of ``caption``, as printed, or ``None``.

    >>> caption_tail_credit("The bridge at dusk. Foto: Jane Roe/dpa", ParseOptions())
    'Foto: Jane Roe/dpa'
    >>> caption_tail_credit("The mayor at the hall | Efe", ParseOptions())
    'Efe'
    >>> caption_tail_credit("Image: The mayor has agreed to stay on. He said so.", ParseOptions())
    """
    text = caption.strip()
    timeout = options.regex_timeout
    labelled = _labelled_tail().search(text, timeout=timeout)
    if labelled is not None:
        body = labelled["body"].strip(" .")
        if _short(body) and body[:1] not in "(\"'“":
            return labelled["credit"].strip()
    tail = _SEPARATOR_TAIL.search(text, timeout=timeout)
    if tail is not None and tail.start("credit") > 0:
        body = _FILE_SUFFIX.sub("", tail["body"].strip())
        pattern = agency_pattern(options)
        if any(pattern.fullmatch(form, timeout=timeout) for form in (body, body.upper())):
            name = _NAME_BEFORE.search(text, 0, tail.start(), timeout=timeout)
            start = name.start("name") if name is not None else tail.start("credit")
            return text[start:].strip()
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
    labels = sorted(load("image_credits")["labels"], key=len, reverse=True)
    alternation = "|".join(regex.escape(label).replace(r"\ ", r"\s{1,2}") for label in labels)
    return regex.compile(
        rf"^[(\[]?\s{{0,2}}(?:©\s{{0,2}})?"
        rf"(?:(?:{alternation})(?:\s{{1,2}}(?:by|von|par|por|de|of|via))?\s{{0,2}}(?:[:：]|\.{{2,3}}|…)"
        rf"\s{{0,3}}|(?:(?:{alternation}|courtesy|photographed)\s{{1,2}})?(?:by|of|via|von|par|por)\s{{1,2}}"
        rf"|courtesy\s{{1,2}})?(?:©\s{{0,2}})?",
        regex.IGNORECASE,
    )


def credit_body(credit: str) -> str:
    """A credit without its label, brackets and file suffix: what names the parties.

    >>> credit_body("[Foto: Jane Roe/dpa]")
    'Jane Roe/dpa'
    """
    body = _leading_label().sub("", credit.strip(), count=1)
    return _FILE_SUFFIX.sub("", body.strip(" .;,()[]"))
