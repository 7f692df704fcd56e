"""Credits inside caption lines that a page's photo widget left in the text.

Text extracted from a web page keeps what the photo widget printed around a picture: its
buttons, its caption, and its credit, often twice. Each function reads one line and
returns the credits in it as ``(start, end, kind, names)``, offsets into the line, or an
empty list. Forms read (invented examples):

* **A credit printed twice** closing the line, the widget's signature:
  ``Enlarge this image toggle caption Jane Roe/Acme Press Jane Roe/Acme Press`` or
  ``Credit: Northport University Credit: Northport University`` — two ``photo`` credits,
  one per copy (the slash or the label marks the copy as a credit, so a repeated word
  of prose is not one);
* **Image copyright, then the caption**: ``Image copyright Acme Images Image caption
  Crowds gather in the square`` — an ``image`` credit for ``Acme Images``; the rest is
  the caption;
* **A label closing a caption**: ``Flood damage in the valley Photo : Acme Stock``,
  ``The senator speaks. | Acme Press Photo`` — a ``photo`` credit;
* **A copyright sign before a photo credit**: ``© Acme Photo / Jan Novak`` — a notice
  that names a photo agency and a photographer is a ``photo`` credit (a plain ``© Acme``
  notice is left to the copyright rule).

Names must be capitalised words (``iStock``-style brands included); a caption that ends
in lower-case prose after a label word (``… the photo: it shows a cat``) is no credit.
"""

from __future__ import annotations

import regex

from newsdoc.models import AttributionKind

__all__ = ["WIDGET_GATE", "WidgetCredit", "widget_credits"]

WidgetCredit = tuple[int, int, AttributionKind, list[str]]
"""A credit in a line: its start and end in the line, its kind and the names it credits."""

WIDGET_GATE = ("caption", "copyright", "photo", "image", "credit", "©", "ⓒ")
"""Lower-case substrings a line must hold before these forms are tried."""

_MAX_CREDIT = 80
"""Longest credit the widget forms read."""

_NAME = r"(?:\p{Lu}|\p{Ll}\p{Lu}|\d)[\p{L}\p{N}'’.&-]*"
_NAMES = rf"{_NAME}(?:[ \u00a0]{{1,2}}(?:(?:of|de|van|von|the|and|&)[ \u00a0])?{_NAME}){{0,5}}"
_CREDIT_LIST = rf"{_NAMES}(?:[ \u00a0]{{0,2}}/[ \u00a0]{{0,2}}{_NAMES}){{0,3}}"
_SPLIT = regex.compile(r"[ \u00a0]{0,2}/[ \u00a0]{0,2}")

_TWICE = regex.compile(
    rf"(?P<credit>(?:(?i:(?:photo|image)[ \u00a0])?(?i:credit)[ \u00a0]?:[ \u00a0]{{0,2}}{_NAMES}"
    rf"|{_NAMES}[ \u00a0]{{0,2}}/[ \u00a0]{{0,2}}{_CREDIT_LIST}))"
    r"[ \u00a0]{1,3}(?P=credit)[ \u00a0]*$"
)
_LABEL_PREFIX = regex.compile(r"(?i:(?:photo|image)[ \u00a0])?(?i:credit)[ \u00a0]?:[ \u00a0]{0,2}")
_IMAGE_COPYRIGHT = regex.compile(
    rf"(?P<credit>(?i:image|photo|picture)[ \u00a0]{{1,2}}(?i:copyright)[ \u00a0]{{1,3}}"
    rf"(?P<names>{_CREDIT_LIST}))(?:[ \u00a0]{{1,3}}(?i:image|photo|picture)[ \u00a0]{{1,2}}"
    r"(?i:caption)\b|[ \u00a0]*$)"
)
_LABEL_TAIL = regex.compile(
    rf"(?:(?<=[ \u00a0])|^)(?P<credit>(?i:photo|image|picture|foto)[ \u00a0]{{0,2}}:"
    rf"[ \u00a0]{{0,2}}(?P<names>{_CREDIT_LIST}))[ \u00a0]*$"
)
_PIPE_TAIL = regex.compile(
    rf"\|[ \u00a0]{{0,2}}(?P<credit>(?P<names>{_NAMES})[ \u00a0](?i:photos?|images?))[ \u00a0]*$"
)
_CIRCLED = regex.compile(
    rf"(?P<credit>[©ⓒ][ \u00a0]{{0,2}}(?P<names>{_CREDIT_LIST}))[ \u00a0]*\.?[ \u00a0]*"
)
_PHOTO_WORD = regex.compile(r"[ \u00a0](?i:photos?)$")
_PHOTO_IN = regex.compile(r"(?i)\bphotos?\b")


def _names(credit: str) -> list[str]:
    names = []
    for piece in _SPLIT.split(credit.strip()):
        piece = _PHOTO_WORD.sub("", piece).strip(" .")
        if piece:
            names.append(piece)
    return names


def widget_credits(line: str) -> list[WidgetCredit]:
    """The widget credits of one line (see the module docstring), in line order."""
    tail = line[-(2 * _MAX_CREDIT + 3) :]
    words = tail.split()
    # a credit printed twice ends in a word the tail holds twice: one count before the search
    twice = _TWICE.search(tail) if words and tail.count(words[-1]) >= 2 else None
    if twice is not None:
        offset = len(line) - len(tail)
        first = offset + twice.start("credit")
        credit = twice.group("credit")
        second = offset + twice.end() - len(twice.group(0)) + twice.group(0).rindex(credit)
        names = _names(_LABEL_PREFIX.sub("", credit, count=1))
        return [
            (first, first + len(credit), "photo", names),
            (second, second + len(credit), "photo", names),
        ]
    found = _IMAGE_COPYRIGHT.match(line)
    if found is not None:
        return [(0, found.end("credit"), "image", _names(found.group("names")))]
    for pattern in (_LABEL_TAIL, _PIPE_TAIL):
        found = pattern.search(line, max(0, len(line) - _MAX_CREDIT))
        if found is not None:
            return [(found.start("credit"), found.end("credit"), "photo", _names(found["names"]))]
    found = _CIRCLED.fullmatch(line) if len(line) <= _MAX_CREDIT else None
    if found is not None and _PHOTO_IN.search(found.group("credit")):
        # a plain "© Owner" notice is the copyright rule's; naming a photo makes it a credit
        return [(found.start("credit"), found.end("credit"), "photo", _names(found["names"]))]
    return []
