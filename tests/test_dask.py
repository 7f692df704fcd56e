"""Parsing bags of texts with Dask, to article dicts and to partitioned Parquet."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import dask
import dask.bag as db
import pyarrow.dataset as ds
import pytest
import regex

import newsdoc
from newsdoc import ORDER_PLUGINS, Annotation, Document, PluginError
from newsdoc.arrow import article_from_row
from newsdoc.dask import parse_bag, to_parquet
from newsdoc.parquet import read_articles, read_records

TEXTS = [
    "date 2022-03-08 The TALKS went on.",
    'MOSCOW, March 8 (Reuters) - "We are ready," said Ivan Petrov.',
    "Nothing happened today.\n\n(With inputs from ANI)",
    "Published: 09 Mar 2022, 08:15 IST\n\nTraffic was heavy.",
    "",
]

SCHEDULERS = ["synchronous", "threads"]


@pytest.fixture(params=SCHEDULERS)
def scheduler(request: pytest.FixtureRequest) -> Iterator[str]:
    name: str = request.param
    with dask.config.set(scheduler=name):
        yield name


class ShoutParser:
    """A plugin marking words in capitals."""

    name = "shout"
    order = ORDER_PLUGINS
    claims = False

    def parse(self, doc: Document) -> Iterable[Annotation]:
        for match in doc.finditer(regex.compile(r"\b[A-Z]{4,20}\b")):
            yield Annotation(
                span=doc.span(match.start(), match.end()),
                raw=match.group(),
                label="shout",
                data={"length": len(match.group())},
            )


def test_parse_bag_gives_the_json_dumps_of_parse(scheduler: str) -> None:
    bag = db.from_sequence(TEXTS, npartitions=3)
    assert bag.npartitions == 3
    assert parse_bag(bag).compute() == [newsdoc.parse(t).model_dump(mode="json") for t in TEXTS]


def test_a_bad_document_becomes_a_failure_dict(scheduler: str) -> None:
    bag = db.from_sequence(["Calm.", 42, "Quiet.", None], npartitions=2)
    results = parse_bag(bag).compute()
    assert results[0] == newsdoc.parse("Calm.").model_dump(mode="json")
    assert results[2] == newsdoc.parse("Quiet.").model_dump(mode="json")
    # indexes count from the start of each partition
    assert results[1] == {"index": 1, "error": "TypeError", "message": results[1]["message"]}
    assert results[3]["index"] == 1
    assert "NoneType" in results[3]["message"]


def test_plugins_reach_the_partitions(scheduler: str) -> None:
    bag = db.from_sequence(TEXTS, npartitions=2)
    results = parse_bag(bag, plugins=[ShoutParser()]).compute()
    labels = [(a["raw"], a["data"]["length"]) for r in results for a in r["annotations"]]
    assert labels == [("TALKS", 5)]


def test_options_reach_the_partitions() -> None:
    options = newsdoc.ParseOptions(reference_date="2021-05-01")
    text = "MOSCOW, March 8 (Reuters) - The talks went on."
    with dask.config.set(scheduler="synchronous"):
        (result,) = parse_bag(db.from_sequence([text]), options=options).compute()
    assert result == newsdoc.parse(text, options=options).model_dump(mode="json")
    assert result["dateline"]["date"] == "2021-03-08"


def test_unknown_plugins_fail_before_anything_runs() -> None:
    with pytest.raises(PluginError):
        parse_bag(db.from_sequence(TEXTS), plugins=["no_such_plugin"])


def test_to_parquet_writes_one_file_per_partition(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    files = to_parquet(db.from_sequence(TEXTS, npartitions=3), out)
    assert files == [str(out / f"part-0000{n}.parquet") for n in range(3)]
    expected = [newsdoc.parse(text) for text in TEXTS]
    assert list(read_articles(out)) == expected
    table = ds.dataset(out, format="parquet").to_table()
    assert table.num_rows == len(TEXTS)
    rows = sorted(table.to_pylist(), key=lambda row: TEXTS.index(row["text"]))
    assert [article_from_row(row) for row in rows] == expected


def test_records_give_ids_and_failures_go_aside(scheduler: str, tmp_path: Path) -> None:
    records = [
        {"key": "k1", "body": TEXTS[0]},
        {"key": "k2", "body": None},
        {"key": 3, "body": TEXTS[1]},
        "not a record",
        {"body": TEXTS[2]},
    ]
    out = tmp_path / "corpus"
    files = to_parquet(db.from_sequence(records, npartitions=2), out, text_key="body", id_key="key")
    assert len(files) == 2
    assert [(key, article) for key, article in read_records(out)] == [
        ("k1", newsdoc.parse(TEXTS[0])),
        ("3", newsdoc.parse(TEXTS[1])),
        (None, newsdoc.parse(TEXTS[2])),
    ]
    failures = [
        json.loads(line)
        for path in sorted(out.glob("_failures-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [(f["id"], f["partition"], f["index"], f["error"]) for f in failures] == [
        ("k2", 0, 1, "TypeError"),
        (None, 1, 0, "TypeError"),
    ]
    # the failure lists do not disturb readers of the directory
    assert ds.dataset(out, format="parquet").count_rows() == 3


def test_an_empty_partition_still_gets_its_file(tmp_path: Path) -> None:
    bag = db.from_sequence(TEXTS, npartitions=3).filter(lambda text: "Reuters" not in text)
    with dask.config.set(scheduler="synchronous"):
        files = to_parquet(bag, tmp_path, batch_size=1)
    assert [Path(file).name for file in files] == [f"part-0000{n}.parquet" for n in range(3)]
    assert len(list(read_articles(tmp_path))) == len(TEXTS) - 1


def test_compute_false_defers_the_writing(tmp_path: Path) -> None:
    lazy = to_parquet(db.from_sequence(TEXTS, npartitions=2), tmp_path, compute=False)
    assert list(tmp_path.glob("*.parquet")) == []
    with dask.config.set(scheduler="synchronous"):
        files = lazy.compute()
    assert sorted(Path(file).name for file in files) == ["part-00000.parquet", "part-00001.parquet"]


def test_existing_output_needs_overwrite(tmp_path: Path) -> None:
    with dask.config.set(scheduler="synchronous"):
        to_parquet(db.from_sequence(TEXTS, npartitions=3), tmp_path)
        with pytest.raises(FileExistsError, match="overwrite=True"):
            to_parquet(db.from_sequence(TEXTS, npartitions=1), tmp_path)
        files = to_parquet(db.from_sequence(TEXTS[:2], npartitions=1), tmp_path, overwrite=True)
    assert sorted(tmp_path.glob("*.parquet")) == [Path(files[0])]
    assert list(read_articles(tmp_path)) == [newsdoc.parse(text) for text in TEXTS[:2]]


def test_ids_need_records(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="id_key needs text_key"):
        to_parquet(db.from_sequence(TEXTS), tmp_path, id_key="id")
