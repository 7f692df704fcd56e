"""The ``newsdoc`` command.

::

    newsdoc parse article.txt                 # one document: pretty JSON
    newsdoc parse a.txt b.txt                 # several: one JSON object per line
    cat article.txt | newsdoc parse -         # standard input
    newsdoc parse --input-jsonl corpus.jsonl --text-field body
    newsdoc parse --plugin ticker article.txt
    newsdoc schema                            # the Article JSON Schema
    newsdoc --version

User errors (a missing file, undecodable bytes, an invalid JSON Lines record) print one
message to standard error naming the file and the byte offset or line, and the command
goes on with the other documents; it exits with status 1 if any document failed, 2 for
a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from newsdoc._version import __version__
from newsdoc.api import decode, pipeline_with
from newsdoc.errors import InputDecodeError, PluginError
from newsdoc.models import Article
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Pipeline

__all__ = ["main"]

EXIT_OK = 0
EXIT_DOCUMENT_FAILED = 1
EXIT_USAGE = 2


class _InputError(Exception):
    """A problem with one input document, reported and skipped."""


@dataclass(frozen=True)
class _Input:
    source: str
    text: str


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise _InputError(f"{path}: cannot read: {error.strerror or error}") from None


def _documents(paths: Sequence[str]) -> Iterator[_Input | _InputError]:
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            yield _Input(name, decode(_read_bytes(path), source=name))
        except (_InputError, InputDecodeError) as error:
            yield _InputError(str(error))


def _jsonl_documents(paths: Sequence[str], field: str) -> Iterator[_Input | _InputError]:
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            content = decode(_read_bytes(path), source=name)
        except (_InputError, InputDecodeError) as error:
            yield _InputError(str(error))
            continue
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield _InputError(f"{where}: invalid JSON: {error.msg} (column {error.colno})")
                continue
            if not isinstance(record, dict):
                yield _InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
                continue
            text = record.get(field)
            if not isinstance(text, str):
                problem = "is missing" if field not in record else "is not a string"
                yield _InputError(f"{where}: field {field!r} {problem}")
                continue
            yield _Input(where, text)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description="Turn news documents into typed, trustworthy data.",
    )
    parser.add_argument("--version", action="version", version=f"newsdoc {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    parse = commands.add_parser(
        "parse",
        help="parse documents and print them as JSON",
        description="Parse text files (or '-' for standard input) and print each Article "
        "as JSON: pretty JSON for one document, JSON Lines for several.",
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files, or '-' for stdin")
    parse.add_argument(
        "--jsonl", action="store_true", help="print JSON Lines even for a single document"
    )
    parse.add_argument(
        "--input-jsonl",
        action="store_true",
        help="read each FILE as JSON Lines, one document per record",
    )
    parse.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="with --input-jsonl, the record field holding the text (default: text)",
    )
    parse.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="NAME",
        help="add an installed plugin parser by its entry-point name (repeatable)",
    )
    parse.add_argument(
        "--indent",
        type=int,
        default=None,
        metavar="N",
        help="indent JSON by N spaces (default: 2 for one document, none for JSON Lines)",
    )
    parse.add_argument(
        "--reference-date",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="date that year-less and relative dates are read against",
    )
    order = parse.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst", action="store_true", help="read numeric dates as day/month/year"
    )
    order.add_argument(
        "--monthfirst", action="store_true", help="read numeric dates as month/day/year"
    )

    schema = commands.add_parser("schema", help="print the JSON Schema of the Article model")
    schema.add_argument("--indent", type=int, default=2, metavar="N", help="indent (default 2)")
    return parser


def _error(message: str) -> None:
    print(f"newsdoc: error: {message}", file=sys.stderr)


def _write(out: TextIO, article: Article, indent: int | None) -> None:
    out.write(article.model_dump_json(indent=indent))
    out.write("\n")


def _run_parse(arguments: argparse.Namespace, out: TextIO) -> int:
    try:
        pipeline: Pipeline = pipeline_with(arguments.plugin)
    except PluginError as error:
        _error(str(error))
        return EXIT_USAGE
    dayfirst = True if arguments.dayfirst else (False if arguments.monthfirst else None)
    options = ParseOptions(reference_date=arguments.reference_date, dayfirst=dayfirst)
    if arguments.input_jsonl:
        documents = _jsonl_documents(arguments.files, arguments.text_field)
    else:
        documents = _documents(arguments.files)
    lines = arguments.jsonl or arguments.input_jsonl or len(arguments.files) > 1
    indent = arguments.indent if arguments.indent is not None else (None if lines else 2)
    status = EXIT_OK
    for document in documents:
        if isinstance(document, _InputError):
            _error(str(document))
            status = EXIT_DOCUMENT_FAILED
            continue
        try:
            article = pipeline.parse(document.text, options)
        except Exception as error:  # one bad document must not stop a batch
            _error(f"{document.source}: {type(error).__name__}: {error}")
            status = EXIT_DOCUMENT_FAILED
            continue
        _write(out, article, indent)
    return status


def _run_schema(arguments: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(Article.model_json_schema(), indent=arguments.indent, ensure_ascii=False))
    out.write("\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsdoc`` command on ``argv`` (default ``sys.argv[1:]``); return its status."""
    arguments = _build_parser().parse_args(argv)
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        # JSON output keeps non-ASCII text as is; never let a C locale turn it into errors
        out.reconfigure(encoding="utf-8")
    try:
        if arguments.command == "schema":
            return _run_schema(arguments, out)
        return _run_parse(arguments, out)
    except BrokenPipeError:
        # the reader went away (``newsdoc parse … | head``); that is not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
