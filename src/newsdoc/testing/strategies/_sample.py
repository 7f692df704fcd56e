"""The value every strategy draws."""

from __future__ import annotations

from dataclasses import dataclass

from newsdoc.pipeline import Item


@dataclass(frozen=True)
class Sample:
    """Synthetic text and the items a correct parser must find in it, with exact spans."""

    text: str
    items: tuple[Item, ...] = ()
