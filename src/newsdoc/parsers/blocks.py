"""Blocks: the text no other parser claimed, as paragraphs with a role.

The free text is split into paragraphs at blank lines (a line holding only whitespace);
each becomes a :class:`~newsdoc.models.Block`, trimmed of surrounding whitespace. Where
the lines between two blank lines are long (over 160 characters on average), the page
separates paragraphs with single line breaks, and each line is a block of its own;
shorter lines are the wrapped lines of one paragraph, or one sentence per line, and
stay together, unless there are six or more and most of them end a sentence: that is a
page flattened one paragraph per line, and each line is a block. Each block has a kind:

* ``heading`` — a paragraph that is one whole line and reads as a title or section
  heading: ``Russia-Ukraine war``, ``What is genetic testing?``, ``3. The verdict``,
  ``Sources:``, a headline repeated as the first line. It must be short (at most 18
  words and 120 characters), start with a capital or digit, not end like a sentence
  (``.``, ``!``, ``,``, ``;``), and be followed by more text. A sentence-case question
  (``Is the bridge safe?``) is a heading only where the document asks three or more
  short questions on lines of their own, each between statements (an explainer).
* ``furniture`` — page furniture on a line of its own: ``ADVERTISEMENT``,
  ``ALSO READ: …``, ``Follow us on …``, ``SHARE THIS ARTICLE ON``, ``Story continues
  below``, leftover template tags (``{{…}}``, ``[caption …]``), and lead-ins such as
  ``WATCH:`` or ``See tweets :`` (patterns and words in ``lexicon/blocks.json``), and
  promos shouted in capitals of six words or more (``ACME STAR OPENS UP ABOUT HER TOUR``).
* ``caption`` — a paragraph sharing its line with a photo, image or video credit that
  the credit parser claimed: ``Rescuers at the site. (AP Photo/Jane Doe)``.
* ``body`` — everything else.

Deliberately not headings: list items (bulleted lines, and short lines that follow a
line ending in ``:`` or another list item), a line followed only by a bare URL (a link
title), a short line that ends the text, lines that share a line with other items
(a headline glued to a date header), and anything inside claimed items such as
embedded posts, which never reach this parser.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import TypeAlias

import regex

from newsdoc._line_breaks import line_bounds
from newsdoc.dates import match_date
from newsdoc.document import Document
from newsdoc.lexicon import load
from newsdoc.models import Attribution, Block, BlockKind, Span, build, span_of
from newsdoc.pipeline import ORDER_BLOCKS, Item

__all__ = ["BlockParser"]

_BREAK = r"(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])"
_INLINE_SPACE = r"[^\S\n\r\x0b\x0c\x85\u2028\u2029]"
# Both capture the break, for ``split`` to return the breaks between the paragraphs.
_PARAGRAPH_BREAK = regex.compile(rf"({_BREAK}(?:{_INLINE_SPACE}*{_BREAK})+)")
# The same where "\n" is the text's only line break: a pattern opening with one literal
# character is searched several times faster than one opening with a class.
_NEWLINE_PARAGRAPH_BREAK = regex.compile(rf"(\n(?:{_INLINE_SPACE}*\n)+)")
_LINE = regex.compile(_BREAK)
# Lines this long on average are paragraphs of their own, not the wrapped lines of one
# paragraph or one sentence per line.
_PARAGRAPH_LINE = 160
_SHORT = 300
_FLATTENED_SHARE = 0.6
"""Share of a chunk's lines that must end a sentence (or be a short title-like line) for
short single-broken lines to be read as flattened paragraphs, one block per line."""
_WRAPPED_LOWER_SHARE = 0.1
"""Wrapped prose continues at least this share of its lines in lower case (a break
falls before a lower-case word far more often than not); fewer, and the lines are
blocks flattened one per line."""
_FLATTENED_MIN_LINES = 6
"""Fewest lines a chunk of short lines needs before it is read as flattened paragraphs."""
_ROW_RUN = 2
"""Fewest consecutive number-bearing lines that make a flattened table."""
_LIST_RUN = 3
"""Fewest consecutive lines holding one number each that make a flattened list."""
_MENU_RUN = 5
"""Fewest consecutive title-like lines that make a menu or a list, not headings."""
"""Fewest consecutive lines holding one number each that make a flattened list."""
_ROW_NUMBERS = 2
"""Numbers a line holds to be a table row (a score, a date and a round, a standing)."""
_ROW_LENGTH = 120
"""Longest line read as a table row; longer ones are prose that cites figures."""
_FLATTENED_FEW_LINES = 3
"""Fewest lines of a chunk read as flattened paragraphs when one of them is as long as a
paragraph (a title and a standfirst above it, cut off by a claimed credit)."""
_QUESTION_SUBHEADS = 3
"""Fewest short questions on lines of their own that make sentence-case questions subheads."""
_QUESTION_WORDS = 10
"""Most words of a question read as a subhead."""
_NUMBERED_SUBHEADS = 2
"""How many numbered subheads in order, each before its prose, make a numbered article."""
_PROMO_CAPS_WORDS = 6
"""Fewest words of a line in capitals alone that make it a promo (a shouted link to
another story), not a section heading, which is short."""
_LINE_ENDS = (".", "!", "?", ":", '"', "”", "’", "»", ")")
_LINE_BREAK_CHARS = "\r\n\x0b\x0c\x85\u2028\u2029"
_BULLET = regex.compile(r"[-–—•*·▪►✓✔]\s|\(?[a-z]\)\s")
_BULLET_OPENERS = frozenset("-–—•*·▪►✓✔(abcdefghijklmnopqrstuvwxyz")
"""The characters a :data:`_BULLET` match opens with."""
_SENTENCE_END = (".", "!", ",", ";", "…", "-", "–", "—", "。", "！", "，", "；", "．")
"""What a heading never ends with: a sentence's or clause's end, or a dash (a line cut
before its story goes on, as a flattened tag ``ACME —``)."""
_CLOSING_QUOTES = "”\"’'»"
_URL_ONLY = regex.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:com|org|net)/\S*")
_CREDIT_KINDS_FOR_CAPTIONS = frozenset({"photo", "image", "video"})
_FURNITURE_HEAD = 4
"""Characters of a line tried against the furniture pattern before the whole line."""
_FURNITURE_LINES_KEPT = 4096
"""Short lines whose furniture and heading tests are remembered (``_is_furniture``,
``_looks_like_heading``)."""


_Paragraph: TypeAlias = tuple[int, int, str]
"""A paragraph's start, end and text: a plain tuple, made far faster than a named one."""


@cache
def _furniture_pattern() -> regex.Pattern[str]:
    patterns: list[str] = load("blocks")["furniture"]
    return regex.compile(
        r"(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + r")\s*",
        regex.IGNORECASE | regex.VERSION1,
    )


@cache
def _lead_in_subjects() -> frozenset[str]:
    words: list[str] = load("blocks")["lead_in_subjects"]
    return frozenset(words)


@cache
def _lead_ins() -> frozenset[str]:
    words: list[str] = load("blocks")["lead_ins"]
    return frozenset(word.casefold() for word in words)


def _is_lead_in(text: str) -> bool:
    if not text.endswith(":"):
        return False
    return text[:-1].strip().casefold() in _lead_ins()


@lru_cache(maxsize=4096)
def _may_open_furniture(head: str) -> bool:
    """Whether a line opening with ``head`` may be furniture (a partial match: the line
    could go on to match). Few lines pass, and the answer for an opening is kept, which
    costs far less than trying the whole pattern on every short paragraph."""
    return _furniture_pattern().match(head, partial=True) is not None


def _is_promo(text: str) -> bool:
    """Whether a line is a link to another story shouted in capitals, at least
    :data:`_PROMO_CAPS_WORDS` words (``ACME STAR OPENS UP ABOUT HER NEW TOUR``); a short
    capitals line (``GIRLS SOCCER``) stays a possible heading."""
    return text.isupper() and len(text.split()) >= _PROMO_CAPS_WORDS


@cache
def _timestamp_lead() -> regex.Pattern[str]:
    leads = sorted(load("blocks")["timestamp_leads"], key=len, reverse=True)
    alternation = "|".join(regex.escape(lead).replace("\\ ", "[ \u00a0]+") for lead in leads)
    return regex.compile(f"(?i:{alternation})[ \u00a0]*:?[ \u00a0]+")


_STAMP_TAIL_WORDS = 6
"""How many words may follow a timestamp's date after a dash or bar: an author or an
update note (``Apr 2, 2019 — Jane Roe``, ``June 5, 2019 -- Updated 1207 GMT``)."""

_STAMP_TAIL_OPENERS = "—–-|·•("

_DIGIT = regex.compile(r"\d")


def _is_timestamp(text: str) -> bool:
    """Whether a short line is a timestamp: a full date, perhaps led by a word of
    ``timestamp_leads`` and followed by a time, then at most a short tail after a dash
    or bar (``June 5, 2019``, ``On 5 June 2019``, ``Updated Mar 7, 2022 at 10:45 am``,
    ``Apr 2, 2019 — Jane Roe``). Comment and archive lists print one per entry; they
    head nothing."""
    if _DIGIT.search(text) is None:
        return False  # a stamp prints its year: most lines end here, cheaply
    lead = _timestamp_lead().match(text)
    found = match_date(text, lead.end() if lead is not None else 0)
    if found is None or not found.has_year:
        return False
    rest = text[found.end :].strip()
    if not rest:
        return True
    tail = rest.lstrip(_STAMP_TAIL_OPENERS).lstrip()
    # a second date after the bar is a range (``June 5, 2019 | July 9, 2019``): content
    return (
        rest[0] in _STAMP_TAIL_OPENERS
        and not tail[:1].isdigit()
        and match_date(tail) is None
        and len(rest.split()) <= _STAMP_TAIL_WORDS
    )


@lru_cache(maxsize=_FURNITURE_LINES_KEPT)
def _is_furniture(text: str, timeout: float) -> bool:
    """Whether a short whole line is page furniture. The answers are kept: the same
    short lines (``Advertisement``, ``Read more``, an outlet's sign-off) recur in every
    document of a corpus, and the furniture pattern is the costliest test a line gets."""
    if len(text) > 300:
        return False
    if _is_lead_in(text) or _is_promo(text) or _is_timestamp(text):
        return True
    if not _may_open_furniture(text[:_FURNITURE_HEAD]):
        return False
    return _furniture_pattern().fullmatch(text, timeout=timeout) is not None


def _title_cased(words: Sequence[str]) -> bool:
    content = [word for word in words if sum(char.isalpha() for char in word) >= 4]
    if not content:
        return True
    return sum(word[0].isupper() for word in content) >= 0.6 * len(content)


_GLUED_SENTENCES = regex.compile(r"\p{Ll}{2}[.!?][\"”’]?\p{Lu}\p{Ll}")
"""A sentence end with the next sentence glued on, no space between: a headline run into
its teaser or a caption into its credit by the scraper (``Storm in Ruritania.Ports
close``, ``Talks resume?Envoy: no``, ``A crane at the pier.Acme Photo``). Such a line
is not a heading."""


@lru_cache(maxsize=_FURNITURE_LINES_KEPT)
def _looks_like_heading(text: str, question_subheads: bool = False) -> bool:
    """Whether a whole line reads as a title; ``question_subheads`` says the document
    asks several short questions on lines of their own, so a sentence-case question
    (``Is the bridge safe?``) is a subhead too."""
    bare = text.rstrip(_CLOSING_QUOTES)
    if len(text) > 120 or bare.endswith(_SENTENCE_END) or "\n" in text or "\r" in text:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"'‘«"):
        return False
    if not any(char.isalpha() for char in text) or _GLUED_SENTENCES.search(text):
        return False
    if _RESULT_LINE.search(text):
        return False  # "Northport d. Harbour City 61-21": a game's result in a list
    words = text.split()
    if len(words) > 18:
        return False
    if text.endswith(":") and (len(words) > 3 or words[0].casefold() in _lead_in_subjects()):
        return False  # "They reveal:", "He added:": a clause leading into what follows
    # a one-line question in sentence case is usually a rhetorical question in the prose
    if text.endswith("?") and not (question_subheads or _title_cased(words)):
        return False
    return not ("://" in text or text.startswith(("www.", "@")))


def _is_question_line(text: str) -> bool:
    return text.endswith("?") and text[0].isupper() and len(text.split()) <= _QUESTION_WORDS


def _question_subheads(paragraphs: Sequence[_Paragraph]) -> bool:
    """Whether the document asks at least :data:`_QUESTION_SUBHEADS` short questions on
    lines of their own, each between statements (``What happens next?`` then its
    answer): an explainer's subheads. One or two rhetorical questions in the prose, or a
    run of questions one after another (a list of open questions), are not."""
    found = 0
    for index, (_start, _end, text) in enumerate(paragraphs):
        if not _is_question_line(text):
            continue
        before = paragraphs[index - 1][2] if index else ""
        after = paragraphs[index + 1][2] if index + 1 < len(paragraphs) else ""
        if before.endswith("?") or after.endswith("?"):
            continue
        found += 1
        if found >= _QUESTION_SUBHEADS:
            return True
    return False


_RESULT_LINE = regex.compile(r"\p{Lu}[\p{L}.'’-]*\s(?:d\.|def\.|defeated|beat|edged)\s\p{Lu}")
"""A sports result: a team, ``d.``/``def.``/``beat`` and the team it defeated."""
_NUMBERED = regex.compile(r"(\d{1,2})[.)][ \u00a0]+[\p{Lu}\p{N}\"“‘']")


def _numbered_subheads(paragraphs: Sequence[_Paragraph]) -> frozenset[int]:
    """The indices of numbered subheads: short lines numbered in order, each followed
    by prose (``1. Know your goal`` / its paragraphs / ``2. Track your spending``).
    A numbered list, whose items follow one another, has none; nor has a lone
    numbered line. At least :data:`_NUMBERED_SUBHEADS` in a row count."""
    run: list[int] = []
    found: set[int] = set()
    expected = -1
    for index, (_start, _end, text) in enumerate(paragraphs[:-1]):
        match = _NUMBERED.match(text)
        if match is None or not _looks_like_heading(text):
            continue
        following = paragraphs[index + 1][2]
        if _NUMBERED.match(following) or len(following) <= len(text):
            continue  # an item of a list, or a line without prose after it
        number = int(match[1])
        if number != expected:
            if len(run) >= _NUMBERED_SUBHEADS:
                found.update(run)
            run = []
        run.append(index)
        expected = number + 1
    if len(run) >= _NUMBERED_SUBHEADS:
        found.update(run)
    return frozenset(found)


_NUMBER = regex.compile(r"\d+")


def _numbers(text: str) -> int:
    """How many numbers a short line holds (0 for a longer one, which is no row)."""
    if len(text) > _ROW_LENGTH or text.isalpha():
        return 0
    return len(_NUMBER.findall(text))


def _table_rows(numbers: Sequence[int]) -> frozenset[int]:
    """The indices of table and list rows flattened one per line: at least
    :data:`_ROW_RUN` short lines in a row that each hold :data:`_ROW_NUMBERS` numbers or
    more — results (``Harbour FC 2-1 Mill Town``), schedules (``Round 3: 14 May –
    Northport``), standings (``Northport 12 7 3 2``) — or at least :data:`_LIST_RUN` in a
    row that each hold one — tour dates (``May 4 – Northport Arena``), ingredients
    (``2 cups flour``). A line of the other kind ends a run, so the title above the rows
    (``Season 2024``) is not one of them."""
    found: set[int] = set()
    run: list[int] = []
    multi = False
    for index, count in enumerate((*numbers, 0)):
        if count and run and (count >= _ROW_NUMBERS) == multi:
            run.append(index)
            continue
        if len(run) >= (_ROW_RUN if multi else _LIST_RUN):
            found.update(run)
        run = [index] if count else []
        multi = count >= _ROW_NUMBERS
    return frozenset(found)


def _menu_items(paragraphs: Sequence[_Paragraph], numbers: Sequence[int]) -> frozenset[int]:
    """The indices of lines in runs of at least :data:`_MENU_RUN` title-like lines with
    no prose between them: a navigation menu or a list of names flattened one item per
    line (``Homes`` / ``Gardens`` / ``Travel`` …). Headings stand between paragraphs.
    A line with a number ends the run: it is a row (:func:`_table_rows`) or prose."""
    found: set[int] = set()
    run: list[int] = []
    for index, (_start, _end, text) in enumerate((*paragraphs, (0, 0, ""))):
        if text and not (index < len(numbers) and numbers[index]) and _looks_like_heading(text):
            run.append(index)
            continue
        if len(run) >= _MENU_RUN:
            found.update(run)
        run = []
    return frozenset(found)


def _paragraphs(text: str, region: Span, only_newlines: bool, timeout: float) -> list[_Paragraph]:
    """The paragraphs of a free region; ``only_newlines`` says the text breaks its lines
    with ``\\n`` alone."""
    found: list[_Paragraph] = []
    pattern = _NEWLINE_PARAGRAPH_BREAK if only_newlines else _PARAGRAPH_BREAK
    # split hands over the pieces without a match object per break
    pieces = pattern.split(text[region.start : region.end], timeout=timeout)
    position = region.start
    for index, piece in enumerate(pieces):
        if not index % 2:  # the odd pieces are the breaks
            _add_chunk(found, text, position, piece, only_newlines, timeout)
        position += len(piece)
    return found


def _add_chunk(
    found: list[_Paragraph], text: str, start: int, chunk: str, only_newlines: bool, timeout: float
) -> None:
    """Add the paragraphs of ``chunk``, the text at ``start`` between two blank lines: one,
    or one per line when the lines are long (a layout that separates paragraphs with
    single line breaks)."""
    stripped = chunk.strip()
    if not stripped:
        return
    if len(stripped) != len(chunk):
        start += len(chunk) - len(chunk.lstrip())
    end = start + len(stripped)
    if "\n" not in stripped and (only_newlines or not _has_rare_break(stripped)):
        found.append((start, end, stripped))
        return
    breaks = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end, timeout=timeout)]
    if (end - start) / (len(breaks) + 1) <= _PARAGRAPH_LINE and not _flattened(stripped):
        found.append((start, end, stripped))
        return
    position = start
    for line_end, next_start in (*breaks, (end, end)):
        line = text[position:line_end]
        content = line.strip()
        if content:
            first = position + len(line) - len(line.lstrip())
            found.append((first, first + len(content), content))
        position = next_start


def _flattened(chunk: str) -> bool:
    """Whether a chunk of short lines is paragraphs flattened one per line rather than
    one paragraph wrapped: most lines end a sentence (``The dam held.`` /
    ``Is it safe?`` / ``He said: "No."``). Wrapped prose breaks mid-sentence
    (``The dam held until the`` / ``river rose.``) and stays one block."""
    lines: list[str] = [line.strip() for line in chunk.splitlines() if line.strip()]
    if len(lines) < _FLATTENED_MIN_LINES and (
        len(lines) < _FLATTENED_FEW_LINES or max(map(len, lines)) <= _PARAGRAPH_LINE
    ):
        return False  # a few short sentences, one per line, are one paragraph
    ends = sum(line.endswith(_LINE_ENDS) for line in lines)
    if ends >= _FLATTENED_SHARE * len(lines):
        return True
    # Wrapped prose breaks between words, so most of its lines go on in lower case;
    # flattened blocks (a headline, a label, a score line) each open a line of their own.
    continued = sum(line[0].islower() for line in lines[1:])
    return continued <= _WRAPPED_LOWER_SHARE * (len(lines) - 1)


def _has_rare_break(text: str) -> bool:
    """Whether ``text`` holds a line break other than ``\\n`` (one ``in`` per character
    is far cheaper than a pattern or a generator)."""
    return (
        "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
    )


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether only whitespace separates the paragraph from the line breaks around it."""
    before = start - 1
    while before >= 0 and text[before].isspace() and text[before] not in _LINE_BREAK_CHARS:
        before -= 1
    if before >= 0 and text[before] not in _LINE_BREAK_CHARS:
        return False
    after = end
    while after < len(text) and text[after].isspace() and text[after] not in _LINE_BREAK_CHARS:
        after += 1
    return after >= len(text) or text[after] in _LINE_BREAK_CHARS


def _caption_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines holding an image credit, in text order, each once (lines never overlap)."""
    return sorted(
        {
            line_bounds(doc.text, credit.span.start, credit.span.end)
            for credit in doc.items_of(Attribution)
            if credit.span is not None and credit.kind in _CREDIT_KINDS_FOR_CAPTIONS
        }
    )


def _in_caption_line(
    starts: Sequence[int], caption_lines: Sequence[tuple[int, int]], start: int, end: int
) -> bool:
    """Whether ``start``..``end`` lies inside one of the (sorted) caption lines."""
    index = bisect_right(starts, start) - 1
    return index >= 0 and end <= caption_lines[index][1]


def _is_bullet(text: str) -> bool:
    return text[0] in _BULLET_OPENERS and _BULLET.match(text) is not None


def _opens_next_list(paragraphs: Sequence[_Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index``, after a list, is a title-like line that is no
    item itself and is followed by a bulleted item: the heading of the next list."""
    text = paragraphs[index][2]
    return (
        index + 1 < len(paragraphs)
        and not _is_bullet(text)
        and _looks_like_heading(text)
        and not text.endswith(":")
        and _is_bullet(paragraphs[index + 1][2])
    )


def _classify(
    source: str,
    paragraphs: Sequence[_Paragraph],
    caption_lines: Sequence[tuple[int, int]],
    timeout: float,
    learned: frozenset[str] = frozenset(),
) -> list[BlockKind]:
    """The kind of each paragraph; ``learned`` holds the corpus's own furniture lines
    (``ParseOptions.furniture``)."""
    kinds: list[BlockKind] = []
    caption_starts = [line_start for line_start, _ in caption_lines]
    in_list = False
    last = len(paragraphs) - 1
    questions = _question_subheads(paragraphs)
    numbered = _numbered_subheads(paragraphs)
    numbers = [_numbers(text) for _start, _end, text in paragraphs]
    rows = _table_rows(numbers) | _menu_items(paragraphs, numbers)
    for index, (start, end, text) in enumerate(paragraphs):
        kind: BlockKind = "body"
        caption = bool(caption_lines) and _in_caption_line(
            caption_starts, caption_lines, start, end
        )
        if len(text) > _SHORT and not caption:
            in_list = False
            kinds.append(kind)
            continue
        whole_line = _whole_line(source, start, end)
        if whole_line and (text in learned or _is_furniture(text, timeout)):
            kind = "furniture"
        elif caption:
            kind = "caption"
        elif whole_line and (
            index in numbered or (index + 1 in numbered and _looks_like_heading(text))
        ):
            # a numbered subhead, or the title of the steps it opens ("How to start
            # saving" / "1. Know your goal"), even right after a colon lead-in
            kind = "heading"
        elif whole_line and in_list and _opens_next_list(paragraphs, index):
            # a title between two bulleted lists heads the second ("Model B" after the
            # items of "Model A", before its own "- 40 seats")
            kind = "heading"
        elif _is_bullet(text) or (
            (in_list or (index > 0 and paragraphs[index - 1][2].endswith(":")))
            and len(text) <= 80
            and "\n" not in text
            and not text.endswith("?")
        ):
            in_list = not text.endswith(".") and not _URL_ONLY.fullmatch(text)
            kinds.append("body")
            continue
        elif (
            whole_line
            and index < last
            and index not in rows
            and _looks_like_heading(text, questions and len(text.split()) <= _QUESTION_WORDS)
            and (text.endswith("?") or not _URL_ONLY.fullmatch(paragraphs[index + 1][2]))
        ):
            kind = "heading"
        in_list = False
        kinds.append(kind)
    return kinds


class BlockParser:
    """Splits the unclaimed text into body, heading, caption and furniture blocks."""

    name = "blocks"
    order = ORDER_BLOCKS
    claims = False

    def parse(self, doc: Document) -> Iterator[Item]:
        """Yield one :class:`Block` per paragraph of free text, in text order."""
        timeout = doc.options.regex_timeout
        only_newlines = not _has_rare_break(doc.text)
        paragraphs = [
            paragraph
            for region in doc.free_regions()
            for paragraph in _paragraphs(doc.text, region, only_newlines, timeout)
        ]
        kinds = _classify(doc.text, paragraphs, _caption_lines(doc), timeout, doc.options.furniture)
        # Each paragraph was cut from the text, so the blocks need no validation.
        for (start, end, text), kind in zip(paragraphs, kinds, strict=True):
            yield build(Block, span=span_of(start, end), raw=text, kind=kind)
