"""The throughput harness: one command for every speed and memory figure.

    python benchmarks/harness.py                  # seed + synthetic corpus
    python benchmarks/harness.py --shared ../shared   # plus the shared dev, PolNeAR and HTML sets

For each corpus it reports documents/s, MB/s, the time as a multiple of a one-pattern
reference scan over the same texts (so figures compare across machines), the share of
each parser, the peak memory while parsing and the memory an Article keeps per byte of
its text; then how the cost grows with document length (1x, 10x, 100x), the import time,
and HTML pages/s beside trafilatura's own extraction time. Texts of the shared corpora
are read at run time and never copied anywhere.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsdoc
from import_time import PYDANTIC_IMPORTS, compile_package, median_seconds
from newsdoc import Pipeline
from newsdoc.parsers import default_parsers
from speed import REFERENCE, load_texts, reference_scan

ROOT = Path(__file__).resolve().parent.parent


def cpu_time(run: Callable[[], object], repeat: int) -> float:
    """The smallest process CPU time of ``repeat`` runs (robust on a busy machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def synthetic_texts(count: int) -> list[str]:
    """A deterministic corpus drawn from the project's own article strategy."""
    from hypothesis import HealthCheck, given, settings

    from newsdoc.testing.strategies.articles import articles

    texts: list[str] = []

    @settings(
        derandomize=True,
        max_examples=count,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(articles())
    def collect(sample: object) -> None:
        texts.append(sample.text)  # type: ignore[attr-defined]

    collect()
    return texts[:count]


def parser_shares(texts: Sequence[str], repeat: int) -> list[tuple[str, float]]:
    """Milliseconds per document each parser adds to the pipeline before it."""
    parsers = list(default_parsers())
    previous = 0.0
    shares = []
    for count in range(len(parsers) + 1):
        pipeline = Pipeline(parsers[:count])
        pipeline.parse(texts[0])
        spent = cpu_time(lambda p=pipeline: [p.parse(text) for text in texts], repeat)
        per_doc = 1000 * spent / len(texts)
        shares.append((parsers[count - 1].name if count else "(pipeline)", per_doc - previous))
        previous = per_doc
    return shares


def memory(texts: Sequence[str]) -> tuple[float, float]:
    """Peak traced MB while parsing one document at a time, and the retained size of an
    Article as a multiple of its text's UTF-8 size (median over the corpus).

    Each text is parsed once before it is measured: the library's bounded caches (name
    readings, cue lemmas) grow on first sight of a text, and that growth is not memory
    the Article keeps.
    """
    ratios = []
    peak = 0
    for text in texts:
        newsdoc.parse(text)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        article = newsdoc.parse(text)
        gc.collect()
        retained, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        peak = max(peak, high - before)
        size = max(len(text.encode("utf-8")), 1)
        ratios.append((retained - before) / size)
        del article
    return peak / 1e6, statistics.median(ratios)


def report_corpus(name: str, texts: Sequence[str], repeat: int) -> float:
    newsdoc.parse(texts[0])
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    spent = cpu_time(lambda: [newsdoc.parse(text) for text in texts], repeat)
    reference = cpu_time(lambda: reference_scan(texts), repeat)
    peak, retained = memory(texts)
    ratio = spent / reference
    print(
        f"\n{name}: {len(texts)} docs, {megabytes:.2f} MB, "
        f"median {statistics.median(len(t) for t in texts) / 1000:.1f} K chars"
    )
    print(
        f"  full pipeline  {len(texts) / spent:8.0f} docs/s  {megabytes / spent:6.2f} MB/s  "
        f"{1000 * spent / len(texts):6.3f} ms/doc  x{ratio:.1f} reference"
    )
    print(f"  memory         peak {peak:.2f} MB per document, Article keeps x{retained:.1f} text")
    for parser, share in parser_shares(texts, repeat):
        print(f"    {parser:14} {share:6.3f} ms/doc")
    return ratio


def report_scaling(texts: Sequence[str], repeat: int) -> float:
    base = sorted(texts, key=len)[len(texts) // 2]
    timings = {}
    for factor in (1, 10, 100):
        text = "\n\n".join([base] * factor)
        timings[factor] = cpu_time(lambda t=text: newsdoc.parse(t), max(1, repeat // factor))
    growth_10 = timings[10] / timings[1]
    growth_100 = timings[100] / timings[10]
    print(
        f"\nscaling (median document of {len(base)} chars): 10x longer costs "
        f"{growth_10:.1f}x, 100x costs {timings[100] / timings[1]:.1f}x "
        f"({growth_100:.1f}x from 10x)"
    )
    return max(growth_10, growth_100)


def report_html(pages_dir: Path, limit: int) -> None:
    try:
        import trafilatura
    except ImportError:
        print("\nhtml: skipped (pip install 'newsdoc[html]')")
        return
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(pages_dir.glob("*.html.gz"))]
    htmls = pages[:limit]  # bytes: both sides decode them the same way
    newsdoc.parse_html(htmls[0])
    full = cpu_time(lambda: [newsdoc.parse_html(html) for html in htmls], 1)
    extractor = cpu_time(
        lambda: [trafilatura.bare_extraction(html, output_format="xml") for html in htmls], 1
    )
    print(
        f"\nhtml: {len(htmls)} pages, parse_html {len(htmls) / full:.1f} pages/s; "
        f"trafilatura alone {len(htmls) / extractor:.1f} pages/s "
        f"(newsdoc adds {100 * (full - extractor) / extractor:.0f}% over extraction)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    parser.add_argument("--synthetic", type=int, default=200, help="synthetic documents")
    arguments = parser.parse_args(argv)
    print(f"reference: one precompiled pattern {REFERENCE.pattern!r} over the same texts")
    ratios = {}
    ratios["seed"] = report_corpus("seed", load_texts([str(ROOT / "seeds")]), arguments.repeat)
    synthetic = synthetic_texts(arguments.synthetic)
    ratios["synthetic"] = report_corpus("synthetic", synthetic, arguments.repeat)
    scaling_texts: Sequence[str] = synthetic
    if arguments.shared is not None:
        corpus = arguments.shared / "corpus"
        ratios["dev"] = report_corpus("dev", load_texts([str(corpus / "dev")]), arguments.repeat)
        polnear = load_texts([str(corpus / "polnear-dev" / "text")])
        ratios["polnear"] = report_corpus("polnear-dev", polnear, arguments.repeat)
        scaling_texts = polnear
    growth = report_scaling(scaling_texts, arguments.repeat)
    compile_package()
    empty = median_seconds("pass", 11)
    import_ms = 1000 * (median_seconds("import newsdoc", 11) - empty)
    # pydantic's own import is most of it: printed beside it, the share newsdoc adds
    # compares across machines
    pydantic_ms = 1000 * (median_seconds(PYDANTIC_IMPORTS, 11) - empty)
    print(
        f"\nimport newsdoc: {import_ms:.0f} ms, of which importing pydantic's models "
        f"{pydantic_ms:.0f} ms"
    )
    if arguments.shared is not None:
        report_html(arguments.shared / "corpus" / "html-dev" / "pages", 61)
    summary = " ".join(f"x_reference_{name}={ratio:.1f}" for name, ratio in ratios.items())
    print(f"\nharness {summary} worst_growth_10x={growth:.1f} import_ms={import_ms:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
