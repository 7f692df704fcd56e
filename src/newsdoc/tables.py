"""Articles as flat, typed pandas DataFrames: one row per quote, post, credit or block.

Needs pandas (``pip install 'newsdoc[pandas]'``). The columns are those of
:data:`newsdoc.views.COLUMNS`; offsets are nullable integers (``Int64``: a credit read
from a page's markup has none), text columns are pandas strings.

>>> import newsdoc
>>> articles = [newsdoc.parse('"We are ready," Jane Roe said.'), newsdoc.parse("No quotes.")]
>>> frame = newsdoc.to_pandas(articles, "quotes")
>>> frame[["id", "speaker", "start"]].to_dict("records")
[{'id': 0, 'speaker': 'Jane Roe', 'start': 0}]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import JsonValue

from newsdoc.models import Article
from newsdoc.views import COLUMNS, ItemKind, item_rows

__all__ = ["PANDAS_MISSING", "to_pandas"]

PANDAS_MISSING = "to_pandas needs pandas: pip install 'newsdoc[pandas]'"

_INTEGER_COLUMNS = frozenset({"index", "start", "end", "group"})


def to_pandas(
    articles: Iterable[Article] | Iterable[tuple[JsonValue, Article]], kind: ItemKind
) -> Any:
    """One DataFrame row per item of ``kind`` over all ``articles``.

    ``articles`` holds articles (their ``id`` is their position) or ``(id, article)``
    pairs. An empty result still has every column, with its type.
    """
    try:
        import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise ImportError(PANDAS_MISSING) from error
    if kind not in COLUMNS:
        raise ValueError(f"unknown item kind {kind!r}; choose one of {', '.join(COLUMNS)}")
    rows: list[dict[str, Any]] = []
    for position, entry in enumerate(articles):
        doc_id, article = entry if isinstance(entry, tuple) else (position, entry)
        if not isinstance(article, Article):
            raise TypeError(f"to_pandas takes Articles, not {type(article).__name__}")
        rows += item_rows(article, kind, doc_id)
    frame = pd.DataFrame(rows, columns=list(COLUMNS[kind]))
    types = {
        column: "Int64" if column in _INTEGER_COLUMNS else "string"
        for column in COLUMNS[kind]
        if column != "id"
    }
    return frame.astype(types)
