"""Seed documents against their reviewed expected output (``seeds/<name>.json``).

Run ``python -m pytest --update-goldens`` to rewrite the expected files after a reviewed
change, then read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc.testing import check_invariants

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def test_there_are_seeds() -> None:
    assert SEEDS


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_matches_its_golden(seed: Path, update_goldens: bool) -> None:
    article = newsdoc.parse(seed.read_text(encoding="utf-8"))
    check_invariants(article)
    produced = json.loads(article.model_dump_json())
    golden = seed.with_suffix(".json")
    if update_goldens:
        golden.write_text(
            json.dumps(produced, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    assert golden.exists(), f"no golden file for {seed.name}; run pytest --update-goldens"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert produced == expected
