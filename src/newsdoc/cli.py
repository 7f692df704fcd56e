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
import codecs
import datetime as dt
import glob
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from pydantic import JsonValue, ValidationError

from newsdoc._version import __version__
from newsdoc.api import decode, pipeline_with
from newsdoc.batch import parse_many
from newsdoc.errors import InputDecodeError, PluginError
from newsdoc.html import parse_html
from newsdoc.models import Article, Failure
from newsdoc.options import ParseOptions
from newsdoc.records import ArticleRecord, ErrorInfo, ErrorRecord, record_schema

__all__ = ["main"]

EXIT_OK = 0
EXIT_DOCUMENT_FAILED = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class _Input:
    """One document to parse, with where it came from."""

    source: str
    text: str
    id: JsonValue = None
    html: bytes | None = None
    """The raw page, for an HTML document (parsed with ``parse_html``)."""


@dataclass(frozen=True)
class _Unreadable:
    """A document that could not be read, reported in its place."""

    source: str
    kind: str
    message: str
    id: JsonValue = None


_GLOB_CHARACTERS = frozenset("*?[")
_HTML_SUFFIXES = (".html", ".htm")


def _expand(paths: Sequence[str], suffixes: tuple[str, ...]) -> Iterator[str | _Unreadable]:
    """Files named, files under named directories (recursively), and glob matches."""
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            found = sorted(
                str(file)
                for file in Path(path).rglob("*")
                if file.is_file() and file.suffix.lower() in suffixes
            )
            if not found:
                yield _Unreadable(path, "NoInput", f"{path}: no {'/'.join(suffixes)} files")
            yield from found
        elif _GLOB_CHARACTERS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield _Unreadable(path, "NoInput", f"{path}: no files match")
            yield from (match for match in matches if os.path.isfile(match))
        else:
            yield _Unreadable(path, "FileNotFoundError", f"{path}: no such file or directory")


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _source_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _documents(paths: Iterable[str | _Unreadable], html: bool) -> Iterator[_Input | _Unreadable]:
    for path in paths:
        if isinstance(path, _Unreadable):
            yield path
            continue
        name = _source_name(path)
        try:
            if html or path.lower().endswith(_HTML_SUFFIXES):
                yield _Input(name, "", html=_read_bytes(path))
                continue
            yield _Input(name, decode(_read_bytes(path), source=name))
        except InputDecodeError as error:
            yield _Unreadable(name, "InputDecodeError", str(error))
        except OSError as error:
            yield _Unreadable(name, type(error).__name__, f"{name}: cannot read: {error.strerror}")


def _lines(path: str) -> Iterator[bytes]:
    if path == "-":
        yield from sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield from handle


def _jsonl_documents(
    paths: Iterable[str | _Unreadable], field: str, id_field: str | None
) -> Iterator[_Input | _Unreadable]:
    for path in paths:
        if isinstance(path, _Unreadable):
            yield path
            continue
        name = _source_name(path)
        try:
            for number, raw in enumerate(_lines(path), start=1):
                yield from _jsonl_record(raw, f"{name}:{number}", field, id_field)
        except OSError as error:
            yield _Unreadable(name, type(error).__name__, f"{name}: cannot read: {error.strerror}")


def _jsonl_record(
    raw: bytes, where: str, field: str, id_field: str | None
) -> Iterator[_Input | _Unreadable]:
    if not raw.strip():
        return
    try:
        line = raw.decode("utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8")
    except UnicodeDecodeError as error:
        yield _Unreadable(
            where, "InputDecodeError", f"{where}: not UTF-8 at byte {error.start} of the line"
        )
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        message = f"{where}: invalid JSON: {error.msg} (column {error.colno})"
        yield _Unreadable(where, "InvalidRecord", message)
        return
    if not isinstance(record, dict):
        message = f"{where}: expected a JSON object, got {type(record).__name__}"
        yield _Unreadable(where, "InvalidRecord", message)
        return
    identifier = record.get(id_field) if id_field else None
    text = record.get(field)
    if not isinstance(text, str):
        problem = "is missing" if field not in record else "is not a string"
        yield _Unreadable(where, "InvalidRecord", f"{where}: field {field!r} {problem}", identifier)
        return
    yield _Input(where, text, identifier)


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
        description="Parse text files, directories (every *.txt below them), glob patterns "
        "or '-' for standard input, and print each Article as JSON: pretty JSON for one "
        "document, JSON Lines for several.",
    )
    parse.add_argument(
        "files", nargs="+", metavar="PATH", help="files, directories, globs, or '-' for stdin"
    )
    parse.add_argument(
        "--jsonl", action="store_true", help="print JSON Lines even for a single document"
    )
    parse.add_argument(
        "--html",
        action="store_true",
        help="read files as HTML pages (files ending in .html or .htm always are; "
        "needs the html extra)",
    )
    parse.add_argument(
        "--input-jsonl",
        action="store_true",
        help="read each file as JSON Lines, one document per record",
    )
    parse.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="with --input-jsonl, the record field holding the text (default: text)",
    )
    parse.add_argument(
        "--id-field",
        default=None,
        metavar="NAME",
        help="with --input-jsonl, write {id, article} and {id, index, error} records "
        "carrying this field of each input record (see: newsdoc schema --records)",
    )
    parse.add_argument(
        "--output",
        "-o",
        default=None,
        metavar="FILE",
        help="write JSON Lines to FILE instead of standard output; a FILE ending in "
        ".parquet gets one Parquet row per article (needs the parquet extra)",
    )
    parse.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU; default 1)",
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
    parse.add_argument(
        "--options",
        default=None,
        metavar="FILE",
        help="read parse options from a JSON file (timezones, agencies, cues, …; see "
        "newsdoc.ParseOptions); --reference-date, --dayfirst and --monthfirst override it",
    )
    order = parse.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst", action="store_true", help="read numeric dates as day/month/year"
    )
    order.add_argument(
        "--monthfirst", action="store_true", help="read numeric dates as month/day/year"
    )

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument("--indent", type=int, default=2, metavar="N", help="indent (default 2)")
    schema.add_argument(
        "--records",
        action="store_true",
        help="the schema of the --id-field JSON Lines records instead of the Article",
    )
    return parser


def _error(message: str) -> None:
    print(f"newsdoc: error: {message}", file=sys.stderr)


class _Progress:
    """A progress bar on standard error when it is a terminal; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)

    def step(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _options(arguments: argparse.Namespace) -> ParseOptions | None:
    """The options from ``--options`` and the date flags, or ``None`` after reporting
    why they cannot be read."""
    values: dict[str, Any] = {}
    if arguments.options is not None:
        try:
            with open(arguments.options, encoding="utf-8") as handle:
                values = json.load(handle)
        except (OSError, ValueError) as error:
            _error(f"cannot read --options {arguments.options}: {error}")
            return None
        if not isinstance(values, dict):
            _error(f"--options {arguments.options}: expected a JSON object")
            return None
    if arguments.reference_date is not None:
        values["reference_date"] = arguments.reference_date
    if arguments.dayfirst or arguments.monthfirst:
        values["dayfirst"] = bool(arguments.dayfirst)
    try:
        return ParseOptions.model_validate(values)
    except ValidationError as error:
        _error(f"invalid options: {error}")
        return None


def _run_parse(arguments: argparse.Namespace, out: TextIO) -> int:
    if arguments.id_field and not arguments.input_jsonl:
        _error("--id-field needs --input-jsonl")
        return EXIT_USAGE
    if arguments.jobs < 0:
        _error("--jobs must be 0 (one per CPU) or a positive number")
        return EXIT_USAGE
    options = _options(arguments)
    if options is None:
        return EXIT_USAGE
    try:
        pipeline_with(arguments.plugin)  # report unknown plugins before reading anything
    except PluginError as error:
        _error(str(error))
        return EXIT_USAGE
    if arguments.html and arguments.input_jsonl:
        _error("--html reads files, not JSON Lines records")
        return EXIT_USAGE
    paths = _expand(arguments.files, _HTML_SUFFIXES if arguments.html else (".txt",))
    if arguments.input_jsonl:
        documents = _jsonl_documents(paths, arguments.text_field, arguments.id_field)
    else:
        documents = _documents(paths, arguments.html)
    single = not (
        arguments.jsonl
        or arguments.input_jsonl
        or arguments.output
        or len(arguments.files) > 1
        or any(os.path.isdir(path) or _GLOB_CHARACTERS & set(path) for path in arguments.files)
    )
    indent = arguments.indent if arguments.indent is not None else (2 if single else None)
    if arguments.output and arguments.output.lower().endswith(".parquet"):
        try:
            from newsdoc.parquet import ArticleParquetWriter

            with ArticleParquetWriter(arguments.output) as writer:
                return _parse_all(documents, arguments, options, _ParquetSink(writer), single)
        except ImportError as error:
            _error(str(error))
            return EXIT_USAGE
    if arguments.output:
        try:
            with open(arguments.output, "w", encoding="utf-8", newline="\n") as target:
                sink = _JsonSink(target, indent, arguments.id_field is not None)
                return _parse_all(documents, arguments, options, sink, single)
        except OSError as error:
            _error(f"{arguments.output}: cannot write: {error.strerror}")
            return EXIT_USAGE
    return _parse_all(
        documents,
        arguments,
        options,
        _JsonSink(out, indent, arguments.id_field is not None),
        single,
    )


class _JsonSink:
    """JSON or JSON Lines output; with records, errors get a line of their own."""

    def __init__(self, out: TextIO, indent: int | None, records: bool) -> None:
        self._out, self._indent, self._records = out, indent, records

    def article(self, identifier: JsonValue, article: Article) -> None:
        if self._records:
            self._out.write(ArticleRecord(id=identifier, article=article).model_dump_json())
        else:
            self._out.write(article.model_dump_json(indent=self._indent))
        self._out.write("\n")

    def error(self, identifier: JsonValue, index: int, kind: str, message: str) -> None:
        if self._records:
            info = ErrorInfo(type=kind, message=message)
            self._out.write(ErrorRecord(id=identifier, index=index, error=info).model_dump_json())
            self._out.write("\n")


class _ParquetSink:
    """One Parquet row per article; failures are reported on standard error only."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def article(self, identifier: JsonValue, article: Article) -> None:
        self._writer.write(article, id=identifier)

    def error(self, identifier: JsonValue, index: int, kind: str, message: str) -> None:
        return None


def _parse_all(
    documents: Iterator[_Input | _Unreadable],
    arguments: argparse.Namespace,
    options: ParseOptions,
    sink: _JsonSink | _ParquetSink,
    single: bool,
) -> int:
    inputs: deque[_Input | _Unreadable] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            inputs.append(document)
            # an unreadable input keeps its place in the batch with an empty text
            yield document.text if isinstance(document, _Input) else ""

    progress = _Progress(enabled=not single and sys.stderr.isatty())
    started = time.perf_counter()
    total = failures = 0
    results = parse_many(texts(), jobs=arguments.jobs, options=options, plugins=arguments.plugin)
    try:
        for index, result in enumerate(results):
            document = inputs.popleft()
            total += 1
            progress.step()
            problem: tuple[str, str] | None = None
            if isinstance(document, _Input) and document.html is not None:
                result = _parse_page(document, index, options, arguments.plugin)
            if isinstance(document, _Unreadable):
                problem = (document.kind, document.message)
            elif isinstance(result, Failure):
                problem = (result.error, f"{document.source}: {result.error}: {result.message}")
            if problem is not None:
                failures += 1
                _error(problem[1])
                sink.error(document.id, index, problem[0], problem[1])
                continue
            assert isinstance(result, Article)
            sink.article(document.id, result)
    finally:
        progress.close()
    elapsed = time.perf_counter() - started
    if not single:
        rate = total / elapsed if elapsed > 0 else 0.0
        print(
            f"newsdoc: {total} documents, {failures} failed, {rate:.0f} documents/s",
            file=sys.stderr,
        )
    return EXIT_DOCUMENT_FAILED if failures else EXIT_OK


def _parse_page(
    document: _Input, index: int, options: ParseOptions, plugins: Sequence[str]
) -> Article | Failure:
    assert document.html is not None
    try:
        return parse_html(document.html, options=options, plugins=plugins)
    except ImportError as error:
        return Failure(index=index, error="ImportError", message=str(error))
    except Exception as error:  # one bad page must not stop a batch
        return Failure(index=index, error=type(error).__name__, message=str(error))


def _run_schema(arguments: argparse.Namespace, out: TextIO) -> int:
    schema = record_schema() if arguments.records else Article.model_json_schema()
    out.write(json.dumps(schema, indent=arguments.indent, ensure_ascii=False))
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
