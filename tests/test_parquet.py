"""Streaming articles to Parquet row groups and reading them back."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pydantic import JsonValue

import newsdoc
from newsdoc import Article, Failure
from newsdoc.arrow import article_schema
from newsdoc.parquet import ArticleParquetWriter, read_articles, read_records, write_parquet

TEXTS = [
    f"date 2022-03-{day:02d} Talks resumed in Vienna, day {day}. "
    f'"We are close," said Mira Holt.\n\n(With inputs from PTI)'
    for day in range(1, 8)
]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [newsdoc.parse(text) for text in TEXTS]


def test_write_and_read_back(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "corpus.parquet"
    items: list[Article | tuple[JsonValue, Article]] = [
        ("a", articles[0]),
        articles[1],
        (3, articles[2]),
    ]
    assert write_parquet(items, path) == 3
    assert list(read_articles(path)) == articles[:3]
    assert [identifier for identifier, _ in read_records(path)] == ["a", None, "3"]


def test_each_batch_is_a_row_group(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "corpus.parquet"
    assert write_parquet(iter(articles), str(path), batch_size=3) == 7
    metadata = pq.ParquetFile(path).metadata
    assert [metadata.row_group(n).num_rows for n in range(metadata.num_row_groups)] == [3, 3, 1]
    assert list(read_articles(path, batch_size=2)) == articles


def test_an_empty_input_writes_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert pq.read_schema(path).equals(article_schema(), check_metadata=True)
    assert list(read_articles(path)) == []


@pytest.mark.parametrize(("codec", "stored"), [("zstd", "ZSTD"), ("snappy", "SNAPPY")])
def test_compression(tmp_path: Path, articles: list[Article], codec: str, stored: str) -> None:
    path = tmp_path / "corpus.parquet"
    write_parquet(articles[:1], path, compression=codec)
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == stored


def test_a_failure_stops_the_write_but_keeps_the_rows_before_it(
    tmp_path: Path, articles: list[Article]
) -> None:
    path = tmp_path / "corpus.parquet"

    def results() -> Iterator[Article | Failure]:
        yield from articles[:3]
        yield Failure(index=3, error="TypeError", message="not a str")

    with pytest.raises(TypeError, match="expected an Article, got Failure"):
        write_parquet(results(), path, batch_size=2)  # type: ignore[arg-type]
    assert list(read_articles(path)) == articles[:3]


def test_the_writer_streams_pairs_and_closes_once(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "corpus.parquet"
    with ArticleParquetWriter(path, batch_size=2) as writer:
        for number, article in enumerate(articles[:5]):
            writer.write(article, id=f"n{number}")
        assert writer.rows_written == 5
    writer.close()
    with pytest.raises(ValueError, match="closed"):
        writer.write(articles[0])
    assert [identifier for identifier, _ in read_records(path)] == ["n0", "n1", "n2", "n3", "n4"]


def test_a_directory_reads_its_files_in_name_order(tmp_path: Path, articles: list[Article]) -> None:
    write_parquet(articles[3:], tmp_path / "part-00001.parquet")
    write_parquet(articles[:3], tmp_path / "part-00000.parquet")
    (tmp_path / "_failures-00000.jsonl").write_text("{}\n", encoding="utf-8")
    assert list(read_articles(tmp_path)) == articles


def test_batch_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        write_parquet([], tmp_path / "x.parquet", batch_size=0)


def test_missing_pyarrow_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install 'newsdoc\[parquet\]'"):
        write_parquet([], tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


def test_importing_newsdoc_needs_neither_pyarrow_nor_dask() -> None:
    script = (
        "import sys\n"
        "sys.modules['pyarrow'] = sys.modules['dask'] = None\n"
        "import newsdoc, newsdoc.arrow, newsdoc.parquet, newsdoc.dask\n"
        "article = newsdoc.parse('date 2022-03-08 Calm.')\n"
        "assert newsdoc.arrow.article_from_row(newsdoc.arrow.article_row(article)) == article\n"
        "try:\n"
        "    newsdoc.arrow.article_schema()\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert "pip install 'newsdoc[parquet]'" in run.stdout
