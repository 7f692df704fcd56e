"""Picture credits printed in a page's captions and credit elements.

Read:

* elements whose class names a credit (``credit``, ``caption__credit``, ``copyright``,
  ``photographer``, ``byline-photo``) or whose ``itemprop`` is ``copyrightHolder`` /
  ``creditText``, when they sit in a ``<figure>`` / ``<figcaption>`` / caption container or
  their class also says photo / image / media / caption: ``<span class="credit">Jane
  Roe/Getty Images</span>``. A credit element holding smaller credit elements gives those,
  and a bare label (``<span class="credit-label">Credit</span>``) is skipped;
* every ``<figcaption>`` without such an element: the credit parser
  (:mod:`newsdoc.parsers.credits`) reads its text, so ``… on Monday. (AP Photo/Jane Roe)``
  gives ``(AP Photo/Jane Roe)``, then the caption's tail in the page's language
  (:mod:`newsdoc.html.caption_labels`: ``… at dusk. Foto: Jane Roe/dpa``, ``… | Efe``);
  a caption without a credit gives nothing;
* credit attributes on pictures and figures: ``data-credit``, ``data-copyright``,
  ``data-photographer``, ``data-image-credit`` …: ``<img data-credit="Jane Roe/AFP">``;
* JSON-LD ``ImageObject`` credits: ``creditText``, else ``copyrightHolder``, else
  ``author`` (names of Person/Organization objects or strings).

Each credit becomes an :class:`~newsdoc.models.Attribution` without span, its wording in
``printed``. Its kind and
parties come from the credit parser when it reads the string; a bare credit element
(``Getty Images``, ``Jane Roe``) is a ``photo`` credit, an ``image`` credit when it says
illustration / graphic / screenshot / image, with the agencies it names (or else the
name as printed) as parties.

Skipped: credits inside embedded posts, script/style/noscript/template content, and
strings longer than 200 characters (a caption sentence, not a credit).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import regex

from newsdoc.agencies import agency_party, agency_pattern
from newsdoc.document import Document
from newsdoc.html.caption_labels import caption_tail_credit, credit_body, is_image_wording
from newsdoc.html.decode import compile_xpath
from newsdoc.html.metadata import json_ld_objects, json_ld_types
from newsdoc.lexicon import load
from newsdoc.models import Attribution, AttributionKind, Party
from newsdoc.options import ParseOptions
from newsdoc.parsers.credits import CreditParser

__all__ = ["caption_credits", "credit_strings"]

_CREDIT_CLASS = regex.compile(
    r"credit|copyright|photographer|byline-photo|photo-byline|bildnachweis|image-source"
    r"|photo-source|fotocredit",
    regex.IGNORECASE,
)
_IMAGE_CLASS = regex.compile(
    r"photo|image|img|media|caption|pic|foto|bild|figure|gallery|hero|lead", regex.IGNORECASE
)
_CREDIT_ITEMPROPS = frozenset({"copyrightholder", "credittext", "copyrightnotice"})
_BARE_LABEL = regex.compile(
    r"^(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Cr[ée]dits?|Fotos?|Bild(?:er)?|Quelle"
    r"|Fuente|Source|Copyright|©)\s{0,3}[:.…]{0,3}$",
    regex.IGNORECASE,
)
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "meta", "img", "source", "picture", "svg"}
)
_EMBED_CLASSES = frozenset(
    {"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed"}
)
_PARTY_SEPARATOR = regex.compile(r"\s{0,3}(?:[/|;,&·•]|\s(?:via|for)\s)\s{0,3}")
_LEADING_CONNECTOR = regex.compile(r"^(?:and|und|et|for|by|via)\s+", regex.IGNORECASE)
_CONJUNCTION = regex.compile(r"\s(?:and|und|et|y|e|i)\s")
_EMAIL = regex.compile(r"\S@\S+\.\w")
_DIGIT_RUN = regex.compile(r"\d{3,}|\d[.:]")
_MAX_PARTY_WORDS = 5
_PERSON_LIKE = regex.compile(r"(?:\p{Lu}[\p{Ll}'’-]*\.?\s){1,3}\p{Lu}[\p{Ll}'’-]+")
MAX_CREDIT_CHARS = 200
"""A longer string is a caption sentence, not a credit."""
_WHITESPACE = regex.compile(r"\s+")
_CREDIT_PARSER = CreditParser()


@cache
def _attribute_values() -> Any:
    return compile_xpath("//@class | //@itemprop")


def _credit_candidates(root: Any) -> list[Any]:
    """Elements whose class or itemprop may name a credit, in document order."""
    # Reading attribute values in one XPath pass is much faster than visiting every element.
    found: list[Any] = []
    for value in _attribute_values()(root):
        if _CREDIT_CLASS.search(value) or value.lower() in _CREDIT_ITEMPROPS:
            element = value.getparent()
            if not found or found[-1] is not element:
                found.append(element)
    return found


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _spaced_text(element: Any) -> str:
    """Whitespace-collapsed text, with a space where two element texts meet letter to letter."""
    out = ""
    for piece in element.itertext():
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return _WHITESPACE.sub(" ", out).strip()


def _in_caption(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if _tag(ancestor) in {"figure", "figcaption"}:
            return True
        if "caption" in str(ancestor.get("class") or "").lower():
            return True
    return False


def _is_credit_element(element: Any) -> bool:
    tag = _tag(element)
    if not tag or tag in _SKIPPED_TAGS:
        return False
    classes = str(element.get("class") or "")
    itemprop = str(element.get("itemprop") or "").lower()
    if itemprop not in _CREDIT_ITEMPROPS and not (
        _CREDIT_CLASS.search(classes) and (_in_caption(element) or _IMAGE_CLASS.search(classes))
    ):
        return False
    return _BARE_LABEL.match(_spaced_text(element)) is None


def _inside_embed(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if _EMBED_CLASSES.intersection(str(ancestor.get("class") or "").split()):
            return True
    return False


def credit_strings(root: Any, options: ParseOptions) -> Iterator[str]:
    """Credit strings of the page, in document order, each once."""
    if root is None:
        return
    seen: set[str] = set()
    elements = [element for element in _credit_candidates(root) if _is_credit_element(element)]
    chosen = set(elements)
    for element in elements:
        if any(inner in chosen for inner in element.iterdescendants()) or _inside_embed(element):
            continue
        text = _spaced_text(element)
        if text and len(text) <= MAX_CREDIT_CHARS and text not in seen:
            seen.add(text)
            yield text
    for caption in root.iter("figcaption"):
        if caption in chosen or any(inner in chosen for inner in caption.iterdescendants()):
            continue
        if any(outer in chosen for outer in caption.iterancestors()) or _inside_embed(caption):
            continue
        text = _spaced_text(caption)
        if not text:
            continue
        document = Document(text, options)
        found_any = False
        for found in _CREDIT_PARSER.parse(document):
            if isinstance(found, Attribution) and found.raw:
                found_any = True
                if found.raw not in seen:
                    seen.add(found.raw)
                    yield found.raw
        tail = None if found_any else caption_tail_credit(text, options)
        if tail is not None and tail not in seen:
            seen.add(tail)
            yield tail
    for credit in (*_attribute_credits(root), *_json_ld_credits(root)):
        if credit not in seen and not any(credit in known for known in seen):
            seen.add(credit)
            yield credit


@cache
def _credit_attributes() -> Any:
    return compile_xpath(
        "//@*[starts-with(name(), 'data-') and (contains(name(), 'credit')"
        " or contains(name(), 'copyright') or contains(name(), 'photographer'))]"
    )


def _attribute_credits(root: Any) -> Iterator[str]:
    """``data-credit="Jane Roe/AFP"`` and its kin on the page's pictures and figures."""
    for value in _credit_attributes()(root):
        element = value.getparent()
        text = _WHITESPACE.sub(" ", str(value)).strip()
        if not text or len(text) > MAX_CREDIT_CHARS or _inside_embed(element):
            continue
        if text.lower() in {"true", "false", "none", "null", "0", "1"}:
            continue  # a switch, not a credit
        yield text


def _json_ld_credits(root: Any) -> Iterator[str]:
    """The credit of every JSON-LD ``ImageObject``: ``creditText``, else
    ``copyrightHolder``, else ``author``."""
    for node in json_ld_objects(root):
        if "ImageObject" not in json_ld_types(node):
            continue
        for key in ("creditText", "copyrightHolder", "author"):
            names = _json_ld_names(node.get(key))
            if names:
                text = " / ".join(names)
                if len(text) <= MAX_CREDIT_CHARS:
                    yield text
                break


def _json_ld_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for entry in value for name in _json_ld_names(entry)]
    if isinstance(value, dict):
        return _json_ld_names(value.get("name"))
    if isinstance(value, str) and value.strip() and "://" not in value:
        return [_WHITESPACE.sub(" ", value).strip()]
    return []


def _read_credit(text: str, options: ParseOptions) -> tuple[AttributionKind, tuple[Party, ...]]:
    for found in _CREDIT_PARSER.parse(Document(text, options)):
        # Only a credit that is most of the string describes it; a fragment may not.
        if (
            isinstance(found, Attribution)
            and found.raw is not None
            and len(found.raw.strip()) >= len(text.strip()) * 0.6
        ):
            return found.kind, found.parties
    kind: AttributionKind = "image" if is_image_wording(text) else "photo"
    parties: list[Party] = []
    for piece in _pieces(credit_body(text)):
        for party in _piece_parties(piece, options):
            if party not in parties:
                parties.append(party)
    return kind, tuple(parties)


def _pieces(body: str) -> list[str]:
    """The parts of a credit body that each name one party: split at ``/ | ; , &``,
    ``via`` and ``for``, and at ``and``/``und``/``et`` … only between people's names
    (``Jane Roe and Ann Lee``, not ``The Globe and Acme``)."""
    pieces: list[str] = []
    for piece in _PARTY_SEPARATOR.split(body):
        piece = _LEADING_CONNECTOR.sub("", piece.strip(" .()[]"))
        joined = _CONJUNCTION.split(piece)
        if len(joined) > 1 and all(_PERSON_LIKE.fullmatch(part.strip()) for part in joined):
            pieces += [part.strip() for part in joined]
        elif piece and pieces and piece.casefold().rstrip(".") in _company_suffixes():
            pieces[-1] += ", " + piece  # "Acme, Inc." is one company
        elif piece:
            pieces.append(piece)
    return pieces


def _piece_parties(piece: str, options: ParseOptions) -> list[Party]:
    """The party a piece names: an agency (canonical), a name as printed, or the agencies
    inside a piece that is not a name (``Titan in 2004 (Acme Space Agency``)."""
    pattern = agency_pattern(options)
    agency = next((form for form in (piece, piece.upper()) if pattern.fullmatch(form)), None)
    if agency is not None:
        return [agency_party(agency, options)]
    if _EMAIL.search(piece):
        return []  # contact data, not a party
    if _party_name_like(piece):
        person = _PERSON_LIKE.fullmatch(piece) is not None
        return [Party(name=piece, kind="person" if person else "organization")]
    return [
        agency_party(match.group(0), options)
        for match in pattern.finditer(piece, timeout=options.regex_timeout)
    ]


def _party_name_like(piece: str) -> bool:
    words = piece.split()
    if not 0 < len(words) <= _MAX_PARTY_WORDS or _DIGIT_RUN.search(piece):
        return False
    connectors = _connectors()
    return all(
        word[0].isupper()
        or word[0].isdigit()
        or word in connectors
        or word.startswith("@")  # a handle
        or "." in word  # a site: example.com
        or any(char.isupper() for char in word)  # iFoto
        for word in words
    )


@cache
def _company_suffixes() -> frozenset[str]:
    return frozenset(load("image_credits")["company_suffixes"])


@cache
def _connectors() -> frozenset[str]:
    return frozenset(load("image_credits")["connectors"])


def caption_credits(
    root: Any, text: str, options: ParseOptions, found: Sequence[Attribution] = ()
) -> list[Attribution]:
    """Span-less attributions for the page's credits that the text's credit parser has
    not ``found`` (a credit it read in the text is its own, with its span)."""
    known = [credit.raw for credit in found if credit.raw]
    credits: list[Attribution] = []
    for credit in credit_strings(root, options):
        if any(credit in raw or raw in credit for raw in known):
            continue
        kind, parties = _read_credit(credit, options)
        credits.append(Attribution(kind=kind, parties=parties, printed=credit))
    return credits
