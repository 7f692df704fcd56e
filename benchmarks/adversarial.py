"""Cost of hostile input: a table of each adversarial shape's time at 0.1 MB and 1 MB,
its seconds per MB and how the cost grows from one to the other (linear is a ratio of 10).

    python benchmarks/adversarial.py            # every case at 0.1 MB and 1 MB
    python benchmarks/adversarial.py --size 0.2 # other sizes (MB)

Targets: at most 1 s per MB for every case, and a 10x longer input costing at most
11x the time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

import newsdoc


def _repeat(shape: str, n: int) -> str:
    """``shape`` over and over, cut to ``n`` characters."""
    return (shape * (n // len(shape) + 1))[:n]


PROSE = "The council met on Monday and the river rose again near the old bridge. "

CASES: dict[str, Callable[[int], str]] = {
    "straight quotes": lambda n: '"' * n,
    "curly quotes": lambda n: "“" * n,
    "mixed quotes": lambda n: ("“a” \"b' ‘c’ «d» „e“ " * (n // 20 + 1))[:n],
    "parentheses": lambda n: "(" * n,
    "at signs": lambda n: "@" * n,
    "hashes": lambda n: "#" * n,
    "em dashes": lambda n: "—" * n,
    "urls": lambda n: ("http://" * (n // 7 + 1))[:n],
    "capitalised words": lambda n: ("Word " * (n // 5 + 1))[:n],
    "cue verbs": lambda n: ("said " * (n // 5 + 1))[:n],
    "signature-like": lambda n: ("— Name (@handle) March 7, 2022 " * (n // 31 + 1))[:n],
    "one long line": lambda n: (PROSE * (n // len(PROSE) + 1))[:n],
    "blank lines": lambda n: "\n" * n,
    "short paragraphs": lambda n: ("Word.\n\n" * (n // 7 + 1))[:n],
    "credit role lines": lambda n: _repeat("Reporting by Jane Roe; Editing by John Doe\n", n),
    "photo credits": lambda n: _repeat("(Acme Photo/Jane Roe) ", n),
    "image credits": lambda n: _repeat("(Image: Acme/Jane Roe) ", n),
    "handles": lambda n: _repeat("(@jroe) ", n),
    "fediverse handles": lambda n: _repeat("(@jroe@acme.example)", n),
    "facebook headers": lambda n: _repeat("Posted by Jane Roe on ", n),
    "instagram headers": lambda n: _repeat("A post shared by @jroe ", n),
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    newsdoc.parse(text)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="the large size in MB")
    arguments = parser.parse_args(argv)
    large = int(arguments.size * 1_000_000)
    small = large // 10
    newsdoc.parse("warm up")
    worst_per_mb = 0.0
    worst_ratio = 0.0
    print(f"{'shape':20} {small / 1e6:>7.2f} MB {large / 1e6:>7.2f} MB {'s/MB':>8} growth")
    for name, build in CASES.items():
        small_time = seconds(build(small))
        large_text = build(large)
        large_time = seconds(large_text)
        per_mb = large_time / (len(large_text.encode("utf-8")) / 1e6)
        ratio = large_time / max(small_time, 1e-9)
        worst_per_mb, worst_ratio = max(worst_per_mb, per_mb), max(worst_ratio, ratio)
        print(f"{name:20} {small_time:8.3f} s {large_time:8.3f} s {per_mb:8.3f} {ratio:5.1f}x")
    print(f"adversarial worst_s_per_MB={worst_per_mb:.3f} worst_scaling={worst_ratio:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
