"""Hypothesis strategies that build synthetic news text whose truth is known by construction.

Each strategy draws a :class:`Sample`: the text plus the items a correct parser must find
in it, with exact spans. They need the ``test`` extra (``pip install newsdoc[test]``).
"""

from __future__ import annotations

from newsdoc.testing.strategies._sample import Sample

__all__ = ["Sample"]
