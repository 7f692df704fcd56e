"""Throughput of the default pipeline, in documents/s, MB/s and as a multiple of a
one-pattern reference scan over the same texts (so figures compare across machines).

    python benchmarks/speed.py                       # the bundled seeds
    python benchmarks/speed.py path/to/dir other/*.txt --repeat 5

Directories are read for ``*.txt`` files at run time; nothing is copied anywhere.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = regex.compile(r'["“”]')


def load_texts(paths: Sequence[str]) -> list[str]:
    """The texts of every ``*.txt`` file named or found (recursively) under a directory."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return [file.read_text(encoding="utf-8") for file in files]


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` timed runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def reference_scan(texts: Sequence[str]) -> int:
    """The reference workload: count quote marks with one precompiled pattern."""
    return sum(sum(1 for _ in REFERENCE.finditer(text)) for text in texts)


def measure(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Documents/s, MB/s and the ratio to the reference scan for ``texts``."""
    newsdoc.parse(texts[0])  # load lexicons and compile patterns outside the timing
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    parse_time = best_time(lambda: [newsdoc.parse(text) for text in texts], repeat)
    reference_time = best_time(lambda: reference_scan(texts), repeat)
    return {
        "docs": len(texts),
        "docs_per_s": len(texts) / parse_time,
        "mb_per_s": megabytes / parse_time,
        "ms_per_doc": 1000 * parse_time / len(texts),
        "ratio_to_reference": parse_time / reference_time,
        "median_kb": statistics.median(len(t.encode("utf-8")) for t in texts) / 1e3,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    arguments = parser.parse_args(argv)
    texts = load_texts(arguments.paths)
    if not texts:
        print("no *.txt files found", file=sys.stderr)
        return 2
    figures = measure(texts, arguments.repeat)
    print(
        "speed docs={docs:.0f} median_kb={median_kb:.1f} docs/s={docs_per_s:.0f} "
        "MB/s={mb_per_s:.2f} ms/doc={ms_per_doc:.3f} "
        "x_reference={ratio_to_reference:.1f}".format(**figures)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
