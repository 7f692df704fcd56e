"""Which headings of a page's main text are the article's own section headings.

trafilatura keeps the heading elements (``<h1>``…``<h6>``, ``<summary>``) it finds in and
around the main content, and the text parsers see every short line as a possible heading.
On real pages many of those are furniture: teasers for other stories, the title of a
newsletter box, an author box, the comment section, a "Read more" box, a figure caption,
or the headline itself repeated above the text. Here each heading of the extracted text
is traced back to its element in the page, and kept as a subheading only when it passes
every test below; the rules read markup conventions, never a site's own names.

* **source** — it is a heading element of the page, or a paragraph written all in bold
  (``<p><strong>Pier works</strong></p>``) or all in capitals (``<p>PIER WORKS</p>``, the
  wire services' subheads) that the text parsers read as a heading; any other line that
  is a paragraph in the markup is body text, however short it is;
* **chrome** — no ancestor of it below the main content (the lowest element that holds
  the article's prose) is an ``aside``, ``nav``, ``footer``, ``header``, ``form``,
  ``figure`` …, or has a class or id whose tokens mark a box of furniture
  (``related-posts``, ``newsletterSignup``, ``author-box``, ``most-read``; lists in
  ``lexicon/subheadings.json``);
* **outside** — it lies within the main content: a heading before or after the part of
  the page that holds the article's prose is the page's, not the article's;
* **label** — its text does not name a box of furniture (``Read more``, ``You may also
  like``, ``Comments``, ``Lire aussi``), nor is it one link to the section of the site
  it names after a "more" word (``<a href="/politics/">MORE POLITICS</a>``);
* **teaser** — it is not one link to another page of the same site: a heading that is
  all a link to ``/2026/05/harbour-reopens/`` heads a teaser for another story, while a
  link to a part of the page (``#costs``), to the page itself, or to another site (a
  shop's page in a buyer's guide) leaves it a section of the article;
* **title** — it is not the page's title, nor the first ``<h1>`` (the headline), nor at
  that ``<h1>``'s level or above (``<h1>`` subheads under an ``<h1>`` headline are the
  page's other headlines);
* **lead** — a bold or capitals paragraph comes after some body prose: above it, such
  a line is a kicker or a dateline (``HARBOURTON, EXAMPLELAND``);
* **field** — a bold or capitals paragraph is not a label and its value (``Tested by:
  Jane Roe``, ``Account: @harbour``);
* **repeated** — a bold or capitals paragraph does not recur on the page: a question put
  to every guest of a round-up (``What got you started?``) is a template, not a section;
* **no-prose** — body prose follows it before the next heading of its level or above, or
  the end: a run of teaser headlines, each followed only by a date or a byline, is not a
  set of sections. Prose is a block of at least :data:`PROSE_WORDS` words that ends a
  sentence, or of at least :data:`PROSE_LONG_WORDS` words, or, for a script written
  without spaces, of at least :data:`PROSE_CHARACTERS` characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any
from urllib.parse import urljoin, urlsplit

import regex

from newsdoc.html.decode import element_text
from newsdoc.lexicon import word_set, word_tuple
from newsdoc.models import Block

__all__ = [
    "PROSE_CHARACTERS",
    "PROSE_LONG_WORDS",
    "PROSE_WORDS",
    "HeadingVerdict",
    "SubheadingLexicon",
    "heading_verdicts",
    "subheaded_blocks",
    "subheading_lexicon",
]

PROSE_WORDS = 3
"""Fewest words of a block that ends a sentence for it to be body prose."""
PROSE_LONG_WORDS = 12
"""Fewest words of a block that is body prose however it ends."""
PROSE_CHARACTERS = 40
"""Fewest characters of a block written without spaces (Chinese, Japanese) that is prose."""
SPINE_PROSE_WORDS = 12
"""Fewest words of an extracted body paragraph that places the main content in the page."""
SPINE_SHARE = 0.8
"""Share of those paragraphs the main content must hold (the rest may be teasers that
trafilatura kept from elsewhere on the page)."""
SPINE_PARAGRAPHS = 2
"""Fewest such paragraphs found in the page for the main content to be placed; with fewer,
the whole ``<body>`` is taken for it."""

_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "summary")
_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "summary": 6}
_TEXTLESS = frozenset({"script", "style", "noscript", "template", "svg"})
_PARAGRAPH_TAGS = frozenset({"p", "li", "span", "a", "b", "strong", "em", "i", "font", "dd", "td"})
_CAPITALS_LETTERS = 4
"""Fewest letters of a paragraph in capitals that make it a wire-style subhead."""
_PROBE_CHARACTERS = 40
"""Letters and digits of a paragraph's opening that find it in the page."""
_BLOCK_SEPARATOR = "\n\n"
"""What :func:`newsdoc.html.extract.main_text` puts between two blocks."""
_BLANKS = regex.compile(r"\s+")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_HUMP = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_SENTENCE_END = regex.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_RUN_IN_LABEL = regex.compile(r"[^:：]{1,40}[:：]\s*\S")
"""A label and its value on one line (``Tested by: Jane Roe``, ``Account: @harbour``)."""
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


@dataclass(frozen=True)
class SubheadingLexicon:
    """The word lists of ``lexicon/subheadings.json``."""

    chrome_tags: frozenset[str]
    chrome_tokens: frozenset[str]
    chrome_token_pairs: frozenset[str]
    labels: tuple[str, ...]
    more_words: tuple[str, ...]


@cache
def subheading_lexicon() -> SubheadingLexicon:
    """The lexicon, loaded once."""
    return SubheadingLexicon(
        chrome_tags=word_set("subheadings", "chrome_tags"),
        chrome_tokens=word_set("subheadings", "chrome_tokens"),
        chrome_token_pairs=word_set("subheadings", "chrome_token_pairs"),
        labels=word_tuple("subheadings", "labels"),
        more_words=word_tuple("subheadings", "more_words"),
    )


@dataclass(frozen=True)
class HeadingVerdict:
    """What became of one heading block of the extracted text: ``reason`` is ``None`` for
    a subheading, else the name of the rule that rejected it (see the module docstring)."""

    index: int
    text: str
    reason: str | None


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text).casefold()


def _one_line(text: str) -> str:
    return _BLANKS.sub(" ", text).strip()


def class_tokens(value: str) -> list[str]:
    """A class or id value as lower-case tokens, split at non-letters and camelCase humps.

    >>> class_tokens("c-relatedStories most_read")
    ['c', 'related', 'stories', 'most', 'read']
    """
    return [token.casefold() for token in _NOT_ALNUM.split(_HUMP.sub(" ", value)) if token]


def _marks_chrome(element: Any, lexicon: SubheadingLexicon) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.casefold() in lexicon.chrome_tags:
        return True
    for attribute in ("class", "id"):
        value = element.get(attribute)
        if not value:
            continue
        for word in value.split():
            tokens = class_tokens(word)
            joined = "".join(tokens)
            if joined in lexicon.chrome_tokens or any(
                token in lexicon.chrome_tokens for token in tokens
            ):
                return True
            if any(
                f"{first} {second}" in lexicon.chrome_token_pairs
                for first, second in pairwise(tokens)
            ):
                return True
    return False


def is_prose(text: str) -> bool:
    """Whether a block reads as body prose (see the module docstring).

    >>> is_prose("The pier reopened on Monday.")
    True
    >>> is_prose("3 hours ago")
    False
    """
    words = len(text.split())
    if words >= PROSE_LONG_WORDS:
        return True
    if words >= PROSE_WORDS and _SENTENCE_END.search(text):
        return True
    return len(text) >= PROSE_CHARACTERS and len(_UNSPACED.findall(text)) * 2 >= len(text)


def _is_label(text: str, lexicon: SubheadingLexicon) -> bool:
    folded = _one_line(text).casefold().rstrip(" :：")
    return any(
        folded == label or folded.startswith((label + " ", label + ":")) for label in lexicon.labels
    )


def _sole_link(element: Any, text: str) -> Any:
    """The heading's one link when it holds the heading's whole text, else ``None``."""
    links = element.findall(".//a")
    if len(links) != 1 or _key(element_text(links[0])) != _key(text):
        return None
    return links[0]


def _links_to_its_section(element: Any, text: str, lexicon: SubheadingLexicon) -> bool:
    """Whether a heading is one link to the section of the site it names after a "more"
    word: ``<h2><a href="/politics/">MORE POLITICS</a></h2>``, ``<h3><a
    href="https://example.de/sport">Mehr Sport</a></h3>``."""
    folded = _one_line(text).casefold()
    more = next((word for word in lexicon.more_words if folded.startswith(word + " ")), None)
    link = _sole_link(element, text) if more is not None else None
    if more is None or link is None:
        return False
    path = urlsplit(link.get("href") or "").path
    segments = [segment for segment in path.split("/") if segment]
    named = _key(folded[len(more) :])
    return bool(segments) and any(_key(segment) == named for segment in segments)


def _site_host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].casefold()
    return host.removeprefix("www.")


def _same_site(host: str, hosts: set[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or a subdomain of one, or they of it
    (``news.example.com`` and ``example.com``)."""
    return any(
        host == known or host.endswith("." + known) or known.endswith("." + host) for known in hosts
    )


def _links_elsewhere_on_the_site(element: Any, text: str, page_urls: Sequence[str]) -> bool:
    """Whether a heading is all one link to another page of the page's own site (see
    *teaser* in the module docstring). A relative link counts as the site's own; an
    absolute one is compared with ``page_urls`` (the page's address and canonical URL),
    and without them it does not count."""
    link = _sole_link(element, text)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    target = urlsplit(urljoin(page_urls[0], href) if page_urls else href)
    if target.scheme not in ("", "http", "https"):
        return False
    if not target.netloc:
        return bool(target.path)
    pages = [urlsplit(url) for url in page_urls]
    if not _same_site(_site_host(target.netloc), {_site_host(page.netloc) for page in pages}):
        return False
    return all(target.path.rstrip("/") != page.path.rstrip("/") for page in pages)


def _source_headings(tree: Any) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = []
    for element in tree.iter(*_HEADING_TAGS):
        text = _key(element_text(element))
        if text:
            out.append((element, text))
    return out


def _text_ranges(tree: Any) -> tuple[str, list[tuple[int, int, int, Any]]]:
    """The page's text as one key (letters and digits, case-folded), and each element's
    ``(start, end, depth, element)`` range of it, in document order; scripts and styles
    hold no text."""
    parts: list[str] = []
    ranges: list[tuple[int, int, int, Any]] = []
    length = 0

    def walk(element: Any, depth: int) -> None:
        nonlocal length
        at = len(ranges)
        ranges.append((length, length, depth, element))
        piece = _key(element.text or "")
        parts.append(piece)
        length += len(piece)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _TEXTLESS:
                walk(child, depth + 1)
            piece = _key(child.tail or "")
            parts.append(piece)
            length += len(piece)
        ranges[at] = (ranges[at][0], length, depth, element)

    walk(tree, 0)
    return "".join(parts), ranges


def _content_root(tree: Any, blocks: Sequence[tuple[str, str]]) -> Any:
    """The lowest element holding most (:data:`SPINE_SHARE`) of the long body paragraphs
    of the extracted text, found by their opening letters in the page's text; ``None``
    when fewer than :data:`SPINE_PARAGRAPHS` of them are found."""
    probes = [
        _key(text)[:_PROBE_CHARACTERS]
        for kind, text in blocks
        if kind == "body" and len(text.split()) >= SPINE_PROSE_WORDS
    ]
    probes = [probe for probe in probes if len(probe) == _PROBE_CHARACTERS]
    if len(probes) < SPINE_PARAGRAPHS:
        return None
    text, ranges = _text_ranges(tree)
    holders: list[Any] = []
    cursor = 0
    for probe in probes:
        found = text.find(probe, cursor)
        if found < 0:
            found = text.find(probe)
            if found < 0:
                continue
        else:
            cursor = found + 1
        end = found + len(probe)
        deepest = max(
            (entry for entry in ranges if entry[0] <= found and end <= entry[1]),
            key=lambda entry: entry[2],
        )
        holders.append(deepest[3])
    if len(holders) < SPINE_PARAGRAPHS:
        return None
    # the deepest element holding most of them: a teaser's summary trafilatura kept from
    # a side column does not lift the main content up to the whole page
    counts: dict[int, int] = {}
    depth: dict[int, int] = {}
    elements: dict[int, Any] = {}
    for holder in holders:
        chain = [holder, *holder.iterancestors()]
        for level, element in enumerate(reversed(chain)):
            counts[id(element)] = counts.get(id(element), 0) + 1
            depth[id(element)] = level
            elements[id(element)] = element
    needed = max(SPINE_PARAGRAPHS, int(SPINE_SHARE * len(holders) + 0.999))
    held = [key for key, count in counts.items() if count >= needed]
    root = elements[max(held, key=lambda key: depth[key])] if held else None
    while root is not None and root.tag in _PARAGRAPH_TAGS:
        root = root.getparent()
    return root


def _below(element: Any, root: Any) -> list[Any] | None:
    """``element`` and its ancestors below ``root``, or ``None`` when ``root`` does not
    hold it."""
    chain = [element]
    for ancestor in element.iterancestors():
        if ancestor is root:
            return chain
        chain.append(ancestor)
    return None


def _emphasised(element: Any) -> bool:
    """Whether a paragraph element reads as a heading in print: all its text in bold
    (``<p><strong>Pier works</strong></p>``), or in capitals (``<p>PIER WORKS</p>``, the
    wire services' subheads)."""
    text = element_text(element)
    key = _key(text)
    cased = [character for character in text if character.isupper() or character.islower()]
    if len(cased) >= _CAPITALS_LETTERS and all(character.isupper() for character in cased):
        return True
    bold = "".join(
        _key(element_text(inner))
        for inner in element.iter("strong", "b")
        if next(inner.iterancestors("strong", "b"), None) is None
    )
    return bool(key) and key == bold


def _match(keys: Sequence[tuple[Any, str]], wanted: Sequence[tuple[int, str]]) -> dict[int, Any]:
    """The element of each ``(index, key)`` of ``wanted``, matched in document order."""
    elements: dict[int, Any] = {}
    cursor = 0
    for index, key in wanted:
        found = next((at for at in range(cursor, len(keys)) if keys[at][1] == key), None)
        if found is None:
            found = next((at for at in range(len(keys)) if keys[at][1] == key), None)
        else:
            cursor = found + 1
        if found is not None:
            elements[index] = keys[found][0]
    return elements


def heading_verdicts(
    tree: Any,
    blocks: Sequence[tuple[str, str]],
    titles: Sequence[str] = (),
    lines: Sequence[int] = (),
    page_urls: Sequence[str] = (),
) -> list[HeadingVerdict]:
    """A verdict for each ``heading`` block of ``blocks`` (the page's extracted text, see
    :func:`newsdoc.html.extract.extract_blocks`), and for each ``body`` block at the
    indexes ``lines`` (short lines the text parsers read as headings); ``titles`` are the
    page's title as its metadata states it, ``page_urls`` its address and canonical URL
    when known. Verdicts are in block order."""
    lexicon = subheading_lexicon()
    headings = [index for index, (kind, _) in enumerate(blocks) if kind == "heading"]
    candidates = sorted({*headings, *lines})
    if not candidates or tree is None:
        return [HeadingVerdict(index, blocks[index][1], "source") for index in candidates]
    sources = _source_headings(tree)
    h1 = next((element for element, _ in sources if element.tag == "h1"), None)
    title_keys = {_key(title) for title in titles} | (
        {_key(element_text(h1))} if h1 is not None else set()
    )
    title_keys.discard("")
    root = _content_root(tree, blocks)
    body_element = tree.find(".//body") if root is None else root
    elements = _match(sources, [(index, _key(blocks[index][1])) for index in headings])
    levels = {index: _LEVELS.get(element.tag, 6) for index, element in elements.items()}
    line_indexes = [index for index in lines if blocks[index][0] != "heading"]
    if line_indexes:
        paragraphs = [(element, _key(element_text(element))) for element in tree.iter("p")]
        found = _match(paragraphs, [(index, _key(blocks[index][1])) for index in line_indexes])
        elements.update(
            {index: element for index, element in found.items() if _emphasised(element)}
        )
    line_keys = [_key(blocks[index][1]) for index in line_indexes if index in elements]
    verdicts: list[HeadingVerdict] = []
    for index in candidates:
        text = blocks[index][1]
        element = elements.get(index)
        reason: str | None = None
        if element is None:
            reason = "source"
        elif _key(text) in title_keys or element is h1:
            reason = "title"
        elif _is_label(text, lexicon) or _links_to_its_section(element, text, lexicon):
            reason = "label"
        elif _links_elsewhere_on_the_site(element, text, page_urls):
            reason = "teaser"
        elif index not in levels and not any(is_prose(t) for _, t in blocks[:index]):
            # a bold or capitals line above all prose: a kicker or a dateline
            reason = "lead"
        elif index not in levels and _RUN_IN_LABEL.match(text):
            reason = "field"
        elif index not in levels and line_keys.count(_key(text)) > 1:
            reason = "repeated"
        else:
            chain = _below(element, body_element) if body_element is not None else [element]
            if chain is None:
                reason = "outside"
            elif any(_marks_chrome(ancestor, lexicon) for ancestor in chain):
                reason = "chrome"
            elif not _followed_by_prose(blocks, index, levels):
                reason = "no-prose"
        verdicts.append(HeadingVerdict(index, text, reason))
    return verdicts


def _followed_by_prose(
    blocks: Sequence[tuple[str, str]], index: int, levels: dict[int, int]
) -> bool:
    level = levels.get(index, 6)
    for at in range(index + 1, len(blocks)):
        kind, text = blocks[at]
        if kind == "heading":
            if levels.get(at, 6) <= level:
                return False
            continue
        if is_prose(text):
            return True
    return False


def subheaded_blocks(
    tree: Any,
    extracted: Sequence[tuple[str, str]],
    blocks: Sequence[Block],
    titles: Sequence[str] = (),
    page_urls: Sequence[str] = (),
) -> tuple[Block, ...]:
    """The article's blocks with their kinds set by the markup: a heading block is a
    heading only where its line is a heading element of the page, or a bold or capitals
    paragraph, that passes the rules of the module docstring; a rejected heading element
    is ``furniture``, any other line is ``body``. ``extracted`` are the blocks the text was
    laid out from (see :func:`newsdoc.html.extract.main_text`); ``page_urls`` are the
    page's address and canonical URL, when known."""
    offsets: dict[int, int] = {}
    ends: dict[int, int] = {}
    offset = 0
    for index, (_, text) in enumerate(extracted):
        offsets[offset] = index
        ends[index] = offset + len(text)
        offset += len(text) + len(_BLOCK_SEPARATOR)
    lines = [
        offsets[block.span.start]
        for block in blocks
        if block.kind == "heading"
        and block.span is not None
        and block.span.start in offsets
        and ends[offsets[block.span.start]] == block.span.end
    ]
    reasons = {
        verdict.index: verdict.reason
        for verdict in heading_verdicts(tree, extracted, titles, lines, page_urls)
    }
    out: list[Block] = []
    for block in blocks:
        kind = block.kind
        at = offsets.get(block.span.start) if block.span is not None else None
        if kind in ("body", "heading"):
            reason = reasons.get(at, "source") if at is not None else "source"
            if at is not None and extracted[at][0] == "heading":
                kind = "heading" if reason is None else "furniture"
            elif kind == "heading":
                kind = "heading" if reason is None else "body"
        out.append(block if kind == block.kind else block.model_copy(update={"kind": kind}))
    return tuple(out)
