"""Corpus-aware furniture: lines a site prints on every page, learned from the corpus.

A single text cannot tell a site's boilerplate (``Sign in to comment``, ``More from the
Harbour Gazette``, its section menu) from a heading: both are short lines on their own.
A corpus can. :func:`learn_furniture` reads the texts once and keeps the short lines that
recur verbatim in at least ``min_documents`` of them; a second pass with
:meth:`LearnedFurniture.options` (or ``ParseOptions(furniture=…)``) makes every such line
a ``furniture`` block instead of a heading or body text.

>>> import newsdoc
>>> pages = [f"Story {n} is here, the desk said on Monday.\\n\\nShare your thoughts below"
...          f"\\n\\nThe vote ends at {n} p.m., the clerk added." for n in range(1, 5)]
>>> learned = newsdoc.learn_furniture(pages)
>>> learned.lines
('Share your thoughts below',)
>>> article = newsdoc.parse(pages[0], options=learned.options())
>>> [block.kind for block in article.blocks]
['body', 'furniture', 'body']

What counts, and why:

* a line is the text between two line breaks, stripped, of at most
  :data:`MAX_FURNITURE_CHARACTERS` characters with a letter in it: boilerplate is short,
  and prose that recurs is a story printed twice, not furniture;
* each document counts a line once, however often it prints it;
* a document most of whose prose lines (:data:`COPY_SHARE` of the lines of at least
  :data:`COPY_PROBE_CHARACTERS` characters) were seen before is a copy (the same wire
  story from two outlets, or twice in a feed) and adds no counts, so a syndicated story
  does not turn its own headings and short paragraphs into furniture.

Memory grows with the distinct short lines and prose lines of the corpus (roughly a
hundred bytes each); learn from a sample of a very large corpus. The result is
deterministic for the same texts in the same order, and it is saved and loaded as JSON
so that a later run uses the same list.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from newsdoc._docstrings import describe_fields
from newsdoc.options import ParseOptions

__all__ = [
    "COPY_PROBE_CHARACTERS",
    "COPY_PROBE_LINES",
    "COPY_SHARE",
    "MAX_FURNITURE_CHARACTERS",
    "MIN_DOCUMENTS",
    "LearnedFurniture",
    "learn_furniture",
]

MIN_DOCUMENTS = 3
"""Fewest documents a line must recur in, by default, to be learned as furniture."""
MAX_FURNITURE_CHARACTERS = 160
"""Longest line (stripped) that can be learned; longer lines are prose."""
COPY_PROBE_CHARACTERS = 80
"""Shortest line compared with earlier documents' lines to tell a copy: prose, whose
lines are seldom printed twice unless the story is."""
COPY_PROBE_LINES = 2
"""Fewest such lines a document needs to be judged a copy at all."""
COPY_SHARE = 0.6
"""Share of a document's prose lines seen before that makes it a copy: a site's own
long boilerplate lines are a small share of a story; a story printed again is most."""


class LearnedFurniture(BaseModel):
    """The lines learned as a corpus's furniture, with the counts behind them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lines: tuple[str, ...] = ()
    """The furniture lines, most frequent first (ties in text order)."""
    counts: dict[str, int] = Field(default_factory=dict)
    """How many documents each learned line recurs in."""
    documents: Annotated[int, Field(ge=0)] = 0
    """Documents read."""
    copies: Annotated[int, Field(ge=0)] = 0
    """Documents read as copies of an earlier one, which added no counts."""
    min_documents: Annotated[int, Field(ge=1)] = MIN_DOCUMENTS
    """The threshold the lines were learned with."""

    def options(self, base: ParseOptions | None = None) -> ParseOptions:
        """``base`` (default options when ``None``) with these lines as furniture, added to
        the ones it already has."""
        base = base if base is not None else ParseOptions()
        return base.model_copy(update={"furniture": base.furniture | frozenset(self.lines)})

    def save(self, path: str | Path) -> None:
        """Write the list as JSON (UTF-8) to ``path``."""
        Path(path).write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LearnedFurniture:
        """Read a list written by :meth:`save`; a plain JSON array of lines is accepted
        too. Raises ``OSError`` when the file cannot be read and ``ValueError`` when it
        holds no such list."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if isinstance(data, list):
            data = {"lines": data}
        return cls.model_validate(data)


describe_fields(LearnedFurniture)


def _short_lines(text: str) -> dict[str, None]:
    """The distinct short lines of ``text`` in text order (a dict, not a set, so that the
    learned order does not depend on string hashing)."""
    found: dict[str, None] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if (
            stripped
            and len(stripped) <= MAX_FURNITURE_CHARACTERS
            and any(char.isalpha() for char in stripped)
        ):
            found[stripped] = None
    return found


def _probe(text: str) -> set[int]:
    """The hashes of the prose lines of ``text``, by which a copy of it is known."""
    return {
        hash(stripped)
        for line in text.splitlines()
        if len(stripped := line.strip()) >= COPY_PROBE_CHARACTERS
    }


def learn_furniture(
    texts: Iterable[str],
    *,
    min_documents: int = MIN_DOCUMENTS,
    min_share: float = 0.0,
) -> LearnedFurniture:
    """Learn the lines that recur verbatim in at least ``min_documents`` of ``texts``, and
    in at least ``min_share`` of them (0–1), as their furniture (see the module docstring).

    ``texts`` is read once, in order, and may be a generator. Raises ``TypeError`` for a
    single string and ``ValueError`` for a threshold out of range."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("learn_furniture takes an iterable of texts, not a single str or bytes")
    if min_documents < 1:
        raise ValueError(f"min_documents must be at least 1, not {min_documents}")
    if not 0.0 <= min_share <= 1.0:
        raise ValueError(f"min_share must be between 0 and 1, not {min_share}")
    counts: Counter[str] = Counter()
    seen_long: set[int] = set()
    documents = copies = 0
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(f"document {documents}: expected str, got {type(text).__name__}")
        documents += 1
        probe = _probe(text)
        if len(probe) >= COPY_PROBE_LINES and len(probe & seen_long) >= COPY_SHARE * len(probe):
            copies += 1
            continue
        seen_long |= probe
        counts.update(_short_lines(text).keys())
    threshold = max(min_documents, math.ceil(min_share * (documents - copies)))
    kept = [(line, count) for line, count in counts.items() if count >= threshold]
    kept.sort(key=lambda entry: -entry[1])  # stable: ties keep the order first seen
    return LearnedFurniture(
        lines=tuple(line for line, _ in kept),
        counts=dict(kept),
        documents=documents,
        copies=copies,
        min_documents=min_documents,
    )
