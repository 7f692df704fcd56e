"""Peak memory of one parse, as a multiple of the input's size, for adversarial shapes.

Each shape runs in its own process, so one shape's allocations do not hide another's:

    python benchmarks/memory.py                       # a few shapes at 10 MB
    python benchmarks/memory.py --size 2 --case "quoted prose"

The figure is the growth of the process's peak resident memory during the parse, the
returned ``Article`` included. On text dense with quotes the items themselves (a quote
with its cue, speaker and spans is about a kilobyte) dominate it.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

DEFAULT_CASES = ("one long line", "quoted prose", "quoted prose, CR only", "credit lines")


def measure(case: str, size: int) -> str:
    """Parse one shape of ``size`` characters in this process and describe its peak."""
    sys.path.insert(0, str(Path(__file__).parent))
    import adversarial
    import newsdoc

    newsdoc.parse(adversarial.WARM_UP)
    text = adversarial.CASES[case](size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    article = newsdoc.parse(text)
    spent = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    size_bytes = len(text.encode("utf-8"))
    return (
        f"{case:24} {spent:7.2f} s  peak +{peak / 1e6:7.0f} MB  {peak / size_bytes:5.1f}x "
        f"({len(article.quotes)} quotes, {len(article.blocks)} blocks)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10.0, help="input size in MB")
    parser.add_argument("--case", action="append", help="run only these cases (repeatable)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    size = int(arguments.size * 1_000_000)
    if arguments.child:
        print(measure(arguments.child, size), flush=True)
        return 0
    for case in arguments.case or DEFAULT_CASES:
        command = [sys.executable, __file__, "--size", str(arguments.size), "--child", case]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
