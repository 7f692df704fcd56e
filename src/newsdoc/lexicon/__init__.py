"""Data, not logic: the word lists newsdoc's parsers read.

Each lexicon is a JSON file beside this module, loaded once on first use.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["load"]


@cache
def load(name: str) -> Any:
    """The parsed JSON lexicon ``<name>.json`` shipped with newsdoc."""
    resource = files(__package__).joinpath(f"{name}.json")
    with resource.open(encoding="utf-8") as handle:
        return json.load(handle)
