"""Flat views of an :class:`~newsdoc.models.Article`: one row per item, a readable
summary, and a compact JSON form without repeated text.

The full JSON of an article repeats its text several times (the ``text`` itself, every
block's ``raw``, every quote's ``text``). A person or a table wants less:

* :func:`item_rows` — one flat row per quote, post, credit or block, with the document's
  id, the item's offsets and its normalised fields; the rows of every kind have fixed
  columns (:data:`COLUMNS`), so they stack into a CSV file or a DataFrame;
* :func:`summary` — one readable block per article: date, dateline, headings, posts,
  credits and quotes with their speakers;
* :func:`compact_dump` — the article's JSON without the strings a span already gives
  (``raw``, a quote's ``text``, a post's ``text``); :func:`expand_compact` puts them back,
  so ``Article.model_validate(expand_compact(compact_dump(article)))`` is the article.

>>> import newsdoc
>>> article = newsdoc.parse('Kyiv, the capital, stayed calm. "We are ready," Jane Roe said.')
>>> [(row["kind"], row["speaker"]) for row in item_rows(article, "quotes")]
[('direct', 'Jane Roe')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal, get_args

from pydantic import BaseModel, JsonValue

from newsdoc.models import Article, Span

__all__ = ["COLUMNS", "ItemKind", "compact_dump", "expand_compact", "item_rows", "summary"]

ItemKind = Literal["quotes", "posts", "credits", "blocks"]
"""The item kinds that flatten into rows."""

Row = dict[str, Any]

_COMMON = ("id", "item", "index", "kind", "start", "end", "text")
COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (*_COMMON, "speaker", "speaker_kind", "speaker_role", "cue", "group"),
    "posts": (*_COMMON, "platform", "author_name", "handle", "post_id", "url", "posted"),
    "credits": (*_COMMON, "parties", "party_kinds", "printed"),
    "blocks": _COMMON,
}
"""The columns of each kind's rows, in order. ``item`` is the kind's name, ``index`` the
item's position among its kind in the article; ``start``/``end`` are character offsets
into the article's text (empty for an item with no span, such as a credit read from a
page's markup); ``text`` is the item's own text (a quote's content, a post's body)."""

_SUMMARY_QUOTE_CHARS = 120
"""A quote in the summary is cut after this many characters."""


def _offsets(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def item_rows(article: Article, kind: ItemKind, doc_id: JsonValue = None) -> list[Row]:
    """One flat row per item of ``kind`` in ``article`` (columns: :data:`COLUMNS`).

    ``doc_id`` fills the ``id`` column, so rows of many articles can share one table.
    Values are ``str``, ``int`` or ``None``; a credit's parties are joined with ``"; "``.
    """
    if kind not in COLUMNS:
        raise ValueError(f"unknown item kind {kind!r}; choose one of {', '.join(COLUMNS)}")
    return list(_rows(article, kind, doc_id))


def _rows(article: Article, kind: str, doc_id: JsonValue) -> Iterator[Row]:
    item = kind
    if kind == "quotes":
        for index, quote in enumerate(article.quotes):
            speaker = quote.speaker
            yield {
                "id": doc_id, "item": item, "index": index, "kind": quote.kind,
                "start": quote.span.start, "end": quote.span.end, "text": quote.text,
                "speaker": speaker.name if speaker else None,
                "speaker_kind": speaker.kind if speaker else None,
                "speaker_role": speaker.role if speaker else None,
                "cue": quote.cue.lemma if quote.cue else None, "group": quote.group,
            }  # fmt: skip
    elif kind == "posts":
        for index, post in enumerate(article.social_posts):
            start, end = _offsets(post.span)
            yield {
                "id": doc_id, "item": item, "index": index, "kind": post.platform,
                "start": start, "end": end, "text": post.text, "platform": post.platform,
                "author_name": post.author_name, "handle": post.handle,
                "post_id": post.post_id, "url": post.url, "posted": _iso(post.posted),
            }  # fmt: skip
    elif kind == "credits":
        for index, credit in enumerate(article.attributions):
            start, end = _offsets(credit.span)
            yield {
                "id": doc_id, "item": item, "index": index, "kind": credit.kind,
                "start": start, "end": end, "text": credit.raw or credit.printed,
                "parties": "; ".join(party.name for party in credit.parties),
                "party_kinds": "; ".join(party.kind for party in credit.parties),
                "printed": credit.printed,
            }  # fmt: skip
    else:
        for index, block in enumerate(article.blocks):
            yield {
                "id": doc_id, "item": item, "index": index, "kind": block.kind,
                "start": block.span.start, "end": block.span.end, "text": block.raw,
            }  # fmt: skip


def summary(article: Article, doc_id: JsonValue = None) -> str:
    """A readable account of what was found in ``article``, one line per fact.

    >>> import newsdoc
    >>> print(summary(newsdoc.parse('date 2022-03-08\\n\\n"We are ready," Jane Roe said.')))
    date: 2022-03-08
    quote (direct): "We are ready," — Jane Roe
    """
    lines: list[str] = []
    if doc_id is not None:
        lines.append(f"id: {doc_id}")
    if article.metadata.title:
        lines.append(f"title: {article.metadata.title}")
    if article.date_header is not None:
        lines.append(f"date: {_iso(article.date_header.value)}")
    elif article.metadata.published is not None:
        published = article.metadata.published
        lines.append(f"date: {_iso(published.value)} ({published.source})")
    if article.dateline is not None:
        dateline = article.dateline
        lines.append(f"dateline: {dateline.location or dateline.raw}")
    lines += [f"heading: {block.raw.strip()}" for block in article.headings]
    for post in article.social_posts:
        handle = f"@{post.handle}" if post.handle else None
        who = " ".join(part for part in (post.author_name, handle) if part) or post.url or "?"
        lines.append(f"post ({post.platform}): {who}, {_iso(post.posted) or 'undated'}")
    for credit in article.attributions:
        parties = ", ".join(party.name for party in credit.parties) or "-"
        lines.append(f"credit ({credit.kind}): {parties}")
    for quote in article.quotes:
        text = quote.text
        if len(text) > _SUMMARY_QUOTE_CHARS:
            text = text[:_SUMMARY_QUOTE_CHARS] + "…"
        if quote.kind != "indirect":
            text = f'"{text}"'
        speaker = quote.speaker.name if quote.speaker else "(no speaker)"
        lines.append(f"quote ({quote.kind}): {text} — {speaker}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- compact JSON

_SPANNED_FIELDS = (("raw", "span"), ("text", "content"), ("text", "body"))
"""Fields a compact dump drops, each with the span field that gives it back."""


def compact_dump(article: Article) -> dict[str, Any]:
    """The article as JSON data without the strings its spans give back (see the module
    docstring); :func:`expand_compact` restores them."""
    data: dict[str, Any] = article.model_dump(mode="json")
    text: str = data["text"]
    for value in data.values():
        if isinstance(value, dict):
            _drop_spanned(value, text)
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    _drop_spanned(entry, text)
    return data


def _drop_spanned(item: dict[str, Any], text: str) -> None:
    for field, span_field in _SPANNED_FIELDS:
        span = item.get(span_field)
        if (
            isinstance(span, dict)
            and field in item
            and item[field] == text[span["start"] : span["end"]]
        ):
            del item[field]
    for value in item.values():
        if isinstance(value, dict) and "span" in value:
            _drop_spanned(value, text)
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and "span" in entry:
                    _drop_spanned(entry, text)


def expand_compact(data: dict[str, Any]) -> dict[str, Any]:
    """A compact dump with the dropped strings put back from the text (in place).

    Only fields the item's model declares are restored: a diagnostic has a span but no
    ``raw``, so the models, not the presence of a span, say what was dropped.
    """
    _restore(data, Article, data["text"])
    return data


def _restore(item: dict[str, Any], model: type[BaseModel], text: str) -> None:
    fields = model.model_fields
    for field, span_field in _SPANNED_FIELDS:
        span = item.get(span_field)
        if field in fields and field not in item and isinstance(span, dict):
            item[field] = text[span["start"] : span["end"]]
    for name, value in item.items():
        info = fields.get(name)
        models = _models_in(info.annotation) if info is not None else ()
        if len(models) != 1:
            continue
        for entry in value if isinstance(value, list) else [value]:
            if isinstance(entry, dict):
                _restore(entry, models[0], text)


def _models_in(annotation: object) -> tuple[type[BaseModel], ...]:
    """The pydantic models an annotation such as ``tuple[Quote, ...]`` or ``Speaker | None``
    holds."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return (annotation,)
    return tuple(model for arg in get_args(annotation) for model in _models_in(arg))


assert set(get_args(ItemKind)) == set(COLUMNS)
