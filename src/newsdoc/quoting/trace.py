"""Which rules chose each speaker, recorded only while someone asks.

:func:`tracing` collects, for each speaker mention resolved inside it, the rule that read
the mention from its subject phrase (:data:`~newsdoc.quoting.mentions.PHRASE_RULES`) and
the rule that resolved it to a person (:class:`~newsdoc.quoting.coreference.Entities`).
Outside :func:`tracing`, :func:`note_choice` does nothing, so parsing pays for one
context-variable read per speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple, Protocol

__all__ = ["SpeakerRules", "note_choice", "tracing"]


class SpeakerRules(NamedTuple):
    """The rules behind one speaker: how its mention was read and how it was resolved."""

    mention: str
    """A :data:`~newsdoc.quoting.mentions.PHRASE_RULES` name, or ``frame`` for a mention
    a quote frame built itself (a transcript label, a lead-in)."""
    resolution: str
    """``as-printed``, ``surname``, ``cataphor``, ``group``, ``role-holder`` …"""


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def rule(self) -> str: ...


_CHOICES: ContextVar[dict[tuple[int, int], SpeakerRules] | None] = ContextVar(
    "newsdoc_speaker_choices", default=None
)


@contextmanager
def tracing() -> Iterator[dict[tuple[int, int], SpeakerRules]]:
    """Collect the rules behind every speaker resolved in the block, keyed by the
    speaker's ``(start, end)`` offsets."""
    choices: dict[tuple[int, int], SpeakerRules] = {}
    token = _CHOICES.set(choices)
    try:
        yield choices
    finally:
        _CHOICES.reset(token)


def note_choice(mention: _Located, resolution: str) -> None:
    """Record how ``mention`` was read and resolved, when :func:`tracing` is on."""
    choices = _CHOICES.get()
    if choices is not None:
        choices[(mention.start, mention.end)] = SpeakerRules(mention.rule or "frame", resolution)
