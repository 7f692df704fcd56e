"""Dump every Article over the shared corpora, and compare two dumps.

    python benchmarks/dump_articles.py dump --shared ../shared --out /tmp/before.jsonl
    python benchmarks/dump_articles.py dump --shared ../shared --out /tmp/after.jsonl
    python benchmarks/dump_articles.py diff /tmp/before.jsonl /tmp/after.jsonl

A refactoring that must not change behaviour is checked this way: the dump holds one line
per document (its corpus, file name and the whole ``Article`` as JSON), and ``diff`` lists
the documents whose output changed and, for each, the item kinds that differ. The texts
are read at run time from ``--shared``; dumps belong in a scratch directory, never in the
repository, because they hold the corpus texts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsdoc

CORPORA = {
    "dev": ("corpus/dev", "*.txt"),
    "wide": ("corpus/wide/texts", "*.txt"),
    "polnear": ("corpus/polnear-dev/text", "*.txt"),
    "seeds": ("seeds", "*.txt"),
}
HTML_CORPORA = {
    "html-dev": ("corpus/html-dev/pages", "*.html.gz"),
    "html-wide": ("corpus/wide/html", "*.html.gz"),
}


def _documents(shared: Path, names: list[str]) -> Iterator[tuple[str, str, str | bytes]]:
    """(corpus, file name, content) for every document of the named corpora: a text as
    ``str``, an HTML page as its bytes."""
    for name in names:
        if name in CORPORA:
            folder, pattern = CORPORA[name]
            for path in sorted((shared / folder).rglob(pattern)):
                yield name, path.name, path.read_text(encoding="utf-8")
        else:
            folder, pattern = HTML_CORPORA[name]
            for path in sorted((shared / folder).rglob(pattern)):
                yield name, path.name, gzip.decompress(path.read_bytes())


def dump(shared: Path, names: list[str], out: Path) -> int:
    """Write one JSON line per document; return the number of documents."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for corpus, file_name, content in _documents(shared, names):
            row: dict[str, object] = {"corpus": corpus, "file": file_name}
            try:
                if isinstance(content, bytes):
                    article = newsdoc.parse_html(content)
                else:
                    article = newsdoc.parse(content)
                row["article"] = article.model_dump(mode="json")
            except newsdoc.NewsdocError as error:  # recorded, so a change of behaviour shows
                row["article"] = {"error": f"{type(error).__name__}: {error}"}
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def _load(path: Path) -> dict[tuple[str, str], dict[str, object]]:
    rows: dict[tuple[str, str], dict[str, object]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[(row["corpus"], row["file"])] = row["article"]
    return rows


def diff(before: Path, after: Path, show: int) -> int:
    """Print the documents whose Article changed; return how many did."""
    old, new = _load(before), _load(after)
    changed = 0
    for key in sorted(old.keys() | new.keys()):
        if old.get(key) == new.get(key):
            continue
        changed += 1
        if changed > show:
            continue
        a, b = old.get(key) or {}, new.get(key) or {}
        fields = sorted(f for f in a.keys() | b.keys() if a.get(f) != b.get(f))
        print(f"{key[0]}/{key[1]}: {', '.join(fields)}")
    print(f"{changed} of {len(old.keys() | new.keys())} documents changed")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="dump every Article of the corpora")
    make.add_argument("--shared", type=Path, default=Path("../shared"))
    make.add_argument("--out", type=Path, required=True)
    make.add_argument(
        "--corpora",
        nargs="+",
        default=["seeds", "dev", "polnear", "wide"],
        choices=sorted(CORPORA) + sorted(HTML_CORPORA),
    )
    compare = commands.add_parser("diff", help="list the documents whose Article changed")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--show", type=int, default=40, help="documents to list")
    args = parser.parse_args(argv)
    if args.command == "dump":
        count = dump(args.shared, args.corpora, args.out)
        print(f"{count} documents written to {args.out}")
        return 0
    return 1 if diff(args.before, args.after, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
