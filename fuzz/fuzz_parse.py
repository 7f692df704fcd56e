"""Coverage-guided fuzzing of newsdoc.parse with atheris.

Each input is decoded leniently and parsed; the harness fails on any exception and on
any broken guarantee (spans, coverage, JSON round trip). See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsdoc
    from newsdoc.testing import check_invariants

OPTIONS = newsdoc.ParseOptions(regex_timeout=5.0)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    article = newsdoc.parse(text, options=OPTIONS)
    check_invariants(article)
    failures = [d for d in article.diagnostics if d.code in {"parser-failed", "regex-timeout"}]
    if failures:
        raise AssertionError(f"parser failure on {text!r}: {failures}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
