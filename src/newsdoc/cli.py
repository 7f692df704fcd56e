"""The ``newsdoc`` command.

::

    newsdoc parse article.txt                 # one document: pretty JSON
    newsdoc parse a.txt b.txt                 # several: one JSON object per line
    cat article.txt | newsdoc parse -         # standard input
    newsdoc parse --input-jsonl corpus.jsonl --text-field body
    newsdoc parse --plugin stock_ticker article.txt
    newsdoc parse --format quotes -o quotes.csv corpus/   # one row per quote
    newsdoc parse --format summary article.txt            # readable, one block per article
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
import csv
import datetime as dt
import glob
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, Union

from pydantic import JsonValue, ValidationError

from newsdoc._decoding import text_codec
from newsdoc._version import __version__
from newsdoc.api import decode, pipeline_with
from newsdoc.batch import parse_many
from newsdoc.errors import InputDecodeError, PluginError
from newsdoc.furniture import MIN_DOCUMENTS, LearnedFurniture, learn_furniture
from newsdoc.html import parse_html
from newsdoc.models import Article, Failure
from newsdoc.options import ParseOptions
from newsdoc.records import ArticleRecord, ErrorInfo, ErrorRecord, record_schema
from newsdoc.views import COLUMNS, compact_dump, item_rows, summary

__all__ = ["main"]

EXIT_OK = 0
EXIT_DOCUMENT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
"""What a run stopped by Ctrl-C or SIGTERM exits with, as shells report SIGINT."""


@dataclass(frozen=True)
class _Input:
    """One document to parse, with where it came from."""

    source: str
    text: str
    id: JsonValue = None
    html: bytes | str | None = None
    """The page, for an HTML document (parsed with ``parse_html``): its bytes, or its
    text when ``--encoding`` decoded it."""


@dataclass(frozen=True)
class _Unreadable:
    """A document that could not be read, reported in its place."""

    source: str
    kind: str
    message: str
    id: JsonValue = None


_GLOB_CHARACTERS = frozenset("*?[")
_NO_INPUT = "NoInput"
"""The kind of a path that names no document: a glob or directory with no files."""
_ViewSink = Union["_RowSink", "_TableSink"]
_INTEGER_COLUMNS = frozenset({"index", "start", "end", "group"})
PYARROW_MISSING = "Parquet output needs pyarrow: pip install 'newsdoc[parquet]'"
ENCODING_HINT = "if the file is Latin-1 or Windows-1252, pass --encoding cp1252"
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
                yield _Unreadable(path, _NO_INPUT, f"{path}: no {'/'.join(suffixes)} files")
            yield from found
        elif _GLOB_CHARACTERS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield _Unreadable(path, _NO_INPUT, f"{path}: no files match")
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


def _documents(
    paths: Iterable[str | _Unreadable], html: bool, encoding: str | None
) -> Iterator[_Input | _Unreadable]:
    for path in paths:
        if isinstance(path, _Unreadable):
            yield path
            continue
        name = _source_name(path)
        try:
            if html or path.lower().endswith(_HTML_SUFFIXES):
                page = _read_bytes(path)
                # a page's own charset is overruled only when asked
                text = page.decode(encoding, errors="replace") if encoding else page
                yield _Input(name, "", html=text)
                continue
            yield _Input(name, decode(_read_bytes(path), source=name, encoding=encoding))
        except InputDecodeError as error:
            yield _Unreadable(name, "InputDecodeError", _decode_message(error))
        except OSError as error:
            yield _Unreadable(name, type(error).__name__, f"{name}: cannot read: {error.strerror}")


def _decode_message(error: InputDecodeError) -> str:
    """The error's message, with the command line's way to act on its hint."""
    return f"{error.problem}; {ENCODING_HINT}" if error.hint else str(error)


def _lines(path: str) -> Iterator[bytes]:
    if path == "-":
        yield from sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield from handle


def _jsonl_documents(
    paths: Iterable[str | _Unreadable], field: str, id_field: str | None, encoding: str | None
) -> Iterator[_Input | _Unreadable]:
    for path in paths:
        if isinstance(path, _Unreadable):
            yield path
            continue
        name = _source_name(path)
        try:
            for number, raw in enumerate(_lines(path), start=1):
                yield from _jsonl_record(raw, f"{name}:{number}", field, id_field, encoding)
        except OSError as error:
            yield _Unreadable(name, type(error).__name__, f"{name}: cannot read: {error.strerror}")


def _jsonl_record(
    raw: bytes, where: str, field: str, id_field: str | None, encoding: str | None
) -> Iterator[_Input | _Unreadable]:
    if not raw.strip():
        return
    codec = encoding or ("utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8")
    try:
        line = raw.decode(codec)
    except UnicodeDecodeError as error:
        named = encoding or "UTF-8"
        hint = "" if encoding else f"; {ENCODING_HINT}"
        message = f"{where}: not {named} at byte {error.start} of the line{hint}"
        yield _Unreadable(where, "InputDecodeError", message)
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
        "--encoding",
        default=None,
        metavar="NAME",
        help="decode input with this encoding (e.g. cp1252, latin-1) instead of UTF-8; "
        "a byte-order mark still wins; for HTML pages it overrules the page's charset",
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
        "--format",
        choices=("json", "summary", *COLUMNS),
        default="json",
        help="json: the whole Article (default); summary: a readable block per article; "
        "quotes, posts, credits, blocks: one flat row per item with the document id and "
        "offsets, as JSON Lines, or CSV / Parquet when --output ends in .csv / .parquet",
    )
    parse.add_argument(
        "--compact",
        action="store_true",
        help="with --format json, leave out the strings a span gives back (raw, a quote's "
        "or post's text): newsdoc.views.expand_compact restores them",
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
    parse.add_argument(
        "--furniture",
        default=None,
        metavar="FILE",
        help="treat the lines listed in FILE (saved by --save-furniture) as page furniture",
    )
    parse.add_argument(
        "--learn-furniture",
        action="store_true",
        help="read the input twice: first learn the lines that recur verbatim across "
        "documents (site boilerplate), then parse with them as furniture",
    )
    parse.add_argument(
        "--save-furniture",
        default=None,
        metavar="FILE",
        help="with --learn-furniture, write the learned lines to FILE (JSON)",
    )
    parse.add_argument(
        "--min-documents",
        type=int,
        default=MIN_DOCUMENTS,
        metavar="N",
        help=f"with --learn-furniture, documents a line must recur in (default {MIN_DOCUMENTS})",
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
    if arguments.encoding is not None:
        try:
            arguments.encoding = text_codec(arguments.encoding)
        except LookupError as error:
            _error(f"--encoding: {error}")
            return EXIT_USAGE
    options = _with_furniture(arguments, options)
    if options is None:
        return EXIT_USAGE
    documents = _inputs(arguments)
    single = not (
        arguments.jsonl
        or arguments.input_jsonl
        or arguments.output
        or len(arguments.files) > 1
        or any(os.path.isdir(path) or _GLOB_CHARACTERS & set(path) for path in arguments.files)
    )
    indent = arguments.indent if arguments.indent is not None else (2 if single else None)
    if arguments.format != "json":
        return _run_view(documents, arguments, options, out)
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
                sink = _JsonSink(target, indent, arguments.id_field is not None, arguments.compact)
                return _parse_all(documents, arguments, options, sink, single)
        except OSError as error:
            _error(f"{arguments.output}: cannot write: {error.strerror}")
            return EXIT_USAGE
    return _parse_all(
        documents,
        arguments,
        options,
        _JsonSink(out, indent, arguments.id_field is not None, arguments.compact),
        single,
    )


def _inputs(arguments: argparse.Namespace) -> Iterator[_Input | _Unreadable]:
    paths = _expand(arguments.files, _HTML_SUFFIXES if arguments.html else (".txt",))
    if arguments.input_jsonl:
        return _jsonl_documents(paths, arguments.text_field, arguments.id_field, arguments.encoding)
    return _documents(paths, arguments.html, arguments.encoding)


def _with_furniture(arguments: argparse.Namespace, options: ParseOptions) -> ParseOptions | None:
    """``options`` with the furniture of ``--furniture`` and ``--learn-furniture``, or
    ``None`` after reporting why they cannot be had."""
    if arguments.save_furniture and not arguments.learn_furniture:
        _error("--save-furniture needs --learn-furniture")
        return None
    if arguments.min_documents < 1:
        _error("--min-documents must be at least 1")
        return None
    if arguments.furniture is not None:
        try:
            options = LearnedFurniture.load(arguments.furniture).options(options)
        except (OSError, ValueError) as error:
            _error(f"cannot read --furniture {arguments.furniture}: {error}")
            return None
    if not arguments.learn_furniture:
        return options
    if "-" in arguments.files:
        _error(
            "--learn-furniture reads its input twice and standard input only once; "
            "save it to a file first"
        )
        return None
    if arguments.html or any(path.lower().endswith(_HTML_SUFFIXES) for path in arguments.files):
        _error("--learn-furniture learns from texts, not HTML pages")
        return None
    texts = (document.text for document in _inputs(arguments) if isinstance(document, _Input))
    learned = learn_furniture(texts, min_documents=arguments.min_documents)
    print(
        f"newsdoc: learned {len(learned.lines)} furniture line"
        f"{'' if len(learned.lines) == 1 else 's'} from {learned.documents} documents",
        file=sys.stderr,
    )
    if arguments.save_furniture:
        try:
            learned.save(arguments.save_furniture)
        except OSError as error:
            _error(f"{arguments.save_furniture}: cannot write: {error.strerror}")
            return None
    return learned.options(options)


def _run_view(
    documents: Iterator[_Input | _Unreadable],
    arguments: argparse.Namespace,
    options: ParseOptions,
    out: TextIO,
) -> int:
    """``--format summary`` or a flat item table, to standard output or ``--output``."""
    target = (arguments.output or "").lower()
    if arguments.format == "summary" and target.endswith((".csv", ".parquet")):
        _error("--format summary is text; write it to standard output or a .txt file")
        return EXIT_USAGE
    try:
        if target.endswith(".parquet"):
            sink: _ViewSink = _TableSink(arguments.output, arguments.format, "parquet")
        elif target.endswith(".csv"):
            sink = _TableSink(arguments.output, arguments.format, "csv")
        elif arguments.output:
            handle = open(arguments.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            sink = _RowSink(handle, arguments.format, owned=True)
        else:
            sink = _RowSink(out, arguments.format, owned=False)
    except OSError as error:
        _error(f"{arguments.output}: cannot write: {error.strerror}")
        return EXIT_USAGE
    except ImportError as error:
        _error(str(error))
        return EXIT_USAGE
    try:
        return _parse_all(documents, arguments, options, sink, single=False)
    finally:
        sink.close()


class _RowSink:
    """Summary blocks, or item rows as JSON Lines."""

    def __init__(self, out: TextIO, view: str, owned: bool) -> None:
        self._out, self._view, self._owned, self._count = out, view, owned, 0

    def article(self, identifier: JsonValue, article: Article) -> None:
        doc_id = identifier if identifier is not None else self._count
        self._count += 1
        if self._view == "summary":
            self._out.write(summary(article, doc_id) + "\n\n")
            return
        for row in item_rows(article, self._view, doc_id):  # type: ignore[arg-type]
            self._out.write(json.dumps(row, ensure_ascii=False) + "\n")

    def error(self, identifier: JsonValue, index: int, kind: str, message: str) -> None:
        self._count += 1

    def close(self) -> None:
        if self._owned:
            self._out.close()


class _TableSink:
    """Item rows as one CSV file or one flat Parquet table, written when the run ends
    (Parquet to a temporary file renamed into place, so a failed run leaves no half file)."""

    def __init__(self, path: str, view: str, kind: str) -> None:
        if kind == "parquet":
            try:
                import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
            except ImportError as error:
                raise ImportError(PYARROW_MISSING) from error
        self._path, self._view, self._kind = path, view, kind
        self._rows: list[dict[str, Any]] = []
        self._count = 0
        self._handle: TextIO | None = None
        self._writer: Any = None
        if kind == "csv":
            self._handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self._writer = csv.DictWriter(self._handle, fieldnames=list(COLUMNS[view]))
            self._writer.writeheader()

    def article(self, identifier: JsonValue, article: Article) -> None:
        doc_id = identifier if identifier is not None else self._count
        self._count += 1
        rows = item_rows(article, self._view, doc_id)  # type: ignore[arg-type]
        if self._writer is not None:
            self._writer.writerows(rows)
        else:
            self._rows += rows

    def error(self, identifier: JsonValue, index: int, kind: str, message: str) -> None:
        self._count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            return
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

        columns = COLUMNS[self._view]
        table = pa.Table.from_pylist(
            [{**row, "id": None if row["id"] is None else str(row["id"])} for row in self._rows],
            schema=pa.schema(
                [
                    (
                        name,
                        pa.int64() if name in _INTEGER_COLUMNS else pa.string(),
                    )
                    for name in columns
                ]
            ),
        )
        temporary = f"{self._path}.tmp-{os.getpid()}"
        pq.write_table(table, temporary)
        os.replace(temporary, self._path)


class _JsonSink:
    """JSON or JSON Lines output; with records, errors get a line of their own."""

    def __init__(self, out: TextIO, indent: int | None, records: bool, compact: bool) -> None:
        self._out, self._indent, self._records = out, indent, records
        self._compact = compact

    def article(self, identifier: JsonValue, article: Article) -> None:
        if self._compact:
            data: Any = compact_dump(article)
            if self._records:
                data = {"id": identifier, "article": data}
            self._out.write(json.dumps(data, ensure_ascii=False, indent=self._indent))
        elif self._records:
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
    sink: _JsonSink | _ParquetSink | _ViewSink,
    single: bool,
) -> int:
    inputs: deque[_Input | _Unreadable] = deque()
    unmatched = 0

    def texts() -> Iterator[str]:
        nonlocal unmatched
        for document in documents:
            if isinstance(document, _Unreadable) and document.kind == _NO_INPUT:
                # a glob or directory with no files names no document: say so, count none
                unmatched += 1
                _error(document.message)
                continue
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
    if not single or unmatched:
        rate = total / elapsed if elapsed > 0 else 0.0
        nothing = f", {unmatched} path{'' if unmatched == 1 else 's'} matched no files"
        print(
            f"newsdoc: {total} document{'' if total == 1 else 's'}, {failures} failed, "
            f"{rate:.0f} documents/s{nothing if unmatched else ''}",
            file=sys.stderr,
        )
    return EXIT_DOCUMENT_FAILED if failures or unmatched else EXIT_OK


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
    previous = _interrupt_on_sigterm()
    try:
        if arguments.command == "schema":
            return _run_schema(arguments, out)
        return _run_parse(arguments, out)
    except BrokenPipeError:
        # the reader went away (``newsdoc parse … | head``); that is not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt_on_sigterm() -> Any:
    """Make SIGTERM stop the run as Ctrl-C does, so output files are closed and valid;
    the handler it replaces (``None`` off the main thread, where none can be set)."""

    def interrupt(number: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, interrupt)
