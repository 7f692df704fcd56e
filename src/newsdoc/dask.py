"""Parsing a corpus with Dask: a bag of texts in, article dicts or Parquet files out.

Each partition is parsed by one :func:`newsdoc.parse_many` call, so the parser pipeline is
built once per partition, not once per document, and a document that cannot be parsed
becomes a :class:`~newsdoc.models.Failure` instead of failing its partition.

>>> import dask, dask.bag
>>> texts = dask.bag.from_sequence(["date 2022-03-08 Calm day.", None], npartitions=1)
>>> with dask.config.set(scheduler="synchronous"):
...     article, failure = parse_bag(texts).compute()
>>> article["date_header"]["raw"], failure["error"]
('date 2022-03-08', 'TypeError')

Nothing runs until ``.compute()`` (or ``to_parquet(..., compute=True)``, the default), and
then on whatever scheduler is configured: the local threaded one by default, processes, or a
``dask.distributed`` cluster. Parser objects passed as ``plugins`` travel to the workers, so
on processes or a cluster they must be picklable; plugins named by entry point are loaded
where the partition runs and must be installed there.

Needs ``pip install 'newsdoc[dask]'`` (dask with its bag extra, and pyarrow for Parquet);
both are imported only when a function here runs, so ``import newsdoc`` never needs them.
"""

from __future__ import annotations

import importlib
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from pydantic import JsonValue

from newsdoc.api import pipeline_with
from newsdoc.batch import parse_many
from newsdoc.models import Article, Failure
from newsdoc.options import ParseOptions
from newsdoc.parquet import write_parquet
from newsdoc.pipeline import Parser

if TYPE_CHECKING:
    from dask.bag import Bag  # type: ignore[import-not-found,unused-ignore]

__all__ = ["parse_bag", "to_parquet"]

_INSTALL_HINT = "pip install 'newsdoc[dask]'"

PART_NAME = "part-{:05d}.parquet"
"""The name of the Parquet file written for partition ``n``."""
FAILURES_NAME = "_failures-{:05d}.jsonl"
"""The name of the JSON Lines file listing partition ``n``'s failed documents, when it has
any. The leading underscore makes pyarrow datasets and Spark skip it."""


def _dask_bag() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError as error:
        message = f"newsdoc.dask needs dask[bag], which is not installed: {_INSTALL_HINT}"
        raise ImportError(message) from error


def _parse_partition(
    texts: Iterable[object], options: ParseOptions | None, plugins: tuple[str | Parser, ...]
) -> list[dict[str, Any]]:
    results = parse_many(texts, options=options, plugins=plugins)  # type: ignore[arg-type]
    return [result.model_dump(mode="json") for result in results]


def parse_bag(
    bag: Bag,
    *,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
) -> Bag:
    """Map a bag of texts to a bag of ``Article.model_dump(mode="json")`` dicts.

    Element for element, in order: a document that cannot be parsed (not a ``str``, or a
    parser error under ``ParseOptions(strict=True)``) gives the dict of its
    :class:`~newsdoc.models.Failure` instead, ``{"index", "error", "message"}``, where
    ``index`` counts from the start of its partition; tell the two apart by the
    ``"error"`` key. Unknown plugin names raise :class:`~newsdoc.errors.PluginError` here,
    before anything runs. The result is lazy, like any bag.
    """
    plugin_list = tuple(plugins)
    pipeline_with(plugin_list)  # fail now, not in every partition
    # dask's Bag methods carry no annotations; Any keeps mypy --strict quiet about them
    source: Any = bag
    result: Bag = source.map_partitions(_parse_partition, options, plugin_list)
    return result


def _split(item: object, text_key: str | None, id_key: str | None) -> tuple[object, JsonValue]:
    if text_key is None:
        return item, None
    if not isinstance(item, Mapping):
        return None, None
    identifier = item.get(id_key) if id_key is not None else None
    return item.get(text_key), identifier


def _write_partition(
    items: Iterable[object],
    number: Iterable[int],
    folder: str,
    text_key: str | None,
    id_key: str | None,
    options: ParseOptions | None,
    plugins: tuple[str | Parser, ...],
    batch_size: int,
    compression: str,
) -> list[str]:
    (partition,) = number
    ids: deque[JsonValue] = deque()
    failures: list[str] = []

    def texts() -> Iterator[object]:
        for item in items:
            text, identifier = _split(item, text_key, id_key)
            ids.append(identifier)
            yield text

    def articles() -> Iterator[tuple[JsonValue, Article]]:
        results = parse_many(texts(), options=options, plugins=plugins)  # type: ignore[arg-type]
        for result in results:
            identifier = ids.popleft()
            if isinstance(result, Failure):
                record = {"id": identifier, "partition": partition, **result.model_dump()}
                failures.append(_json_line(record))
                continue
            yield identifier, result

    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, PART_NAME.format(partition))
    write_parquet(articles(), path, batch_size=batch_size, compression=compression)
    if failures:
        failures_path = os.path.join(folder, FAILURES_NAME.format(partition))
        with open(failures_path, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(failures)
    return [path]


def _json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _clear(folder: Path, overwrite: bool) -> None:
    stale = [*folder.glob("part-*.parquet"), *folder.glob("_failures-*.jsonl")]
    if stale and not overwrite:
        raise FileExistsError(
            f"{folder} already holds {len(stale)} newsdoc output file(s); "
            "pass overwrite=True to replace them"
        )
    for file in stale:
        file.unlink()


@overload
def to_parquet(
    bag: Bag,
    path: str | os.PathLike[str],
    *,
    text_key: str | None = ...,
    id_key: str | None = ...,
    options: ParseOptions | None = ...,
    plugins: Iterable[str | Parser] = ...,
    batch_size: int = ...,
    compression: str = ...,
    overwrite: bool = ...,
    compute: Literal[True] = ...,
) -> list[str]: ...


@overload
def to_parquet(
    bag: Bag,
    path: str | os.PathLike[str],
    *,
    text_key: str | None = ...,
    id_key: str | None = ...,
    options: ParseOptions | None = ...,
    plugins: Iterable[str | Parser] = ...,
    batch_size: int = ...,
    compression: str = ...,
    overwrite: bool = ...,
    compute: Literal[False],
) -> Bag: ...


def to_parquet(
    bag: Bag,
    path: str | os.PathLike[str],
    *,
    text_key: str | None = None,
    id_key: str | None = None,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
    batch_size: int = 1000,
    compression: str = "zstd",
    overwrite: bool = False,
    compute: bool = True,
) -> list[str] | Bag:
    """Parse a bag and write one Parquet file per partition into the directory ``path``.

    The bag holds texts, or, with ``text_key``, records (mappings) whose ``text_key``
    field is the text and whose ``id_key`` field, if given, fills the ``id`` column.
    Partition ``n`` becomes ``path/part-0000n.parquet`` in the schema of
    :func:`newsdoc.arrow.article_schema`, written in row groups of ``batch_size`` with
    bounded memory; every partition gets a file, an empty one included, so the files
    always line up with the partitions. Documents that cannot be parsed (a record without
    a string text, say) are left out of the Parquet file and listed in
    ``path/_failures-0000n.jsonl`` as ``{"id", "partition", "index", "error", "message"}``
    lines, ``index`` counting from the start of the partition.

    With ``compute=True`` (the default) the work runs now, on the configured scheduler, and
    the list of Parquet files is returned in partition order. With ``compute=False`` a lazy
    bag is returned whose ``.compute()`` does the writing and gives that list. ``path``
    must be a local directory, or one every worker sees at the same path; existing output
    there raises ``FileExistsError`` unless ``overwrite=True``.
    """
    if id_key is not None and text_key is None:
        raise ValueError("id_key needs text_key: ids are read from records, not plain texts")
    if batch_size < 1:
        raise ValueError(f"batch_size must be positive, not {batch_size}")
    plugin_list = tuple(plugins)
    pipeline_with(plugin_list)  # fail now, not in every partition
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    _clear(folder, overwrite)
    source: Any = bag
    count = source.npartitions
    numbers = _dask_bag().from_sequence(range(count), npartitions=count)
    files: Any = source.map_partitions(
        _write_partition,
        numbers,
        os.fspath(folder),
        text_key,
        id_key,
        options,
        plugin_list,
        batch_size,
        compression,
    )
    if not compute:
        lazy: Bag = files
        return lazy
    written: list[str] = files.compute()
    return written
