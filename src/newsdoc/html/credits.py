"""Picture credits printed in a page's captions, credit elements and markup.

Sources, read in this order (each credit once, in document order within a source):

1. **Credit elements**: elements whose class names a credit (``credit``, ``caption__credit``,
   ``copyright``, ``photographer``, ``bildnachweis`` …: ``credit_classes`` in
   ``lexicon/image_credits.json``) or whose ``itemprop`` is ``copyrightHolder`` /
   ``creditText`` / ``copyrightNotice``, when they sit by a picture: in a ``<figure>`` /
   ``<figcaption>`` / caption container, in a picture container a few levels up
   (:data:`PICTURE_ANCESTOR_LEVELS`; ``<div class="photo"><img …><div class="credit">``),
   or their class also says photo / image / media / caption: ``<span class="credit">Jane
   Roe/Getty Images</span>``. A class that only says ``source`` / ``author`` / ``byline``
   / ``attribution`` (``weak_credit_classes``) counts inside a caption or figure, or when
   an image word comes first in the same class token (``img-author``, ``caption_author``,
   ``c-picture__source``), and then only for a short text that is not the page's byline
   author. A credit element holding smaller credit elements gives those, a bare label
   (``<span class="credit-label">Credit</span>``) is skipped, and a credit element that
   holds a caption sentence gives only the credit closing it (``The pier at dusk. (Acme
   Agency/Jane Roe)``). A credit element followed by a slash and a distributor element
   (``<span class="credit">Photo by Jane Roe</span> /<span>AFP via Getty Images</span>``)
   is read with it.
2. **Caption text**: every ``<figcaption>`` without such an element: the credit parser
   (:mod:`newsdoc.parsers.credits`) reads its text, so ``… on Monday. (AP Photo/Jane Roe)``
   gives ``(AP Photo/Jane Roe)``, then the caption's tail in the page's language
   (:mod:`newsdoc.html.caption_labels`: ``… at dusk. Foto: Jane Roe/dpa``, ``… | Efe``,
   ``… © Acme Media``, ``… EFE/ Jan Roe``); a caption without a credit gives nothing.
   Then every caption box outside ``<figcaption>`` by a picture (:func:`_caption_boxes`:
   ``<span class="newsCaption">``, ``<p class="wp-caption-text">``), read the same way.
3. **Credit attributes** on pictures and figures: ``data-credit``, ``data-copyright``,
   ``data-photographer``, ``data-image-credit``, ``data-image-source`` …:
   ``<img data-credit="Jane Roe/AFP">``.
4. **JSON-LD images**: every ``ImageObject`` (also inside ``@graph`` and under an
   article's ``image``, typed or not): ``creditText``, else ``copyrightHolder``, else
   ``copyrightNotice``, else ``creator``, else ``author`` (names of Person/Organization
   objects or strings); an ``author``/``creator`` who is the page's byline author is
   the article's writer, not the picture's credit.
5. **Picture meta tags**: a ``<meta>`` whose name joins an image word and a credit word
   (``og:image:credit``, ``image:copyright``, ``twitter:image:creator``). A page-wide
   ``<meta name="copyright">`` is the publisher's notice, not a picture's credit.

A credit already given by an earlier source (the same text, or one inside an earlier
credit's text, as JSON-LD's ``Jane Roe`` inside ``Photo: Jane Roe/AFP``) is not repeated.

Each credit becomes an :class:`~newsdoc.models.Attribution` without span, its wording in
``printed``. Its kind and parties come from the credit parser when it reads the string
(a credit it calls ``wire`` or ``copyright`` is still the picture's: ``photo``); a bare
credit element (``Getty Images``, ``Jane Roe``) is a ``photo`` credit, an ``image``
credit when it says illustration / graphic / screenshot / image, with the agencies it
names (or else the name as printed) as parties.

Skipped: credits inside embedded posts, script/style/noscript/template content, values
that name no one (``-``, ``unknown``: ``not_credits``), and strings longer than
:data:`MAX_CREDIT_CHARS` (a caption sentence, not a credit).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import regex

from newsdoc.agencies import agency_party, agency_pattern
from newsdoc.document import Document
from newsdoc.html.caption_labels import (
    MAX_CREDIT_WORDS,
    caption_tail_credit,
    credit_body,
    is_image_wording,
)
from newsdoc.html.decode import compile_xpath, spaced_text
from newsdoc.html.metadata import json_ld_objects, json_ld_types
from newsdoc.lexicon import load, word_set, word_tuple
from newsdoc.models import Attribution, AttributionKind, CreditSource, Party
from newsdoc.options import ParseOptions
from newsdoc.parsers.credits import (
    CreditParser,
    closes_company_name,
    is_company_suffix,
    is_contributor,
    lower_case_agency,
)

__all__ = [
    "MAX_CREDIT_CHARS",
    "PICTURE_ANCESTOR_LEVELS",
    "CreditSource",
    "caption_credits",
    "credit_strings",
]

MAX_CREDIT_CHARS = 200
"""A longer string is a caption sentence, not a credit."""
PICTURE_ANCESTOR_LEVELS = 3
"""How far up a credit element may sit below the picture container it credits."""
MAX_WEAK_CREDIT_WORDS = 12
"""A ``source``/``author``-classed element is a credit only when this short."""
MIN_CAPTION_PREFIX_CHARS = 12
"""The caption part before a credit inside a credit element is at least this long."""
MAX_DISTRIBUTOR_WORDS = 6
"""A distributor after a credit element (``/ AFP via Getty Images``) is this short."""
MAX_CAPTION_BOX_CHARS = 600
"""A caption container outside ``<figcaption>`` longer than this is a block of the page
(a gallery, a teaser list), not one picture's caption."""
MIN_PARSED_SHARE = 0.6
"""The credit parser's reading describes a credit string when it covers this share of it."""

_CREDIT_ITEMPROPS = frozenset({"copyrightholder", "credittext", "copyrightnotice"})
_BARE_LABEL = regex.compile(
    r"^(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Cr[ée]dits?|Fotos?|Bild(?:er)?|Quelle"
    r"|Fuente|Source|Copyright|©)\s{0,3}[:.…]{0,3}$",
    regex.IGNORECASE,
)
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "meta", "img", "source", "picture", "svg"}
)
_PICTURE_TAGS = frozenset({"img", "picture", "figure"})
_EMBED_CLASSES = frozenset(
    {"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed"}
)
_PARTY_SEPARATOR = regex.compile(r"\s{0,3}(?:[/|;,&·•©]|\s(?:via|for)\s)\s{0,3}")
_LEADING_CONNECTOR = regex.compile(r"^(?:and|und|et|for|by|via)\s+", regex.IGNORECASE)
_CONJUNCTION = regex.compile(r"\s(?:and|und|et|y|e|i)\s")
_EMAIL = regex.compile(r"\S@\S+\.\w")
_DIGIT_RUN = regex.compile(r"\d{3,}|\d[.:]")
_MAX_PARTY_WORDS = 5
_PERSON_LIKE = regex.compile(r"(?:\p{Lu}[\p{Ll}'’-]*\.?\s){1,3}\p{Lu}[\p{Ll}'’-]+")
_WHITESPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")
_CLASS_TOKEN = regex.compile(r"[^\s]+")
_DISTRIBUTOR_JOINT = regex.compile(r"^\s{0,3}[/|]\s{0,3}$")
_SENTENCE_END = regex.compile(r"[.!?。…]$")
_PAGE_FURNITURE_TAGS = frozenset({"footer", "nav"})
_REPEATED_LABEL = regex.compile(r"^(\p{L}+)(?:\s+\1)+(?=\s)")
_CREDIT_PARSER = CreditParser()
_PICTURE_KINDS = frozenset({"photo", "image", "video"})


def _fragments(key: str) -> regex.Pattern[str]:
    words = sorted(load("image_credits")[key], key=len, reverse=True)
    return regex.compile("|".join(regex.escape(word) for word in words), regex.IGNORECASE)


@cache
def _credit_class() -> regex.Pattern[str]:
    # "accreditation" holds "credit" but names none
    return regex.compile(rf"(?<!ac)(?:{_fragments('credit_classes').pattern})", regex.IGNORECASE)


@cache
def _weak_class() -> regex.Pattern[str]:
    return _fragments("weak_credit_classes")


@cache
def _image_class() -> regex.Pattern[str]:
    return _fragments("image_classes")


@cache
def _not_credits() -> frozenset[str]:
    return word_set("image_credits", "not_credits")


@cache
def _attribute_values() -> Any:
    return compile_xpath("//@class | //@itemprop")


def _credit_candidates(root: Any) -> list[Any]:
    """Elements whose class or itemprop may name a credit, in document order."""
    # Reading attribute values in one XPath pass is much faster than visiting every element.
    found: list[Any] = []
    strong, weak = _credit_class(), _weak_class()
    for value in _attribute_values()(root):
        if strong.search(value) or weak.search(value) or value.lower() in _CREDIT_ITEMPROPS:
            element = value.getparent()
            if not found or found[-1] is not element:
                found.append(element)
    return found


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _in_caption(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if _tag(ancestor) in {"figure", "figcaption"}:
            return True
        if "caption" in str(ancestor.get("class") or "").lower():
            return True
    return False


def _near_picture(element: Any) -> bool:
    """Whether a picture container holds the element a few levels up: an ancestor whose
    class says photo / image / media …, or whose children include the picture itself."""
    image = _image_class()
    for level, ancestor in enumerate(element.iterancestors()):
        if level >= PICTURE_ANCESTOR_LEVELS:
            return False
        if image.search(str(ancestor.get("class") or "")):
            return True
        if level == 0 and any(_tag(child) in _PICTURE_TAGS for child in ancestor):
            return True
    return False


@cache
def _picture_words() -> tuple[str, ...]:
    return word_tuple("image_credits", "picture_words")


@cache
def _weak_words() -> tuple[str, ...]:
    return word_tuple("image_credits", "weak_credit_classes")


_TOKEN_PART = regex.compile(r"[-_]+|(?<=\p{Ll})(?=\p{Lu})")


def _image_word_first(classes: str) -> bool:
    """``img-author``, ``caption_author``, ``c-picture__source``: in one class token, a
    part that starts with a picture word comes before one that starts with a
    source/author word (``author-media`` is an author's box, not a picture's)."""
    for token in _CLASS_TOKEN.findall(classes):
        parts = [part.lower() for part in _TOKEN_PART.split(token) if part]
        picture = next(
            (index for index, part in enumerate(parts) if part.startswith(_picture_words())),
            None,
        )
        if picture is not None and any(
            part.startswith(_weak_words()) for part in parts[picture + 1 :]
        ):
            return True
    return False


def _in_furniture(element: Any) -> bool:
    """Inside the page's footer or navigation: a site's notice beside its logo."""
    return any(_tag(ancestor) in _PAGE_FURNITURE_TAGS for ancestor in element.iterancestors())


def _in_picture_box(element: Any) -> bool:
    """Right inside a picture's box: a parent whose class starts a part with a picture
    word (``<span class="image"><img …><span class="source">…``) and that holds the
    picture."""
    parent = element.getparent()
    if parent is None or not any(_tag(child) in _PICTURE_TAGS for child in parent):
        return False
    parts = [part.lower() for part in _TOKEN_PART.split(str(parent.get("class") or "")) if part]
    return any(part.startswith(_picture_words()) for part in parts)


def _in_picture_caption(element: Any) -> bool:
    """Inside a figure or figcaption, or a caption container a few levels up."""
    for level, ancestor in enumerate(element.iterancestors()):
        if _tag(ancestor) in {"figure", "figcaption"}:
            return True
        if (
            level < PICTURE_ANCESTOR_LEVELS
            and "caption" in str(ancestor.get("class") or "").lower()
        ):
            return True
    return False


def _credit_strength(element: Any) -> str | None:
    """``strong`` for a credit element, ``weak`` for a source/author element by a picture,
    ``None`` for neither or for a bare label."""
    tag = _tag(element)
    if not tag or tag in _SKIPPED_TAGS:
        return None
    classes = str(element.get("class") or "")
    itemprop = str(element.get("itemprop") or "").lower()
    strength = None
    if itemprop in _CREDIT_ITEMPROPS:
        strength = "strong"
    elif _credit_class().search(classes):
        if _in_caption(element) or (
            (_image_class().search(classes) or _near_picture(element))
            and not _in_furniture(element)
        ):
            strength = "strong"
    elif _weak_class().search(classes) and (
        _in_picture_caption(element) or _image_word_first(classes) or _in_picture_box(element)
    ):
        strength = "weak"
    if strength is not None and _BARE_LABEL.match(spaced_text(element)):
        return None
    return strength


def _inside_embed(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if _EMBED_CLASSES.intersection(str(ancestor.get("class") or "").split()):
            return True
    return False


def _with_distributor(element: Any, text: str) -> str:
    """A credit element and the distributor printed after it behind a slash."""
    joint = element.tail or ""
    after = element.getnext()
    if after is None or not _DISTRIBUTOR_JOINT.match(joint):
        return text
    extra = spaced_text(after)
    if extra and len(extra.split()) <= MAX_DISTRIBUTOR_WORDS:
        return f"{text} / {extra}"
    return text


def _names_a_credit(text: str) -> bool:
    return bool(_LETTER.search(text)) and text.casefold().strip(" .:") not in _not_credits()


def _caption_credits(text: str, options: ParseOptions) -> list[str]:
    """The credits a caption's text carries: what the credit parser reads, else its tail."""
    found = [
        credit.raw
        for credit in _CREDIT_PARSER.parse(Document(text, options))
        if isinstance(credit, Attribution) and credit.raw
    ]
    if found:
        return found
    tail = caption_tail_credit(text, options)
    return [_REPEATED_LABEL.sub(r"\1", tail)] if tail is not None else []


def _element_credits(
    element: Any, strength: str, options: ParseOptions, authors: frozenset[str]
) -> list[str]:
    text = _with_distributor(element, spaced_text(element))
    if not text or not _names_a_credit(text):
        return []
    inner = _caption_credits(text, options)
    if inner:
        prefix = text[: text.find(inner[0])].strip() if inner[0] in text else ""
        if _is_caption_sentence(prefix, options):
            return inner  # a caption sentence, then its credit
    if len(text) > MAX_CREDIT_CHARS:
        return []
    if strength == "weak" and (
        len(text.split()) > MAX_WEAK_CREDIT_WORDS
        or _DIGIT_RUN.search(text)  # a date or a count, not a name
        or _is_byline(text, authors)
    ):
        return []
    return [_REPEATED_LABEL.sub(r"\1", text)]


def _is_caption_sentence(prefix: str, options: ParseOptions) -> bool:
    """Whether the words before a credit inside a credit element are a caption: long
    enough, closed like a sentence or longer than a credit, and no credit themselves
    (``Animation by Jane Roe.`` before ``Photo by Acme`` is a second credit)."""
    if len(prefix) < MIN_CAPTION_PREFIX_CHARS or not prefix.startswith(credit_body(prefix)):
        return False  # too short, or it opens with a credit label
    if not (_SENTENCE_END.search(prefix) or len(prefix.split()) > MAX_CREDIT_WORDS):
        return False
    return not _caption_credits(prefix, options)


def _is_byline(text: str, authors: frozenset[str]) -> bool:
    """Whether a credit is only the page's byline author (``By Jane Roe``)."""
    unlabelled = _LEADING_CONNECTOR.sub("", text.strip())
    name = credit_body(unlabelled)
    if name != unlabelled.strip(" .;,()[]"):
        return False  # a labelled credit (``Foto: Jane Roe``) is the picture's
    return bool(name) and name.casefold() in authors


def credit_strings(root: Any, options: ParseOptions, authors: Sequence[str] = ()) -> Iterator[str]:
    """Credit strings of the page, source by source (see the module), each once;
    ``authors`` are the page's byline names, which are no picture's credit."""
    for _, credit in _sourced_credits(root, options, authors):
        yield credit


"""Where a credit string was read: a credit element, a caption's text, a ``data-*``
attribute, a JSON-LD image, or a ``<meta>`` tag."""
_MARKUP_SOURCES = frozenset({"attribute", "json-ld", "meta"})


def _sourced_credits(
    root: Any, options: ParseOptions, authors: Sequence[str] = ()
) -> Iterator[tuple[CreditSource, str]]:
    """(source, credit string) for each credit of the page (see :func:`credit_strings`)."""
    if root is None:
        return
    bylines = frozenset(name.casefold() for name in authors)
    seen: list[str] = []

    def same(credit: str) -> bool:
        """A credit not given before in the same words."""
        if credit in seen:
            return False
        seen.append(credit)
        return True

    def new(credit: str) -> bool:
        """A credit not given before, nor inside an earlier credit's words."""
        return not any(credit in known for known in seen) and same(credit)

    strengths = {}
    for element in _credit_candidates(root):
        strength = _credit_strength(element)
        if strength is not None:
            strengths[element] = strength
    chosen = set(strengths)
    for element, strength in strengths.items():
        # a credit element holding smaller ones gives those; a strong one only strong ones
        if _inside_embed(element) or any(
            strengths.get(inner) in {strength, "strong"} for inner in element.iterdescendants()
        ):
            continue
        if strength == "weak" and any(
            strengths.get(outer) == "strong" for outer in element.iterancestors()
        ):
            continue
        for credit in _element_credits(element, strength, options, bylines):
            # a source/author element repeating a credit element's words is no new credit
            if same(credit) if strength == "strong" else new(credit):
                yield "element", credit
    for text in _caption_texts(root, chosen):
        for credit in _caption_credits(text, options):
            if same(credit):
                yield "caption", credit
    markup: list[tuple[CreditSource, Iterator[str]]] = [
        ("attribute", _attribute_credits(root)),
        ("json-ld", _json_ld_credits(root, bylines)),
        ("meta", _meta_credits(root)),
    ]
    for source, credits in markup:
        for credit in credits:
            if new(credit):
                yield source, credit


@cache
def _caption_classed() -> Any:
    return compile_xpath(
        "//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
        "[not(ancestor-or-self::figcaption) and not(.//figcaption)]"
    )


def _caption_texts(root: Any, chosen: set[Any]) -> Iterator[str]:
    """The texts of the page's captions that hold no credit element and are not inside
    one (``chosen``), nor inside an embedded post: every ``<figcaption>``, then every
    caption box outside one (:func:`_caption_boxes`)."""
    for caption in (*root.iter("figcaption"), *_caption_boxes(root)):
        if caption in chosen or any(inner in chosen for inner in caption.iterdescendants()):
            continue
        if any(outer in chosen for outer in caption.iterancestors()) or _inside_embed(caption):
            continue
        text = spaced_text(caption)
        if text and (_tag(caption) == "figcaption" or len(text) <= MAX_CAPTION_BOX_CHARS):
            yield text


def _caption_boxes(root: Any) -> Iterator[Any]:
    """Caption containers outside ``<figcaption>``, by a picture: the outermost element
    whose class names a caption (``<div class="photo"><img …><span class="newsCaption">The
    pier at dusk. <span class="caption">(Image: Acme)</span></span>``, ``<div
    class="post-picture-caption">… [Acme]</div>``, or one wrapping the picture: ``<div
    class="wp-caption"><p><img …> … Jane Roe/Acme</p>``); :func:`_caption_texts` keeps
    those short enough to be a caption (:data:`MAX_CAPTION_BOX_CHARS`)."""
    taken: set[Any] = set()
    for box in _caption_classed()(root):
        if any(outer in taken for outer in box.iterancestors()):
            continue
        taken.add(box)
        if _tag(box) not in _SKIPPED_TAGS and (
            _near_picture(box) or _in_picture_box(box) or _holds_picture(box)
        ):
            yield box


@cache
def _pictures_inside() -> Any:
    return compile_xpath(".//img | .//picture")


def _holds_picture(box: Any) -> bool:
    """Whether a caption box wraps its picture (``<div class="wp-caption"><p><img …>``)."""
    return bool(_pictures_inside()(box))


@cache
def _credit_attributes() -> Any:
    """``data-*`` attributes whose name holds a credit word, or an image word and a
    source/author word (``data-image-source``)."""

    def any_of(key: str) -> str:
        return " or ".join(
            f"contains(name(), '{word}')" for word in word_tuple("image_credits", key)
        )

    credit, image, weak = (
        any_of("credit_attribute_words"),
        any_of("image_attribute_words"),
        any_of("weak_credit_classes"),
    )
    return compile_xpath(
        f"//@*[starts-with(name(), 'data-') and ({credit} or (({image}) and ({weak})))]"
    )


def _attribute_credits(root: Any) -> Iterator[str]:
    """``data-credit="Jane Roe/AFP"`` and its kin on the page's pictures and figures."""
    for value in _credit_attributes()(root):
        element = value.getparent()
        text = _WHITESPACE.sub(" ", str(value)).strip()
        if not text or len(text) > MAX_CREDIT_CHARS or _inside_embed(element):
            continue
        if not _names_a_credit(text) or "://" in text:
            continue  # a switch, an empty mark or a link, not a credit
        yield text


_JSON_LD_CREDIT_KEYS = ("creditText", "copyrightHolder", "copyrightNotice", "creator", "author")
_JSON_LD_WRITER_KEYS = frozenset({"creator", "author"})
_JSON_LD_IMAGE_KEYS = ("image", "associatedMedia", "primaryImageOfPage", "thumbnail")


def _json_ld_images(root: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD image object: typed ``ImageObject`` nodes, and untyped objects under
    an ``image`` (or ``associatedMedia`` …) key."""
    listed: set[int] = set()
    for node in json_ld_objects(root):
        if "ImageObject" in json_ld_types(node) and id(node) not in listed:
            listed.add(id(node))
            yield node
        for key in _JSON_LD_IMAGE_KEYS:
            value = node.get(key)
            for entry in value if isinstance(value, list) else [value]:
                if isinstance(entry, dict) and "@type" not in entry and id(entry) not in listed:
                    listed.add(id(entry))
                    yield entry


def _json_ld_credits(root: Any, bylines: frozenset[str] = frozenset()) -> Iterator[str]:
    """The credit of every JSON-LD image: ``creditText``, else ``copyrightHolder``, else
    ``copyrightNotice``, else ``creator``, else ``author`` (not a byline author)."""
    for node in _json_ld_images(root):
        for key in _JSON_LD_CREDIT_KEYS:
            names = [name for name in _json_ld_names(node.get(key)) if _names_a_credit(name)]
            if key in _JSON_LD_WRITER_KEYS:
                names = [name for name in names if name.casefold() not in bylines]
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


@cache
def _meta_key() -> regex.Pattern[str]:
    image = _fragments("meta_image_words").pattern
    credit = _fragments("meta_credit_words").pattern
    return regex.compile(rf"(?:{image}).*(?:{credit})", regex.IGNORECASE)


def _meta_credits(root: Any) -> Iterator[str]:
    """``<meta property="og:image:credit" content="Jane Roe/AFP">`` and its kin."""
    for meta in root.iter("meta"):
        key = str(meta.get("property") or meta.get("name") or "")
        text = _WHITESPACE.sub(" ", str(meta.get("content") or "")).strip()
        if not key or not _meta_key().search(key) or "://" in text:
            continue
        if text and len(text) <= MAX_CREDIT_CHARS and _names_a_credit(text):
            yield text


def _read_credit(text: str, options: ParseOptions) -> tuple[AttributionKind, tuple[Party, ...]]:
    for found in _CREDIT_PARSER.parse(Document(text, options)):
        # Only a credit that is most of the string describes it; a fragment may not.
        if (
            isinstance(found, Attribution)
            and found.raw is not None
            and len(found.raw.strip()) >= len(text.strip()) * MIN_PARSED_SHARE
        ):
            # the picture's credit, even where the parser reads an agency as wire copy
            kind = found.kind if found.kind in _PICTURE_KINDS else _picture_kind(text)
            parties = [party for party in found.parties if not _is_label(party.name)]
            if len(found.raw.strip()) < len(text.strip()):  # a part: the rest names more
                names = {party.name for party in parties}
                parties += [p for p in _parties(text, options) if p.name not in names]
            return kind, tuple(parties)
    return _picture_kind(text), _parties(text, options)


def _picture_kind(text: str) -> AttributionKind:
    return "image" if is_image_wording(text) else "photo"


def _parties(text: str, options: ParseOptions) -> tuple[Party, ...]:
    """The parties of a credit, sentence by sentence (``Animation by Jane Roe. Photo by
    Acme.``, ``Left: … Right: …``)."""
    parties: list[Party] = []
    for sentence in _CREDIT_SENTENCES.split(text):
        pieces = _pieces(credit_body(_SIDE_LABEL.sub("", sentence)))
        for number, piece in enumerate(pieces):
            following = pieces[number + 1] if number + 1 < len(pieces) else ""
            if following and is_contributor(piece, following, options):
                found = [Party(name=piece, kind="person")]  # "jdoe / Getty Images"
            else:
                found = _piece_parties(piece, options)
            for party in found:
                if party not in parties and not _is_label(party.name):
                    parties.append(party)
    return tuple(parties)


_CREDIT_SENTENCES = regex.compile(r"(?<=[a-z\p{Ll}]{2}[.;])\s+(?=\p{Lu})")
_SIDE_LABEL = regex.compile(
    r"^\s*(?:left|right|top|bottom|above|below|from left)\s*:\s*", regex.IGNORECASE
)


@cache
def _label_words() -> frozenset[str]:
    return word_set("image_credits", "labels") | word_set("image_credits", "spaced_labels")


def _is_label(name: str) -> bool:
    return name.casefold() in _label_words()


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
        elif piece and pieces and is_company_suffix(piece):
            pieces[-1] += ", " + piece  # "Acme, Inc." is one company
        elif piece:
            pieces.append(piece)
    return pieces


def _piece_parties(piece: str, options: ParseOptions) -> list[Party]:
    """The party a piece names: an agency (canonical), a name as printed, or the agencies
    inside a piece that is not a name (``Titan in 2004 (Acme Space Agency``)."""
    pattern = agency_pattern(options)
    agency = next((form for form in (piece, piece.upper()) if pattern.fullmatch(form)), None)
    if agency is not None or lower_case_agency(piece, options):
        return [agency_party(agency or piece, options)]
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
    last = len(words) - 1
    return all(
        word[0].isupper()
        or word[0].isdigit()
        or word in connectors
        or word.startswith("@")  # a handle
        or "." in word  # a site: example.com
        or any(char.isupper() for char in word)  # iFoto
        or (0 < index == last and closes_company_name(word))  # Acme plc
        for index, word in enumerate(words)
    )


@cache
def _connectors() -> frozenset[str]:
    return frozenset(load("image_credits")["connectors"])


def caption_credits(
    root: Any,
    text: str,
    options: ParseOptions,
    found: Sequence[Attribution] = (),
    authors: Sequence[str] = (),
) -> list[Attribution]:
    """Span-less attributions for the page's credits that the text's credit parser has
    not ``found`` (a credit it read in the text is its own, with its span); ``authors``
    are the page's byline names."""
    known = [credit.raw for credit in found if credit.raw]
    credited = {party for credit in found for party in credit.parties}
    credits: list[Attribution] = []
    for source, credit in _sourced_credits(root, options, authors):
        if any(
            credit in raw or (raw in credit and len(raw) >= len(credit) * MIN_PARSED_SHARE)
            for raw in known
        ):
            continue  # the text's own credit, with its span
        kind, parties = _read_credit(credit, options)
        if source in _MARKUP_SOURCES and parties and set(parties) <= credited:
            continue  # the markup repeats a credit the page prints: one credit
        credited.update(parties)
        credits.append(Attribution(kind=kind, parties=parties, printed=credit, source=source))
    return credits
