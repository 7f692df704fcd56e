"""The ``newsdoc`` command: files, stdin, JSON Lines corpora, schema and errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsdoc
from newsdoc.cli import main
from newsdoc.models import Article

SEED = Path(__file__).parent.parent / "seeds" / "000_2e2d49f80a362eee.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_one_file_prints_one_pretty_article(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", str(SEED))
    assert status == 0
    assert err == ""
    assert out.startswith("{\n  ")
    article = Article.model_validate_json(out)
    assert article == newsdoc.parse(SEED.read_text(encoding="utf-8"))


def test_several_files_print_json_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The council met.", encoding="utf-8")
    second.write_text("The river rose.", encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(first), str(second))
    assert status == 0
    lines = out.splitlines()
    assert [Article.model_validate_json(line).text for line in lines] == [
        "The council met.",
        "The river rose.",
    ]


def test_jsonl_flag_and_indent(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The council met.", encoding="utf-8")
    _, out, _ = run(capsys, "parse", "--jsonl", str(path))
    assert len(out.splitlines()) == 1
    _, out, _ = run(capsys, "parse", "--indent", "4", str(path))
    assert out.startswith('{\n    "text"')


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Hello from stdin.")))
    status, out, _ = run(capsys, "parse", "-")
    assert status == 0
    assert Article.model_validate_json(out).text == "Hello from stdin."


def test_input_jsonl_reads_the_named_field_and_reports_bad_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps({"id": 1, "body": "First story."}),
                "{not json",
                json.dumps({"id": 3}),
                json.dumps(["a list"]),
                "",
                json.dumps({"id": 5, "body": "Fifth story."}),
            ]
        ),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "parse", "--input-jsonl", "--text-field", "body", str(corpus))
    assert status == 1
    assert [Article.model_validate_json(line).text for line in out.splitlines()] == [
        "First story.",
        "Fifth story.",
    ]
    messages = err.splitlines()
    assert len(messages) == 4
    assert f"{corpus}:2: invalid JSON" in messages[0]
    assert f"{corpus}:3: field 'body' is missing" in messages[1]
    assert f"{corpus}:4: expected a JSON object" in messages[2]
    assert messages[3].startswith("newsdoc: 5 documents, 3 failed, ")


def test_missing_file_is_reported_and_the_batch_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Still parsed.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    status, out, err = run(capsys, "parse", str(missing), str(good))
    assert status == 1
    assert "Traceback" not in err
    assert err.startswith("newsdoc: error: ")
    assert str(missing) in err
    assert Article.model_validate_json(out.strip()).text == "Still parsed."


def test_undecodable_bytes_name_the_file_and_byte_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xc3\xa9 ok \xff\xfe broken")
    status, out, err = run(capsys, "parse", str(bad))
    assert status == 1
    assert out == ""
    assert str(bad) in err
    assert "byte offset 9" in err


def test_a_legacy_encoded_file_fails_with_a_hint_and_reads_with_encoding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café owners met on Monday.".encode("cp1252"))
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out) == (1, "")
    assert "--encoding cp1252" in err
    status, out, _ = run(capsys, "parse", "--encoding", "cp1252", str(path))
    assert status == 0
    assert Article.model_validate_json(out).text == "Café owners met on Monday."


def test_encoding_applies_to_jsonl_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes('{"text": "Café owners met."}\n'.encode("latin-1"))
    status, _, err = run(capsys, "parse", "--input-jsonl", str(corpus))
    assert status == 1
    assert "--encoding cp1252" in err
    status, out, _ = run(capsys, "parse", "--input-jsonl", "--encoding", "latin-1", str(corpus))
    assert status == 0
    assert Article.model_validate_json(out.splitlines()[0]).text == "Café owners met."


@pytest.mark.parametrize("name", ["no-such-codec", "rot13"])
def test_an_unusable_encoding_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    status, out, err = run(capsys, "parse", "--encoding", name, str(SEED))
    assert (status, out) == (2, "")
    assert name in err


def test_utf16_with_bom_is_decoded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Kyiv – Київ".encode("utf-16"))
    status, out, _ = run(capsys, "parse", str(path))
    assert status == 0
    assert Article.model_validate_json(out).text == "Kyiv – Київ"


def test_unknown_plugin_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "--plugin", "no_such_plugin", str(SEED))
    assert status == 2
    assert out == ""
    assert "no newsdoc plugin named 'no_such_plugin'" in err


def test_schema_is_the_article_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0
    schema = json.loads(out)
    assert schema == json.loads(json.dumps(Article.model_json_schema()))
    assert schema["title"] == "Article"
    assert "The source text, exactly as given." in json.dumps(schema)


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsdoc {newsdoc.__version__}"


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", "--jsonl", str(SEED)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    article = Article.model_validate_json(result.stdout)
    assert article.text == SEED.read_text(encoding="utf-8")


def _write_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    records = [
        json.dumps({"doc": "a1", "body": "First story."}),
        json.dumps({"doc": "a2"}),
        "{broken",
        json.dumps({"doc": "a4", "body": "Fourth story."}),
    ]
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    return corpus


def test_id_field_writes_article_and_error_records_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _write_corpus(tmp_path)
    status, out, _ = run(
        capsys, "parse", "--input-jsonl", "--text-field", "body", "--id-field", "doc", str(corpus)
    )
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [record["id"] for record in records] == ["a1", "a2", None, "a4"]
    assert records[0]["article"]["text"] == "First story."
    assert records[1]["index"] == 1
    assert records[1]["error"]["type"] == "InvalidRecord"
    assert "field 'body' is missing" in records[1]["error"]["message"]
    assert records[2]["error"]["type"] == "InvalidRecord"
    assert records[3]["article"]["text"] == "Fourth story."
    schema_status, schema_out, _ = run(capsys, "schema", "--records")
    assert schema_status == 0
    schema = json.loads(schema_out)
    assert schema["title"] == "NewsdocRecord"
    assert {"ArticleRecord", "ErrorRecord"} <= set(schema["$defs"])


def test_id_field_needs_input_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", "--id-field", "doc", str(SEED))
    assert status == 2
    assert "--id-field needs --input-jsonl" in err


def test_directories_and_globs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Story b.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Story a.", encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("not a document", encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(tmp_path))
    assert status == 0
    assert [Article.model_validate_json(line).text for line in out.splitlines()] == [
        "Story b.",
        "Story a.",
    ]
    status, out, _ = run(capsys, "parse", str(tmp_path / "**" / "*.txt"))
    assert status == 0
    assert len(out.splitlines()) == 2
    status, out, err = run(capsys, "parse", str(tmp_path / "*.nothing"))
    assert status == 1
    assert "no files match" in err
    assert "0 documents, 0 failed" in err
    assert "1 path matched no files" in err
    status, out, err = run(capsys, "parse", str(tmp_path / "*.nothing"), str(tmp_path / "b.txt"))
    assert status == 1
    assert [Article.model_validate_json(line).text for line in out.splitlines()] == ["Story b."]
    assert "1 document, 0 failed" in err


def test_output_file_and_jobs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = []
    for number in range(5):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(f"Story number {number} was filed.", encoding="utf-8")
        paths.append(str(path))
    target = tmp_path / "out.jsonl"
    status, out, err = run(capsys, "parse", "--jobs", "2", "--output", str(target), *paths)
    assert status == 0
    assert out == ""
    assert "5 documents, 0 failed" in err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [Article.model_validate_json(line).text for line in lines] == [
        f"Story number {number} was filed." for number in range(5)
    ]


def test_negative_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "parse", "--jobs", "-1", str(SEED))
    assert status == 2
    assert "--jobs" in err


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Harbour reopens</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens",
"datePublished": "2023-05-04T09:30:00+02:00"}</script></head><body><article>
<h1>Harbour reopens</h1>
<p>The harbour reopened on Thursday after a week of repairs to the old sea wall.</p>
<p>“We are glad to be back,” said harbour master Ana Vidal, who oversaw the works.</p>
<blockquote class="twitter-tweet"><p>Ferries run again from noon.</p>&mdash; Port Authority
(@port_demo) <a href="https://twitter.com/port_demo/status/1654321987654321987">May 4, 2023</a>
</blockquote></article></body></html>"""


def test_html_files_are_parsed_as_pages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    status, out, err = run(capsys, "parse", str(page))
    assert status == 0, err
    article = Article.model_validate_json(out)
    assert "The harbour reopened on Thursday" in article.text
    assert article.metadata.published is not None
    assert article.metadata.published.value.isoformat().startswith("2023-05-04")
    assert [post.handle for post in article.social_posts] == ["port_demo"]
    status, out, _ = run(capsys, "parse", "--html", "--jsonl", str(tmp_path))
    assert status == 0
    assert Article.model_validate_json(out.strip()) == article


def test_parquet_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from newsdoc.parquet import read_records

    corpus = _write_corpus(tmp_path)
    target = tmp_path / "corpus.parquet"
    status, out, err = run(
        capsys, "parse", "--input-jsonl", "--text-field", "body", "--id-field", "doc",
        "--output", str(target), str(corpus),
    )  # fmt: skip
    assert status == 1  # two records of the corpus are broken
    assert out == ""
    assert "4 documents, 2 failed" in err
    records = list(read_records(target))
    assert [(identifier, article.text) for identifier, article in records] == [
        ("a1", "First story."),
        ("a4", "Fourth story."),
    ]


def test_options_file_extends_cues_and_flags_override_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Published: 03/04/2022\n\n“We will rebuild,” harrumphed Mayor Ivan Petrenko.")
    options = tmp_path / "options.json"
    options.write_text(json.dumps({"cues": {"harrumphed": "harrumph"}, "dayfirst": False}))
    assert main(["parse", str(story), "--options", str(options)]) == 0
    article = Article.model_validate_json(capsys.readouterr().out)
    assert [quote.speaker.name for quote in article.quotes if quote.speaker] == ["Ivan Petrenko"]
    assert article.date_header is not None
    assert article.date_header.value.isoformat()[:10] == "2022-03-04"
    assert main(["parse", str(story), "--options", str(options), "--dayfirst"]) == 0
    article = Article.model_validate_json(capsys.readouterr().out)
    assert article.date_header is not None
    assert article.date_header.value.isoformat()[:10] == "2022-04-03"
    assert [quote.speaker.name for quote in article.quotes if quote.speaker] == ["Ivan Petrenko"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read --options"),
        ("{not json", "cannot read --options"),
        ("[1, 2]", "expected a JSON object"),
        ('{"cues": {"went on to say": "say"}}', "invalid options"),
        ('{"colour": "red"}', "invalid options"),
    ],
)
def test_bad_options_file_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, message: str
) -> None:
    options = tmp_path / "options.json"
    if content is not None:
        options.write_text(content)
    assert main(["parse", str(SEED), "--options", str(options)]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


def _surrogate_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    records = [{"text": "First story."}, {"text": "Broken \ud800 story."}, {"text": "Third."}]
    # json.dumps escapes the lone surrogate as \ud800, which is valid JSON
    corpus.write_text("\n".join(json.dumps(record) for record in records) + "\n")
    return corpus


def test_a_record_with_a_lone_surrogate_is_written_with_every_other_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, "parse", "--input-jsonl", str(_surrogate_corpus(tmp_path)))
    assert status == 0, err
    texts = [Article.model_validate_json(line).text for line in out.splitlines()]
    assert texts == ["First story.", "Broken \ufffd story.", "Third."]


def test_parquet_output_keeps_a_record_with_a_lone_surrogate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from newsdoc.parquet import read_articles

    target = tmp_path / "out.parquet"
    corpus = _surrogate_corpus(tmp_path)
    status, _, err = run(capsys, "parse", "--input-jsonl", str(corpus), "-o", str(target))
    assert status == 0, err
    assert "3 documents, 0 failed" in err
    assert [article.text for article in read_articles(target)][1] == "Broken \ufffd story."


def _terminated_run(tmp_path: Path, target: Path) -> int:
    """The exit status of a ``newsdoc parse`` reading records from a pipe left open, sent
    SIGTERM once its output file exists and two records were given."""
    import signal
    import time

    command = [sys.executable, "-m", "newsdoc", "parse", "--input-jsonl", "-", "-o", str(target)]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        assert process.stdin is not None
        for text in ("First story.", "Second story."):
            process.stdin.write(json.dumps({"text": text}).encode() + b"\n")
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while not any(tmp_path.glob(target.name + "*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # let it read what was sent
        process.send_signal(signal.SIGTERM)
        return process.wait(timeout=60)


def test_sigterm_leaves_valid_json_lines(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert _terminated_run(tmp_path, target) == 130
    lines = target.read_text(encoding="utf-8").splitlines()
    assert all(Article.model_validate_json(line) for line in lines)


def test_sigterm_leaves_a_valid_parquet_file_and_no_partial_one(tmp_path: Path) -> None:
    from newsdoc.parquet import read_articles

    target = tmp_path / "out.parquet"
    assert _terminated_run(tmp_path, target) == 130
    texts = [article.text for article in read_articles(target)]
    assert texts in ([], ["First story."], ["First story.", "Second story."])
    assert [path.name for path in tmp_path.iterdir()] == ["out.parquet"]
