"""Exceptions newsdoc raises for programmer errors.

Problems with the *content* of a document (unclosed quotes, unparseable dates, regex
time-outs) are never raised: they become :class:`newsdoc.models.Diagnostic` items on the
article. Exceptions are for mistakes in how newsdoc is called or extended::

    NewsdocError                 base of everything newsdoc raises
    ├── ParserError              a parser raised or returned something invalid
    │                            (only raised with ``ParseOptions(strict=True)``;
    │                            otherwise it becomes a ``parser-failed`` diagnostic)
    ├── PluginError              a plugin name is unknown, or its entry point is broken
    ├── PipelineError            a pipeline is built or changed inconsistently
    └── InputDecodeError         bytes that cannot be decoded (also a ``ValueError``)
"""

from __future__ import annotations

__all__ = ["InputDecodeError", "NewsdocError", "ParserError", "PipelineError", "PluginError"]


class NewsdocError(Exception):
    """Base class of every exception newsdoc raises."""


class ParserError(NewsdocError):
    """A parser raised an exception or returned an invalid item.

    The original exception is chained as ``__cause__``; ``parser`` names the parser.
    """

    def __init__(self, parser: str, message: str) -> None:
        super().__init__(f"parser {parser!r} failed: {message}")
        self.parser = parser


class PluginError(NewsdocError):
    """A plugin cannot be used: unknown name, broken entry point, wrong type, or a name mismatch."""


class PipelineError(NewsdocError, ValueError):
    """A pipeline was built or changed inconsistently (duplicate or unknown parser names)."""


class InputDecodeError(NewsdocError, ValueError):
    """Bytes that cannot be decoded as text; ``offset`` is the first bad byte, ``hint``
    what to try instead (or ``None``), and ``problem`` the message without the hint."""

    def __init__(
        self, message: str, *, offset: int, source: str | None = None, hint: str | None = None
    ) -> None:
        where = f"{source}: " if source else ""
        self.problem = f"{where}{message} at byte offset {offset}"
        super().__init__(f"{self.problem}; {hint}" if hint else self.problem)
        self.offset = offset
        self.source = source
        self.hint = hint
