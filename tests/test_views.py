"""Flat views of articles: item rows, summaries, compact JSON, DataFrames, the CLI's
``--format`` and ``--compact``, and the short repr."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.cli import main
from newsdoc.views import COLUMNS, compact_dump, expand_compact, item_rows, summary

SEED = Path(__file__).parent.parent / "seeds" / "000_2e2d49f80a362eee.txt"
TEXT = (
    "date 2022-03-08\n\nHarbour talks\n\n"
    '"We are ready," Jane Roe said at the pier.\n\n'
    "The ferry left on time. (With Acme inputs)\n"
)


@pytest.fixture(scope="module")
def seed() -> newsdoc.Article:
    return newsdoc.parse(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_rows_have_their_kinds_columns_and_offsets_into_the_text(
    seed: newsdoc.Article, kind: str
) -> None:
    rows = item_rows(seed, kind, "seed")  # type: ignore[arg-type]
    assert rows, kind
    for row in rows:
        assert tuple(row) == COLUMNS[kind]
        assert row["id"] == "seed"
        assert row["item"] == kind
        if row["start"] is not None and kind in {"blocks", "credits"}:
            assert seed.text[row["start"] : row["end"]] == row["text"]


def test_row_counts_match_the_article(seed: newsdoc.Article) -> None:
    assert len(item_rows(seed, "quotes")) == len(seed.quotes)
    assert len(item_rows(seed, "posts")) == len(seed.social_posts)
    assert len(item_rows(seed, "credits")) == len(seed.attributions)
    assert [row["index"] for row in item_rows(seed, "blocks")] == list(range(len(seed.blocks)))


def test_an_unknown_item_kind_is_an_error(seed: newsdoc.Article) -> None:
    with pytest.raises(ValueError, match="unknown item kind"):
        item_rows(seed, "tweets")  # type: ignore[arg-type]


def test_a_summary_names_each_fact() -> None:
    lines = summary(newsdoc.parse(TEXT), "doc-1").splitlines()
    assert lines[0] == "id: doc-1"
    assert "date: 2022-03-08" in lines
    assert "heading: Harbour talks" in lines
    assert "credit (wire): Acme" in lines
    assert 'quote (direct): "We are ready," — Jane Roe' in lines


def test_article_summary_and_short_repr(seed: newsdoc.Article) -> None:
    assert seed.summary() == summary(seed)
    shown = repr(seed)
    assert len(shown) < 200
    assert shown.startswith(f"Article({len(seed.text):,} chars, date=2022-03-08, ")
    assert f"{len(seed.quotes)} quotes" in shown
    assert str(seed) == shown


def test_compact_json_is_smaller_and_expands_back(seed: newsdoc.Article) -> None:
    compact = compact_dump(seed)
    assert "raw" not in compact["blocks"][0]
    assert "text" not in compact["quotes"][0]
    assert len(json.dumps(compact)) < len(seed.model_dump_json())
    assert newsdoc.Article.model_validate(expand_compact(compact)) == seed


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet='ab "“”.,\n@#()—:', max_size=80))
def test_compact_round_trips_any_text(text: str) -> None:
    article = newsdoc.parse(text)
    restored = newsdoc.Article.model_validate(expand_compact(compact_dump(article)))
    assert restored == article


def test_expanding_leaves_diagnostics_without_raw() -> None:
    # An unclosed quote mark gives a diagnostic with a span: it has no raw to restore.
    article = newsdoc.parse("“Nothing closes this.")
    assert any(d.span is not None for d in article.diagnostics)
    expanded = expand_compact(compact_dump(article))
    assert all("raw" not in d for d in expanded["diagnostics"])
    assert newsdoc.Article.model_validate(expanded) == article


def test_to_pandas_gives_typed_columns_and_ids() -> None:
    frames = [newsdoc.parse(TEXT), newsdoc.parse("No quotes here.")]
    frame = newsdoc.to_pandas([("a", frames[0]), ("b", frames[1])], "quotes")
    assert list(frame.columns) == list(COLUMNS["quotes"])
    assert frame["id"].tolist() == ["a"]
    assert str(frame["start"].dtype) == "Int64"
    assert str(frame["speaker"].dtype).startswith("string")
    empty = newsdoc.to_pandas([frames[1]], "quotes")
    assert len(empty) == 0
    assert list(empty.columns) == list(COLUMNS["quotes"])


def test_to_pandas_rejects_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="Articles"):
        newsdoc.to_pandas(["text"], "quotes")  # type: ignore[list-item]


def _write_docs(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_quote_rows_as_json_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status = main(["parse", "--format", "quotes", *_write_docs(tmp_path)])
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 0
    assert [(row["id"], row["speaker"]) for row in rows] == [(0, "Jane Roe"), (1, "Jane Roe")]
    assert "2 documents, 0 failed" in captured.err


def test_cli_credit_rows_as_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "credits.csv"
    assert main(["parse", "--format", "credits", "-o", str(target), *_write_docs(tmp_path)]) == 0
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["parties"] for row in rows] == ["Acme", "Acme"]
    assert list(rows[0]) == list(COLUMNS["credits"])


def test_cli_block_rows_as_parquet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "blocks.parquet"
    assert main(["parse", "--format", "blocks", "-o", str(target), *_write_docs(tmp_path)]) == 0
    table = pq.read_table(target)
    assert table.column_names == list(COLUMNS["blocks"])
    assert table.num_rows == 2 * len(newsdoc.parse(TEXT).blocks)
    assert not list(tmp_path.glob("*.tmp-*"))


def test_cli_summary_and_one_document_is_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = main(["parse", "--format", "summary", _write_docs(tmp_path)[0]])
    captured = capsys.readouterr()
    assert status == 0
    assert "quote (direct)" in captured.out
    assert "1 document, 0 failed" in captured.err


def test_cli_summary_is_not_a_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = str(tmp_path / "x.csv")
    assert main(["parse", "--format", "summary", "-o", target, *_write_docs(tmp_path)]) == 2


def test_cli_compact_json_expands_to_the_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write_docs(tmp_path)[0]
    assert main(["parse", "--compact", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert newsdoc.Article.model_validate(expand_compact(data)) == newsdoc.parse(TEXT)


def test_type_checking_is_not_part_of_the_api() -> None:
    assert "TYPE_CHECKING" not in dir(newsdoc)
    assert "typing" not in dir(newsdoc)
    assert "to_pandas" in newsdoc.__all__
