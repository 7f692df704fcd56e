"""Options that change how a document is parsed.

Parsing is deterministic: newsdoc never reads the clock, the locale or the environment.
Everything that would otherwise be guessed is an option here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsdoc._docstrings import describe_fields

__all__ = ["ParseOptions"]

_OFFSET_PATTERN = r"^[+-](?:[01]\d|2[0-3]):[0-5]\d$"


class ParseOptions(BaseModel):
    """How to parse a document. Every field has a default suitable for English-language news.

    >>> ParseOptions(timezones={"ist": "+01:00"}).timezones
    {'IST': '+01:00'}
    """

    # Kept out of import time: the validator is built on first use (defer_build; building
    # it would also start pydantic's plugin discovery, importlib.metadata and a scan of
    # the installed distributions), and field descriptions come from describe_fields.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    reference_date: dt.date | None = None
    """The date that year-less and relative dates are read against when the document has
    no full date of its own (``March 8``, ``3 hours ago``). ``None``: such dates are
    reported as diagnostics, never guessed from today's date."""
    dayfirst: bool | None = None
    """How to read numeric dates like ``03/04/2022``: ``True`` day first, ``False`` month
    first, ``None`` decide from the values and flag the date as ambiguous when both work
    (month first is then assumed)."""
    timezones: dict[str, Annotated[str, Field(pattern=_OFFSET_PATTERN)]] = Field(
        default_factory=dict
    )
    """Extra or replacement time-zone abbreviations, e.g. ``{"IST": "+01:00"}`` to read IST
    as Irish Standard Time instead of India's. Offsets are written ``±HH:MM``."""
    agencies: dict[str, str] = Field(default_factory=dict)
    """Extra agency aliases mapped to the canonical name to report, e.g.
    ``{"Kyodo News": "Kyodo"}``; they extend the built-in lexicon."""
    cues: dict[str, str] = Field(default_factory=dict)
    """Extra attribution cues, each printed form (one word, or a two-word phrase) mapped
    to its lemma: ``{"quipped": "quip", "quips": "quip", "made plain": "make clear"}``.
    A form takes the class of a lemma the built-in lexicon knows (``{"opined": "think"}``
    is a belief cue, ``{"yelled": "say"}`` a speech cue); a new lemma is a speech cue
    that, like ``say``, may take its content without ``that``. A form ending in ``-ing``
    is a participle. Forms are matched in lower case."""
    regex_timeout: Annotated[float, Field(gt=0)] = 2.0
    """Seconds any one pattern may run over a document before it is stopped and reported
    as a ``regex-timeout`` diagnostic."""
    strict: bool = False
    """Raise :class:`newsdoc.errors.ParserError` when a parser fails, instead of reporting a
    ``parser-failed`` diagnostic and keeping the other parsers' results."""
    max_diagnostics_per_code: Annotated[int, Field(ge=1)] = 20
    """Keep at most this many diagnostics of one code; the rest are folded into one
    diagnostic carrying their count."""
    furniture: frozenset[str] = frozenset()
    """Lines that are page furniture in this corpus, usually learned by
    :func:`newsdoc.learn_furniture`: a paragraph that is one of them, whole and stripped,
    is a ``furniture`` block rather than a heading or body text."""

    @field_validator("cues")
    @classmethod
    def _plain_cues(cls, value: dict[str, str]) -> dict[str, str]:
        cues: dict[str, str] = {}
        for printed, lemma in value.items():
            words = printed.lower().split()
            if not 1 <= len(words) <= 2 or not all(word.isalpha() for word in words):
                raise ValueError(f"cue {printed!r}: one or two words of letters")
            if not lemma.strip():
                raise ValueError(f"cue {printed!r}: the lemma is empty")
            cues[" ".join(words)] = " ".join(lemma.lower().split())
        return cues

    @field_validator("furniture")
    @classmethod
    def _stripped_lines(cls, value: frozenset[str]) -> frozenset[str]:
        return frozenset(line.strip() for line in value if line.strip())

    @field_validator("timezones")
    @classmethod
    def _upper_case_zones(cls, value: dict[str, str]) -> dict[str, str]:
        return {name.upper(): offset for name, offset in value.items()}


describe_fields(ParseOptions)
