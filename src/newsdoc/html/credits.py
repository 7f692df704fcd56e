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
  gives ``(AP Photo/Jane Roe)`` and a caption without a credit gives nothing.

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

from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from newsdoc.agencies import agency_party, agency_pattern
from newsdoc.document import Document
from newsdoc.html.decode import compile_xpath
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
_IMAGE_WORDING = regex.compile(
    r"\b(?:illustration|graphic|grafik|screenshot|screen grab|image|imagen|imagem|bild)\b",
    regex.IGNORECASE,
)
_LABEL = regex.compile(
    r"^(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Cr[ée]dits?|Fotos?|Bild(?:er)?"
    r"|Quelle|Fuente|Source|Courtesy(?: of)?)\s{0,3}(?:by\s{1,3})?[:/]?\s{0,3}|©\s{0,3})",
    regex.IGNORECASE,
)
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "meta", "img", "source", "picture", "svg"}
)
_EMBED_CLASSES = frozenset(
    {"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed"}
)
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
        if text and len(text) <= 200 and text not in seen:
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
        for found in _CREDIT_PARSER.parse(document):
            if isinstance(found, Attribution) and found.raw and found.raw not in seen:
                seen.add(found.raw)
                yield found.raw


def _read_credit(text: str, options: ParseOptions) -> tuple[AttributionKind, tuple[Party, ...]]:
    for found in _CREDIT_PARSER.parse(Document(text, options)):
        # Only a credit that is most of the string describes it; a fragment may not.
        if (
            isinstance(found, Attribution)
            and found.raw is not None
            and len(found.raw.strip()) >= len(text.strip()) * 0.6
        ):
            return found.kind, found.parties
    kind: AttributionKind = "image" if _IMAGE_WORDING.search(text) else "photo"
    body = _LABEL.sub("", text, count=1).strip(" .;,()")
    parties: list[Party] = []
    for match in agency_pattern(options).finditer(body, timeout=options.regex_timeout):
        party = agency_party(match.group(0), options)
        if party not in parties:
            parties.append(party)
    if not parties and body and len(body.split()) <= 6:
        parties.append(Party(name=body, kind="person" if body.istitle() else "organization"))
    return kind, tuple(parties)


def caption_credits(root: Any, text: str, options: ParseOptions) -> list[Attribution]:
    """Span-less attributions for the page's credits that the built ``text`` does not hold
    (a credit in the text is the credit parser's, with its span)."""
    credits: list[Attribution] = []
    for credit in credit_strings(root, options):
        if credit in text:
            continue
        kind, parties = _read_credit(credit, options)
        credits.append(Attribution(kind=kind, parties=parties, printed=credit))
    return credits
