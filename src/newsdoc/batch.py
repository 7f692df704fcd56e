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
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from newsdoc import furniture
from newsdoc.api import pipeline_with
from newsdoc.models import Article, Failure
from newsdoc.options import ParseOptions
from newsdoc.pipeline import Parser, Pipeline

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "CHUNK_CHARACTERS",
    "IN_PROCESS_CHARACTERS",
    "IN_PROCESS_DOCUMENTS",
    "WORKER_DIED",
    "parse_many",
]

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


IN_PROCESS_DOCUMENTS = 256
"""Fewest documents worth starting worker processes for: a smaller input is parsed in
this process, since starting workers costs more than it saves."""
IN_PROCESS_CHARACTERS = 1_000_000
"""An input this long (in characters) is worth workers however few its documents."""
CHUNK_CHARACTERS = 1_000_000
"""Most characters sent to a worker in one task: a chunk ends at ``chunksize`` documents
or at this many characters, so one task of long documents does not hold a worker long."""
WORKER_DIED = "WorkerDied"
"""The ``Failure.error`` of a document whose worker process died while parsing it."""


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    options: ParseOptions | None = None,
    plugins: Iterable[str | Parser] = (),
    chunksize: int = 64,
    learn_furniture: bool = False,
) -> Iterator[Article | Failure]:
    """Parse ``texts`` lazily, yielding one result per input in input order.

    A document that cannot be parsed (not a ``str``, or a parser error under
    ``ParseOptions(strict=True)``) yields a :class:`~newsdoc.models.Failure` carrying its
    index instead of stopping the batch. Memory stays bounded: input is read a chunk at a
    time and at most ``2 * jobs`` chunks are in flight, so a generator over a huge corpus
    is never materialised.

    ``jobs=1`` parses in this process; ``jobs > 1`` uses that many worker processes and
    ``jobs=0`` one per CPU. Workers are started only for an input of at least
    :data:`IN_PROCESS_DOCUMENTS` documents or :data:`IN_PROCESS_CHARACTERS` characters;
    each task holds up to ``chunksize`` documents and :data:`CHUNK_CHARACTERS`
    characters. A worker killed while parsing (out of memory, a signal) does not end the
    batch: the pool is restarted, the documents it held are parsed again one at a time,
    and one that kills a worker again yields a ``Failure`` with error
    :data:`WORKER_DIED`. Plugins given as parser objects must be picklable; plugins given
    by name are loaded in each worker. Unknown plugin names raise
    :class:`~newsdoc.errors.PluginError` before anything is parsed.

    ``learn_furniture=True`` first reads ``texts`` to learn the lines that recur across
    them (:func:`newsdoc.learn_furniture`), then parses with those lines as furniture; it
    needs a sequence (a list, not a generator) since the texts are read twice. To keep or
    review the learned lines, call :func:`~newsdoc.learn_furniture` and pass
    ``options=learned.options()`` instead.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("parse_many takes an iterable of texts, not a single str or bytes")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all CPUs) or a positive number, not {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be positive, not {chunksize}")
    options = options if options is not None else ParseOptions()
    if learn_furniture:
        if not isinstance(texts, Sequence):
            raise TypeError(
                "parse_many(learn_furniture=True) reads the texts twice: pass a sequence "
                f"(a list or tuple), not {type(texts).__name__}"
            )
        learned = furniture.learn_furniture(text for text in texts if isinstance(text, str))
        options = learned.options(options)
    plugin_list = tuple(plugins)
    pipeline = pipeline_with(plugin_list)  # fail early on unknown plugins
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers == 1:
        return (_parse_one(pipeline, index, text, options) for index, text in enumerate(texts))
    return _maybe_parallel(iter(texts), workers, pipeline, options, plugin_list, chunksize)


def _size(text: object) -> int:
    return len(text) if isinstance(text, str) else 0


def _maybe_parallel(
    texts: Iterator[object],
    workers: int,
    pipeline: Pipeline,
    options: ParseOptions,
    plugins: tuple[str | Parser, ...],
    chunksize: int,
) -> Iterator[Result]:
    """Parse in this process when the input proves small, else in worker processes."""
    head: list[object] = []
    characters = 0
    for text in texts:
        head.append(text)
        characters += _size(text)
        if len(head) >= IN_PROCESS_DOCUMENTS or characters >= IN_PROCESS_CHARACTERS:
            break
    else:
        for index, text in enumerate(head):
            yield _parse_one(pipeline, index, text, options)
        return
    yield from _parallel(chain(head, texts), workers, options, plugins, chunksize)


def _chunks(texts: Iterator[object], chunksize: int) -> Iterator[list[object]]:
    """``texts`` in chunks of at most ``chunksize`` documents and, past the first
    document, :data:`CHUNK_CHARACTERS` characters."""
    chunk: list[object] = []
    characters = 0
    for text in texts:
        size = _size(text)
        if chunk and (len(chunk) >= chunksize or characters + size > CHUNK_CHARACTERS):
            yield chunk
            chunk, characters = [], 0
        chunk.append(text)
        characters += size
    if chunk:
        yield chunk


def _parallel(
    texts: Iterator[object],
    workers: int,
    options: ParseOptions,
    plugins: tuple[str | Parser, ...],
    chunksize: int,
) -> Iterator[Result]:
    # the process pool pulls in multiprocessing: import it only when workers are asked for
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = _chunks(texts, chunksize)
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[int, list[object], Future[list[Result]]]] = deque()
    first = 0
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < 2 * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                future = pool.submit(_parse_chunk, first, chunk, options, plugins)
                pending.append((first, chunk, future))
                first += len(chunk)
            if not pending:
                return
            future = pending[0][2]
            try:
                results = future.result()
            except BrokenProcessPool:
                # every chunk in flight is lost with the pool: parse them again alone
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [(begin, texts_) for begin, texts_, _future in pending]
                pending.clear()
                pool, retried = _isolate(lost, workers, options, plugins)
                yield from retried
                continue
            pending.popleft()
            yield from results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _isolate(
    lost: list[tuple[int, list[object]]],
    workers: int,
    options: ParseOptions,
    plugins: tuple[str | Parser, ...],
) -> tuple[ProcessPoolExecutor, list[Result]]:
    """The results of the documents of ``lost`` chunks, each parsed alone in a worker
    (one that kills its worker again is a :data:`WORKER_DIED` failure), and a fresh pool
    to go on with."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results: list[Result] = []
    pool = ProcessPoolExecutor(max_workers=workers)
    for start, chunk in lost:
        for offset, text in enumerate(chunk):
            index = start + offset
            try:
                results += pool.submit(_parse_chunk, index, [text], options, plugins).result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                message = f"document {index}: the worker process parsing it died"
                results.append(Failure(index=index, error=WORKER_DIED, message=message))
    return pool, results
