"""A griffe extension that lets mkdocstrings render newsdoc's reStructuredText-flavoured
docstrings as Markdown.

The docstrings are written to read well in ``help()`` and in the source: Sphinx roles
(``:class:`~newsdoc.models.Article```), ``::`` before literal blocks and bare ``>>>``
doctest blocks. This extension rewrites them, at documentation build time only:

* a role becomes a cross-reference that links when the target is documented and is
  plain code otherwise (``~`` keeps only the last name, as in Sphinx);
* a trailing ``::`` becomes ``:`` (the indented block after it is already Markdown code);
* a doctest block becomes a fenced ``pycon`` block.
"""

from __future__ import annotations

from typing import Any

import griffe
import regex

ROLE = regex.compile(
    r":(?:class|func|meth|mod|attr|data|exc|obj):`(?P<tilde>~?)(?P<target>[^`\n]{1,200})`"
)


def _role(match: regex.Match[str], module: str) -> str:
    target = match.group("target")
    shown = target.rsplit(".", 1)[-1] if match.group("tilde") else target
    # a bare name (``:class:`Span```) refers to the module the docstring is in
    identifier = target if "." in target else f"{module}.{target}"
    return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'


def _fence_doctests(text: str) -> str:
    out: list[str] = []
    in_block = False
    for line in text.split("\n"):
        if not in_block and line.startswith(">>>"):
            out.append("```pycon")
            in_block = True
        elif in_block and not line.strip():
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


def rewrite(text: str, module: str = "newsdoc") -> str:
    """The Markdown form of one docstring found in ``module``."""
    text = ROLE.sub(lambda match: _role(match, module), text)
    text = regex.sub(r"(?m)(?<=\S)::$", ":", text)
    text = regex.sub(r"(?m)^\s*::$", "", text)
    return _fence_doctests(text)


class RestructuredTextRoles(griffe.Extension):
    """Rewrite each docstring once, when its object is loaded."""

    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:
        """Rewrite ``obj``'s docstring in place."""
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value, obj.module.path)
