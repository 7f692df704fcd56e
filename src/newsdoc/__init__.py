"""newsdoc: news documents to typed, trustworthy data.

>>> import newsdoc
>>> article = newsdoc.parse("date 2022-03-08 The talks went on.")
>>> article.date_header.raw
'date 2022-03-08'
"""

from newsdoc._version import __version__
from newsdoc.api import decode, parse, parse_bytes
from newsdoc.batch import parse_many
from newsdoc.document import Document, Line
from newsdoc.errors import (
    InputDecodeError,
    NewsdocError,
    ParserError,
    PipelineError,
    PluginError,
)
from newsdoc.html import parse_html
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
    "load_plugin",
    "parse",
    "parse_bytes",
    "parse_html",
    "parse_many",
]
