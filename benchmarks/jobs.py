"""Wall time of ``newsdoc parse --input-jsonl`` with one and more processes, on a small
and a large generated corpus: a small input must not cost more with ``--jobs 2``
(workers start only for inputs worth them), and a large one should cost less.

    python benchmarks/jobs.py                 # 200 and 5,000 documents
    python benchmarks/jobs.py --sizes 200 50000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORY = (
    'Harbour Town, March {n} (Acme News) - "We will rebuild the pier," Mayor Jane Roe '
    "said on Monday, as the council met to weigh the cost of the storm. Reporting by Ann Lee"
)


def _corpus(directory: Path, count: int) -> Path:
    path = directory / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"text": STORY.format(n=number % 28 + 1)}) + "\n")
    return path


def _seconds(corpus: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "newsdoc", "parse", "--input-jsonl", "--jobs", str(jobs)]
    started = time.perf_counter()
    subprocess.run([*command, str(corpus)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    """Print the wall time of each size with --jobs 1 and --jobs 2."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 5000])
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for count in arguments.sizes:
            corpus = _corpus(Path(scratch), count)
            one, two = _seconds(corpus, 1), _seconds(corpus, 2)
            print(f"{count:>7} documents: --jobs 1 {one:6.2f} s   --jobs 2 {two:6.2f} s")


if __name__ == "__main__":
    main()
