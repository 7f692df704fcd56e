"""newsdoc: news documents to typed, trustworthy data.

>>> import newsdoc
>>> article = newsdoc.parse("date 2022-03-08 The talks went on.")
>>> article.date_header.raw
'date 2022-03-08'
"""

import typing

from newsdoc._version import __version__
from newsdoc.api import decode, parse, parse_bytes
from newsdoc.document import Document, Line
from newsdoc.errors import (
    InputDecodeError,
    NewsdocError,
    ParserError,
    PipelineError,
    PluginError,
)
from newsdoc.models import (
    Annotation,
    Article,
    Attribution,
    Block,
    Cue,
    DateHeader,
    Dateline,
    Diagnostic,
    EmbeddedSocialPost,
    Entity,
    Failure,
    Metadata,
    MetadataDate,
    Party,
    Quote,
    Span,
    Speaker,
    TimeZone,
)
from newsdoc.options import ParseOptions
from newsdoc.pipeline import (
    ORDER_BLOCKS,
    ORDER_CREDITS,
    ORDER_DATES,
    ORDER_EMBEDS,
    ORDER_PLUGINS,
    ORDER_QUOTES,
    Item,
    Parser,
    Pipeline,
)
from newsdoc.plugins import available_plugins, load_plugin

if typing.TYPE_CHECKING:
    from newsdoc.batch import parse_many
    from newsdoc.furniture import LearnedFurniture, learn_furniture
    from newsdoc.html import parse_html
    from newsdoc.spacy import to_spacy
    from newsdoc.tables import to_pandas

# Parsing one text needs neither a process pool, an HTML stack nor spaCy: these submodules, and
# the names taken from them, are imported on first access (PEP 562) to keep
# ``import newsdoc`` fast. tests/test_import_time.py keeps them out of a plain import.
_LAZY_SUBMODULES = frozenset({"batch", "furniture", "html", "spacy", "tables", "views"})
_LAZY_NAMES = {
    "LearnedFurniture": "furniture",
    "learn_furniture": "furniture",
    "parse_many": "batch",
    "parse_html": "html",
    "to_pandas": "tables",
    "to_spacy": "spacy",
}

__all__ = [
    "ORDER_BLOCKS",
    "ORDER_CREDITS",
    "ORDER_DATES",
    "ORDER_EMBEDS",
    "ORDER_PLUGINS",
    "ORDER_QUOTES",
    "Annotation",
    "Article",
    "Attribution",
    "Block",
    "Cue",
    "DateHeader",
    "Dateline",
    "Diagnostic",
    "Document",
    "EmbeddedSocialPost",
    "Entity",
    "Failure",
    "InputDecodeError",
    "Item",
    "LearnedFurniture",
    "Line",
    "Metadata",
    "MetadataDate",
    "NewsdocError",
    "ParseOptions",
    "Parser",
    "ParserError",
    "Party",
    "Pipeline",
    "PipelineError",
    "PluginError",
    "Quote",
    "Span",
    "Speaker",
    "TimeZone",
    "__version__",
    "available_plugins",
    "decode",
    "learn_furniture",
    "load_plugin",
    "parse",
    "parse_bytes",
    "parse_html",
    "parse_many",
    "to_pandas",
    "to_spacy",
]


def __getattr__(name: str) -> object:
    from importlib import import_module

    if name in _LAZY_SUBMODULES:
        return import_module(f"{__name__}.{name}")
    submodule = _LAZY_NAMES.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_SUBMODULES, *_LAZY_NAMES} - {"typing"})
