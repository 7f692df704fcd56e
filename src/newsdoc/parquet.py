"""Writing articles to Parquet and reading them back, streaming, with bounded memory.

One row per article, in the schema of :func:`newsdoc.arrow.article_schema`. Rows are
buffered ``batch_size`` at a time and each batch becomes one Parquet row group, so a
generator over millions of documents is never materialised; the file is valid (its footer
written) as soon as the writer closes, even when the input stopped early with an error.

>>> import tempfile, pathlib, newsdoc
>>> folder = tempfile.TemporaryDirectory()
>>> path = pathlib.Path(folder.name) / "corpus.parquet"
>>> articles = [newsdoc.parse("date 2022-03-08 The talks went on.")]
>>> write_parquet([("a1", articles[0])], path)
1
>>> list(read_articles(path)) == articles
True
>>> folder.cleanup()

pyarrow is an optional dependency (``pip install 'newsdoc[parquet]'``), imported only when
a function here runs, so ``import newsdoc`` never needs it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import JsonValue

from newsdoc.arrow import article_from_row, article_row, article_schema, require_pyarrow
from newsdoc.models import Article

__all__ = ["ArticleParquetWriter", "read_articles", "read_records", "write_parquet"]

StrPath = str | os.PathLike[str]


def _parquet_module() -> Any:
    require_pyarrow()
    return importlib.import_module("pyarrow.parquet")


class ArticleParquetWriter:
    """Write articles to one Parquet file, one row group per ``batch_size`` articles.

    Use it as a context manager, or call :meth:`close`; the file holds the schema (and is
    readable) even when no article is written::

        with ArticleParquetWriter("corpus.parquet") as writer:
            for identifier, article in results:
                writer.write(article, id=identifier)

    ``compression`` is any codec pyarrow knows (``"zstd"``, ``"snappy"``, ``"gzip"``,
    ``"none"``); zstd suits the long text columns and DuckDB, Spark and pyarrow all read it.

    Rows go to a temporary file beside ``path`` (``path`` + ``.partial-<pid>``), renamed to
    ``path`` once its footer is written, so ``path`` is never a half-written file: an
    interrupted run that still closes the writer (``KeyboardInterrupt``, the CLI's SIGTERM)
    leaves a valid file with the rows so far, and a process killed outright leaves only the
    temporary file.
    """

    def __init__(self, path: StrPath, *, batch_size: int = 1000, compression: str = "zstd"):
        if batch_size < 1:
            raise ValueError(f"batch_size must be positive, not {batch_size}")
        self._pa = require_pyarrow()
        self._schema = article_schema()
        self._batch_size = batch_size
        self._rows: list[dict[str, Any]] = []
        self._written = 0
        self._path = os.fspath(path)
        self._partial = f"{self._path}.partial-{os.getpid()}"
        self._writer: Any = _parquet_module().ParquetWriter(
            self._partial, self._schema, compression=compression
        )

    @property
    def rows_written(self) -> int:
        """How many articles were written (or are buffered to be written) so far."""
        return self._written + len(self._rows)

    def write(self, article: Article, id: JsonValue = None) -> None:
        """Add ``article`` with the caller's document ``id`` (see
        :func:`newsdoc.arrow.article_row`)."""
        if self._writer is None:
            raise ValueError("write to a closed ArticleParquetWriter")
        if not isinstance(article, Article):
            raise TypeError(f"expected an Article, got {type(article).__name__}")
        self._rows.append(article_row(article, id))
        if len(self._rows) >= self._batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
        self._writer.write_table(table, row_group_size=self._batch_size)
        self._written += len(self._rows)
        self._rows = []

    def close(self) -> None:
        """Write the buffered rows and the file footer. Closing twice does nothing."""
        if self._writer is None:
            return
        try:
            self._flush()
        finally:
            self._writer.close()
            self._writer = None
            os.replace(self._partial, self._path)

    def __enter__(self) -> ArticleParquetWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def write_parquet(
    articles: Iterable[Article | tuple[JsonValue, Article]],
    path: StrPath,
    *,
    batch_size: int = 1000,
    compression: str = "zstd",
) -> int:
    """Write ``articles`` (or ``(id, article)`` pairs) to the Parquet file ``path``.

    Streams: at most ``batch_size`` rows are held in memory, and each batch becomes one row
    group. Returns the number of rows written. An item that is neither an ``Article`` nor
    an ``(id, Article)`` pair (say, a :class:`~newsdoc.models.Failure` from
    :func:`newsdoc.parse_many`) raises ``TypeError``; the rows before it stay in the file.
    Raises ``ImportError`` when pyarrow is not installed.
    """
    with ArticleParquetWriter(path, batch_size=batch_size, compression=compression) as writer:
        for item in articles:
            if isinstance(item, tuple):
                identifier, article = item
                writer.write(article, id=identifier)
            else:
                writer.write(item)
        return writer.rows_written


def _files(path: StrPath) -> list[Path]:
    root = Path(path)
    if root.is_dir():
        # a directory written by newsdoc.dask.to_parquet: part-00000.parquet, part-00001 …
        return sorted(root.glob("*.parquet"))
    return [root]


def read_records(path: StrPath, *, batch_size: int = 1000) -> Iterator[tuple[str | None, Article]]:
    """Yield ``(id, article)`` for every row of the Parquet file ``path``, in file order.

    ``path`` may also be a directory, whose ``*.parquet`` files are read in name order.
    Reads ``batch_size`` rows at a time. Raises ``ImportError`` without pyarrow.
    """
    pq = _parquet_module()
    for file in _files(path):
        parquet_file = pq.ParquetFile(file)
        try:
            for batch in parquet_file.iter_batches(batch_size=batch_size):
                for row in batch.to_pylist():
                    yield row["id"], article_from_row(row)
        finally:
            parquet_file.close()


def read_articles(path: StrPath, *, batch_size: int = 1000) -> Iterator[Article]:
    """Yield the articles of the Parquet file (or directory of files) ``path``.

    The inverse of :func:`write_parquet`; see :func:`read_records` to keep the ids.
    """
    for _, article in read_records(path, batch_size=batch_size):
        yield article
