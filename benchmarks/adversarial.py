"""Cost of hostile input: a table of each adversarial shape's time at 0.1 MB and 1 MB,
its seconds per MB and how the cost grows from one to the other (linear is a ratio of 10).
A shape on which a parser ran out of its time budget is marked ``budget!``.

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

PROSE = "The council met on Monday and the river rose again near the old bridge. "

QUOTED = (
    '"The bridge will reopen in May," Mayor Jane Roe said on Monday. '
    "She said the repairs had cost more than planned, and that the council would ask the "
    'region for help. "We cannot wait another winter."\n\n'
    'Residents were less sure. "I have heard that before," said Ann Lee, a baker.\n\n'
)

WARM_UP = '— Jo Park (@jopark) March 7, 2031\n\n"We are ready," said Ann Lee.\n'

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
    "credit lines": lambda n: _repeat("Reporting by Jane Roe; Editing by Ann Lee\n", n),
    "photo credits": lambda n: _repeat("(Acme Photo/Jane Roe) ", n),
    "image credits": lambda n: _repeat("(Image: Acme/Wire) ", n),
    "input notices": lambda n: _repeat("(With Acme inputs)\n", n),
    "handles on a line": lambda n: _repeat("(@a) ", n),
    "addresses on a line": lambda n: _repeat("(@a@b.co) ", n),
    "posted by on a line": lambda n: _repeat("Posted by Jane Roe on ", n),
    "shared posts on a line": lambda n: _repeat("A post shared by @a ", n),
    # caption widgets, source and courtesy lines, and long copyright-like lines
    "doubled credits": lambda n: _repeat("Toggle caption Jane Roe/Acme Jane Roe/Acme\n", n),
    "source lines": lambda n: _repeat("Source: Acme Wire, Harbour TV\n", n),
    "courtesy lines": lambda n: _repeat("The bay at dawn Courtesy of Jane Roe\n", n),
    "copyright signs on a line": lambda n: _repeat("© Acme Photo Word ", n),
    # ordinary reporting, the shape quote finding works hardest on
    "quoted prose": lambda n: _repeat(QUOTED, n),
    "quoted prose, CR only": lambda n: _repeat(QUOTED.replace("\n", "\r"), n),
    "quoted prose, one line": lambda n: _repeat(QUOTED.replace("\n\n", " "), n),
    # credits of many lengths: settling takes them longest first, so they arrive out of
    # text order
    "credits of many lengths": lambda n: _repeat(
        "".join(f"(Acme Photo/Jane {'R' * k}oe) " for k in range(1, 12)), n
    ),
}


def _repeat(unit: str, n: int) -> str:
    """``unit`` repeated to ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


def seconds(text: str) -> tuple[float, bool]:
    """The time one parse of ``text`` takes, and whether a parser ran out of time."""
    start = time.perf_counter()
    article = newsdoc.parse(text)
    spent = time.perf_counter() - start
    return spent, any(d.code == "regex-timeout" for d in article.diagnostics)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="the large size in MB")
    parser.add_argument("--case", action="append", help="run only these cases (repeatable)")
    arguments = parser.parse_args(argv)
    large = int(arguments.size * 1_000_000)
    small = large // 10
    # a signed post with a date compiles the lazily built patterns before any timing
    newsdoc.parse(WARM_UP)
    worst_per_mb = 0.0
    worst_ratio = 0.0
    print(f"{'shape':24} {small / 1e6:>7.2f} MB {large / 1e6:>7.2f} MB {'s/MB':>8} growth")
    for name, build in CASES.items():
        if arguments.case and name not in arguments.case:
            continue
        small_time, small_out = seconds(build(small))
        large_text = build(large)
        large_time, large_out = seconds(large_text)
        per_mb = large_time / (len(large_text.encode("utf-8")) / 1e6)
        ratio = large_time / max(small_time, 1e-9)
        worst_per_mb, worst_ratio = max(worst_per_mb, per_mb), max(worst_ratio, ratio)
        budget = "  budget!" if small_out or large_out else ""
        print(
            f"{name:24} {small_time:8.3f} s {large_time:8.3f} s {per_mb:8.3f} {ratio:5.1f}x{budget}"
        )
    print(f"adversarial worst_s_per_MB={worst_per_mb:.3f} worst_scaling={worst_ratio:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
