"""Parsing many documents: :func:`parse_many`, in order, with bounded memory.

>>> results = list(parse_many(["date 2022-03-08 Calm day.", 42]))
>>> results[0].date_header.raw
'date 2022-03-08'
>>> results[1].index, results[1].error
(1, 'TypeError')
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from newsdoc.api import pipeline_with
from newsdoc.models import Article, Failure
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Parser, Pipeline

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["parse_many"]

Result = Article | Failure


def _parse_one(pipeline: Pipeline, index: int, text: object, options: ParseOptions) -> Result:
    try:
        return pipeline.parse(text, options)  # type: ignore[arg-type]
    except Exception as error:  # one bad document must not stop a batch
        return Failure(index=index, error=type(error).__name__, message=str(error))


def _parse_chunk(
    first: int,
    texts: list[object],
    options: ParseOptions,
    plugins: tuple[str | Parser, ...],
) -> list[Result]:
    pipeline = pipeline_with(plugins)
    return [
        _parse_one(pipeline, first + offset, text, options) for offset, text in enumerate(texts)
    ]


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
    chunksize: int = 64,
) -> Iterator[Article | Failure]:
    """Parse ``texts`` lazily, yielding one result per input in input order.

    A document that cannot be parsed (not a ``str``, or a parser error under
    ``ParseOptions(strict=True)``) yields a :class:`~newsdoc.models.Failure` carrying its
    index instead of stopping the batch. Memory stays bounded: input is read a chunk at a
    time and at most ``2 * jobs`` chunks are in flight, so a generator over a huge corpus
    is never materialised.

    ``jobs=1`` parses in this process; ``jobs > 1`` uses that many worker processes and
    ``jobs=0`` one per CPU. Plugins given as parser objects must then be picklable;
    plugins given by name are loaded in each worker. Unknown plugin names raise
    :class:`~newsdoc.errors.PluginError` before anything is parsed.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("parse_many takes an iterable of texts, not a single str or bytes")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all CPUs) or a positive number, not {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be positive, not {chunksize}")
    options = options if options is not None else ParseOptions()
    plugin_list = tuple(plugins)
    pipeline = pipeline_with(plugin_list)  # fail early on unknown plugins
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers == 1:
        return (_parse_one(pipeline, index, text, options) for index, text in enumerate(texts))
    return _parallel(iter(texts), workers, options, plugin_list, chunksize)


def _parallel(
    texts: Iterator[object],
    workers: int,
    options: ParseOptions,
    plugins: tuple[str | Parser, ...],
    chunksize: int,
) -> Iterator[Result]:
    # the process pool pulls in multiprocessing: import it only when workers are asked for
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Result]]] = deque()
        first = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * workers:
                chunk = list(islice(texts, chunksize))
                if not chunk:
                    exhausted = True
                    break
                pending.append(pool.submit(_parse_chunk, first, chunk, options, plugins))
                first += len(chunk)
            if not pending:
                return
            yield from pending.popleft().result()
