"""Median wall time of ``import newsdoc`` minus that of an empty interpreter start.

python benchmarks/import_time.py [--runs 21]

The package's bytecode is compiled first, as an installed package has it: an editable
install run with ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile every module
on every start, and that would be measured as import time.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time

PYDANTIC_IMPORTS = (
    "from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, JsonValue, "
    "model_validator; from pydantic.dataclasses import dataclass"
)
"""What ``newsdoc.models`` imports from pydantic: the floor under ``import newsdoc``."""


def compile_package() -> None:
    """Write the bytecode of the ``newsdoc`` package being measured."""
    import newsdoc

    compileall.compile_dir(newsdoc.__path__[0], quiet=1)


def median_seconds(code: str, runs: int) -> float:
    """The median wall time of ``python -c code`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    compile_package()
    baseline = median_seconds("pass", runs)
    loaded = median_seconds("import newsdoc", runs)
    pydantic = median_seconds(PYDANTIC_IMPORTS, runs)
    print(
        f"import_time ms={1000 * (loaded - baseline):.0f} (target <= 150) "
        f"pydantic_ms={1000 * (pydantic - baseline):.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
